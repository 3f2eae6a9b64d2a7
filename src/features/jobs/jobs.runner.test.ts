/**
 * The job runner on the engine the suite runs on: in-process on PGlite, pg-boss on PostgreSQL
 * (`node scripts/with-postgres.mjs npx vitest run src/features/jobs`). Progress, retry with
 * backoff, final failures, cancelling queued and running jobs, a restart that takes up an
 * orphaned job (the database really closed and opened again), shutdown handing work back, and on
 * PostgreSQL two app instances sharing one queue.
 */
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { z } from 'zod';
import type { DatabaseHandle } from '../../db/client.js';
import type { Actor } from '../../kernel/actor.js';
import { AppError } from '../../kernel/errors.js';
import { defineJobKind, type JobRunContext } from '../../kernel/jobs.js';
import type { JobRunner } from './job-runner.js';
import { unsafeGetJob, loadOwner, type JobRow } from './jobs.repo.js';
import { eventually, gate, sharedTestDatabase, testRunner, type SharedDatabase } from './jobs-test-app.js';

const onPostgres = !!inject('postgresTemplate');

/** What each test's job does, by the tag in its input. */
const scripts = new Map<string, (job: JobRunContext<'step'>) => Promise<unknown>>();
const base = {
  label: { zh: '测试任务', en: 'Test job' },
  input: z.strictObject({ tag: z.string() }),
  messages: { step: { zh: '第 {n} 步', en: 'Step {n}' } },
  mayStart: () => true,
  retry: { attempts: 3, initialDelayMs: 300, maxDelayMs: 10_000 },
  run: (input: { tag: string }, job: JobRunContext<'step'>) => scripts.get(input.tag)!(job),
};
const scripted = defineJobKind({ ...base, name: 'test.scripted' });
const single = defineJobKind({ ...base, name: 'test.single', dedupeKey: () => 'one' });
/** A retry that waits a minute: long enough that no test sees it come due by itself. */
const patient = defineJobKind({ ...base, name: 'test.patient', retry: { attempts: 3, initialDelayMs: 60_000, maxDelayMs: 60_000 } });
const KINDS = [scripted, single, patient];

let shared: SharedDatabase;
let handle: DatabaseHandle;
let owner: Actor;
const runners: JobRunner[] = [];

async function startRunner(on: DatabaseHandle = handle, options = {}) {
  const runner = await testRunner(on, KINDS, { heartbeatMs: 200, ...options });
  runners.push(runner);
  await runner.start();
  return runner;
}
const enqueue = (runner: JobRunner, tag: string, kind = 'test.scripted') =>
  runner.enqueue({ actor: owner, ip: '127.0.0.1', userAgent: 'vitest' }, kind, { tag }).then((r) => r.job);
const read = (id: number, on = handle) => unsafeGetJob(on.db, id).then((row) => row!);
const until = (id: number, check: (row: JobRow) => boolean, what: string, on = handle) => eventually(() => read(id, on), check, what);
const transient = () => Object.assign(new Error('could not serialize access due to concurrent update'), { code: '40001' });

beforeAll(async () => {
  shared = await sharedTestDatabase();
  handle = await shared.open();
  const admin = await handle.db.selectFrom('users').select('id').where('username', '=', 'admin').executeTakeFirstOrThrow();
  owner = (await loadOwner(handle.db, admin.id))!;
}, 60_000);
afterEach(async () => {
  for (const runner of runners.splice(0)) await runner.stop();
});
afterAll(async () => {
  await handle.close();
  await shared.drop();
});

describe('the job runner', () => {
  it('records progress step by step, then the result', async () => {
    const steps = [gate(), gate(), gate()];
    scripts.set('progress', async (job) => {
      for (const [i, step] of steps.entries()) {
        await step.promise;
        await job.reportProgress(i + 1, 3, 'step', { n: i + 1 });
      }
      return { steps: 3, owner: job.context.actor.username, ip: job.context.ip };
    });
    const runner = await startRunner();
    const job = await enqueue(runner, 'progress');
    expect(job).toMatchObject({ status: 'queued', done: 0, attempts: 0, max_attempts: 3 });
    await until(job.id, (row) => row.status === 'running', 'running');
    for (const [i, step] of steps.slice(0, 2).entries()) {
      step.open();
      const row = await until(job.id, (r) => r.done === i + 1, `step ${i + 1}`);
      expect(row).toMatchObject({ status: 'running', total: 3, message_key: 'step', message_params: { n: i + 1 } });
    }
    steps[2]!.open();
    const done = await until(job.id, (row) => row.status === 'succeeded', 'succeeded');
    expect(done).toMatchObject({ done: 3, total: 3, attempts: 1, error_code: null, result: { steps: 3, owner: 'admin', ip: '127.0.0.1' } });
    expect(done.finished_at).not.toBeNull();
  });

  it('retries a failure that may pass, waiting longer each time, then succeeds', async () => {
    const attemptsAt: number[] = [];
    scripts.set('flaky', async (job) => {
      attemptsAt.push(Date.now());
      if (job.attempt < 3) throw transient();
      return { attempt: job.attempt };
    });
    const runner = await startRunner();
    const job = await enqueue(runner, 'flaky');
    const waiting = await until(job.id, (row) => row.status === 'queued' && row.attempts === 1, 'first retry queued');
    expect(waiting.error_code).toBe('retry_pending');
    expect(new Date(waiting.run_after).getTime() - new Date(waiting.updated_at).getTime()).toBeGreaterThanOrEqual(290);
    const done = await until(job.id, (row) => row.status === 'succeeded', 'succeeded');
    expect(done).toMatchObject({ attempts: 3, error_code: null, result: { attempt: 3 } });
    // Backoff 300 ms, then 600 ms (a little less for timer granularity).
    expect(attemptsAt[1]! - attemptsAt[0]!).toBeGreaterThanOrEqual(280);
    expect(attemptsAt[2]! - attemptsAt[1]!).toBeGreaterThanOrEqual(580);
  });

  it('whenIdle with retriesNow runs a retry waiting out its backoff before it returns; without it, returns at once', async () => {
    let runs = 0;
    scripts.set('slow-backoff', async (job) => {
      runs++;
      if (job.attempt < 2) throw transient();
      return { attempt: job.attempt };
    });
    const runner = await startRunner();
    const job = await enqueue(runner, 'slow-backoff', 'test.patient');
    await until(job.id, (row) => row.status === 'queued' && row.attempts === 1, 'first retry queued');
    // The retry waits a minute: a plain whenIdle does not count it as work in hand.
    await runner.whenIdle();
    expect((await read(job.id)).status).toBe('queued');
    await runner.whenIdle(10_000, { retriesNow: true });
    expect(runs).toBe(2);
    expect(await read(job.id)).toMatchObject({ status: 'succeeded', attempts: 2 });
  });

  it('fails for good when the retries are used up', async () => {
    let runs = 0;
    scripts.set('always-transient', async () => {
      runs++;
      throw transient();
    });
    const runner = await startRunner();
    const job = await enqueue(runner, 'always-transient');
    const failed = await until(job.id, (row) => row.status === 'failed', 'failed');
    expect(runs).toBe(3);
    expect(failed).toMatchObject({ attempts: 3, error_code: 'failed_after_retries', error_params: { attempts: 3 } });
  });

  it('does not retry an AppError or an unexpected error, and stores no stack', async () => {
    let runs = 0;
    scripts.set('app-error', async () => {
      runs++;
      throw new AppError('DUPLICATE_CODE', { code: 'X-1' });
    });
    scripts.set('bug', async () => {
      runs++;
      throw new TypeError('cannot read properties of undefined');
    });
    const runner = await startRunner();
    const refused = await enqueue(runner, 'app-error');
    const broken = await enqueue(runner, 'bug');
    const first = await until(refused.id, (row) => row.status === 'failed', 'failed');
    const second = await until(broken.id, (row) => row.status === 'failed', 'failed');
    expect(runs).toBe(2);
    expect(first).toMatchObject({ attempts: 1, error_code: 'DUPLICATE_CODE', error_params: { code: 'X-1' } });
    expect(second).toMatchObject({ attempts: 1, error_code: 'INTERNAL', error_params: {} });
    expect(JSON.stringify(second)).not.toContain('cannot read properties');
  });

  it('cancels a queued job at once: its handler never runs', async () => {
    const hold = gate();
    let ranQueued = false;
    scripts.set('busy', () => hold.promise);
    scripts.set('queued', async () => (ranQueued = true));
    const runner = await startRunner();
    // Concurrency 1 per process: the first job keeps the second queued.
    const busy = await enqueue(runner, 'busy');
    await until(busy.id, (row) => row.status === 'running', 'busy running');
    const queued = await enqueue(runner, 'queued');
    const cancelled = await runner.cancel(owner, queued.id);
    expect(cancelled).toMatchObject({ status: 'cancelled', attempts: 0 });
    hold.open();
    await until(busy.id, (row) => row.status === 'succeeded', 'busy done');
    await runner.whenIdle();
    expect(ranQueued).toBe(false);
    expect((await read(queued.id)).status).toBe('cancelled');
    // A finished job cannot be cancelled: 409, and nothing changes.
    await expect(runner.cancel(owner, busy.id)).rejects.toMatchObject({ code: 'INVALID_TRANSITION', params: { from: 'succeeded', action: 'cancel' } });
  });

  it('cancels a running job: the signal fires and the handler stops at its next progress report', async () => {
    const step = gate();
    let reachedEnd = false;
    let aborted = false;
    scripts.set('running', async (job) => {
      job.signal.addEventListener('abort', () => (aborted = true));
      await job.reportProgress(1, 10, 'step', { n: 1 });
      await step.promise;
      await job.reportProgress(2, 10, 'step', { n: 2 });
      reachedEnd = true;
    });
    const runner = await startRunner();
    const job = await enqueue(runner, 'running');
    await until(job.id, (row) => row.done === 1, 'first step');
    const asked = await runner.cancel(owner, job.id);
    expect(asked).toMatchObject({ status: 'running', cancel_requested: true });
    expect(aborted).toBe(true);
    step.open();
    const cancelled = await until(job.id, (row) => row.status === 'cancelled', 'cancelled');
    expect(reachedEnd).toBe(false);
    expect(cancelled).toMatchObject({ done: 1, attempts: 1 });
  });

  it('starts a kind with a dedupe key once at a time per person', async () => {
    const hold = gate();
    scripts.set('single', () => hold.promise);
    const runner = await startRunner();
    const first = await runner.enqueue({ actor: owner, ip: null, userAgent: null }, 'test.single', { tag: 'single' });
    const second = await runner.enqueue({ actor: owner, ip: null, userAgent: null }, 'test.single', { tag: 'single' });
    expect(first.created).toBe(true);
    expect(second).toMatchObject({ created: false, job: { id: first.job.id } });
    hold.open();
    await until(first.job.id, (row) => row.status === 'succeeded', 'done');
    const third = await runner.enqueue({ actor: owner, ip: null, userAgent: null }, 'test.single', { tag: 'single' });
    expect(third.created).toBe(true);
    await runner.whenIdle();
  });

  it('refuses input off the schema and a person the kind is not for', async () => {
    const runner = await startRunner();
    await expect(runner.enqueue({ actor: owner, ip: null, userAgent: null }, 'test.scripted', { tag: 1 })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(runner.enqueue({ actor: owner, ip: null, userAgent: null }, 'test.nope', {})).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    const auditor = (await loadOwner(handle.db, (await handle.db.selectFrom('users').select('id').where('username', '=', 'auditor').executeTakeFirstOrThrow()).id))!;
    const reindex = await testRunner(handle, [defineJobKind({ ...base, name: 'test.admin-only', mayStart: (actor) => actor.role === 'province_admin' })]);
    await expect(reindex.enqueue({ actor: auditor, ip: null, userAgent: null }, 'test.admin-only', { tag: 'x' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('hands a running job back at shutdown without spending an attempt; the next start finishes it', async () => {
    const first = gate();
    let attempt = 0;
    scripts.set('shutdown', async (job) => {
      attempt = job.attempt;
      await job.reportProgress(1, 2, 'step', { n: 1 });
      if (job.attempt === 1) await first.promise;
      await job.reportProgress(2, 2, 'step', { n: 2 });
      return { attempt: job.attempt };
    });
    const runner = await startRunner();
    const job = await enqueue(runner, 'shutdown');
    await until(job.id, (row) => row.done === 1, 'first step');
    const stopping = runner.stop();
    first.open();
    await stopping;
    expect(await read(job.id)).toMatchObject({ status: 'queued', attempts: 0, runner_id: null });
    await startRunner();
    const done = await until(job.id, (row) => row.status === 'succeeded', 'finished after restart');
    expect(done).toMatchObject({ attempts: 1, result: { attempt: 1 } });
    expect(attempt).toBe(1);
  });

  it('after a crash, a restart takes up the orphaned job again, or fails it when no attempt is left', async () => {
    const never = gate();
    scripts.set('orphan', async (job) => {
      await job.reportProgress(1, 2, 'step', { n: 1 });
      if (job.attempt === 1) await never.promise; // the process "dies" here
      await job.reportProgress(2, 2, 'step', { n: 2 });
      return { attempt: job.attempt };
    });
    scripts.set('last-orphan', async (job) => {
      await job.reportProgress(1, 2, 'step', { n: 1 });
      await never.promise;
    });
    const doomed = await startRunner();
    runners.splice(runners.indexOf(doomed), 1);
    const job = await enqueue(doomed, 'orphan');
    await until(job.id, (row) => row.done === 1, 'first step');
    // The process is killed: no stop(), the database goes away under it.
    await handle.close();
    handle = await shared.open();
    if (onPostgres) await new Promise((resolve) => setTimeout(resolve, 1100)); // its heartbeat must go stale
    const next = await startRunner(handle, { staleSeconds: 1, sweepMs: 200 });
    const done = await until(job.id, (row) => row.status === 'succeeded', 'succeeded after restart');
    expect(done).toMatchObject({ attempts: 2, result: { attempt: 2 }, done: 2 });

    const last = await enqueue(next, 'last-orphan');
    await until(last.id, (row) => row.done === 1, 'first step');
    // This one is on its last attempt: the crash leaves it nothing to retry.
    await handle.db.updateTable('jobs').set({ max_attempts: 1 }).where('id', '=', last.id).execute();
    runners.splice(runners.indexOf(next), 1);
    await handle.close();
    handle = await shared.open();
    if (onPostgres) await new Promise((resolve) => setTimeout(resolve, 1100));
    await startRunner(handle, { staleSeconds: 1, sweepMs: 200 });
    const failed = await until(last.id, (row) => row.status === 'failed', 'failed after restart');
    expect(failed).toMatchObject({ attempts: 1, error_code: 'interrupted' });
    // Let the "dead" handlers end: their writes go nowhere (closed database, or not their job any more).
    never.open();
    await Promise.allSettled([doomed.stop(), next.stop()]);
  }, 60_000);
});

describe.runIf(onPostgres)('two app instances on one PostgreSQL database', () => {
  it('share one queue: every job runs once, and either instance can cancel the other one’s job', async () => {
    const other = await shared.open();
    try {
      const runs = new Map<string, string[]>();
      for (let i = 0; i < 12; i++) {
        scripts.set(`shared-${i}`, async (job) => {
          runs.set(`shared-${i}`, [...(runs.get(`shared-${i}`) ?? []), String(job.jobId)]);
          await job.reportProgress(1, 1, 'step', { n: 1 });
          return { i };
        });
      }
      const a = await startRunner(handle);
      const b = await startRunner(other);
      const ids: number[] = [];
      for (let i = 0; i < 12; i++) ids.push((await enqueue(i % 2 ? a : b, `shared-${i}`)).id);
      // A delivery that comes twice (redelivered, or to the other instance) runs nothing.
      await Promise.all(ids.map((id) => b.execute(id)));
      for (const id of ids) await until(id, (row) => row.status === 'succeeded', `job ${id}`);
      expect([...runs.values()].map((list) => list.length)).toEqual(Array(12).fill(1));
      const ranBy = (await handle.db.selectFrom('jobs').select('runner_id').where('id', 'in', ids).execute()).map((row) => row.runner_id);
      expect(ranBy.every((id) => id === a.runnerId || id === b.runnerId)).toBe(true);
      // The instance that did not run a job can still cancel it: the runner hears at its next report.
      const hold = gate();
      scripts.set('cross-cancel', async (job) => {
        await job.reportProgress(1, 3, 'step', { n: 1 });
        await hold.promise;
        await job.reportProgress(2, 3, 'step', { n: 2 });
      });
      const job = await enqueue(a, 'cross-cancel');
      const running = await until(job.id, (row) => row.done === 1, 'first step');
      const canceller = running.runner_id === a.runnerId ? b : a;
      await canceller.cancel(owner, job.id);
      hold.open();
      expect(await until(job.id, (row) => row.status === 'cancelled', 'cancelled')).toMatchObject({ done: 1 });
    } finally {
      for (const runner of runners.splice(0)) await runner.stop();
      await other.close();
    }
  }, 60_000);
});
