import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { request } from './api';
import type { ExternalIndexList, ExternalIndexRanking } from './types';

/** External indices as published (中山大学 制度创新指数): the list, and one edition × level ranked. */
export function useExternalIndices() {
  return useQuery({
    queryKey: ['external-indices', 'list'],
    queryFn: ({ signal }) => request<ExternalIndexList>('/api/public/external-indices', { signal }).then((r) => r.items),
    staleTime: 300_000,
  });
}

export function useExternalIndexRanking(code: string | undefined, edition: string | undefined, level: string | undefined) {
  return useQuery({
    queryKey: ['external-indices', 'ranking', code, edition, level],
    enabled: !!code,
    queryFn: ({ signal }) => {
      const query = new URLSearchParams();
      if (edition) query.set('edition', edition);
      if (level) query.set('level', level);
      return request<ExternalIndexRanking>(`/api/public/external-indices/${encodeURIComponent(code!)}?${query}`, { signal });
    },
    placeholderData: keepPreviousData,
    staleTime: 300_000,
  });
}
