/**
 * The portal's 放权事项 and 通办: every zone's delegated powers (as they stand, or as they stood
 * on a day), one delegation with its processing time, a zone's 放得下、接得住、用得好 counts and
 * its 通办 items. Public answers only: no working notes, no abilities.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { request } from './api';
import type { ApiQuery, ApiResponse, Item } from './types';

export type PublicPowerList = ApiResponse<'/api/public/powers', 'get'>;
export type PublicPowerQuery = ApiQuery<'/api/public/powers', 'get'>;
export type PublicPower = Item<PublicPowerList['items']>;
export type PublicPowerDetail = ApiResponse<'/api/public/powers/{id}', 'get'>;
export type PublicPowerStats = ApiResponse<'/api/public/powers/stats', 'get'>;
export type PublicPowerStatsQuery = ApiQuery<'/api/public/powers/stats', 'get'>;
export type PublicTongbanList = ApiResponse<'/api/public/tongban', 'get'>;
export type PublicTongbanQuery = ApiQuery<'/api/public/tongban', 'get'>;
export type PublicTongbanItem = Item<PublicTongbanList['items']>;
export type PublicTongbanBatch = Item<PublicTongbanList['batches']>;

const keys = {
  all: ['public-powers'] as const,
  list: (query: PublicPowerQuery) => ['public-powers', 'list', query] as const,
  one: (id: number) => ['public-powers', 'one', id] as const,
  stats: (query: PublicPowerStatsQuery) => ['public-powers', 'stats', query] as const,
  tongban: (query: PublicTongbanQuery) => ['public-powers', 'tongban', query] as const,
};

export function usePublicPowers(query: PublicPowerQuery) {
  return useQuery({
    queryKey: keys.list(query),
    queryFn: ({ signal }) => request<PublicPowerList>('/api/public/powers', { query, signal }),
    placeholderData: keepPreviousData,
  });
}

export function usePublicPower(id: number | undefined) {
  return useQuery({
    queryKey: keys.one(id ?? 0),
    queryFn: ({ signal }) => request<PublicPowerDetail>(`/api/public/powers/${id}`, { signal }),
    enabled: id !== undefined,
  });
}

/** The 放得下、接得住、用得好 counts of a zone's subtree (every zone without one). */
export function usePublicPowerStats(query: PublicPowerStatsQuery) {
  return useQuery({
    queryKey: keys.stats(query),
    queryFn: ({ signal }) => request<PublicPowerStats>('/api/public/powers/stats', { query, signal }),
    placeholderData: keepPreviousData,
  });
}

export function usePublicTongban(query: PublicTongbanQuery) {
  return useQuery({
    queryKey: keys.tongban(query),
    queryFn: ({ signal }) => request<PublicTongbanList>('/api/public/tongban', { query, signal }),
    placeholderData: keepPreviousData,
  });
}
