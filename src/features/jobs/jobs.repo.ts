/**
 * The jobs table: every statement the runner and the routes send. Status changes go through
 * transitionJob (the machine in job-machine.ts); a runner's writes also name the runner, so a
 * process that lost its job (taken up again as orphaned) cannot overwrite what happens next.
 */
import { sql, type Kysely, type Selectable, type UpdateObject } from 'kysely';
import { pageWithTotal } from '../../db/page-with-total.js';
import type { Database, JobsTable } from '../../db/schema.js';
import { actorOf, type Actor } from '../../kernel/actor.js';
import type { MessageParams } from '../../kernel/jobs.js';
import type { Lang } from '../../shared/enums.js';
import type { JobStatus } from '../../shared/jobs.enums.js';
import { JOB_MACHINE, type JobTransition } from './job-machine.js';

export type JobRow = Selectable<JobsTable>;
type Db = Kysely<Database>;
/** Column values or SQL expressions (attempts + 1, now()) to write with a transition. */
export type JobChanges = UpdateObject<Database, 'jobs'>;

export type NewJob = {
  ownerId: number;
  kind: string;
  input: unknown;
  ip: string | null;
  userAgent: string | null;
  lang: Lang;
  maxAttempts: number;
  dedupeKey: string | null;
};

/** Inserts a queued job; undefined when an active job already holds its dedupe key. */
export async function insertJob(db: Db, job: NewJob): Promise<JobRow | undefined> {
  return db
    .insertInto('jobs')
    .values({
      owner_id: job.ownerId,
      kind: job.kind,
      input: JSON.stringify(job.input),
      request_ip: job.ip,
      request_user_agent: job.userAgent,
      lang: job.lang,
      max_attempts: job.maxAttempts,
      dedupe_key: job.dedupeKey,
    })
    .onConflict((oc) => oc.columns(['owner_id', 'kind', 'dedupe_key']).where(sql<boolean>`dedupe_key IS NOT NULL AND status IN ('queued', 'running')`).doNothing())
    .returningAll()
    .executeTakeFirst();
}

export function findActiveDuplicate(db: Db, ownerId: number, kind: string, dedupeKey: string): Promise<JobRow | undefined> {
  return db
    .selectFrom('jobs')
    .selectAll()
    .where('owner_id', '=', ownerId)
    .where('kind', '=', kind)
    .where('dedupe_key', '=', dedupeKey)
    .where('status', 'in', ['queued', 'running'])
    .executeTakeFirst();
}

/**
 * Moves a job along `transition` if it is in one of the transition's `from` statuses (and, for a
 * runner, still its own); returns the row after the change, or undefined when it did not apply.
 */
export async function transitionJob(
  db: Db,
  id: number,
  transition: JobTransition,
  set: JobChanges = {},
  runnerId?: string,
): Promise<JobRow | undefined> {
  const { from, to } = JOB_MACHINE[transition];
  const finished = to === 'succeeded' || to === 'failed' || to === 'cancelled';
  let query = db
    .updateTable('jobs')
    .set({ ...set, status: to, updated_at: sql`now()`, ...(finished ? { finished_at: sql`now()` } : {}) })
    .where('id', '=', id)
    .where('status', 'in', [...from]);
  if (runnerId !== undefined) query = query.where('runner_id', '=', runnerId);
  return query.returningAll().executeTakeFirst();
}

/** Takes a queued job for one attempt on `runnerId`. */
export function claimJob(db: Db, id: number, runnerId: string): Promise<JobRow | undefined> {
  return transitionJob(db, id, 'start', {
    attempts: sql`attempts + 1`,
    runner_id: runnerId,
    heartbeat_at: sql`now()`,
    started_at: sql`coalesce(started_at, now())`,
    cancel_requested: false,
    error_code: null,
    error_params: null,
  });
}

export type Progress = { done: number; total: number | null; messageKey: string | null; messageParams: MessageParams | null };

/**
 * Records progress of a running job, unless a cancel was asked: progress past a cancel is not
 * recorded. Says whether a cancel was asked, or undefined if the job is no longer this runner's.
 */
export async function recordProgress(db: Db, id: number, runnerId: string, progress: Progress): Promise<{ cancelRequested: boolean } | undefined> {
  const row = await db
    .updateTable('jobs')
    .set({
      done: progress.done,
      total: progress.total,
      message_key: progress.messageKey,
      message_params: progress.messageParams ? JSON.stringify(progress.messageParams) : null,
      heartbeat_at: sql`now()`,
      updated_at: sql`now()`,
    })
    .where('id', '=', id)
    .where('status', '=', 'running')
    .where('runner_id', '=', runnerId)
    .where('cancel_requested', '=', false)
    .returning('id')
    .executeTakeFirst();
  return row ? { cancelRequested: false } : beat(db, id, runnerId);
}

/** Says the runner is alive and still holds the job; whether a cancel was asked meanwhile. */
export async function beat(db: Db, id: number, runnerId: string): Promise<{ cancelRequested: boolean } | undefined> {
  const row = await db
    .updateTable('jobs')
    .set({ heartbeat_at: sql`now()` })
    .where('id', '=', id)
    .where('status', '=', 'running')
    .where('runner_id', '=', runnerId)
    .returning('cancel_requested')
    .executeTakeFirst();
  return row ? { cancelRequested: row.cancel_requested } : undefined;
}

/** Asks a running job to stop at its next progress report. */
export function requestCancel(db: Db, id: number): Promise<JobRow | undefined> {
  return db.updateTable('jobs').set({ cancel_requested: true, updated_at: sql`now()` }).where('id', '=', id).where('status', '=', 'running').returningAll().executeTakeFirst();
}

/**
 * Running jobs whose process is gone: all of them when this process alone owns the database
 * (PGlite, at start-up), else those whose heartbeat is older than `staleSeconds`. Locked, so that
 * two instances sweeping at once take each orphan once.
 */
export function orphanedJobs(db: Db, staleSeconds: number | 'all'): Promise<JobRow[]> {
  let query = db.selectFrom('jobs').selectAll().where('status', '=', 'running');
  if (staleSeconds !== 'all') query = query.where('heartbeat_at', '<', sql<Date>`now() - make_interval(secs => ${staleSeconds})`);
  return query.orderBy('id').forUpdate().skipLocked().execute();
}

/** The queued job that is due first, if any is due now. */
export async function nextDueJob(db: Db): Promise<number | undefined> {
  const row = await db.selectFrom('jobs').select('id').where('status', '=', 'queued').where('run_after', '<=', sql<Date>`now()`).orderBy('run_after').orderBy('id').limit(1).executeTakeFirst();
  return row?.id;
}

/** Milliseconds until the next queued job is due (0 if one is due now), or undefined when none is queued. */
export async function msUntilNextDue(db: Db): Promise<number | undefined> {
  const row = await db
    .selectFrom('jobs')
    .select(sql<number>`greatest(0, extract(epoch from (min(run_after) - now())) * 1000)`.as('ms'))
    .where('status', '=', 'queued')
    .executeTakeFirst();
  return row?.ms === null || row?.ms === undefined ? undefined : Number(row.ms);
}

export type JobFilter = { status?: JobStatus; kind?: string; limit: number; offset: number };

/** The owner's jobs, newest first, with the total for the pager. */
export async function listOwnJobs(db: Db, ownerId: number, filter: JobFilter): Promise<{ rows: JobRow[]; total: number }> {
  let query = db.selectFrom('jobs').where('owner_id', '=', ownerId);
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.kind) query = query.where('kind', '=', filter.kind);
  return pageWithTotal(query, (q) => q.selectAll().orderBy('id', 'desc'), filter);
}

/** One of the owner's jobs; anyone else's is absent. */
export function getOwnJob(db: Db, ownerId: number, id: number, lock = false): Promise<JobRow | undefined> {
  const query = db.selectFrom('jobs').selectAll().where('id', '=', id).where('owner_id', '=', ownerId);
  return (lock ? query.forUpdate() : query).executeTakeFirst();
}

/** A job by id, whoever owns it: unsafe — for the runner and tests; the API reads getOwnJob. */
export function unsafeGetJob(db: Db, id: number): Promise<JobRow | undefined> {
  return db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * The job's owner as they are now (role and scope may have changed since they started it);
 * undefined once the account is disabled, so a job never acts for an account that cannot.
 */
export async function loadOwner(db: Db, userId: number): Promise<Actor | undefined> {
  const row = await db
    .selectFrom('users as u')
    .leftJoin('zones as z', 'z.id', 'u.scope_zone_id')
    .select(['u.id', 'u.username', 'u.display_name', 'u.role', 'u.scope_zone_id', 'u.is_active', 'z.path as scope_path'])
    .where('u.id', '=', userId)
    .executeTakeFirst();
  return row?.is_active ? actorOf(row) : undefined;
}
