import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { request } from './api';
import type {
  PlatformCreateBody,
  PlatformCreated,
  ZoneAnswer,
  ZoneCreateBody,
  ZoneCreated,
  ZoneDetail,
  ZoneList,
  ZonePlatformList,
  ZoneUpdateBody,
} from './types';

export const zoneKeys = {
  all: ['zones'] as const,
  list: () => ['zones', 'list'] as const,
  detail: (id: number) => ['zones', 'detail', id] as const,
  platforms: (id: number) => ['zones', 'platforms', id] as const,
};

export function useZones() {
  return useQuery({
    queryKey: zoneKeys.list(),
    queryFn: ({ signal }) => request<ZoneList>('/api/zones', { signal }).then((r) => r.items),
    staleTime: 60_000,
  });
}

export function useZone(id: number | undefined) {
  return useQuery({
    queryKey: zoneKeys.detail(id ?? 0),
    queryFn: ({ signal }) => request<ZoneDetail>(`/api/zones/${id}`, { signal }),
    enabled: id !== undefined,
  });
}

export function useZonePlatforms(id: number | undefined) {
  return useQuery({
    queryKey: zoneKeys.platforms(id ?? 0),
    queryFn: ({ signal }) =>
      request<ZonePlatformList>(`/api/zones/${id}/platforms`, { signal }).then((r) => r.items),
    enabled: id !== undefined,
  });
}

export function useCreateZone() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ZoneCreateBody) => request<ZoneCreated>('/api/zones', { method: 'POST', body }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: zoneKeys.all });
      void queryClient.invalidateQueries({ queryKey: ['stats'] });
    },
  });
}

export function useUpdateZone(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ZoneUpdateBody) =>
      request<ZoneAnswer>(`/api/zones/${id}`, { method: 'PATCH', body }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: zoneKeys.all });
      void queryClient.invalidateQueries({ queryKey: ['stats'] });
    },
  });
}

export function useCreatePlatform(zoneId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PlatformCreateBody) =>
      request<PlatformCreated>(`/api/zones/${zoneId}/platforms`, { method: 'POST', body }),
    onSuccess: () => invalidatePlatformData(queryClient),
  });
}

export function invalidatePlatformData(queryClient: ReturnType<typeof useQueryClient>): void {
  void queryClient.invalidateQueries({ queryKey: ['platforms'] });
  void queryClient.invalidateQueries({ queryKey: ['platform'] });
  void queryClient.invalidateQueries({ queryKey: zoneKeys.all });
  void queryClient.invalidateQueries({ queryKey: ['stats'] });
}
