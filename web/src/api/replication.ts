import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { request } from './api';
import type { FormationStats, MatrixQuery, RecommendationList, ReplicationMatrix } from './types';

export function useFormationStats() {
  return useQuery({
    queryKey: ['stats', 'formation'],
    queryFn: ({ signal }) => request<FormationStats>('/api/stats/formation', { signal }),
    staleTime: 30_000,
  });
}

export function useReplicationMatrix(query: MatrixQuery) {
  return useQuery({
    queryKey: ['replication', 'matrix', query],
    queryFn: ({ signal }) => request<ReplicationMatrix>('/api/replication/matrix', { query, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useRecommendations(zoneId: number | undefined, limit = 20) {
  return useQuery({
    queryKey: ['replication', 'recommendations', zoneId ?? 0, limit],
    queryFn: ({ signal }) =>
      request<RecommendationList>(`/api/zones/${zoneId}/recommendations`, { query: { limit }, signal }).then((r) => r.items),
    enabled: zoneId !== undefined,
  });
}
