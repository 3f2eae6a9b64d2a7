/**
 * A judge's and an applicant's own evaluation work: the judge's assignments (with their stages'
 * criteria), the commitment, score sheets and a declared conflict; the applicant's entries; and
 * the public registration for an open contest.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { request } from './api';
import type { MyAssignmentsAnswer, MyEntries, Registered, RegistrationBody, RegistrationForm, SheetSaved, SheetScores, SheetSubmitted } from './types';

const ASSIGNMENTS = ['my-assignments'] as const;

export function useMyAssignments() {
  return useQuery({
    queryKey: ASSIGNMENTS,
    queryFn: ({ signal }) => request<MyAssignmentsAnswer>('/api/my/assignments', { signal }),
  });
}

/** Every change a judge makes is seen in their list: the answer is refetched whatever happened (a refusal may mean the stage moved on). */
function useJudgeMutation<Vars, Result>(call: (vars: Vars) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: call, onSettled: () => queryClient.invalidateQueries({ queryKey: ASSIGNMENTS }) });
}

export function useConfirmCommitment() {
  return useJudgeMutation((stageId: number) => request(`/api/campaigns/stages/${stageId}/commitment`, { method: 'POST', body: { accept: true } }));
}

type SheetCall = { stageId: number; entryId: number; scores: SheetScores };

export function useSaveSheet() {
  return useJudgeMutation(({ stageId, entryId, scores }: SheetCall) =>
    request<SheetSaved>(`/api/campaigns/stages/${stageId}/sheets/${entryId}`, { method: 'PUT', body: { scores } }),
  );
}

export function useSubmitSheet() {
  return useJudgeMutation(({ stageId, entryId, scores }: SheetCall) =>
    request<SheetSubmitted>(`/api/campaigns/stages/${stageId}/sheets/${entryId}/submit`, { method: 'POST', body: { scores } }),
  );
}

export function useDeclareConflict() {
  return useJudgeMutation(({ assignmentId, reason }: { assignmentId: number; reason: string }) =>
    request(`/api/my/assignments/${assignmentId}/conflict`, { method: 'POST', body: { reason } }),
  );
}

export function useMyEntries() {
  return useQuery({
    queryKey: ['my-entries'],
    queryFn: ({ signal }) => request<MyEntries>('/api/my/entries', { signal }),
    select: (data) => data.items,
  });
}

export function useRegistrationForm(campaignId: number | undefined) {
  return useQuery({
    queryKey: ['registration-form', campaignId ?? 0],
    queryFn: ({ signal }) => request<RegistrationForm>(`/api/public/campaigns/${campaignId}/registration`, { signal }),
    enabled: campaignId !== undefined,
    // A contest not open answers 404: retrying will not open it.
    retry: false,
  });
}

export function useRegister(campaignId: number) {
  return useMutation({
    mutationFn: (body: RegistrationBody) => request<Registered>(`/api/public/campaigns/${campaignId}/registrations`, { method: 'POST', body }),
  });
}
