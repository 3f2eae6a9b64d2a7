/**
 * Opens a PostgreSQL server for the benchmark as a DatabaseHandle, like src/db/client.ts does,
 * with the same type parsers (int8 as number, date as text) set on the pool's clients.
 */
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { DatabaseHandle, ScriptRunner } from '../../src/db/client.js';
import type { Database } from '../../src/db/schema.js';

const OID_INT8 = 20;
const OID_DATE = 1082;

export function openBenchPostgres(url: string, poolSize = 4): DatabaseHandle {
  const types = {
    getTypeParser: (oid: number, format?: 'text' | 'binary') => {
      if (oid === OID_DATE) return (value: string) => value;
      if (oid === OID_INT8) return (value: string) => Number(value);
      return pg.types.getTypeParser(oid, format);
    },
  };
  const pool = new pg.Pool({ connectionString: url, max: poolSize, types: types as pg.CustomTypesConfig });
  pool.on('error', () => undefined);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
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
