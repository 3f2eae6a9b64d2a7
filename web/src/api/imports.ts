import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { request, upload } from './api';
import { invalidateInnovationData } from './innovations';
import type { ImportCommit, ImportPreview } from './types';

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

export function usePreviewInnovationImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => upload<ImportPreview>('/api/imports/innovations/preview', { file }),
    onSuccess: (preview) => queryClient.setQueryData(importKey(preview.importId), preview),
  });
}

export function useCommitImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (importId: string) => request<ImportCommit>(`/api/imports/${encodeURIComponent(importId)}/commit`, { method: 'POST' }),
    onSuccess: (_, importId) => {
      invalidateInnovationData(queryClient);
      void queryClient.invalidateQueries({ queryKey: importKey(importId) });
    },
  });
}
