/**
 * The one runner for long work, the same on both engines: enqueue, run one attempt with progress,
 * retry with backoff what may pass, cancel, recover jobs orphaned by a dead process, and hand back
 * running work at shutdown. Which process runs a due job is the dispatcher's business
 * (job-dispatcher.ts); everything a person sees is in the jobs table.
 */
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Actor, RequestContext } from '../../kernel/actor.js';
import { AppError, notFound } from '../../kernel/errors.js';
import { loadConfig, type Config } from '../../kernel/config.js';
import { isTransientError, retryDelayMs, type AnyJobKind, type JobQueue, type MessageParams } from '../../kernel/jobs.js';
import { ID_MAX } from '../../shared/schemas.js';
import type { JobDispatcher } from './job-dispatcher.js';
import {
  beat,
  claimJob,
  findActiveDuplicate,
  getOwnJob,
  insertJob,
  loadOwner,
  orphanedJobs,
  recordProgress,
  requestCancel,
  transitionJob,
  type JobChanges,
  type JobRow,
} from './jobs.repo.js';

type Log = { error: (object: object, message: string) => void; warn: (object: object, message: string) => void };

export type RunnerOptions = {
  /** How often a running job says it is alive. */
  heartbeatMs?: number;
  /** A running job silent this long belongs to a dead process (server mode; PGlite knows at start-up). */
  staleSeconds?: number;
  /** How often an instance looks for such jobs (server mode). */
  sweepMs?: number;
  /** How long shutdown waits for running handlers to stop at a progress report. */
  shutdownGraceMs?: number;
  /** The settings handlers read (the app's; by default read from the environment). */
  config?: Config;
};

/** Why a handler's signal was aborted. */
const STOP = { cancel: 'cancelled', shutdown: 'shutdown', lost: 'lost' } as const;
type StopReason = (typeof STOP)[keyof typeof STOP];

/** What reportProgress throws once the job must stop: the runner knows why from the signal. */
export class JobStoppedError extends Error {
  constructor(readonly reason: StopReason) {
    super(`job stopped: ${reason}`);
    this.name = 'JobStoppedError';
  }
}

const clampCount = (value: number) => (Number.isFinite(value) ? Math.min(ID_MAX, Math.max(0, Math.floor(value))) : 0);
/** unref: a pending wait never keeps the process alive. */
const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref());

export class JobRunner implements JobQueue {
  /** Names this process in the rows it runs: host, pid and a random part (pids repeat across hosts). */
  readonly runnerId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private readonly controllers = new Map<number, AbortController>();
  private readonly active = new Set<Promise<void>>();
  private readonly options: Required<RunnerOptions>;
  private sweepTimer: NodeJS.Timeout | null = null;
  private started = false;
  private stopping = false;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly kinds: ReadonlyMap<string, AnyJobKind>,
    private readonly dispatcher: JobDispatcher,
    private readonly log: Log,
    options: RunnerOptions = {},
  ) {
    this.options = { heartbeatMs: 10_000, staleSeconds: 60, sweepMs: 30_000, shutdownGraceMs: 10_000, ...options, config: options.config ?? loadConfig() };
  }

  kind(name: string): AnyJobKind | undefined {
    return this.kinds.get(name);
  }

  /** Kinds `actor` may start: what the console offers. */
  startableKinds(actor: Actor): AnyJobKind[] {
    return [...this.kinds.values()].filter((kind) => kind.startedBy !== 'feature' && kind.mayStart(actor));
  }

  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    // A database the runner cannot read yet (not migrated, unreachable) must not keep the app from
    // starting: the dispatcher keeps trying, and the next start or sweep recovers what this missed.
    await this.recoverOrphans(this.dispatcher.ownsDatabase ? 'all' : this.options.staleSeconds).catch((err: unknown) =>
      this.log.error({ err }, 'jobs: cannot look for orphaned jobs'),
    );
    await this.dispatcher.start((id) => this.track(this.execute(id)), [...this.kinds.values()]);
    if (!this.dispatcher.ownsDatabase) {
      this.sweepTimer = setInterval(() => void this.recoverOrphans(this.options.staleSeconds).catch((err) => this.log.error({ err }, 'jobs: orphan sweep failed')), this.options.sweepMs);
      this.sweepTimer.unref();
    }
  }

  /**
   * Queues a job for the actor (POST /api/jobs). A kind with a dedupe key answers with the actor's
   * active job of the same key instead of a second one (`created: false`). Kinds a feature starts
   * itself (`startedBy: 'feature'`) are not started here.
   */
  async enqueue(context: RequestContext & { actor: Actor }, kindName: string, rawInput: unknown): Promise<{ job: JobRow; created: boolean }> {
    if (this.kinds.get(kindName)?.startedBy === 'feature') throw new AppError('VALIDATION_FAILED');
    const result = await this.db.transaction().execute((trx) => this.insertQueued(trx, context, kindName, rawInput));
    if (result.created) this.dispatcher.wake();
    return result;
  }

  /** JobQueue: a feature queues its job in its own transaction and calls wake() after it commits. */
  async enqueueIn(trx: Kysely<Database>, context: RequestContext & { actor: Actor }, kindName: string, rawInput: unknown): Promise<{ id: number }> {
    return (await this.insertQueued(trx, context, kindName, rawInput)).job;
  }

  wake(): void {
    this.dispatcher.wake();
  }

  private async insertQueued(trx: Kysely<Database>, context: RequestContext & { actor: Actor }, kindName: string, rawInput: unknown): Promise<{ job: JobRow; created: boolean }> {
    const kind = this.kinds.get(kindName);
    if (!kind) throw new AppError('VALIDATION_FAILED');
    const parsed = kind.input.safeParse(rawInput);
    if (!parsed.success) throw new AppError('VALIDATION_FAILED');
    const { actor } = context;
    if (!kind.mayStart(actor)) throw new AppError('FORBIDDEN');
    await kind.authorize?.(trx, actor, parsed.data);
    const dedupeKey = kind.dedupeKey?.(parsed.data) ?? null;
    const job = { ownerId: actor.id, kind: kind.name, input: parsed.data, ip: context.ip, userAgent: context.userAgent, lang: context.lang ?? 'zh', maxAttempts: kind.retry.attempts, dedupeKey };
    // Twice at most: the active job we collided with may finish before we read it back.
    for (let round = 0; round < 2; round++) {
      const inserted = await insertJob(trx, job);
      if (inserted) {
        await this.dispatcher.schedule(trx, inserted.id, 0, kind);
        return { job: inserted, created: true };
      }
      const existing = await findActiveDuplicate(trx, actor.id, kind.name, dedupeKey!);
      if (existing) return { job: existing, created: false };
    }
    throw new Error(`jobs: the dedupe key of ${kind.name} kept colliding`);
  }

  /** Cancels one of the actor's jobs: a queued one at once, a running one at its next progress report. */
  async cancel(actor: Actor, id: number): Promise<JobRow> {
    const row = await this.db.transaction().execute(async (trx) => {
      const job = await getOwnJob(trx, actor.id, id, true);
      if (!job) throw notFound();
      const status = job.status;
      if (status === 'queued') {
        const cancelled = (await transitionJob(trx, id, 'cancel', { runner_id: null }))!;
        await this.abandon(trx, job);
        return cancelled;
      }
      if (status === 'running') return (await requestCancel(trx, id))!;
      throw new AppError('INVALID_TRANSITION', { from: status, action: 'cancel' });
    });
    // A handler in this process hears it at once; one on another instance at its next report or heartbeat.
    if (row.status === 'running') this.controllers.get(id)?.abort(STOP.cancel);
    return row;
  }

  /** Runs one attempt of job `id` if it is still queued (a duplicate delivery does nothing). */
  async execute(id: number): Promise<void> {
    if (this.stopping) return this.handBack(id);
    const job = await claimJob(this.db, id, this.runnerId);
    if (!job) return;
    const kind = this.kinds.get(job.kind);
    if (!kind) {
      await transitionJob(this.db, id, 'fail', { error_code: 'unknown_kind' }, this.runnerId);
      return;
    }
    const controller = new AbortController();
    this.controllers.set(id, controller);
    const heartbeat = setInterval(() => void this.heartbeat(id, controller), this.options.heartbeatMs);
    heartbeat.unref();
    try {
      const result = await this.attempt(job, kind, controller);
      await transitionJob(this.db, id, 'succeed', { result: JSON.stringify(result ?? null), done: sql`coalesce(total, done)` }, this.runnerId);
    } catch (error) {
      await this.settleFailure(job, kind, controller.signal, error).catch((err) => this.log.error({ err, jobId: id }, 'jobs: cannot record the outcome'));
    } finally {
      clearInterval(heartbeat);
      this.controllers.delete(id);
    }
  }

  private async attempt(job: JobRow, kind: AnyJobKind, controller: AbortController): Promise<unknown> {
    const actor = await loadOwner(this.db, job.owner_id);
    // The owner may have been disabled or lost the role since: the job acts for them, so it stops.
    if (!actor || !kind.mayStart(actor)) throw new AppError('FORBIDDEN');
    const parsed = kind.input.safeParse(job.input);
    if (!parsed.success) throw new AppError('VALIDATION_FAILED');
    await kind.authorize?.(this.db, actor, parsed.data);
    const reportProgress = async (done: number, total: number | null, message?: string, params?: MessageParams) => {
      if (controller.signal.aborted) throw new JobStoppedError(controller.signal.reason as StopReason);
      const count = clampCount(done);
      const of = total === null ? null : clampCount(total);
      const answer = await recordProgress(this.db, job.id, this.runnerId, {
        done: of === null ? count : Math.min(count, of),
        total: of,
        messageKey: message ?? null,
        messageParams: params ?? null,
      });
      if (!answer) controller.abort(STOP.lost);
      else if (answer.cancelRequested) controller.abort(STOP.cancel);
      if (controller.signal.aborted) throw new JobStoppedError(controller.signal.reason as StopReason);
    };
    return kind.run(parsed.data, {
      jobId: job.id,
      db: this.db,
      context: { actor, ip: job.request_ip, userAgent: job.request_user_agent },
      config: this.options.config,
      lang: job.lang === 'en' ? 'en' : 'zh',
      attempt: job.attempts,
      signal: controller.signal,
      reportProgress,
    });
  }

  private async settleFailure(job: JobRow, kind: AnyJobKind, signal: AbortSignal, error: unknown): Promise<void> {
    const reason = signal.aborted ? (signal.reason as StopReason) : null;
    if (reason === STOP.lost) return; // another process has the job now
    if (reason === STOP.cancel) {
      await transitionJob(this.db, job.id, 'cancel', {}, this.runnerId);
      return;
    }
    if (reason === STOP.shutdown) {
      // Handed back for the next start: the attempt was ours to stop, so it does not count.
      await this.requeue(job, kind, 0, { attempts: sql`greatest(attempts - 1, 0)` });
      return;
    }
    const retryable = kind.isRetryable ? kind.isRetryable(error) : isTransientError(error);
    if (retryable && !(error instanceof AppError) && job.attempts < job.max_attempts) {
      this.log.warn({ err: error, jobId: job.id, attempt: job.attempts }, 'jobs: attempt failed, will retry');
      await this.requeue(job, kind, retryDelayMs(kind.retry, job.attempts), { error_code: 'retry_pending', error_params: JSON.stringify({ attempt: job.attempts }) });
      return;
    }
    const stored = error instanceof AppError
      ? { code: error.code, params: error.params }
      : retryable
        ? { code: 'failed_after_retries', params: { attempts: job.attempts } }
        : { code: 'INTERNAL', params: {} };
    if (!(error instanceof AppError)) this.log.error({ err: error, jobId: job.id, kind: job.kind }, 'jobs: job failed');
    await transitionJob(this.db, job.id, 'fail', { error_code: stored.code, error_params: JSON.stringify(stored.params) }, this.runnerId);
  }

  /** running → queued, due in `delayMs`, with a delivery sent in the same transaction. */
  private async requeue(job: JobRow, kind: AnyJobKind, delayMs: number, set: JobChanges) {
    await this.db.transaction().execute(async (trx) => {
      const row = await transitionJob(
        trx,
        job.id,
        'retry',
        { ...set, runner_id: null, heartbeat_at: null, run_after: sql`now() + make_interval(secs => ${delayMs / 1000})` },
        this.runnerId,
      );
      if (row) await this.dispatcher.schedule(trx, job.id, delayMs, kind);
    });
  }

  /** A delivery that arrived while shutting down: sent again for whoever runs next. */
  private async handBack(id: number) {
    await this.db.transaction().execute(async (trx) => {
      const row = await trx.selectFrom('jobs').select(['kind', 'status']).where('id', '=', id).forUpdate().executeTakeFirst();
      const kind = row && this.kinds.get(row.kind);
      if (row?.status === 'queued' && kind) await this.dispatcher.schedule(trx, id, 0, kind);
    });
  }

  /** The kind's `abandoned` hook, for a job that ended without its handler settling it. */
  private async abandon(trx: Kysely<Database>, job: JobRow) {
    const kind = this.kinds.get(job.kind);
    const parsed = kind?.input.safeParse(job.input);
    if (kind?.abandoned && parsed?.success) await kind.abandoned(trx, parsed.data, job.lang === 'en' ? 'en' : 'zh');
  }

  private async heartbeat(id: number, controller: AbortController) {
    try {
      const answer = await beat(this.db, id, this.runnerId);
      if (!answer) controller.abort(STOP.lost);
      else if (answer.cancelRequested) controller.abort(STOP.cancel);
    } catch (err) {
      this.log.warn({ err, jobId: id }, 'jobs: heartbeat failed');
    }
  }

  /**
   * Takes up jobs left running by a dead process: queued again while attempts remain (the lost
   * attempt counts: a job that kills its process each time must stop), else failed.
   */
  async recoverOrphans(staleSeconds: number | 'all'): Promise<number> {
    const recovered = await this.db.transaction().execute(async (trx) => {
      const orphans = await orphanedJobs(trx, staleSeconds);
      for (const job of orphans) {
        const kind = this.kinds.get(job.kind);
        if (kind && job.attempts < job.max_attempts) {
          await transitionJob(trx, job.id, 'retry', { runner_id: null, heartbeat_at: null, run_after: sql`now()` });
          await this.dispatcher.schedule(trx, job.id, 0, kind);
        } else {
          await transitionJob(trx, job.id, 'fail', { error_code: kind ? 'interrupted' : 'unknown_kind', error_params: null });
          await this.abandon(trx, job);
        }
      }
      return orphans.length;
    });
    if (recovered > 0) this.dispatcher.wake();
    return recovered;
  }

  /**
   * Resolves once no job is running or due (anywhere, as the table says) and this process has
   * nothing in hand: for tests and the OpenAPI fuzzer, which compare the data before and after.
   * With `retriesNow`, a retry still waiting out its backoff is made due at once and waited for
   * too: otherwise it would run, and write, in the middle of whatever the caller does next.
   */
  async whenIdle(timeoutMs = 60_000, { retriesNow = false }: { retriesNow?: boolean } = {}): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      await Promise.allSettled([...this.active]);
      if (retriesNow && (await this.retryWaitingNow()) > 0) continue;
      // One statement for both: asked apart, a job taken up between the two reads (queued at the
      // first, running at the second) is seen by neither, and the runner looked idle while it ran.
      const busy = await this.db
        .selectFrom('jobs')
        .select('id')
        .where((eb) => eb.or([eb('status', '=', 'running'), eb.and([eb('status', '=', 'queued'), eb('run_after', '<=', sql<Date>`now()`)])]))
        .limit(1)
        .executeTakeFirst();
      if (this.active.size === 0 && !busy) return;
      if (Date.now() > deadline) throw new Error(`jobs still running after ${timeoutMs} ms`);
      await delay(20);
    }
  }

  /** Makes every queued job whose time has not come due now (and delivers it again): how many. */
  private async retryWaitingNow(): Promise<number> {
    const moved = await this.db.transaction().execute(async (trx) => {
      const rows = await trx.updateTable('jobs').set({ run_after: sql`now()` }).where('status', '=', 'queued').where('run_after', '>', sql<Date>`now()`).returning(['id', 'kind']).execute();
      for (const row of rows) {
        const kind = this.kinds.get(row.kind);
        // A second delivery of a job already delivered is a no-op (the claim takes it once).
        if (kind) await this.dispatcher.schedule(trx, row.id, 0, kind);
      }
      return rows.length;
    });
    if (moved > 0) this.dispatcher.wake();
    return moved;
  }

  /**
   * Shutdown (the app's close hook): take no more work, ask running handlers to stop at their next
   * progress report and hand their jobs back as queued, then stop the dispatcher. A handler that
   * does not stop within the grace period is left to the next start-up (or another instance's sweep).
   */
  async stop(): Promise<void> {
    if (!this.started || this.stopping) return;
    this.stopping = true;
    if (this.sweepTimer) clearInterval(this.sweepTimer);
    for (const controller of this.controllers.values()) controller.abort(STOP.shutdown);
    const grace = delay(this.options.shutdownGraceMs);
    await Promise.race([Promise.allSettled([...this.active]), grace]);
    await Promise.race([this.dispatcher.stop(), grace]);
  }

  private track(work: Promise<void>): Promise<void> {
    const tracked = work.catch((err: unknown) => this.log.error({ err }, 'jobs: execute failed')).finally(() => this.active.delete(tracked));
    this.active.add(tracked);
    return tracked;
  }
}
