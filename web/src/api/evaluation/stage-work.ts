/**
 * The organiser's work on a campaign's entries and a scored stage's judges: the entries list and
 * nominations, the published draw, the assignment and the scoring progress.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isApiError, request } from '../api';
import type { AssignBody, AssignResult, CampaignEntryList, DrawBody, NominateBody, RemindAnswer, StageDrawAnswer, StageProgress } from '../types';

const keys = {
  entries: (campaignId: number) => ['campaign-entries', campaignId] as const,
  draw: (stageId: number) => ['stage-draw', stageId] as const,
  progress: (stageId: number) => ['stage-progress', stageId] as const,
};

export function useCampaignEntries(campaignId: number) {
  return useQuery({
    queryKey: keys.entries(campaignId),
    queryFn: ({ signal }) => request<CampaignEntryList>(`/api/campaigns/${campaignId}/entries`, { signal }),
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
        return (await request<StageDrawAnswer>(`/api/campaigns/stages/${stageId}/draw`, { signal })).draw;
      } catch (error) {
        if (isApiError(error, 404)) return null;
        throw error;
      }
    },
  });
}

/** The stage's score sheets for signature (.xlsx): the whole panel for the organiser, their own sheet for a judge. */
export const scoreSheetsUrl = (stageId: number) => `/api/campaigns/stages/${stageId}/sheets.xlsx`;

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
  useStageJudgesMutation(stageId, (body: DrawBody) => request<StageDrawAnswer>(`/api/campaigns/stages/${stageId}/draw`, { method: 'POST', body }));

export const useAssignJudges = (stageId: number) =>
  useStageJudgesMutation(stageId, (body: AssignBody) => request<AssignResult>(`/api/campaigns/stages/${stageId}/assignments`, { method: 'POST', body }));

/** 提醒评委: tells every judge with sheets still to submit how far they are (the server refuses twice within the hour). */
export function useRemindJudges(stageId: number) {
  return useMutation({
    mutationFn: () => request<RemindAnswer>(`/api/campaigns/stages/${stageId}/reminders`, { method: 'POST' }),
  });
}
