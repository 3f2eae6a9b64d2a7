/**
 * A scored stage's results: one method's ranking, two methods compared, the panel's analysis, the
 * saved record with its 公示 and objections, the steps on it, and the portal's public results.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { request } from '../api';
import type {
  AggregationMethod,
  AnswerObjectionBody,
  ConfirmResultsBody,
  FileObjectionBody,
  ObjectionAnswered,
  ObjectionFiled,
  PublicResults,
  PublishResultsBody,
  ReopenResultsBody,
  ResultsAnalysis,
  ResultsComparison,
  ResultsRecordAnswer,
  SaveResultsBody,
  StageResults,
} from '../types';

const keys = {
  preview: (stageId: number, method: AggregationMethod, tieBreak: string) => ['stage-results', stageId, method, tieBreak] as const,
  compare: (stageId: number, a: AggregationMethod, b: AggregationMethod, tieBreak: string) => ['stage-results-compare', stageId, a, b, tieBreak] as const,
  analysis: (stageId: number, method: AggregationMethod, tieBreak: string) => ['stage-results-analysis', stageId, method, tieBreak] as const,
  record: (stageId: number) => ['stage-results-record', stageId] as const,
  public: (campaignId: number) => ['public-results', campaignId] as const,
};

/** The tie-break criteria as the query takes them: ids, comma-separated, in order (absent when none). */
const tieBreakText = (tieBreak: readonly number[]) => tieBreak.join(',');
const base = (stageId: number) => `/api/campaigns/stages/${stageId}/results`;

export function useStageResults(stageId: number, method: AggregationMethod, tieBreak: readonly number[], enabled = true) {
  const text = tieBreakText(tieBreak);
  return useQuery({
    queryKey: keys.preview(stageId, method, text),
    queryFn: ({ signal }) => request<StageResults>(base(stageId), { query: { method, tieBreak: text }, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useResultsComparison(stageId: number, a: AggregationMethod, b: AggregationMethod, tieBreak: readonly number[], enabled = true) {
  const text = tieBreakText(tieBreak);
  return useQuery({
    queryKey: keys.compare(stageId, a, b, text),
    queryFn: ({ signal }) => request<ResultsComparison>(`${base(stageId)}/compare`, { query: { a, b, tieBreak: text }, signal }),
    placeholderData: keepPreviousData,
    enabled: enabled && a !== b,
  });
}

export function useResultsAnalysis(stageId: number, method: AggregationMethod, tieBreak: readonly number[], enabled = true) {
  const text = tieBreakText(tieBreak);
  return useQuery({
    queryKey: keys.analysis(stageId, method, text),
    queryFn: ({ signal }) => request<ResultsAnalysis>(`${base(stageId)}/analysis`, { query: { method, tieBreak: text }, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useResultsRecord(stageId: number, enabled = true) {
  return useQuery({
    queryKey: keys.record(stageId),
    queryFn: ({ signal }) => request<ResultsRecordAnswer>(`${base(stageId)}/record`, { signal }),
    enabled,
  });
}

/** Every step answers the record as it now stands: it replaces the cached one, so the card shows it at once. */
function useRecordMutation<Body>(stageId: number, path: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Body) => request<ResultsRecordAnswer>(`${base(stageId)}${path}`, { method: 'POST', body }),
    onSuccess: (record) => queryClient.setQueryData(keys.record(stageId), record),
  });
}

export const useSaveResults = (stageId: number) => useRecordMutation<SaveResultsBody>(stageId, '');
export const usePublishResults = (stageId: number) => useRecordMutation<PublishResultsBody>(stageId, '/publish');
export const useConfirmResults = (stageId: number) => useRecordMutation<ConfirmResultsBody>(stageId, '/confirm');
export const useReopenResults = (stageId: number) => useRecordMutation<ReopenResultsBody>(stageId, '/reopen');

/** An answer changes the objection and what the record allows next (确认 / 重新开放): the record is read again. */
export function useAnswerObjection(stageId: number, objectionId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AnswerObjectionBody) => request<ObjectionAnswered>(`/api/campaigns/objections/${objectionId}/answer`, { method: 'POST', body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: keys.record(stageId) }),
  });
}

export function usePublicResults(campaignId: number | undefined) {
  return useQuery({
    queryKey: keys.public(campaignId ?? 0),
    queryFn: ({ signal }) => request<PublicResults>(`/api/public/campaigns/${campaignId}/results`, { signal }),
    enabled: campaignId !== undefined,
  });
}

export function useFileObjection(stageId: number) {
  return useMutation({
    mutationFn: (body: FileObjectionBody) => request<ObjectionFiled>(`/api/public/campaigns/stages/${stageId}/objections`, { method: 'POST', body }),
  });
}

/** The saved results as a workbook (.xlsx), with the 公示 and the methods side by side: the organiser's. */
export const resultsXlsxUrl = (stageId: number) => `/api/campaigns/stages/${stageId}/results.xlsx`;
