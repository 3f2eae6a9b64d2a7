/**
 * Headline figures (overview, formation) kept between requests, each with the data version it
 * was computed at. Every committed write to the tables they read raises that version in its own
 * transaction (migration 0013: deferred triggers on zones, platforms, innovations, adoptions), so
 * each request reads the version (one primary-key lookup) and gets the kept figures only while
 * it is unchanged; whoever wrote (this process, another instance on the same PostgreSQL, a
 * script) the next request after the commit recomputes. The figures stay computed from the data.
 *
 * Why the version is read before computing is enough: the computing statement starts later, so
 * it sees at least every write the version counted (READ COMMITTED); figures stored under a
 * version are that data or newer, never older.
 */
import type { FastifyReply } from 'fastify';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

type Entry = { version: number; value: Promise<unknown> };

/** Per database handle: test files and the bench build several apps on different databases in one process. */
const caches = new WeakMap<Kysely<Database>, Map<string, Entry>>();
/** Keys are a figure and a scope (a zone path): a few hundred at most; past this all are dropped. */
const MAX_ENTRIES = 1_000;

async function figuresVersion(db: Kysely<Database>): Promise<number> {
  const { rows } = await sql<{ version: number }>`SELECT version FROM data_versions WHERE name = 'figures'`.execute(db);
  return rows[0]?.version ?? 0;
}

/**
 * `compute`'s answer for `key` at the current data version: kept, or computed once (requests
 * arriving meanwhile share it). The value is shared between requests and must not be changed.
 */
export async function cachedFigures<T>(db: Kysely<Database>, key: string, compute: () => Promise<T>): Promise<T> {
  const version = await figuresVersion(db);
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const kept = cache.get(key);
  if (kept && kept.version === version) return kept.value as Promise<T>;
  if (cache.size >= MAX_ENTRIES) cache.clear();
  const value = compute();
  const entry = { version, value };
  cache.set(key, entry);
  // A failure is not kept: the next request tries again.
  value.catch(() => cache.get(key) === entry && cache.delete(key));
  return value;
}

/**
 * Sends kept figures as the JSON the route's own serializer wrote for them once (so the same
 * response schema, whitelist included, decided what is in it); a JSON string is sent as it is.
 */
export async function sendCachedFigures(reply: FastifyReply, db: Kysely<Database>, key: string, compute: () => Promise<unknown>): Promise<FastifyReply> {
  const json = await cachedFigures(db, key, async () => reply.serialize(await compute()));
  return reply.type('application/json; charset=utf-8').send(json);
}
