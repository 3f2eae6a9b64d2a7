import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { request, upload } from './api';
import type { ImportCommit, ImportPreview, ImportRowsPage } from './types';

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

/** Uploads a file for preview as `kind` (/api/imports/<kind>/preview). */
export function usePreviewImport(kind: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => upload<ImportPreview>(`/api/imports/${encodeURIComponent(kind)}/preview`, { file }),
    onSuccess: (preview) => queryClient.setQueryData(importKey(preview.importId), preview),
  });
}

/** Commits a preview; `invalidate` refreshes what the kind's records feed (lists, counts). */
export function useCommitImport(invalidate: (queryClient: QueryClient) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (importId: string) => request<ImportCommit>(`/api/imports/${encodeURIComponent(importId)}/commit`, { method: 'POST' }),
    onSuccess: (_, importId) => {
      invalidate(queryClient);
      void queryClient.invalidateQueries({ queryKey: importKey(importId) });
    },
  });
}
