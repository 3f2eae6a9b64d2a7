/** 放权赋能事项 for staff: the delegations (as of a day), the catalogue and its batches, steps, measures, cases, the stats view, the comparison and 通办. */
import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { DelegationTransition } from '@shared/powers.enums';
import { request } from './api';
import type {
  DelegationAnswer,
  DelegationCreateBody,
  DelegationDetail,
  DelegationList,
  DelegationListQuery,
  DelegationTransitionAnswer,
  MeasuresBody,
  PowerBatchAnswer,
  PowerBatchBody,
  PowerBatchList,
  PowerCompare,
  PowerItemAnswer,
  PowerItemBody,
  PowerItemList,
  PowerStats,
  PowerStatsQuery,
  RecordCasesAnswer,
  RecordCasesBody,
  TongbanList,
  TongbanQuery,
} from './types';

const keys = {
  all: ['powers'] as const,
  list: (query: DelegationListQuery) => ['powers', 'list', query] as const,
  one: (id: number) => ['powers', 'one', id] as const,
  items: (query: { q?: string; page: number; pageSize: number }) => ['powers', 'items', query] as const,
  batches: ['powers', 'batches'] as const,
  stats: (query: Partial<PowerStatsQuery>) => ['powers', 'stats', query] as const,
  compare: (query: { from: string; to: string; zone?: number }) => ['powers', 'compare', query] as const,
  tongban: (query: TongbanQuery) => ['powers', 'tongban', query] as const,
  publicAll: ['public-powers'] as const,
};

/** Any write changes what the lists, the stats, the comparison and the portal show. */
function invalidate(queryClient: QueryClient) {
  void queryClient.invalidateQueries({ queryKey: keys.all });
  void queryClient.invalidateQueries({ queryKey: keys.publicAll });
}

export function useDelegations(query: DelegationListQuery) {
  return useQuery({
    queryKey: keys.list(query),
    queryFn: ({ signal }) => request<DelegationList>('/api/powers', { query, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useDelegation(id: number | undefined) {
  return useQuery({
    queryKey: keys.one(id ?? 0),
    queryFn: ({ signal }) => request<DelegationDetail>(`/api/powers/${id}`, { signal }),
    enabled: id !== undefined,
  });
}

export function usePowerItems(query: { q?: string; page: number; pageSize: number }, enabled = true) {
  return useQuery({
    queryKey: keys.items(query),
    queryFn: ({ signal }) => request<PowerItemList>('/api/powers/items', { query, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function usePowerBatches() {
  return useQuery({
    queryKey: keys.batches,
    queryFn: ({ signal }) => request<PowerBatchList>('/api/powers/batches', { signal }).then((r) => r.items),
  });
}

export function usePowerStats(query: Partial<PowerStatsQuery>) {
  return useQuery({
    queryKey: keys.stats(query),
    queryFn: ({ signal }) => request<PowerStats>('/api/powers/stats', { query, signal }),
    placeholderData: keepPreviousData,
  });
}

export function usePowerCompare(query: { from: string; to: string; zone?: number } | undefined) {
  return useQuery({
    queryKey: keys.compare(query ?? { from: '', to: '' }),
    queryFn: ({ signal }) => request<PowerCompare>('/api/powers/compare', { query, signal }),
    enabled: query !== undefined,
  });
}

export function useTongban(query: TongbanQuery) {
  return useQuery({
    queryKey: keys.tongban(query),
    queryFn: ({ signal }) => request<TongbanList>('/api/tongban', { query, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useCreateBatch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PowerBatchBody) => request<PowerBatchAnswer>('/api/powers/batches', { method: 'POST', body }).then((r) => r.batch),
    onSuccess: () => invalidate(queryClient),
  });
}

export function useCreateItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PowerItemBody) => request<PowerItemAnswer>('/api/powers/items', { method: 'POST', body }).then((r) => r.item),
    onSuccess: () => invalidate(queryClient),
  });
}

export function useCreateDelegation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DelegationCreateBody) => request<DelegationAnswer>('/api/powers', { method: 'POST', body }).then((r) => r.delegation),
    onSuccess: () => invalidate(queryClient),
  });
}

export function useTransitionDelegation(id: number, transition: DelegationTransition) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Record<string, string | undefined>) => request<DelegationTransitionAnswer>(`/api/powers/${id}/${transition}`, { method: 'POST', body }),
    onSuccess: () => invalidate(queryClient),
  });
}

export function useUpdateMeasures(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MeasuresBody) => request<DelegationAnswer>(`/api/powers/${id}/measures`, { method: 'PUT', body }).then((r) => r.delegation),
    onSuccess: () => invalidate(queryClient),
  });
}

export function useRecordCases(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RecordCasesBody) => request<RecordCasesAnswer>(`/api/powers/${id}/cases`, { method: 'POST', body }),
    onSuccess: () => invalidate(queryClient),
  });
}
