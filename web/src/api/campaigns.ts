import type { CampaignTransition, StageTransition } from '@shared/evaluation.enums';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { request } from './api';
import type {
  CampaignCreateBody,
  CampaignCreated,
  CampaignDetail,
  CampaignListQuery,
  CampaignPage,
  CampaignSeriesList,
  CategoryBody,
  CriteriaBody,
  ExpertCreateBody,
  ExpertListQuery,
  ExpertPage,
  ExpertUpdateBody,
  JudgeAccountPage,
  StageCreateBody,
  StageUpdateBody,
  PublicCampaignPage,
  SeriesCreateBody,
  SeriesCreated,
} from './types';

/**
 * Every cached view of campaigns: a change to one campaign, category or stage refreshes them all —
 * their entries too, whose statuses a stage's close (资格审查, 尽职调查, 活动) or published results set.
 */
export function invalidateCampaignData(queryClient: ReturnType<typeof useQueryClient>): void {
  void queryClient.invalidateQueries({ queryKey: ['campaigns'] });
  void queryClient.invalidateQueries({ queryKey: ['campaign-entries'] });
  void queryClient.invalidateQueries({ queryKey: ['campaign'] });
  void queryClient.invalidateQueries({ queryKey: ['campaign-series'] });
}

export function useCampaigns(query: CampaignListQuery) {
  return useQuery({
    queryKey: ['campaigns', query],
    queryFn: ({ signal }) => request<CampaignPage>('/api/campaigns', { query, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useCampaign(id: number | undefined) {
  return useQuery({
    queryKey: ['campaign', id ?? 0],
    queryFn: ({ signal }) => request<CampaignDetail>(`/api/campaigns/${id}`, { signal }),
    enabled: id !== undefined,
  });
}

export function useCampaignSeries() {
  return useQuery({
    queryKey: ['campaign-series'],
    queryFn: ({ signal }) => request<CampaignSeriesList>('/api/campaigns/series', { signal }),
    select: (data) => data.items,
  });
}

export function usePublicCampaigns(query: { page: number; pageSize: number }) {
  return useQuery({
    queryKey: ['public-campaigns', query],
    queryFn: ({ signal }) => request<PublicCampaignPage>('/api/public/campaigns', { query, signal }),
    placeholderData: keepPreviousData,
  });
}

/** A new campaign, in an existing series or in one created first (two calls: the series is a record of its own). */
export function useCreateCampaign() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ series, campaign }: { series?: SeriesCreateBody; campaign: Omit<CampaignCreateBody, 'seriesId'> & { seriesId?: number } }) => {
      let seriesId = campaign.seriesId;
      if (series) seriesId = (await request<SeriesCreated>('/api/campaigns/series', { method: 'POST', body: series })).series.id;
      return request<CampaignCreated>('/api/campaigns', { method: 'POST', body: { ...campaign, seriesId } });
    },
    onSettled: () => invalidateCampaignData(queryClient),
  });
}

/** Any change inside a campaign (its header, a category, a stage, criteria): one mutation shape, every view refreshed. */
function useCampaignMutation<Body>(call: (body: Body) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: call, onSuccess: () => invalidateCampaignData(queryClient) });
}

export const useTransitionCampaign = (id: number, transition: CampaignTransition) =>
  useCampaignMutation((body: Record<string, string | undefined>) => request(`/api/campaigns/${id}/${transition}`, { method: 'POST', body }));

export const useTransitionStage = (id: number, transition: StageTransition) =>
  useCampaignMutation((body: Record<string, string | undefined>) => request(`/api/campaigns/stages/${id}/${transition}`, { method: 'POST', body }));

/** Adds a category (no id) or edits one. */
export const useSaveCategory = (campaignId: number, categoryId: number | undefined) =>
  useCampaignMutation((body: CategoryBody) =>
    categoryId === undefined
      ? request(`/api/campaigns/${campaignId}/categories`, { method: 'POST', body })
      : request(`/api/campaigns/categories/${categoryId}`, { method: 'PATCH', body }),
  );

export const useDeleteCategory = () => useCampaignMutation((id: number) => request(`/api/campaigns/categories/${id}`, { method: 'DELETE' }));

export const useCreateStage = (campaignId: number) =>
  useCampaignMutation((body: StageCreateBody) => request(`/api/campaigns/${campaignId}/stages`, { method: 'POST', body }));

export const useUpdateStage = (stageId: number) =>
  useCampaignMutation((body: StageUpdateBody) => request(`/api/campaigns/stages/${stageId}`, { method: 'PATCH', body }));

export const useDeleteStage = () => useCampaignMutation((id: number) => request(`/api/campaigns/stages/${id}`, { method: 'DELETE' }));

export const useSetCriteria = (stageId: number) =>
  useCampaignMutation((body: CriteriaBody) => request(`/api/campaigns/stages/${stageId}/criteria`, { method: 'PUT', body }));

// ── The expert pool (专家库) ──────────────────────────────────────────────

export function useExperts(query: ExpertListQuery, enabled = true) {
  return useQuery({
    queryKey: ['experts', query],
    queryFn: ({ signal }) => request<ExpertPage>('/api/experts', { query, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** The active judge accounts no expert links yet, matching `q` (the answer lists at most 50 of `total`). */
export function useJudgeAccounts(q: string, enabled = true) {
  return useQuery({
    queryKey: ['experts', 'judge-accounts', q],
    queryFn: ({ signal }) => request<JudgeAccountPage>('/api/experts/judge-accounts', { query: { q: q || undefined }, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Adds an expert (no id) or edits one. */
export function useSaveExpert(id: number | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ExpertCreateBody | ExpertUpdateBody) =>
      id === undefined ? request('/api/experts', { method: 'POST', body }) : request(`/api/experts/${id}`, { method: 'PATCH', body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['experts'] }),
  });
}
