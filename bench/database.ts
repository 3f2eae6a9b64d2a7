/**
 * A fresh database for a benchmark: PGlite in a temp directory, or a database of its own on the
 * PostgreSQL server that BENCH_DATABASE_URL (or TEST_DATABASE_URL, as scripts/with-postgres.mjs
 * sets it) names, dropped afterwards.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../src/db/client.js';
import { migrate } from '../src/db/migrate.js';

export type Engine = 'pglite' | 'postgres';

export async function openEngine(engine: Engine): Promise<{ handle: DatabaseHandle; version: string; cleanup: () => Promise<void> }> {
  if (engine === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'yanzhen-bench-'));
    const handle = await openDatabase({ kind: 'pglite', dataDir: join(dir, 'data') });
    const { rows } = await sql<{ v: string }>`SELECT version() AS v`.execute(handle.db);
    return { handle, version: rows[0]!.v.split(' on ')[0]! + ' (PGlite 0.4, WASM)', cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('no PostgreSQL URL');
  const name = `yanzhen_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const handle = await openDatabase({ kind: 'postgres', url: target.toString(), poolSize: 2 });
  const { rows } = await sql<{ v: string }>`SELECT version() AS v`.execute(handle.db);
  return {
    handle,
    version: rows[0]!.v.split(' on ')[0]!,
    cleanup: async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

/** A fresh, migrated database for `run`, closed and removed afterwards whatever happens; `load` is the load average when it began. */
export async function withMigratedEngine<T>(engine: Engine, run: (opened: { handle: DatabaseHandle; version: string; load: number }) => Promise<T>): Promise<T> {
  const load = loadavg()[0]!;
  const { handle, version, cleanup } = await openEngine(engine);
  try {
    await migrate(handle);
    return await run({ handle, version, load });
  } finally {
    await handle.close();
    await cleanup();
  }
}
