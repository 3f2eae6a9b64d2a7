/**
 * The organiser's work on a campaign's entries and a scored stage's judges: the entries list and
 * nominations, the published draw, the assignment and the scoring progress. Types are the
 * generated ones (../types.ts's helpers), named here where they are used.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isApiError, request } from '../api';
import type { ApiBody, ApiResponse, Item } from '../types';

export type EntryList = ApiResponse<'/api/campaigns/{id}/entries', 'get'>;
export type CampaignEntry = Item<EntryList['items']>;
export type NominateBody = ApiBody<'/api/campaigns/{id}/entries', 'post'>;
export type StageDraw = ApiResponse<'/api/campaigns/stages/{id}/draw', 'get'>['draw'];
export type DrawBody = ApiBody<'/api/campaigns/stages/{id}/draw', 'post'>;
export type AssignBody = ApiBody<'/api/campaigns/stages/{id}/assignments', 'post'>;
export type AssignResult = ApiResponse<'/api/campaigns/stages/{id}/assignments', 'post'>;
export type StageProgress = ApiResponse<'/api/campaigns/stages/{id}/progress', 'get'>;

const keys = {
  entries: (campaignId: number) => ['campaign-entries', campaignId] as const,
  draw: (stageId: number) => ['stage-draw', stageId] as const,
  progress: (stageId: number) => ['stage-progress', stageId] as const,
};

export function useCampaignEntries(campaignId: number) {
  return useQuery({
    queryKey: keys.entries(campaignId),
    queryFn: ({ signal }) => request<EntryList>(`/api/campaigns/${campaignId}/entries`, { signal }),
    select: (data) => data.items,
  });
}

/**
 * Nominates innovations into a best case one by one (the API takes one per call, each audited):
 * stops at the first refusal and says which were nominated before it, so a retry skips them.
 */
export function useNominateEntries(campaignId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ innovationIds, categoryId }: { innovationIds: number[]; categoryId: number | null }) => {
      const done: number[] = [];
      for (const innovationId of innovationIds) {
        await request(`/api/campaigns/${campaignId}/entries`, { method: 'POST', body: { innovationId, categoryId } satisfies NominateBody });
        done.push(innovationId);
      }
      return done;
    },
    onSettled: () => void queryClient.invalidateQueries({ queryKey: keys.entries(campaignId) }),
  });
}

/** The stage's published draw, or null before the judges are drawn (the API answers 404 then). */
export function useStageDraw(stageId: number) {
  return useQuery({
    queryKey: keys.draw(stageId),
    queryFn: async ({ signal }) => {
      try {
        return (await request<{ draw: StageDraw }>(`/api/campaigns/stages/${stageId}/draw`, { signal })).draw;
      } catch (error) {
        if (isApiError(error, 404)) return null;
        throw error;
      }
    },
  });
}

export function useStageProgress(stageId: number, enabled = true) {
  return useQuery({
    queryKey: keys.progress(stageId),
    queryFn: ({ signal }) => request<StageProgress>(`/api/campaigns/stages/${stageId}/progress`, { signal }),
    enabled,
  });
}

/** A draw or an assignment changes the panel, the assignments and the progress at once. */
function useStageJudgesMutation<Body, Result>(stageId: number, call: (body: Body) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: keys.draw(stageId) });
      void queryClient.invalidateQueries({ queryKey: keys.progress(stageId) });
    },
  });
}

export const useDrawJudges = (stageId: number) =>
  useStageJudgesMutation(stageId, (body: DrawBody) => request<{ draw: StageDraw }>(`/api/campaigns/stages/${stageId}/draw`, { method: 'POST', body }));

export const useAssignJudges = (stageId: number) =>
  useStageJudgesMutation(stageId, (body: AssignBody) => request<AssignResult>(`/api/campaigns/stages/${stageId}/assignments`, { method: 'POST', body }));
