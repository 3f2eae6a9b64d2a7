/**
 * Rebuilding the index from the records, on the demo data: the same documents as the writers
 * made, the same answers, stale documents gone, and versions deciding what ensureSearchIndex
 * rebuilds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { INNOVATION_SEARCH_KIND } from '../innovations/innovation-search.js';
import { PLATFORM_SEARCH_KIND } from '../platforms/platform-search.js';
import { ensureSearchIndex, outdatedSearchKinds, rebuildSearchIndex, type RebuildProgress } from './rebuild-index.js';
import { indexDocument } from './search-index.js';
import { searchKinds } from './search-kinds.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const db = () => t.database.db;

/** Every stored document, as comparable text. */
async function snapshot() {
  const { rows } = await sql<Record<string, unknown>>`
    SELECT entity_type, entity_id, zone_id, zone_path, is_public, title, body_b, body_c, body_d, facets, grams, title_grams, word_hashes, similarity_features, similarity_bands
    FROM search_documents ORDER BY entity_type, entity_id`.execute(db());
  return rows;
}

async function answers() {
  const out: unknown[] = [];
  for (const q of ['保税', '宜宾 口岸', '跨境电商', '彩灯', '基地']) {
    for (const url of [`/api/public/innovations?q=${encodeURIComponent(q)}`, `/api/platforms?q=${encodeURIComponent(q)}`]) {
      const response = await t.call('admin', { method: 'GET', url });
      expect(response.statusCode, response.body).toBe(200);
      out.push(response.json());
    }
  }
  return out;
}

describe('rebuildSearchIndex', () => {
  it('registers innovations and platforms once the app is built', () => {
    expect(searchKinds().map((k) => k.entityType)).toEqual(expect.arrayContaining(['innovation', 'platform']));
  });

  it('holds one document per record of each kind', async () => {
    for (const [kind, table] of [[INNOVATION_SEARCH_KIND, 'innovations'], [PLATFORM_SEARCH_KIND, 'platforms']] as const) {
      const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM search_documents WHERE entity_type = ${kind.entityType}`.execute(db());
      const records = await db().selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      expect(rows[0]!.n, table).toBe(Number(records.n));
      expect(rows[0]!.n).toBeGreaterThan(10);
    }
  });

  it('rebuilds an emptied index into the same documents and the same answers, reporting progress', async () => {
    const documentsBefore = await snapshot();
    const answersBefore = await answers();
    await db().deleteFrom('search_documents').execute();
    expect((await t.call(null, { method: 'GET', url: `/api/platforms?q=${encodeURIComponent('保税')}` })).json().total).toBe(0);

    const progress: RebuildProgress[] = [];
    const summary = await rebuildSearchIndex(db(), (p) => progress.push(p));
    expect(summary.map((s) => s.entityType)).toEqual(expect.arrayContaining(['innovation', 'platform']));
    for (const kind of summary) {
      const last = progress.filter((p) => p.entityType === kind.entityType).at(-1)!;
      expect(last.done).toBe(last.total);
      expect(kind.documents).toBe(last.total);
      expect(kind.removed).toBe(0);
    }
    expect(await snapshot()).toEqual(documentsBefore);
    expect(await answers()).toEqual(answersBefore);
  });

  it('removes documents whose record is gone', async () => {
    const orphan = { entityType: 'platform', entityId: 999_999, zoneId: 1, zonePath: '/1/', isPublic: true, title: '孤儿平台', body: {}, facets: { status: 'operating', type: 'port' } };
    await indexDocument(db(), orphan);
    const [platforms] = await rebuildSearchIndex(db(), undefined, [PLATFORM_SEARCH_KIND]);
    expect(platforms!.removed).toBe(1);
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM search_documents WHERE entity_id = 999999`.execute(db());
    expect(rows[0]!.n).toBe(0);
  });

  it('lets ensureSearchIndex rebuild only the kinds whose version is missing or different', async () => {
    expect(await outdatedSearchKinds(db())).toEqual([]);
    expect(await ensureSearchIndex(db())).toEqual([]);

    await db().deleteFrom('search_kind_versions').where('entity_type', '=', 'platform').execute();
    await db().deleteFrom('search_documents').where('entity_type', '=', 'platform').execute();
    await db().updateTable('search_kind_versions').set({ version: 0 }).where('entity_type', '=', 'innovation').execute();
    expect((await outdatedSearchKinds(db())).map((k) => k.entityType).sort()).toEqual(['innovation', 'platform']);

    const rebuilt = await ensureSearchIndex(db());
    expect(rebuilt.map((k) => [k.entityType, k.version]).sort()).toEqual([['innovation', 1], ['platform', 1]]);
    expect((await t.call(null, { method: 'GET', url: `/api/platforms?q=${encodeURIComponent('保税')}` })).json().total).toBeGreaterThan(0);
    expect(await outdatedSearchKinds(db())).toEqual([]);
  });
});
