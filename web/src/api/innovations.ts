import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InnovationTransition } from '@shared/innovations.enums';
import { buildQuery, request, upload } from './api';
import type {
  AdoptionAnswer,
  AdoptionCreateBody,
  AttachmentAnswer,
  Diffusion,
  InnovationAnswer,
  InnovationCreateBody,
  InnovationCreated,
  InnovationDetail,
  InnovationFilters,
  InnovationListQuery,
  InnovationPage,
  InnovationTransitionAnswer,
  InnovationTransitionBody,
  InnovationUpdateBody,
  PublicInnovationDetail,
  PublicInnovationPage,
  SimilarAnswer,
  SimilarCheckBody,
  SimilarInnovation,
} from './types';

export const innovationKeys = {
  all: ['innovations'] as const,
  list: (query: InnovationListQuery) => ['innovations', 'list', query] as const,
  detail: (id: number) => ['innovations', 'detail', id] as const,
  similar: (body: SimilarCheckBody | null) => ['innovations', 'similar', body] as const,
  diffusion: (id: number) => ['innovations', 'diffusion', id] as const,
  publicList: (query: InnovationListQuery) => ['public-innovations', 'list', query] as const,
  publicDetail: (id: number) => ['public-innovations', 'detail', id] as const,
};

/** Everything an innovation change can move: lists, details, counts, the matrix and the portal. */
export function invalidateInnovationData(queryClient: ReturnType<typeof useQueryClient>): void {
  for (const key of ['innovations', 'public-innovations', 'replication', 'stats']) {
    void queryClient.invalidateQueries({ queryKey: [key] });
  }
}

export function useInnovations(query: InnovationListQuery, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: innovationKeys.list(query),
    queryFn: ({ signal }) => request<InnovationPage>('/api/innovations', { query, signal }),
    placeholderData: keepPreviousData,
    enabled: options.enabled,
  });
}

/** Just the total for a filter (工作台 counts): one row is enough. */
export function useInnovationCount(filters: InnovationFilters, enabled = true) {
  return useQuery({
    queryKey: innovationKeys.list({ ...filters, page: 1, pageSize: 1 }),
    queryFn: ({ signal }) =>
      request<InnovationPage>('/api/innovations', { query: { ...filters, page: 1, pageSize: 1 }, signal }),
    enabled,
    select: (page) => page.total,
  });
}

export function useInnovation(id: number | undefined) {
  return useQuery({
    queryKey: innovationKeys.detail(id ?? 0),
    queryFn: ({ signal }) => request<InnovationDetail>(`/api/innovations/${id}`, { signal }),
    enabled: id !== undefined,
  });
}

export function exportUrl(filters: InnovationFilters): string {
  return `/api/innovations/export.xlsx${buildQuery(filters)}`;
}

export function useCreateInnovation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: InnovationCreateBody) => request<InnovationCreated>('/api/innovations', { method: 'POST', body }),
    onSuccess: () => invalidateInnovationData(queryClient),
  });
}

export function useUpdateInnovation(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: InnovationUpdateBody) => request<InnovationAnswer>(`/api/innovations/${id}`, { method: 'PATCH', body }),
    onSuccess: () => invalidateInnovationData(queryClient),
  });
}

export function useTransitionInnovation(id: number, transition: InnovationTransition) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: InnovationTransitionBody) =>
      request<InnovationTransitionAnswer>(`/api/innovations/${id}/${transition}`, { method: 'POST', body }),
    onSuccess: () => invalidateInnovationData(queryClient),
  });
}

/** Near-duplicate hints while typing; `body` null means "nothing worth checking yet". */
export function useSimilarInnovations(body: SimilarCheckBody | null) {
  return useQuery<SimilarInnovation[]>({
    queryKey: innovationKeys.similar(body),
    queryFn: ({ signal }) =>
      request<SimilarAnswer>('/api/innovations/similar', { method: 'POST', body, signal }).then((r) => r.items),
    enabled: body !== null,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
    retry: false,
  });
}

export function useCreateAdoption(innovationId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AdoptionCreateBody) =>
      request<AdoptionAnswer>(`/api/innovations/${innovationId}/adoptions`, { method: 'POST', body }),
    onSuccess: () => {
      invalidateInnovationData(queryClient);
      void queryClient.invalidateQueries({ queryKey: ['zones'] });
    },
  });
}

export function useDiffusion(id: number | undefined) {
  return useQuery({
    queryKey: innovationKeys.diffusion(id ?? 0),
    queryFn: ({ signal }) => request<Diffusion>(`/api/innovations/${id}/diffusion`, { signal }).then((r) => r.points),
    enabled: id !== undefined,
  });
}

export type AttachmentTarget = { kind: 'innovation' | 'adoption'; id: number };

export function attachmentUrl(id: number): string {
  return `/api/attachments/${id}`;
}

export function useUploadAttachment(target: AttachmentTarget) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, internal }: { file: File; internal: boolean }) =>
      upload<AttachmentAnswer>(
        `/api/${target.kind === 'innovation' ? 'innovations' : 'adoptions'}/${target.id}/attachments`,
        internal ? { internal: 'true', file } : { file },
      ),
    onSuccess: () => invalidateInnovationData(queryClient),
  });
}

export function useDeleteAttachment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => request<void>(`/api/attachments/${id}`, { method: 'DELETE' }),
    onSuccess: () => invalidateInnovationData(queryClient),
  });
}

// ── Portal ──────────────────────────────────────────────────────────────

export function usePublicInnovations(query: InnovationListQuery, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: innovationKeys.publicList(query),
    queryFn: ({ signal }) => request<PublicInnovationPage>('/api/public/innovations', { query, signal }),
    placeholderData: keepPreviousData,
    enabled: options.enabled,
  });
}

export function usePublicInnovation(id: number | undefined) {
  return useQuery({
    queryKey: innovationKeys.publicDetail(id ?? 0),
    queryFn: ({ signal }) => request<PublicInnovationDetail>(`/api/public/innovations/${id}`, { signal }),
    enabled: id !== undefined,
  });
}
