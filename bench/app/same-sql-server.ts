/**
 * The baseline for the API load bench: a bare Fastify server that, for each recorded endpoint
 * (bench/app/capture.ts), sends the same SQL statements in the same batches and answers the
 * same JSON. Nothing else: no plugins, hooks, sessions, validation, schemas or mapping.
 *
 * Env: BENCH_CAPTURE (the capture file), PORT, and DATABASE_URL (PostgreSQL, a pool of 10 like
 * the app's) or BENCH_PGLITE_DIR (a PGlite data dir; with pg_trgm and the app's type parsers).
 */
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';
import type pg from 'pg';
import type { Capture, CapturedQuery } from './capture.js';

const capture = JSON.parse(readFileSync(process.env.BENCH_CAPTURE!, 'utf8')) as Capture;
const OID_INT8 = 20;
const OID_DATE = 1082;

type Run = (query: CapturedQuery) => Promise<unknown>;
let run: Run;
let close: () => Promise<void>;
if (process.env.DATABASE_URL) {
  const { default: pgModule } = await import('pg');
  const types = {
    getTypeParser: (oid: number, format?: 'text' | 'binary') => {
      if (oid === OID_DATE) return (value: string) => value;
      if (oid === OID_INT8) return (value: string) => Number(value);
      return pgModule.types.getTypeParser(oid, format);
    },
  } as pg.CustomTypesConfig;
  const pool = new pgModule.Pool({ connectionString: process.env.DATABASE_URL, max: 10, types });
  run = (query) => pool.query(query.sql, query.parameters);
  close = () => pool.end();
} else {
  const { PGlite } = await import('@electric-sql/pglite');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const pglite = await PGlite.create({
    dataDir: process.env.BENCH_PGLITE_DIR!,
    extensions: { pg_trgm },
    parsers: { [OID_DATE]: (value: string) => value, [OID_INT8]: (value: string) => Number(value) },
  });
  // As the app runs them (Kysely's one PGlite connection, src/db/client.ts): one statement at a
  // time, in order, each after a turn of the event loop; else statements queued inside PGlite run
  // back to back and a few requests wait seconds (p99 0.8–2 s at 50 connections).
  let last: Promise<unknown> = Promise.resolve();
  run = (query) => {
    const next = last.then(async () => {
      await new Promise((resolve) => setImmediate(resolve));
      return pglite.query(query.sql, query.parameters);
    });
    last = next.catch(() => undefined);
    return next;
  };
  close = () => pglite.close();
}

const byUrl = new Map(capture.endpoints.map((endpoint) => [endpoint.path, endpoint]));
const app = Fastify();
app.get('/*', async (request, reply) => {
  const endpoint = byUrl.get(request.url);
  if (!endpoint) return reply.code(404).send({ error: 'not recorded' });
  for (const batch of endpoint.batches) {
    if (batch.length === 1) await run(batch[0]!);
    else await Promise.all(batch.map(run));
  }
  return endpoint.body;
});
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
process.on('SIGTERM', () => void app.close().then(close).then(() => process.exit(0)));
