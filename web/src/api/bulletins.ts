/** 简报: the console's drafts and steps, one figure evaluated before it is added, and the portal's issued bulletins. */
import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { BulletinTransition } from '@shared/bulletins.enums';
import { request } from './api';
import type {
  BulletinAnswer,
  BulletinCreateBody,
  BulletinList,
  BulletinListQuery,
  BulletinTransitionAnswer,
  BulletinUpdateBody,
  FigureEvaluateBody,
  FigureEvaluated,
  PublicBulletinAnswer,
  PublicBulletinList,
} from './types';

const keys = {
  all: ['bulletins'] as const,
  list: (query: BulletinListQuery) => ['bulletins', 'list', query] as const,
  one: (id: number) => ['bulletins', 'one', id] as const,
  publicAll: ['public-bulletins'] as const,
};

function invalidate(queryClient: QueryClient) {
  void queryClient.invalidateQueries({ queryKey: keys.all });
  void queryClient.invalidateQueries({ queryKey: keys.publicAll });
}

export function useBulletins(query: BulletinListQuery) {
  return useQuery({
    queryKey: keys.list(query),
    queryFn: ({ signal }) => request<BulletinList>('/api/bulletins', { query, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useBulletin(id: number | undefined) {
  return useQuery({
    queryKey: keys.one(id ?? 0),
    queryFn: ({ signal }) => request<BulletinAnswer>(`/api/bulletins/${id}`, { signal }).then((r) => r.bulletin),
    enabled: id !== undefined,
  });
}

export function useCreateBulletin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BulletinCreateBody) => request<BulletinAnswer>('/api/bulletins', { method: 'POST', body }).then((r) => r.bulletin),
    onSuccess: () => invalidate(queryClient),
  });
}

export function useUpdateBulletin(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BulletinUpdateBody) => request<BulletinAnswer>(`/api/bulletins/${id}`, { method: 'PUT', body }).then((r) => r.bulletin),
    onSuccess: (bulletin) => {
      queryClient.setQueryData(keys.one(id), bulletin);
      invalidate(queryClient);
    },
  });
}

export function useDeleteBulletin(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => request<null>(`/api/bulletins/${id}`, { method: 'DELETE' }),
    onSuccess: () => invalidate(queryClient),
  });
}

export function useTransitionBulletin(id: number, transition: BulletinTransition) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Record<string, string | undefined>) => request<BulletinTransitionAnswer>(`/api/bulletins/${id}/${transition}`, { method: 'POST', body }),
    onSuccess: () => invalidate(queryClient),
  });
}

/** One figure computed as it would be in the bulletin (nothing is stored). */
export function useEvaluateFigure() {
  return useMutation({
    mutationFn: (body: FigureEvaluateBody) => request<FigureEvaluated>('/api/bulletins/figures/evaluate', { method: 'POST', body }).then((r) => r.figure),
  });
}

export function usePublicBulletins(query: { q?: string; page: number; pageSize: number }) {
  return useQuery({
    queryKey: [...keys.publicAll, 'list', query],
    queryFn: ({ signal }) => request<PublicBulletinList>('/api/public/bulletins', { query, signal }),
    placeholderData: keepPreviousData,
  });
}

export function usePublicBulletin(id: number | undefined) {
  return useQuery({
    queryKey: [...keys.publicAll, 'one', id ?? 0],
    queryFn: ({ signal }) => request<PublicBulletinAnswer>(`/api/public/bulletins/${id}`, { signal }).then((r) => r.bulletin),
    enabled: id !== undefined,
  });
}
