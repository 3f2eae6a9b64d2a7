/** 指标看板: the formation ranking for staff (their scope) or the public (published values), and its .xlsx. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { request } from './api';
import type { IndicatorOverview, IndicatorRanking, IndicatorRankingQuery, IndicatorSeries, IndicatorTrend, PublicZoneIndicators } from './types';

export type Audience = 'staff' | 'public';
const base = (audience: Audience) => (audience === 'staff' ? '/api/indicators' : '/api/public/indicators');

export const rankingPath = (audience: Audience, code: string) => `${base(audience)}/${code}/ranking`;

export function useIndicatorRanking(audience: Audience, code: string | undefined, query: IndicatorRankingQuery | undefined) {
  return useQuery({
    queryKey: [audience === 'staff' ? 'indicators' : 'public-indicators', 'ranking', code ?? '', query],
    queryFn: ({ signal }) => request<IndicatorRanking>(rankingPath(audience, code!), { query, signal }),
    enabled: code !== undefined && query !== undefined,
    placeholderData: keepPreviousData,
  });
}

export const seriesPath = (audience: Audience, code: string) => `${base(audience)}/${code}/series`;

/** Several zones' series of one indicator (the comparison chart). */
export function useIndicatorSeries(audience: Audience, code: string | undefined, zones: readonly number[]) {
  const query = { zones: zones.join(',') };
  return useQuery({
    queryKey: [audience === 'staff' ? 'indicators' : 'public-indicators', 'series', code ?? '', query],
    queryFn: ({ signal }) => request<IndicatorSeries>(seriesPath(audience, code!), { query, signal }),
    enabled: code !== undefined && zones.length > 0,
    placeholderData: keepPreviousData,
  });
}

export const trendPath = (audience: Audience, code: string) => `${base(audience)}/${code}/trend`;

/** One zone's series of one indicator, with the periods' own values where the indicator is cumulative. */
export function useIndicatorTrend(audience: Audience, code: string | undefined, zone: number) {
  const query = { zone };
  return useQuery({
    queryKey: [audience === 'staff' ? 'indicators' : 'public-indicators', 'trend', code ?? '', query],
    queryFn: ({ signal }) => request<IndicatorTrend>(trendPath(audience, code!), { query, signal }),
    enabled: code !== undefined,
    placeholderData: keepPreviousData,
  });
}

export const overviewPath = (audience: Audience) => `${base(audience)}/overview`;

/** Each zone's latest figure of each indicator beside its innovation counts; peers as the ranking's. */
export function useIndicatorOverview(audience: Audience, codes: readonly string[], parent: number | undefined) {
  const query = { indicators: codes.join(','), ...(parent ? { parent } : {}) };
  return useQuery({
    queryKey: [audience === 'staff' ? 'indicators' : 'public-indicators', 'overview', query],
    queryFn: ({ signal }) => request<IndicatorOverview>(overviewPath(audience), { query, signal }),
    enabled: codes.length > 0,
    placeholderData: keepPreviousData,
  });
}

/** A zone's published figures, per indicator (the zone page). */
export function usePublicZoneIndicators(zoneId: number) {
  return useQuery({
    queryKey: ['public-indicators', 'zone', zoneId],
    queryFn: ({ signal }) => request<PublicZoneIndicators>(`/api/public/zones/${zoneId}/indicators`, { signal }).then((r) => r.items),
  });
}
