/**
 * Test support for the job runner: a database that survives being closed and opened again (a
 * PGlite data dir on disk, or a PostgreSQL database several pools can share, like several app
 * instances), runners on it with the dispatcher of its engine, and job kinds whose handlers the
 * test steers step by step.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { openDatabase, type DatabaseHandle, type DatabaseKind } from '../../db/client.js';
import type { AnyJobKind } from '../../kernel/jobs.js';
import { kindRegistry } from './job-kinds.js';
import { JobRunner, type RunnerOptions } from './job-runner.js';
import { localDispatcher } from './local-dispatcher.js';
import { pgBossDispatcher } from './pgboss-dispatcher.js';
import { copyPostgresTemplate } from '../../testing/test-app.js';

export type SharedDatabase = {
  kind: DatabaseKind;
  /** Opens the database (PGlite: one handle at a time, as the data-dir lock wants; PostgreSQL: any number). */
  open: () => Promise<DatabaseHandle>;
  drop: () => Promise<void>;
};

/** A copy of the test template that can be closed and opened again. */
export async function sharedTestDatabase(): Promise<SharedDatabase> {
  const template = inject('postgresTemplate');
  if (template) {
    // The prefix `_f` keeps the global teardown dropping the copy should a test leave it behind.
    const copy = await copyPostgresTemplate(template, 'fj');
    return { kind: 'postgres', open: () => openDatabase({ kind: 'postgres', url: copy.url, poolSize: 4 }), drop: copy.drop };
  }
  const dumpPath = inject('pgliteDumpPath');
  if (!dumpPath) throw new Error('global setup did not provide a template database');
  const dir = mkdtempSync(join(tmpdir(), 'yanzhen-jobs-'));
  const dataDir = join(dir, 'pgdata');
  let loaded = false;
  return {
    kind: 'pglite',
    open: async () => {
      const handle = await openDatabase({ kind: 'pglite', dataDir, loadDataDir: loaded ? undefined : new Blob([readFileSync(dumpPath)]) });
      loaded = true;
      return handle;
    },
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

export const quietLog = { error: () => undefined, warn: () => undefined };

/** A runner with the engine's dispatcher: in-process on PGlite, pg-boss (polling every 0.5 s) on PostgreSQL. */
export async function testRunner(handle: DatabaseHandle, kinds: readonly AnyJobKind[], options: RunnerOptions = {}): Promise<JobRunner> {
  const dispatcher = handle.kind === 'postgres' ? await pgBossDispatcher(handle.db, quietLog, { pollingIntervalSeconds: 0.5 }) : localDispatcher(handle.db, quietLog);
  return new JobRunner(handle.db, kindRegistry(kinds), dispatcher, quietLog, options);
}

/** A promise a test resolves when it wants a handler to go on. */
export type Gate = { promise: Promise<void>; open: () => void };
export function gate(): Gate {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

/** Waits until `check` holds, polling; fails with `what` after `timeoutMs`. */
export async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (check(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last seen ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
