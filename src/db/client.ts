/**
 * One database handle for both engines: embedded PGlite (default, data under the data dir)
 * or a PostgreSQL server (DATABASE_URL). Both speak the same SQL and run the same migrations.
 */
import { mkdirSync } from 'node:fs';
import { Kysely, PostgresDialect } from 'kysely';
import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import type { Database } from './schema.js';
import { lockDataDir, type DataDirLock } from './data-dir-lock.js';

export type DatabaseKind = 'pglite' | 'postgres';

/** Runs SQL text that may hold several statements; returns the rows of the last one. */
export type ScriptRunner = (text: string) => Promise<Record<string, unknown>[]>;

export type DatabaseHandle = {
  db: Kysely<Database>;
  kind: DatabaseKind;
  /**
   * Gives `fn` one connection that accepts multi-statement scripts (simple query protocol),
   * which Kysely's prepared statements refuse. Used by the migrator.
   */
  withScriptRunner: <T>(fn: (run: ScriptRunner) => Promise<T>) => Promise<T>;
  /** The embedded engine itself, for dumps (tests, backups); undefined on PostgreSQL. */
  pglite?: PGlite;
  close: () => Promise<void>;
};

export type DatabaseOptions =
  | { kind: 'postgres'; url: string; poolSize?: number }
  /**
   * dataDir undefined means an in-memory database (tests). A data dir is locked for this process
   * (see data-dir-lock.ts): opening one that another process holds throws DataDirLockedError.
   */
  | { kind: 'pglite'; dataDir?: string; loadDataDir?: Blob };

const OID_INT8 = 20;
const OID_DATE = 1082;

/**
 * PGlite runs each statement synchronously on this thread, and statements queued behind the one
 * connection run back to back, each resumed by the previous one's promise: while the queue lasts
 * the event loop reads no new request and sends no answer. At 50 connections most requests were
 * answered in 0.1 s and a few waited 1–3 s (p99 0.9 s). Handing the event loop a turn before each
 * statement keeps the waiting in order (p99 0.18 s) for a few per cent of throughput.
 */
const eventLoopTurn = () => new Promise((resolve) => setImmediate(resolve));

/** Opens the database. Dates stay 'YYYY-MM-DD' strings so no time zone shifts them. */
export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if (options.kind === 'postgres') {
    // Loaded on demand: the embedded default should not pay for the server driver at start-up.
    const { default: pg } = await import('pg');
    const typeParsers = {
      getTypeParser: (oid: number, format?: 'text' | 'binary') => {
        if (oid === OID_DATE) return (value: string) => value;
        if (oid === OID_INT8) return (value: string) => Number(value);
        return pg.types.getTypeParser(oid, format);
      },
    } as pg.CustomTypesConfig;
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10, types: typeParsers });
    pool.on('error', () => {
      // An idle client lost its server; the pool replaces it on the next checkout.
    });
    const dialect = new PostgresDialect({ pool });
    const db = new Kysely<Database>({ dialect });
    const withScriptRunner = async <T>(fn: (run: ScriptRunner) => Promise<T>): Promise<T> => {
      const client = await pool.connect();
      try {
        return await fn(async (text) => {
          const result = (await client.query(text)) as unknown as pg.QueryResult | pg.QueryResult[];
          const last = Array.isArray(result) ? result[result.length - 1] : result;
          return (last?.rows ?? []) as Record<string, unknown>[];
        });
      } finally {
        client.release();
      }
    };
    return { db, kind: 'postgres', withScriptRunner, close: () => db.destroy() };
  }

  // Loaded on demand too: the engine holds ~50 MB that a server-database deployment never uses.
  const [{ PGlite }, { pg_trgm }, { PGliteDialect }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite/contrib/pg_trgm'),
    import('kysely-pglite-dialect'),
  ]);
  let lock: DataDirLock | undefined;
  if (options.dataDir) {
    mkdirSync(options.dataDir, { recursive: true });
    lock = await lockDataDir(options.dataDir);
  }
  let pglite: PGlite;
  try {
    pglite = await PGlite.create({
      dataDir: options.dataDir,
      loadDataDir: options.loadDataDir,
      extensions: { pg_trgm },
      parsers: {
        [OID_DATE]: (value: string) => value,
        [OID_INT8]: (value: string) => Number(value),
      },
    });
  } catch (error) {
    await lock?.release();
    throw error;
  }
  const engine = pglite;
  // Only query() and close() are used by the dialect.
  const client = {
    query: async (...args: Parameters<PGlite['query']>) => {
      await eventLoopTurn();
      return engine.query(...args);
    },
    close: () => engine.close(),
  } as unknown as PGlite;
  const db = new Kysely<Database>({ dialect: new PGliteDialect(client) });
  // PGlite has one connection; borrowing it through Kysely keeps other queries queued meanwhile.
  const withScriptRunner = <T>(fn: (run: ScriptRunner) => Promise<T>): Promise<T> =>
    db.connection().execute(() =>
      fn(async (text) => {
        const results = await pglite.exec(text);
        return (results[results.length - 1]?.rows ?? []) as Record<string, unknown>[];
      }),
    );
  const close = async () => {
    try {
      await db.destroy();
    } finally {
      // Only once the files are closed may another process open them.
      await lock?.release();
    }
  };
  return { db, kind: 'pglite', withScriptRunner, pglite, close };
}
