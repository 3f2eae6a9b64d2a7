import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { request } from './api';
import type { Job, JobAnswer, JobKindList, JobPage, JobQuery, JobStartBody } from './types';

export type { Job, JobKind, JobQuery } from './types';


/** How often a page asks about a job that is still queued or running. */
export const JOB_POLL_MS = 1000;

export const isJobActive = (job: Pick<Job, 'status'>) => job.status === 'queued' || job.status === 'running';

export const jobKeys = {
  all: ['jobs'] as const,
  list: (query: JobQuery) => ['jobs', 'list', query] as const,
  one: (id: number) => ['jobs', 'one', id] as const,
  kinds: ['jobs', 'kinds'] as const,
};

/**
 * One job, polled while it is active: any page that started a job keeps its id (in the URL) and
 * shows it with this, so leaving and coming back shows the same job where it now stands.
 */
export function useJob(id: number | undefined) {
  return useQuery({
    queryKey: jobKeys.one(id ?? 0),
    queryFn: ({ signal }) => request<JobAnswer>(`/api/jobs/${id}`, { signal }).then((answer) => answer.job),
    enabled: id !== undefined,
    refetchInterval: (query) => (query.state.data && isJobActive(query.state.data) ? JOB_POLL_MS : false),
  });
}

/** My jobs, polled while any on the page is active. */
export function useJobs(query: JobQuery) {
  return useQuery({
    queryKey: jobKeys.list(query),
    queryFn: ({ signal }) => request<JobPage>('/api/jobs', { query, signal }),
    placeholderData: keepPreviousData,
    refetchInterval: (q) => (q.state.data?.items.some(isJobActive) ? JOB_POLL_MS * 2 : false),
  });
}

export function useJobKinds() {
  return useQuery({ queryKey: jobKeys.kinds, queryFn: ({ signal }) => request<JobKindList>('/api/jobs/kinds', { signal }).then((answer) => answer.kinds) });
}

function useJobMutation<TVars>(mutationFn: (vars: TVars) => Promise<JobAnswer>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: ({ job }) => {
      queryClient.setQueryData(jobKeys.one(job.id), job);
      void queryClient.invalidateQueries({ queryKey: jobKeys.all });
    },
  });
}

/** Starts a job of `kind` (or answers with my active one of that kind). */
export function useStartJob() {
  return useJobMutation((vars: JobStartBody) => request<JobAnswer>('/api/jobs', { method: 'POST', body: vars }),
  );
}

export function useCancelJob() {
  return useJobMutation((id: number) => request<JobAnswer>(`/api/jobs/${id}/cancel`, { method: 'POST' }));
}
