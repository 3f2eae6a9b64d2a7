/**
 * How queued jobs reach the runner. The jobs table decides what runs and holds every status; a
 * dispatcher only says "job N is due now" to one process: in-process on PGlite (local-dispatcher.ts),
 * through pg-boss on PostgreSQL so that several app instances share one queue (pgboss-dispatcher.ts).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { AnyJobKind } from '../../kernel/jobs.js';

export type ExecuteJob = (id: number) => Promise<void>;

export type JobDispatcher = {
  /** Whether this process alone uses the database, so every running job at start-up is an orphan. */
  readonly ownsDatabase: boolean;
  /** Called inside the transaction that made job `id` queued: it is due `delayMs` from now. */
  schedule(trx: Kysely<Database>, id: number, delayMs: number, kind: AnyJobKind): Promise<void>;
  /** After that transaction committed: look for due work now rather than at the next poll. */
  wake(): void;
  /** Starts handing due jobs to `execute`, one at a time per process. */
  start(execute: ExecuteJob, kinds: readonly AnyJobKind[]): Promise<void>;
  /** Stops handing out jobs; resolves once no `execute` it started is still running. */
  stop(): Promise<void>;
};
