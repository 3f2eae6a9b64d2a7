import { useQuery } from '@tanstack/react-query';
import { request } from './api';
import type { Site } from './types';

export type { Site } from './types';

/** Whether this installation holds the demo dataset; every page then says so. */
export function useSite() {
  return useQuery({
    queryKey: ['site'],
    queryFn: ({ signal }) => request<Site>('/api/public/site', { signal }),
    staleTime: 5 * 60_000,
    retry: false,
  });
}
