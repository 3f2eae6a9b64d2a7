import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { request, upload } from './api';
import { isJobActive, useJob } from './jobs';
import type { ImportBatchStep, ImportPreview, ImportRowsPage } from './types';

const importKey = (id: string) => ['imports', id] as const;

/** A preview is kept on the server for a while: the page can be left and come back to (?id=). */
export function useImportPreview(id: string | undefined) {
  return useQuery({
    queryKey: importKey(id ?? ''),
    queryFn: ({ signal }) => request<ImportPreview>(`/api/imports/${encodeURIComponent(id ?? '')}`, { signal }),
    enabled: !!id,
    retry: false,
  });
}

export type ImportRowsQuery = { sheet?: string; status?: 'ok' | 'error'; page: number; pageSize: number };

/** One page of a preview's rows, filtered by sheet and by errors; the previous page stays shown while the next loads. */
export function useImportRows(id: string, query: ImportRowsQuery, enabled = true) {
  const params = new URLSearchParams({ page: String(query.page), pageSize: String(query.pageSize) });
  if (query.sheet !== undefined) params.set('sheet', query.sheet);
  if (query.status) params.set('status', query.status);
  return useQuery({
    queryKey: [...importKey(id), 'rows', query] as const,
    queryFn: ({ signal }) => request<ImportRowsPage>(`/api/imports/${encodeURIComponent(id)}/rows?${params.toString()}`, { signal }),
    placeholderData: keepPreviousData,
    enabled,
    retry: false,
  });
}

/** Uploads a file for preview as `kind` (/api/imports/<kind>/preview), with what the kind asks beside the file (an indicator table's source). */
export function usePreviewImport(kind: string, query: Record<string, string> = {}) {
  const queryClient = useQueryClient();
  const search = new URLSearchParams(query).toString();
  return useMutation({
    mutationFn: (file: File) => upload<ImportPreview>(`/api/imports/${encodeURIComponent(kind)}/preview${search ? `?${search}` : ''}`, { file }),
    onSuccess: (preview) => queryClient.setQueryData(importKey(preview.importId), preview),
  });
}

/** 确认导入: the batch moves to committing and a job commits it; the answer names the job. */
export function useCommitImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (importId: string) => request<ImportBatchStep>(`/api/imports/${encodeURIComponent(importId)}/commit`, { method: 'POST' }),
    onSuccess: (_, importId) => void queryClient.invalidateQueries({ queryKey: importKey(importId) }),
  });
}

/**
 * The commit job of a batch, followed while it runs. Once it has ended the batch has too (committed,
 * or previewed again with why): the preview is read again, and `invalidate` refreshes what the
 * kind's records feed (lists, counts).
 */
export function useCommitJob(importId: string | undefined, jobId: number | undefined, invalidate: (queryClient: QueryClient) => void) {
  const queryClient = useQueryClient();
  const job = useJob(jobId);
  const ended = job.data !== undefined && !isJobActive(job.data);
  useEffect(() => {
    if (!ended || !importId) return;
    invalidate(queryClient);
    void queryClient.invalidateQueries({ queryKey: importKey(importId) });
  }, [ended, importId, invalidate, queryClient]);
  return job;
}
