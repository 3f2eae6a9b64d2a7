/**
 * Server mode (PostgreSQL): pg-boss carries "job N is due" to exactly one app instance. Its fetch
 * takes a delivery with FOR UPDATE SKIP LOCKED, so instances sharing the database share one queue,
 * and the runner's claim (queued → running, one UPDATE) makes a duplicate delivery a no-op.
 *
 * pg-boss runs on the app's own connection pool (its `db` option), so a delivery is sent in the
 * transaction that queues the job: both happen or neither. It keeps its tables in the `pgboss`
 * schema and creates them itself at start. Retries and recovery are the runner's (the jobs table),
 * so pg-boss never retries a delivery (retryLimit 0) and its expiry only tidies up.
 */
import { CompiledQuery, type Kysely } from 'kysely';
import type PgBoss from 'pg-boss';
import type { Database } from '../../db/schema.js';
import type { JobDispatcher } from './job-dispatcher.js';
import { pollingLoop, type PollingLoop } from './polling-loop.js';

/** One queue for every kind: the jobs table knows the kind, pg-boss only the job's id. */
export const JOB_QUEUE = 'yanzhen_jobs';
const SCHEMA = 'pgboss';
/** pg-boss refuses more than 24 hours. */
const MAX_TIMEOUT_SECONDS = 23 * 3600;
const DEFAULT_TIMEOUT_SECONDS = 3600;

type Log = { error: (object: object, message: string) => void };
type Delivery = { jobId: number };

/** pg-boss's database interface on a Kysely connection (the pool, or a transaction). */
function executorOf(db: Kysely<Database>): PgBoss.Db {
  return {
    executeSql: async (text, values) => {
      const result = await db.executeQuery(CompiledQuery.raw(text, values ?? []));
      return { rows: result.rows as unknown[] as never[] };
    },
  };
}

export type PgBossOptions = { pollingIntervalSeconds?: number; stopTimeoutMs?: number };

export async function pgBossDispatcher(db: Kysely<Database>, log: Log, options: PgBossOptions = {}): Promise<JobDispatcher> {
  // CommonJS: the class is the default export. Loaded here so the embedded mode never pays for it.
  const { default: PgBossClass } = await import('pg-boss');
  const boss = new PgBossClass({ db: executorOf(db), schema: SCHEMA, schedule: false, supervise: true, migrate: true });
  boss.on('error', (error) => log.error({ err: error }, 'pg-boss'));
  const pollMs = (options.pollingIntervalSeconds ?? 2) * 1000;
  let loop: PollingLoop | null = null;

  return {
    ownsDatabase: false,
    async schedule(trx, id, delayMs, kind) {
      await boss.send(JOB_QUEUE, { jobId: id } satisfies Delivery, {
        db: executorOf(trx),
        // Seconds from the database's now(), like the row's run_after: no clock of ours involved.
        startAfter: delayMs > 0 ? delayMs / 1000 : undefined,
        retryLimit: 0,
        expireInSeconds: Math.min(MAX_TIMEOUT_SECONDS, kind.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS),
      });
    },
    wake: () => loop?.wake(),
    async start(execute) {
      await boss.start();
      await boss.createQueue(JOB_QUEUE, { name: JOB_QUEUE, policy: 'standard', retryLimit: 0 });
      // fetch + complete rather than boss.work(): work() completes a delivery without awaiting it,
      // so a connection lost at that moment would be an unhandled rejection (a crash on Node 20).
      loop ??= pollingLoop(
        async () => {
          const [delivery] = await boss.fetch<Delivery>(JOB_QUEUE, { batchSize: 1 });
          if (!delivery) return false;
          try {
            await execute(delivery.data.jobId);
          } finally {
            await boss.complete(JOB_QUEUE, delivery.id).catch((error: unknown) => log.error({ err: error }, 'pg-boss: cannot complete a delivery'));
          }
          return true;
        },
        async () => pollMs,
        log,
        'jobs (pg-boss)',
      );
      loop.start();
    },
    async stop() {
      await loop?.stop();
      await boss.stop({ graceful: true, wait: true, close: false, timeout: options.stopTimeoutMs ?? 10_000 });
    },
  };
}
