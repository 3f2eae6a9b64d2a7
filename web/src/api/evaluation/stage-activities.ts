/**
 * The non-scored stages' records: a due-diligence stage's checklist, checks and conclusions; an
 * activity stage's sessions, attendance and minimum; an applicant's view of its own entry. Every
 * write answers the stage's record as it now stands, which replaces the cached one.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { request } from '../api';
import type {
  AttendanceBody,
  AttendanceRuleBody,
  ChecklistBody,
  ChecksBody,
  ConclusionBody,
  MyEntryStages,
  SessionBody,
  StageAttendance,
  StageDiligence,
} from '../types';

const keys = {
  diligence: (stageId: number) => ['stage-diligence', stageId] as const,
  attendance: (stageId: number) => ['stage-attendance', stageId] as const,
};
const stage = (stageId: number) => `/api/campaigns/stages/${stageId}`;

export function useStageDiligence(stageId: number) {
  return useQuery({ queryKey: keys.diligence(stageId), queryFn: ({ signal }) => request<StageDiligence>(`${stage(stageId)}/diligence`, { signal }) });
}

export function useStageAttendance(stageId: number) {
  return useQuery({ queryKey: keys.attendance(stageId), queryFn: ({ signal }) => request<StageAttendance>(`${stage(stageId)}/attendance`, { signal }) });
}

function useWrite<Body, Answer>(key: readonly unknown[], call: (body: Body) => Promise<Answer>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: call, onSuccess: (answer) => queryClient.setQueryData(key, answer) });
}

export const useSetChecklist = (stageId: number) =>
  useWrite(keys.diligence(stageId), (body: ChecklistBody) => request<StageDiligence>(`${stage(stageId)}/diligence/checklist`, { method: 'PUT', body }));
export const useRecordChecks = (stageId: number) =>
  useWrite(keys.diligence(stageId), (body: ChecksBody) => request<StageDiligence>(`${stage(stageId)}/diligence/checks`, { method: 'PUT', body }));
export const useSetConclusion = (stageId: number) =>
  useWrite(keys.diligence(stageId), (body: ConclusionBody) => request<StageDiligence>(`${stage(stageId)}/diligence/conclusion`, { method: 'PUT', body }));

export const useSetAttendanceRule = (stageId: number) =>
  useWrite(keys.attendance(stageId), (body: AttendanceRuleBody) => request<StageAttendance>(`${stage(stageId)}/attendance/rule`, { method: 'PUT', body }));
export const useAddSession = (stageId: number) =>
  useWrite(keys.attendance(stageId), (body: SessionBody) => request<StageAttendance>(`${stage(stageId)}/sessions`, { method: 'POST', body }));
export const useDeleteSession = (stageId: number) =>
  useWrite(keys.attendance(stageId), (sessionId: number) => request<StageAttendance>(`/api/campaigns/sessions/${sessionId}`, { method: 'DELETE' }));
export const useRecordAttendance = (stageId: number) =>
  useWrite(keys.attendance(stageId), ({ sessionId, ...body }: AttendanceBody & { sessionId: number }) =>
    request<StageAttendance>(`/api/campaigns/sessions/${sessionId}/attendance`, { method: 'PUT', body }),
  );

export function useMyEntryStages(entryId: number, enabled: boolean) {
  return useQuery({ queryKey: ['my-entry-stages', entryId], queryFn: ({ signal }) => request<MyEntryStages>(`/api/my/entries/${entryId}/stages`, { signal }), enabled });
}
