import { useQuery } from '@tanstack/react-query';
import { request } from './api';
import type { Overview } from './types';

export function useOverview() {
  return useQuery({
    queryKey: ['stats', 'overview'],
    queryFn: ({ signal }) => request<Overview>('/api/stats/overview', { signal }),
    staleTime: 30_000,
  });
}
