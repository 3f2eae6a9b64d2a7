import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PlatformTransition } from '@shared/platforms.enums';
import { request } from './api';
import type {
  PlatformAnswer,
  PlatformDetail,
  PlatformListQuery,
  PlatformPage,
  PlatformTransitionAnswer,
  PlatformTransitionBody,
  PlatformUpdateBody,
} from './types';
import { invalidatePlatformData } from './zones';

export function usePlatforms(query: PlatformListQuery) {
  return useQuery({
    queryKey: ['platforms', query],
    queryFn: ({ signal }) => request<PlatformPage>('/api/platforms', { query, signal }),
    placeholderData: keepPreviousData,
  });
}

export function usePlatform(id: number | undefined) {
  return useQuery({
    queryKey: ['platform', id ?? 0],
    queryFn: ({ signal }) => request<PlatformDetail>(`/api/platforms/${id}`, { signal }),
    enabled: id !== undefined,
  });
}

export function useUpdatePlatform(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PlatformUpdateBody) =>
      request<PlatformAnswer>(`/api/platforms/${id}`, { method: 'PATCH', body }),
    onSuccess: () => invalidatePlatformData(queryClient),
  });
}

export function useTransitionPlatform(id: number, transition: PlatformTransition) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PlatformTransitionBody) =>
      request<PlatformTransitionAnswer>(`/api/platforms/${id}/${transition}`, { method: 'POST', body }),
    onSuccess: () => invalidatePlatformData(queryClient),
  });
}
