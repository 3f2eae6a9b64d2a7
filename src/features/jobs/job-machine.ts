/**
 * The job lifecycle, one row per transition. Every status change in jobs.repo.ts goes through
 * `transitionJob`, whose UPDATE only matches a row in one of the `from` statuses: a transition that
 * lost a race (a cancel against a finish, two runners against one job) changes nothing.
 * A plain table so that it can move onto a shared lifecycle runner later.
 */
import type { Label } from '../../shared/enums.js';
import type { JobStatus } from '../../shared/jobs.enums.js';

export const JOB_TRANSITIONS = ['start', 'succeed', 'fail', 'retry', 'cancel'] as const;
export type JobTransition = (typeof JOB_TRANSITIONS)[number];

export const JOB_MACHINE = {
  /** A runner takes the job for one attempt. */
  start: { from: ['queued'], to: 'running' },
  succeed: { from: ['running'], to: 'succeeded' },
  /** A final error, the last attempt failing, or a job orphaned on its last attempt. */
  fail: { from: ['running'], to: 'failed' },
  /** A failure that may pass, a job orphaned by a dead process, or one handed back at shutdown. */
  retry: { from: ['running'], to: 'queued' },
  /** Queued: at once. Running: when the handler stops at its next progress report. */
  cancel: { from: ['queued', 'running'], to: 'cancelled' },
} as const satisfies Record<JobTransition, { from: readonly JobStatus[]; to: JobStatus }>;

export const JOB_TRANSITION_LABELS = {
  start: { zh: '开始', en: 'Start' },
  succeed: { zh: '完成', en: 'Finish' },
  fail: { zh: '失败', en: 'Fail' },
  retry: { zh: '重试', en: 'Retry' },
  cancel: { zh: '取消', en: 'Cancel' },
} satisfies Record<JobTransition, Label>;

export function canTransition(status: JobStatus, transition: JobTransition): boolean {
  return (JOB_MACHINE[transition].from as readonly JobStatus[]).includes(status);
}
