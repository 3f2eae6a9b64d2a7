/**
 * Should the facets have a GIN index? The case library's filtered searches (filtered.ts) on N
 * generated innovations, timed alternately with a GIN (jsonb_path_ops) index on
 * search_documents.facets and without it (dropped inside a transaction that is rolled back,
 * so both arms run on the same table in the same minutes of a shared machine).
 *
 *   npx tsx bench/search/facets.ts [--rows 20000] [--iterations 5]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { openDatabase } from '../../src/db/client.js';
import { migrate } from '../../src/db/migrate.js';
import type { Database } from '../../src/db/schema.js';
import { withBulkIndexing } from '../../src/features/search/search-index.js';
import { searchDocuments } from '../../src/features/search/search-query.js';
import { FILTER_SPECS, FILTERED_QUERIES, toSearchFilters } from './filtered.js';
import { loadDocuments } from './generate.js';

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? 0;
}

/** Every filtered query once; milliseconds per filter set. */
async function timeAll(db: Kysely<Database>, into: Map<string, number[]>) {
  for (const q of FILTERED_QUERIES) {
    for (const { name, spec } of FILTER_SPECS) {
      const start = performance.now();
      await searchDocuments(db, { q, entityType: 'innovation', visibility: { kind: 'public' }, filters: toSearchFilters(spec), limit: 20, offset: 0 });
      (into.get(name) ?? into.set(name, []).get(name)!).push(performance.now() - start);
    }
  }
}

class Rollback extends Error {}

async function main() {
  const rows = arg('rows', 20_000);
  const iterations = arg('iterations', 5);
  const dir = mkdtempSync(join(tmpdir(), 'yanzhen-facets-'));
  const handle = await openDatabase({ kind: 'pglite', dataDir: join(dir, 'data') });
  try {
    await migrate(handle);
    const db = handle.db;
    await withBulkIndexing(db, () => loadDocuments(db, rows));
    await sql`CREATE INDEX bench_facets_idx ON search_documents USING gin (facets jsonb_path_ops)`.execute(db);
    await sql`VACUUM ANALYZE search_documents`.execute(db);
    const withIndex = new Map<string, number[]>();
    const without = new Map<string, number[]>();
    await timeAll(db, new Map());
    for (let i = 0; i < iterations; i++) {
      await timeAll(db, withIndex);
      await db
        .transaction()
        .execute(async (trx) => {
          await sql`DROP INDEX bench_facets_idx`.execute(trx);
          await timeAll(trx, without);
          throw new Rollback();
        })
        .catch((error: unknown) => {
          if (!(error instanceof Rollback)) throw error;
        });
    }
    const { rows: plan } = await sql<{ 'QUERY PLAN': string }>`EXPLAIN SELECT entity_id FROM search_documents d WHERE d.entity_type = 'innovation' AND d.is_public AND d.facets @> '{"domain":"trade_facilitation","year":2021}'::jsonb LIMIT 501`.execute(db);
    console.log(`${rows} rows, ${iterations} rounds of ${FILTERED_QUERIES.length} queries × ${FILTER_SPECS.length} filter sets, PGlite`);
    console.log('| filters | with GIN p50 | p95 | without p50 | p95 |');
    console.log('|---|---|---|---|---|');
    const all = (m: Map<string, number[]>) => [...m.values()].flat();
    for (const [name, samples] of [...withIndex.entries(), ['all', all(withIndex)] as const]) {
      const other = name === 'all' ? all(without) : without.get(name)!;
      console.log(`| ${name} | ${percentile(samples, 0.5).toFixed(1)} ms | ${percentile(samples, 0.95).toFixed(1)} ms | ${percentile(other, 0.5).toFixed(1)} ms | ${percentile(other, 0.95).toFixed(1)} ms |`);
    }
    console.log('plan of a bare facet filter with the index:\n' + plan.map((r) => r['QUERY PLAN']).join('\n'));
  } finally {
    await handle.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
