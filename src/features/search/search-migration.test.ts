/**
 * Migration 0014 on a database from before it: innovation documents in the old shape
 * (measures/effects/rest, status/domain/task/year columns) become exactly the rows the new
 * writer makes for the same records, so every search answers as before.
 * (On PGlite only: the conversion is plain SQL, the same on both engines.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { openDatabase, type DatabaseHandle } from '../../db/client.js';
import { migrate } from '../../db/migrate.js';
import { generateDocuments } from '../../../bench/search/generate.js';
import '../innovations/innovation-search.js';
import { addTextGrams } from './grams.js';
import { similarityFeatures, similarityKeys } from './minhash.js';
import { indexDocuments, similarityBody, wordHashes, type SearchDocument } from './search-index.js';
import { searchDocuments } from './search-query.js';

const MIGRATIONS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'db', 'migrations');
const CONVERSION = '0014_search_generic.sql';

let before: DatabaseHandle;
let fresh: DatabaseHandle;
const docs: SearchDocument[] = generateDocuments(400, 11);

function grams(texts: Array<string | null | undefined>): number[] {
  const set = new Set<number>();
  for (const text of texts) if (text) addTextGrams(text, set);
  return [...set].sort((a, b) => a - b);
}

/** A document as the writer before 0014 stored it. */
function oldRow(doc: SearchDocument) {
  const { b = null, c = null, d = null } = doc.body;
  const similarity = similarityKeys(similarityFeatures(doc.title, similarityBody(doc.body)));
  const ints = (values: number[]) => `{${values.join(',')}}`;
  return [
    doc.entityType, doc.entityId, doc.zoneId, doc.zonePath, doc.isPublic, doc.facets.status, doc.facets.domain ?? null, doc.facets.task ?? null, doc.facets.year ?? null,
    doc.title, b, c, d, ints(grams([doc.title, b, c, d])), ints(grams([doc.title])), ints(wordHashes([doc.title, b, c, d])), ints(similarity.features), ints(similarity.bands),
  ];
}

/** Applies the migrations before 0014 as migrate() would, recorded with their checksums. */
async function migrateUpTo(handle: DatabaseHandle, stop: string) {
  await handle.withScriptRunner(async (run) => {
    await run('CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
    for (const name of readdirSync(MIGRATIONS).filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f) && f < stop).sort()) {
      const text = readFileSync(join(MIGRATIONS, name), 'utf8');
      const checksum = createHash('sha256').update(text).digest('hex');
      await run(`BEGIN;\n${text}\n;INSERT INTO schema_migrations (name, checksum) VALUES ('${name}', '${checksum}');\nCOMMIT;`);
    }
    return undefined;
  });
}

const ROWS = sql`SELECT entity_type, entity_id, zone_id, zone_path, is_public, title, body_b, body_c, body_d, facets, grams, title_grams, word_hashes, similarity_features, similarity_bands
  FROM search_documents ORDER BY entity_type, entity_id`;

beforeAll(async () => {
  before = await openDatabase({ kind: 'pglite' });
  await migrateUpTo(before, CONVERSION);
  for (const doc of docs) {
    await sql`INSERT INTO search_documents (entity_type, entity_id, zone_id, zone_path, is_public, status, domain, task, year, title, measures, effects, rest,
        grams, title_grams, word_hashes, similarity_features, similarity_bands)
      VALUES (${sql.join(oldRow(doc))})`.execute(before.db);
  }
  fresh = await openDatabase({ kind: 'pglite' });
  await migrate(fresh);
  await indexDocuments(fresh.db, docs);
}, 120_000);

afterAll(async () => {
  await before?.close();
  await fresh?.close();
});

describe('migration 0014', () => {
  it('converts the old rows into exactly what the new writer stores', async () => {
    const applied = await migrate(before);
    expect(applied[0]).toBe(CONVERSION);
    const converted = (await ROWS.execute(before.db)).rows;
    expect(converted).toHaveLength(docs.length);
    expect(converted).toEqual((await ROWS.execute(fresh.db)).rows);
    // A record without a task has no task facet, as the writer leaves nulls out.
    expect(converted.some((row) => !('task' in (row as { facets: object }).facets))).toBe(true);
  });

  it('marks the converted innovation documents current, so nothing is rebuilt at start', async () => {
    const { rows } = await sql<{ entity_type: string; version: number }>`SELECT entity_type, version FROM search_kind_versions`.execute(before.db);
    expect(rows).toEqual([{ entity_type: 'innovation', version: 1 }]);
  });

  it('answers filtered searches as the fresh index does', async () => {
    for (const filters of [undefined, { facets: { domain: 'trade_facilitation' } }, { facets: { year: 2021, status: ['recognized', 'nation_replicated'] } }]) {
      for (const q of ['保税', '跨境电商 退货', '港']) {
        const input = { q, entityType: 'innovation', visibility: { kind: 'public' as const }, filters, limit: 20, offset: 0 };
        expect(await searchDocuments(before.db, input), q).toEqual(await searchDocuments(fresh.db, input));
      }
    }
  });
});
