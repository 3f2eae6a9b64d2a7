/** Follow-up of a contest's winners: the organiser's view and records, the winner's own view and KPI reports. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { request } from './api';
import type {
  AgreementBody, AgreementSaved, FollowUp, KpiCorrectionBody, KpiReportBody, KpiReportCorrected, KpiReportFiled, MilestoneSaved, MilestoneUpdateBody, MyFollowUp,
} from './types';

const FOLLOW_UP = ['follow-up'] as const;

export function useFollowUp(campaignId: number, enabled: boolean) {
  return useQuery({
    queryKey: [...FOLLOW_UP, 'campaign', campaignId],
    queryFn: ({ signal }) => request<FollowUp>(`/api/campaigns/${campaignId}/follow-up`, { signal }),
    enabled,
    // A viewer who does not organise the campaign is refused (403): asking again will not change it.
    retry: false,
  });
}

export function useMyFollowUp(entryId: number) {
  return useQuery({
    queryKey: [...FOLLOW_UP, 'mine', entryId],
    queryFn: ({ signal }) => request<MyFollowUp>(`/api/my/entries/${entryId}/follow-up`, { signal }),
  });
}

/** Every follow-up change is seen in both views: they are refetched whatever the answer. */
function useFollowUpMutation<Vars, Result>(call: (vars: Vars) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: call, onSettled: () => queryClient.invalidateQueries({ queryKey: FOLLOW_UP }) });
}

export const useCreateAgreement = (entryId: number) =>
  useFollowUpMutation((body: AgreementBody) => request<AgreementSaved>(`/api/campaigns/entries/${entryId}/agreements`, { method: 'POST', body }));

export const useUpdateMilestone = () =>
  useFollowUpMutation(({ id, body }: { id: number; body: MilestoneUpdateBody }) => request<MilestoneSaved>(`/api/campaigns/milestones/${id}`, { method: 'PATCH', body }));

export const useFileMyReport = (entryId: number) =>
  useFollowUpMutation((body: KpiReportBody) => request<KpiReportFiled>(`/api/my/entries/${entryId}/kpi-reports`, { method: 'POST', body }));

export const useCorrectMyReport = (reportId: number) =>
  useFollowUpMutation((body: KpiCorrectionBody) => request<KpiReportCorrected>(`/api/my/kpi-reports/${reportId}`, { method: 'PATCH', body }));
