/**
 * Job statuses and their labels, shared by the API and the web client. The transitions between
 * them are the jobs feature's (features/jobs/job-machine.ts).
 */
import type { Label } from './enums.js';

export const JOB_STATUSES = ['queued', 'running', 'succeeded', 'failed', 'cancelled'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];
export const JOB_STATUS_LABELS = {
  queued: { zh: '排队中', en: 'Queued' },
  running: { zh: '进行中', en: 'Running' },
  succeeded: { zh: '已完成', en: 'Succeeded' },
  failed: { zh: '失败', en: 'Failed' },
  cancelled: { zh: '已取消', en: 'Cancelled' },
} satisfies Record<JobStatus, Label>;

/** Statuses a job leaves no more. */
export const FINISHED_JOB_STATUSES: readonly JobStatus[] = ['succeeded', 'failed', 'cancelled'];
