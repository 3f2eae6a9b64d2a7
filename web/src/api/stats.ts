import { useQuery } from '@tanstack/react-query';
import { request } from './api';
import type { Overview, ScopeOverview } from './types';

export function useOverview() {
  return useQuery({
    queryKey: ['stats', 'overview'],
    queryFn: ({ signal }) => request<Overview>('/api/stats/overview', { signal }),
    staleTime: 30_000,
  });
}

/** 辖区概况: figures of the signed-in staff member's own subtree (zone staff and the province office). */
export function useScopeOverview(enabled: boolean) {
  return useQuery({
    queryKey: ['stats', 'my-scope'],
    queryFn: ({ signal }) => request<ScopeOverview>('/api/stats/my-scope', { signal }),
    staleTime: 30_000,
    enabled,
  });
}
