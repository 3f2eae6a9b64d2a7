import { z } from 'zod';
import { JOB_STATUSES } from '../../shared/jobs.enums.js';
import { idParam, pageQuery } from '../../shared/schemas.js';
import { JOB_KINDS } from './job-kinds.js';

export const JobDto = z.object({
  id: z.number(),
  kind: z.string(),
  kindLabel: z.string(),
  status: z.enum(JOB_STATUSES),
  done: z.number(),
  /** null while the size of the work is not known. */
  total: z.number().nullable(),
  /** The latest progress message, in the caller's language. */
  message: z.string().nullable(),
  /** What the kind returned (counts, ids), once succeeded. */
  result: z.unknown(),
  /** Why it failed, or why the last attempt did while a retry waits. Never a stack. */
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
  attempts: z.number(),
  maxAttempts: z.number(),
  /** Asked to stop; a running handler stops at its next progress report. */
  cancelRequested: z.boolean(),
  /** When a queued retry may start. */
  nextAttemptAt: z.string().nullable(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  updatedAt: z.string(),
  abilities: z.object({ cancel: z.boolean() }),
});
export type JobDto = z.infer<typeof JobDto>;

const kindNames = JOB_KINDS.map((kind) => kind.name) as [string, ...string[]];

export const ListJobsSchema = {
  querystring: z.strictObject({ status: z.enum(JOB_STATUSES).optional(), kind: z.enum(kindNames).optional(), ...pageQuery }),
  response: { 200: z.object({ items: z.array(JobDto), total: z.number() }) },
};

export const GetJobSchema = { params: idParam, response: { 200: z.object({ job: JobDto }) } };

export const CancelJobSchema = { params: idParam, response: { 200: z.object({ job: JobDto }) } };

/** Kinds a person starts from 我的任务; the others are steps of a feature's process (an import's commit). */
const CONSOLE_KINDS = JOB_KINDS.filter((kind) => kind.startedBy !== 'feature');
const consoleKindNames = CONSOLE_KINDS.map((kind) => kind.name) as [string, ...string[]];

/** One body shape per kind, so the OpenAPI document shows each kind's input. */
const startBodies = CONSOLE_KINDS.map((kind) => z.strictObject({ kind: z.literal(kind.name), input: kind.input }));

export const StartJobSchema = {
  body: startBodies.length === 1 ? startBodies[0]! : z.discriminatedUnion('kind', startBodies as [(typeof startBodies)[number], ...(typeof startBodies)[number][]]),
  response: {
    /** A new job. */
    201: z.object({ job: JobDto }),
    /** The caller's job of this kind that is still queued or running (one at a time). */
    200: z.object({ job: JobDto }),
  },
};

export const JobKindsSchema = {
  response: { 200: z.object({ kinds: z.array(z.object({ kind: z.enum(consoleKindNames), label: z.string() })) }) },
};
