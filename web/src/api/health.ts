import { useQuery } from '@tanstack/react-query';
import { request } from './api';
import type { Health } from './types';

export function useHealth() {
  return useQuery({
    queryKey: ['health'],
    queryFn: ({ signal }) => request<Health>('/api/health', { signal }),
    staleTime: 5 * 60_000,
    retry: false,
  });
}
