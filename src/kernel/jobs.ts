/**
 * What a feature declares to run long work as a job: the kind's input schema, who may start it,
 * its handler, its messages and its retry policy. The jobs feature (features/jobs) stores, queues,
 * runs and shows jobs; a feature that owns a kind depends only on this contract, so the runner can
 * list every feature's kinds without any feature depending on the runner.
 */
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../db/schema.js';
import type { Label, Lang } from '../shared/enums.js';
import type { Actor, RequestContext } from './actor.js';
import type { Config } from './config.js';
import { AppError } from './errors.js';

export type MessageParams = Record<string, string | number>;

/** What a handler receives besides its input. */
export type JobRunContext<MessageKey extends string = string> = {
  jobId: number;
  db: Kysely<Database>;
  /** The person who started the job (read afresh for each attempt) and the address they asked from. */
  context: RequestContext & { actor: Actor };
  /** The installation's settings (a mail job's SMTP server). */
  config: Config;
  /** The language the job was started in, for messages and labels a handler puts in its result. */
  lang: Lang;
  /** 1 for the first attempt. */
  attempt: number;
  /** Aborted when the job is cancelled or the server shuts down: stop, the runner records why. */
  signal: AbortSignal;
  /**
   * Records how far the work is (done of total; total null while unknown) with one of the kind's
   * messages. Throws once the job has been cancelled, wherever that was asked (another instance
   * too), so a handler stops at its next report without checking anything itself.
   */
  reportProgress: (done: number, total: number | null, message?: MessageKey, params?: MessageParams) => Promise<void>;
};

/** attempts counts the first run; a retry waits initialDelayMs × 2^(n−1), at most maxDelayMs. */
export type RetryPolicy = { attempts: number; initialDelayMs: number; maxDelayMs: number };

export type JobKind<Input = unknown, Result = unknown, MessageKey extends string = string> = {
  /** Stable identifier, stored with each job: 'feature.action'. */
  name: string;
  label: Label;
  input: z.ZodType<Input>;
  /** Progress messages by key, zh-CN first; stored as keys and localised when shown. */
  messages: Record<MessageKey, Label>;
  /** Who may start (and keep running) a job of this kind: also what the console offers. */
  mayStart(actor: Actor): boolean;
  /** Checks that need the input and the data (throws AppError 403/404); at start and at each attempt. */
  authorize?(db: Kysely<Database>, actor: Actor, input: Input): Promise<void>;
  /** Jobs with the same key run one at a time per person: starting another returns the active one. */
  dedupeKey?(input: Input): string;
  retry: RetryPolicy;
  /**
   * 'feature' for a kind that is a step of a feature's own process (an import's commit, queued by
   * its transition): not offered in 我的任务 and refused by POST /api/jobs, so it runs only from
   * where the feature has put its record in the state the job expects.
   */
  startedBy?: 'console' | 'feature';
  /** Which failures may pass on a retry; default isTransientError. An AppError is always final. */
  isRetryable?(error: unknown): boolean;
  /** Longest an attempt may take, in seconds (server mode: pg-boss expires the delivery after it). */
  timeoutSeconds?: number;
  run(input: Input, job: JobRunContext<MessageKey>): Promise<Result>;
  /**
   * Called, in the transaction that ends the job, when a job ends without its handler having
   * settled it: cancelled while queued, or failed because its process died with no attempt left.
   * A kind whose start moved a record on (an import batch to committing) puts it back here.
   */
  abandoned?(trx: Kysely<Database>, input: Input, lang: Lang): Promise<void>;
};

/**
 * What a feature that queues its own jobs holds of the runner (features/jobs implements it), so it
 * depends on the kernel only.
 */
export type JobQueue = {
  /** Queues a job of `kindName` inside `trx` (it exists and is due once `trx` commits); its id. */
  enqueueIn(trx: Kysely<Database>, context: RequestContext & { actor: Actor }, kindName: string, input: unknown): Promise<{ id: number }>;
  /** After that transaction committed: run due work now rather than at the next poll. */
  wake(): void;
};

/** A registry holds kinds of any input. */
export type AnyJobKind = JobKind<any, unknown, string>;

/** Declares a kind with its types inferred from the input schema and the messages. */
export function defineJobKind<Input, Result, MessageKey extends string>(kind: JobKind<Input, Result, MessageKey>): JobKind<Input, Result, MessageKey> {
  return kind;
}

/** Thrown by a handler for a failure it knows may pass (a remote service busy, say). */
export class RetryableJobError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RetryableJobError';
  }
}

/**
 * PostgreSQL conditions that a later attempt may not meet: serialisation failure, deadlock,
 * lock not available, the server shutting down or starting, too many connections.
 * Class 08 (connection exceptions) is matched by prefix.
 */
const TRANSIENT_SQLSTATES = new Set(['40001', '40P01', '55P03', '57P01', '57P02', '57P03', '53300']);
const TRANSIENT_NODE_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN']);
/** node-postgres reports a dropped connection in words only. */
const DROPPED_CONNECTION = /Connection terminated|connection timeout|Client has encountered a connection error/i;

/** True for failures that may pass on their own: a lost connection, a serialisation conflict. */
export function isTransientError(error: unknown, depth = 0): boolean {
  if (error instanceof AppError) return false;
  if (error instanceof RetryableJobError) return true;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && (TRANSIENT_SQLSTATES.has(code) || code.startsWith('08') || TRANSIENT_NODE_CODES.has(code))) return true;
  if (error instanceof Error && DROPPED_CONNECTION.test(error.message)) return true;
  const cause = (error as { cause?: unknown } | null)?.cause;
  // Wrapped errors say what they wrap in `cause`; a few levels are plenty.
  return cause !== undefined && depth < 3 ? isTransientError(cause, depth + 1) : false;
}

/** How long to wait before attempt `attempt + 1` after attempt `attempt` failed. */
export function retryDelayMs(policy: RetryPolicy, attempt: number): number {
  return Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** Math.max(0, attempt - 1));
}
