/**
 * Embedded mode (PGlite): one loop in this process takes due jobs from the table one at a time
 * (concurrency 1: PGlite runs one statement at a time anyway). It sleeps until the next retry is
 * due or until woken by a new job, and looks at the table at least every `idlePollMs` — a read
 * that writes nothing, so an idle runner changes no row.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { JobDispatcher } from './job-dispatcher.js';
import { msUntilNextDue, nextDueJob } from './jobs.repo.js';
import { pollingLoop, type PollingLoop } from './polling-loop.js';

type Log = { error: (object: object, message: string) => void };

export function localDispatcher(db: Kysely<Database>, log: Log, idlePollMs = 30_000): JobDispatcher {
  let loop: PollingLoop | null = null;
  return {
    ownsDatabase: true,
    // The row's run_after is the schedule: nothing else to record.
    schedule: async () => undefined,
    wake: () => loop?.wake(),
    async start(execute) {
      loop ??= pollingLoop(
        async () => {
          const id = await nextDueJob(db);
          if (id === undefined) return false;
          await execute(id);
          return true;
        },
        async () => Math.min(idlePollMs, (await msUntilNextDue(db)) ?? idlePollMs),
        log,
        'jobs (embedded)',
      );
      loop.start();
    },
    stop: async () => loop?.stop(),
  };
}
