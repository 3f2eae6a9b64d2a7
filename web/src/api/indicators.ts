import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { request } from './api';
import type {
  IndicatorCorrectionBody,
  IndicatorList,
  IndicatorValueCorrected,
  IndicatorValueHistory,
  IndicatorValues,
  IndicatorValuesBody,
  IndicatorValuesPublished,
  IndicatorValuesQuery,
  IndicatorValuesRecorded,
  PublicIndicatorList,
  PublicIndicatorValues,
} from './types';

const indicatorKeys = {
  all: ['indicators'] as const,
  definitions: () => ['indicators', 'definitions'] as const,
  values: (code: string, query: IndicatorValuesQuery) => ['indicators', 'values', code, query] as const,
  history: (code: string, zone: number, period: string) => ['indicators', 'history', code, zone, period] as const,
};

export function useIndicators() {
  return useQuery({
    queryKey: indicatorKeys.definitions(),
    queryFn: ({ signal }) => request<IndicatorList>('/api/indicators', { signal }).then((r) => r.items),
    staleTime: 60_000,
  });
}

export function useIndicatorValues(code: string | undefined, query: IndicatorValuesQuery) {
  return useQuery({
    queryKey: indicatorKeys.values(code ?? '', query),
    queryFn: ({ signal }) => request<IndicatorValues>(`/api/indicators/${code}/values`, { query, signal }),
    enabled: code !== undefined,
    placeholderData: keepPreviousData,
  });
}

export function useIndicatorValueHistory(code: string, key: { zone: number; period: string } | undefined) {
  return useQuery({
    queryKey: indicatorKeys.history(code, key?.zone ?? 0, key?.period ?? ''),
    queryFn: ({ signal }) => request<IndicatorValueHistory>(`/api/indicators/${code}/history`, { query: key, signal }),
    enabled: key !== undefined,
  });
}

/** After an import's commit: every indicator query refetches. */
export function invalidateIndicatorData(queryClient: QueryClient) {
  void queryClient.invalidateQueries({ queryKey: indicatorKeys.all });
  void queryClient.invalidateQueries({ queryKey: ['public-indicators'] });
}

/** Every write changes the table, the histories and (once published) the public view: all indicator queries refetch. */
function useIndicatorWrite<Body, Answer>(send: (body: Body) => Promise<Answer>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: indicatorKeys.all });
      void queryClient.invalidateQueries({ queryKey: ['public-indicators'] });
    },
  });
}

export const useRecordIndicatorValues = () =>
  useIndicatorWrite((body: IndicatorValuesBody) => request<IndicatorValuesRecorded>('/api/indicator-values', { method: 'POST', body }));

export const useCorrectIndicatorValue = (id: number) =>
  useIndicatorWrite((body: IndicatorCorrectionBody) => request<IndicatorValueCorrected>(`/api/indicator-values/${id}/correct`, { method: 'POST', body }));

export const usePublishIndicatorValues = () =>
  useIndicatorWrite((ids: number[]) => request<IndicatorValuesPublished>('/api/indicator-values/publish', { method: 'POST', body: { ids } }));

export function usePublicIndicators() {
  return useQuery({
    queryKey: ['public-indicators', 'list'],
    queryFn: ({ signal }) => request<PublicIndicatorList>('/api/public/indicators', { signal }).then((r) => r.items),
    staleTime: 60_000,
  });
}

export function usePublicIndicatorValues(code: string | undefined) {
  return useQuery({
    queryKey: ['public-indicators', 'values', code ?? ''],
    queryFn: ({ signal }) => request<PublicIndicatorValues>(`/api/public/indicators/${code}/values`, { signal }),
    enabled: code !== undefined,
    placeholderData: keepPreviousData,
  });
}
