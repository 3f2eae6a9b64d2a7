/**
 * The search index on a real database: PGlite, or PostgreSQL when TEST_DATABASE_URL is set.
 * A few hand-written records carry the cases; 3 000 generated ones give the planner a table
 * big enough to prefer an index where it should.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { randomBytes } from 'node:crypto';
import { CompiledQuery, sql, type Kysely, type KyselyPlugin } from 'kysely';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../../db/client.js';
import { migrate } from '../../db/migrate.js';
import type { Database } from '../../db/schema.js';
import type { Actor } from '../../kernel/actor.js';
import type { ZoneType } from '../../shared/zones.enums.js';
import { generateDocuments } from '../../../bench/search/generate.js';
import { indexDocument, indexDocuments, removeDocument, withBulkIndexing, type SearchDocument } from './search-index.js';
import '../innovations/innovation-search.js';
import '../platforms/platform-search.js';
import { findSimilar, RANKED_CANDIDATES, searchDocuments, type SearchFilters } from './search-query.js';
import type { Viewer } from '../../kernel/viewer.js';

const YIBIN = '/1/2/5/';
const DEYANG = '/1/2/6/';
const SHANDONG = '/1/3/9/';

type Extra = Partial<Omit<SearchDocument, 'facets'>> & { facets?: SearchDocument['facets'] };

/** An innovation-shaped document (the innovation kind's facets), with `facets` merged over the defaults. */
function doc(entityId: number, title: string, body: SearchDocument['body'] = {}, { facets, ...extra }: Extra = {}): SearchDocument {
  return {
    entityType: 'innovation',
    entityId,
    zoneId: 5,
    zonePath: YIBIN,
    isPublic: true,
    title,
    body,
    facets: { status: 'recognized', domain: 'trade_facilitation', task: 'institutional_alignment', year: 2020, ...facets },
    ...extra,
  };
}

const PACKAGING_BODY = '针对循环利用包装材料在综合保税区间流转时需反复报关通关、缴纳税费的痛点，内江海关携手锦城海关在全省率先开展包装材料免税循环进综合保税区试点，减少企业申报次数，提高商品流转效率。';

const DOCS: SearchDocument[] = [
  doc(1, '海关特殊监管区外保税研发监管模式', { b: '以电子围网实现“场所隔离”、以单耗自核完成材料核销，开展海关特殊监管区外的保税研发。', c: '进口时间从2个月压缩至1周。' }),
  doc(2, '退货中心仓模式', { b: '在跨境电商零售进口中设立退货中心仓，企业可集中退货。' }),
  doc(3, '企业开办“一网通办”', { b: '依托中国(四川)自由贸易试验区政务服务平台，实现企业开办一日办结。' }),
  doc(4, '牦牛肉出口便利化', { b: '为高原特色农产品开通绿色通道。' }),
  doc(5, '农产品出口绿色通道', { b: '为牦牛肉等高原特色农产品开通出口绿色通道。' }),
  doc(6, '农产品出口检验检疫', { b: '优化检验检疫流程。', d: '涉及牦牛肉等农产品' }),
  doc(7, '跨境电子商务综合试验区建设', { b: '推动跨境电子商务与产业融合。' }, { zonePath: DEYANG, zoneId: 6 }),
  doc(8, '降低关税成本', { b: '帮助企业降低关税成本。' }),
  doc(9, '海关税务数据共享', { b: '推动海关税务信息互通。' }),
  doc(10, '内部试行：牦牛养殖保险', { b: '尚在试行。' }, { isPublic: false, facets: { status: 'draft' } }),
  doc(11, '德阳内部：牦牛运输监管', { b: '尚在试行。' }, { isPublic: false, facets: { status: 'submitted' }, zonePath: DEYANG, zoneId: 6 }),
  doc(12, '山东牦牛奶进口', { b: '进口奶制品。' }, { zonePath: SHANDONG, zoneId: 9, facets: { domain: 'investment_facilitation', task: null, year: 2021 } }),
  doc(13, '包装材料免税循环进综合保税区试点', { b: PACKAGING_BODY, c: '2020年，帮助内江企业循环回收纸箱121.8万个，节约关税约110万元。', d: '企业反复报关' }),
  doc(14, 'FTZ Fast Track 牦牛通关', { b: 'B2B 出口申报。' }),
  doc(15, '保税研发中心建设', { b: '建设研发中心。' }),
  doc(16, '研发中心开展保税研发试点', { b: '研发中心保税仓。' }),
];

const actor = (scopePath: string | null, role: Actor['role'] = 'zone_staff'): Actor => ({
  id: 1,
  username: 'u',
  displayName: 'u',
  role,
  scopeZoneId: scopePath ? 1 : null,
  scopePath,
});
const PUBLIC: Viewer = { kind: 'public' };
const YIBIN_STAFF: Viewer = { kind: 'actor', actor: actor(YIBIN) };
const DEYANG_STAFF: Viewer = { kind: 'actor', actor: actor(DEYANG) };
const PROVINCE: Viewer = { kind: 'actor', actor: actor('/1/', 'province_admin') };
const JUDGE: Viewer = { kind: 'actor', actor: actor(null, 'judge') };

let handle: DatabaseHandle;
let db: Kysely<Database>;
let dropDatabase = async () => undefined;

async function openTestDatabase(): Promise<void> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    handle = await openDatabase({ kind: 'pglite' });
  } else {
    const name = `yanzhen_search_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const target = new URL(url);
    target.pathname = `/${name}`;
    handle = await openDatabase({ kind: 'postgres', url: target.toString(), poolSize: 2 });
    dropDatabase = async () => {
      const dropper = new pg.Client({ connectionString: url });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    };
  }
  db = handle.db;
  await migrate(handle);
}

/** The zone tree the hand-written records live in: zone names are searched (see zone-terms.ts). */
async function insertZones(): Promise<void> {
  const zone = (id: number, parentId: number | null, path: string, type: ZoneType, name: string, shortName: string) => ({
    id, code: `T${id}`, parent_id: parentId, path, type, name, short_name: shortName, source: 'test',
  });
  await db
    .insertInto('zones')
    .values([
      zone(1, null, '/1/', 'country', '中国', '中国'),
      zone(2, 1, '/1/2/', 'ftz', '中国(四川)自由贸易试验区', '四川自贸试验区'),
      zone(5, 2, YIBIN, 'pilot', '中国(四川)自由贸易试验区宜宾协同改革先行区', '宜宾'),
      zone(7, 5, `${YIBIN}7/`, 'block', '临港区块', '临港'),
      zone(6, 2, DEYANG, 'pilot', '中国(四川)自由贸易试验区德阳协同改革先行区', '德阳'),
      zone(3, 1, '/1/3/', 'ftz', '中国(山东)自由贸易试验区', '山东自贸试验区'),
      zone(9, 3, SHANDONG, 'area', '中国(山东)自由贸易试验区烟台片区', '烟台'),
    ])
    .execute();
}

beforeAll(async () => {
  await openTestDatabase();
  await insertZones();
  await withBulkIndexing(db, async () => {
    await indexDocuments(db, DOCS);
    // Generated records, ids from 1000 on, in a zone tree of their own ('/9/…').
    await indexDocuments(db, generateDocuments(3000, 7, 1000).map((d) => ({ ...d, zonePath: `/9${d.zonePath}` })));
  });
}, 120_000);

afterAll(async () => {
  await handle?.close();
  await dropDatabase();
});

const search = (q: string, visibility: Viewer = PUBLIC, filters?: SearchFilters, limit = 20, offset = 0) =>
  searchDocuments(db, { q, entityType: 'innovation', visibility, filters, limit, offset });
const ids = async (q: string, visibility?: Viewer, filters?: SearchFilters) => (await search(q, visibility, filters, 100)).hits.map((h) => h.entityId);
/** Ids among the hand-written records (zone tree '/1/'), best first. */
const handWritten = (q: string, visibility?: Viewer, filters: SearchFilters = {}) => ids(q, visibility, { zonePath: '/1/', ...filters });

describe('matching', () => {
  it('finds words inside longer words (保税 finds 保税研发)', async () => {
    expect(await handWritten('保税')).toEqual(expect.arrayContaining([1, 13, 15, 16]));
    expect((await handWritten('保税研发')).sort((a, b) => a - b)).toEqual([1, 15, 16]);
  });

  it('matches synonyms and abbreviations in both directions', async () => {
    expect(await handWritten('跨境电子商务')).toEqual(expect.arrayContaining([2, 7]));
    expect(await handWritten('跨境电商')).toEqual(expect.arrayContaining([2, 7]));
    expect(await handWritten('自贸区')).toEqual([3]);
    expect(await handWritten('综保区')).toEqual([13]);
  });

  it('finds one- and two-character queries', async () => {
    expect((await handWritten('牦')).sort((a, b) => a - b)).toEqual([4, 5, 6, 12, 14]);
    expect((await handWritten('牦牛')).sort((a, b) => a - b)).toEqual([4, 5, 6, 12, 14]);
    expect(await handWritten('仓')).toEqual(expect.arrayContaining([2, 16]));
  });

  it('folds ASCII case', async () => {
    expect(await handWritten('ftz')).toEqual([14]);
    expect(await handWritten('b2b')).toEqual([14]);
    expect(await handWritten('FAST track')).toEqual([14]);
  });

  it('needs every word of the query, in any order; when no record holds them all, says the matches are partial', async () => {
    expect(await handWritten('研发中心 保税')).toEqual(expect.arrayContaining([15, 16]));
    expect((await search('研发中心 保税', PUBLIC, { zonePath: '/1/' })).match).toBe('all');
    const partial = await search('牦牛 保险', PUBLIC, { zonePath: '/1/' });
    expect(partial.match).toBe('partial');
    expect(partial.hits.map((h) => h.entityId)).toEqual(expect.arrayContaining([4, 5, 6]));
    expect(partial.hits.map((h) => h.entityId)).not.toContain(10);
  });
});

describe('frequent words, partial matches', () => {
  it('does not let a programme word (自贸区) veto a record', async () => {
    const result = await search('自贸区 牦牛', PUBLIC, { zonePath: '/1/' });
    expect(result.hits.map((h) => h.entityId)).toEqual(expect.arrayContaining([4, 5, 6, 12, 14]));
    expect(result.match).toBe('partial');
    const both = await search('自贸区 企业开办', PUBLIC, { zonePath: '/1/' });
    expect(both.match).toBe('all');
    expect(both.hits[0]!.entityId).toBe(3);
  });

  it('does not let a word found in most records (企业, from the index) veto a record', async () => {
    const result = await search('企业 牦牛', PUBLIC, { zonePath: '/1/' });
    expect(result.hits.map((h) => h.entityId)).toEqual(expect.arrayContaining([4, 5, 6]));
    expect(result.match).toBe('partial');
  });

  it('ranks partial matches by their rarer words first', async () => {
    // 牦牛 is in 5 records, 综保区 (综合保税区) in about 6 % of them: no record holds both.
    const result = await search('牦牛 综保区', PUBLIC, { zonePath: '/1/' });
    expect(result.match).toBe('partial');
    const ids = result.hits.map((h) => h.entityId);
    expect(ids.slice(0, 5).sort((a, b) => a - b)).toEqual([4, 5, 6, 12, 14]);
    expect(ids.slice(5)).toEqual([13]);
    expect(ids).not.toContain(10);
  });

  it('lets a frequent word rank but never bring records alone (保税 is in ~45 % of these records)', async () => {
    const ids = (await search('牦牛 保税', PUBLIC, { zonePath: '/1/' })).hits.map((h) => h.entityId);
    expect(ids.sort((a, b) => a - b)).toEqual([4, 5, 6, 12, 14]);
  });

  it('still finds nothing when no word is found', async () => {
    expect(await search('雪豹 熊猫馆', PUBLIC, { zonePath: '/1/' })).toMatchObject({ total: 0, hits: [], match: 'all' });
  });
});

describe('zone names', () => {
  it('finds a zone’s records by its short name, with the other words', async () => {
    const yibin = await search('宜宾 保税研发', PUBLIC, { zonePath: '/1/' });
    expect(yibin.match).toBe('all');
    expect(yibin.hits.map((h) => h.entityId).sort((a, b) => a - b)).toEqual([1, 15, 16]);
    const deyang = await search('德阳 跨境电商', PUBLIC, { zonePath: '/1/' });
    expect(deyang.hits.map((h) => h.entityId)).toEqual([7]);
    expect(await handWritten('烟台')).toEqual([12]);
  });

  it('includes the zones below (a block of 宜宾), and keeps visibility', async () => {
    await indexDocument(db, doc(800, '临港仓储一体化', { b: '仓储' }, { zonePath: `${YIBIN}7/`, zoneId: 7 }));
    expect(await handWritten('宜宾 仓储')).toContain(800);
    expect(await handWritten('临港')).toEqual([800]);
    expect(await handWritten('宜宾 牦牛')).not.toContain(10);
    expect(await handWritten('宜宾 牦牛', YIBIN_STAFF)).toContain(10);
    await removeDocument(db, 'innovation', 800);
  });

  it('leaves out the country and FTZ names, which every record lies under', async () => {
    // 四川 occurs in the text of record 3 only; 自由贸易试验区 is in every zone's full name.
    expect(await handWritten('四川')).toEqual([3]);
    expect(await handWritten('自由贸易试验区')).toEqual([3]);
  });
});

describe('ranking', () => {
  it('ranks a title hit above a measures hit above a rest hit', async () => {
    const order = (await ids('牦牛', PUBLIC, { zonePath: YIBIN })).filter((id) => [4, 5, 6].includes(id));
    expect(order).toEqual([4, 5, 6]);
  });

  it('ranks the exact phrase above the same words apart', async () => {
    const order = (await handWritten('保税研发中心')).filter((id) => [15, 16].includes(id));
    expect(order).toEqual([15, 16]);
  });

  it('prefers a whole word to the same characters across words (关税 vs 海关税务)', async () => {
    const order = (await handWritten('关税')).filter((id) => [8, 9].includes(id));
    expect(order).toEqual([8, 9]);
  });

  it('scores within [0, 1.05], best first', async () => {
    const { hits } = await search('保税');
    expect(hits.length).toBe(20);
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.score).toBeGreaterThanOrEqual(hits[i]!.score);
    expect(hits.every((h) => h.score > 0 && h.score <= 1.05)).toBe(true);
  });
});

describe('highlights', () => {
  it('returns title segments that join back to the title, with the hits marked', async () => {
    const { hits } = await search('跨境电商', PUBLIC, { zonePath: '/1/' });
    const hit = hits.find((h) => h.entityId === 7)!;
    expect(hit.title.map((s) => s.text).join('')).toBe('跨境电子商务综合试验区建设');
    expect(hit.title.filter((s) => s.hit).map((s) => s.text)).toEqual(['跨境电子商务']);
  });

  it('returns a snippet that is a piece of the matching field', async () => {
    const { hits } = await search('锦城海关');
    const hit = hits.find((h) => h.entityId === 13)!;
    expect(hit.snippetField).toBe('b');
    const text = hit.snippet.map((s) => s.text).join('');
    expect(PACKAGING_BODY.includes(text)).toBe(true);
    expect(hit.snippet.filter((s) => s.hit).map((s) => s.text)).toContain('锦城海关');
    expect(hit.snippetClipped.start).toBe(true);
  });

  it('holds for every hit of frequent queries', async () => {
    for (const q of ['企业', '港', '保税 监管']) {
      const { hits } = await search(q);
      const { rows } = await sql<{ entity_id: number; title: string }>`
        SELECT entity_id, title FROM search_documents WHERE entity_type = 'innovation' AND entity_id = ANY(${hits.map((h) => h.entityId)}::int4[])`.execute(db);
      const titles = new Map(rows.map((r) => [r.entity_id, r.title]));
      for (const hit of hits) expect(hit.title.map((s) => s.text).join('')).toBe(titles.get(hit.entityId));
    }
  });
});

describe('filters and visibility', () => {
  it('never shows a non-public record to the public', async () => {
    expect(await handWritten('牦牛')).not.toContain(10);
    expect(await handWritten('牦牛')).not.toContain(11);
    expect(await handWritten('', PUBLIC)).not.toContain(10);
  });

  it('shows non-public records to actors whose scope covers them, and only to them', async () => {
    expect(await handWritten('牦牛', YIBIN_STAFF)).toContain(10);
    expect(await handWritten('牦牛', YIBIN_STAFF)).not.toContain(11);
    expect(await handWritten('牦牛', DEYANG_STAFF)).toContain(11);
    expect(await handWritten('牦牛', DEYANG_STAFF)).not.toContain(10);
    expect(await handWritten('牦牛', PROVINCE)).toEqual(expect.arrayContaining([10, 11]));
    expect(await handWritten('牦牛', JUDGE)).not.toContain(10);
    expect(await handWritten('牦牛', { kind: 'actor', actor: null })).toEqual(await handWritten('牦牛'));
  });

  it('filters by zone subtree, status, domain, task and year', async () => {
    expect((await handWritten('牦牛', PROVINCE, { zonePath: '/1/2/' })).sort((a, b) => a - b)).toEqual([4, 5, 6, 10, 11, 14]);
    expect(await handWritten('牦牛', PROVINCE, { zonePath: SHANDONG })).toEqual([12]);
    expect(await handWritten('牦牛', PROVINCE, { facets: { status: ['draft', 'submitted'] } })).toEqual(expect.arrayContaining([10, 11]));
    expect(await handWritten('牦牛', PROVINCE, { facets: { status: [] } })).toEqual([]);
    expect(await handWritten('牦牛', PROVINCE, { facets: { domain: 'investment_facilitation' } })).toEqual([12]);
    expect(await handWritten('牦牛', PROVINCE, { facets: { year: 2021 } })).toEqual([12]);
    expect(await handWritten('牦牛', PROVINCE, { facets: { task: 'institutional_alignment' }, zonePath: SHANDONG })).toEqual([]);
    expect(await handWritten('牦牛', PROVINCE, { zonePath: "/1/%'_" })).toEqual([]);
  });

  it('filters by lists of facet values, integer facets included, and by several facets at once', async () => {
    expect(await handWritten('牦牛', PROVINCE, { facets: { year: [2019, 2021] } })).toEqual([12]);
    expect((await handWritten('牦牛', PROVINCE, { facets: { year: [2020, 2021] } })).length).toBe((await handWritten('牦牛', PROVINCE)).length);
    expect(await handWritten('牦牛', PROVINCE, { facets: { domain: 'investment_facilitation', year: 2020 } })).toEqual([]);
    expect(await handWritten('牦牛', PROVINCE, { facets: { domain: 'investment_facilitation', year: 2021, status: ['recognized'] } })).toEqual([12]);
    // A record without a task has no task facet: no task value finds it.
    expect(await handWritten('牦牛', PROVINCE, { facets: { task: ['institutional_alignment', 'platform_integration'] }, zonePath: SHANDONG })).toEqual([]);
    expect(await handWritten('牦牛', PROVINCE, { facets: { domain: undefined } })).toEqual(await handWritten('牦牛', PROVINCE));
  });

  it('refuses facets the kind does not declare, or of the wrong type, as the programming errors they are', async () => {
    await expect(handWritten('牦牛', PROVINCE, { facets: { colour: 'red' } })).rejects.toThrow(/no facet "colour"/);
    await expect(handWritten('牦牛', PROVINCE, { facets: { year: '2021' } })).rejects.toThrow(/integer/);
    await expect(handWritten('牦牛', PROVINCE, { facets: { status: [1] } })).rejects.toThrow(/text/);
    await expect(indexDocument(db, doc(900, '错误的分面', {}, { facets: { colour: 'red' } }))).rejects.toThrow(/no facet "colour"/);
    await expect(searchDocuments(db, { q: '牦牛', entityType: 'contest', visibility: PUBLIC, filters: { facets: { status: 'open' } }, limit: 5, offset: 0 })).rejects.toThrow(/not registered/);
  });

  it('lists without a query, newest first, with a total', async () => {
    const result = await search('', PUBLIC, { zonePath: YIBIN }, 5);
    expect(result.hits.map((h) => h.entityId)).toEqual([16, 15, 14, 13, 9]);
    expect(result).toMatchObject({ total: 12, totalIsCapped: false });
    expect(result.hits[0]!.title).toEqual([{ text: '研发中心开展保税研发试点', hit: false }]);
  });
});

describe('totals and paging', () => {
  it('caps the total of a frequent word and says so', async () => {
    const result = await search('企业');
    expect(result).toMatchObject({ total: RANKED_CANDIDATES, totalIsCapped: true });
  });

  it('pages through the ranked results without repeats', async () => {
    const first = await search('监管', PUBLIC, undefined, 10, 0);
    const second = await search('监管', PUBLIC, undefined, 10, 10);
    const all = await search('监管', PUBLIC, undefined, 20, 0);
    expect([...first.hits, ...second.hits].map((h) => h.entityId)).toEqual(all.hits.map((h) => h.entityId));
  });
});

describe('hostile queries', () => {
  it('never throw, and match only what their letters say', async () => {
    for (const q of ['"', "'", `"'&|!:*()`, '%', '_', '\\', '😀', '\u0000', '；。', "'; DROP TABLE search_documents; --", 'a'.repeat(1000), 'zzz'.repeat(300)]) {
      expect(await search(q), q).toMatchObject({ total: 0, hits: [] });
    }
    for (const q of ['牦牛😀', '  牦牛  ', '《牦牛》', '<牦牛>', '牦:*', '!牦牛', "牦牛' OR '1'='1", '牦牛 & 出口', '牦'.repeat(1000)]) {
      expect(await handWritten(q), q).toEqual(expect.arrayContaining(q.includes('出口') ? [4, 5] : q.includes('1') ? [] : [4, 5, 6]));
    }
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM search_documents`.execute(db);
    expect(rows[0]!.n).toBeGreaterThan(3000);
  });

  it('survive arbitrary strings', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 300 }), async (q) => {
        const result = await search(q);
        expect(Array.isArray(result.hits)).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});

describe('index maintenance', () => {
  it('replaces a record on re-index and forgets it on removal', async () => {
    await indexDocument(db, doc(500, '旧标题熊猫基地', { b: '熊猫' }));
    expect(await handWritten('熊猫基地')).toEqual([500]);
    await db.transaction().execute((trx) => indexDocument(trx, doc(500, '新标题雪豹基地', { b: '雪豹' })));
    expect(await handWritten('熊猫')).toEqual([]);
    expect(await handWritten('雪豹')).toEqual([500]);
    await removeDocument(db, 'innovation', 500);
    expect(await handWritten('雪豹')).toEqual([]);
    await removeDocument(db, 'innovation', 500);
  });

  it('keeps entity types apart', async () => {
    await indexDocument(db, doc(600, '牦牛平台', {}, { entityType: 'platform', facets: { domain: undefined, task: undefined, year: undefined, status: 'operating', type: 'port' } }));
    expect(await handWritten('牦牛平台')).not.toContain(600);
    const platforms = await searchDocuments(db, { q: '牦牛', entityType: 'platform', visibility: PUBLIC, limit: 10, offset: 0 });
    expect(platforms.hits.map((h) => h.entityId)).toEqual([600]);
    await removeDocument(db, 'platform', 600);
  });
});

describe('near-duplicates', () => {
  const resubmission = {
    title: '包装材料免税循环进入综保区试点',
    body: '针对包装材料在综保区之间流转需要反复报关、缴纳税费的问题，内江海关与锦城海关合作开展包装材料免税循环进入综保区试点，减少申报次数。',
  };

  it('flags a reworded resubmission from any zone, with a high score', async () => {
    const matches = await findSimilar(db, { entityType: 'innovation', text: resubmission, visibility: DEYANG_STAFF, limit: 5 });
    expect(matches[0]).toMatchObject({ entityId: 13 });
    expect(matches[0]!.score).toBeGreaterThan(0.6);
  });

  it('does not flag unrelated records, nor the record itself', async () => {
    const unrelated = await findSimilar(db, { entityType: 'innovation', text: { title: '知识产权类型化案件快审机制', body: '成都中级人民法院对知识产权案件实行类型化快审。' }, visibility: PROVINCE, limit: 5 });
    expect(unrelated.map((m) => m.entityId)).not.toContain(13);
    const self = await findSimilar(db, { entityType: 'innovation', text: resubmission, excludeId: 13, visibility: PROVINCE, limit: 5 });
    expect(self.map((m) => m.entityId)).not.toContain(13);
    expect(await findSimilar(db, { entityType: 'innovation', text: { title: '的', body: '' }, visibility: PROVINCE, limit: 5 })).toEqual([]);
  });

  it('respects visibility', async () => {
    await indexDocument(db, doc(700, '包装材料免税循环进综合保税区试点（内部稿）', { b: PACKAGING_BODY }, { isPublic: false, facets: { status: 'draft' }, zonePath: DEYANG }));
    const forPublic = await findSimilar(db, { entityType: 'innovation', text: resubmission, visibility: PUBLIC, limit: 5 });
    const forDeyang = await findSimilar(db, { entityType: 'innovation', text: resubmission, visibility: DEYANG_STAFF, limit: 5 });
    expect(forPublic.map((m) => m.entityId)).not.toContain(700);
    expect(forDeyang.map((m) => m.entityId)).toContain(700);
    await removeDocument(db, 'innovation', 700);
  });
});

describe('query plans', () => {
  /** Captures the SQL that searchDocuments runs, to EXPLAIN it exactly. */
  async function plansOf(q: string): Promise<string> {
    const captured: CompiledQuery[] = [];
    const spy: KyselyPlugin = {
      transformQuery: (args) => {
        captured.push(db.getExecutor().compileQuery(args.node, args.queryId));
        return args.node;
      },
      transformResult: async (args) => args.result,
    };
    await searchDocuments(db.withPlugin(spy), { q, entityType: 'innovation', visibility: PUBLIC, limit: 20, offset: 0 });
    // The zone names (and, for several words, the word frequencies) are read first; the search itself comes last.
    const main = captured[captured.length - 1]!;
    const { rows } = await db.executeQuery<{ 'QUERY PLAN': string }>(CompiledQuery.raw(`EXPLAIN ${main.sql}`, [...main.parameters]));
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  }

  it('keeps the statement bounded for a long query of many words that no record holds together', async () => {
    const captured: CompiledQuery[] = [];
    const spy: KyselyPlugin = {
      transformQuery: (args) => {
        captured.push(db.getExecutor().compileQuery(args.node, args.queryId));
        return args.node;
      },
      transformResult: async (args) => args.result,
    };
    const q = '跨境电子商务综合试验区 中欧国际班列集拼集运 综合保税区保税研发中心 外商投资准入负面清单 知识产权质押融资 成渝地区双城经济圈人民银行';
    const result = await searchDocuments(db.withPlugin(spy), { q, entityType: 'innovation', visibility: PUBLIC, limit: 20, offset: 0 });
    expect(result.hits.length).toBeGreaterThan(0);
    for (const statement of captured) expect(statement.parameters.length).toBeLessThan(2000);
  });

  it('reads 1- and 2-character queries through the gram indexes, never by a sequential scan', async () => {
    const { rows } = await db.executeQuery<{ n: number }>(CompiledQuery.raw('SELECT count(*)::int AS n FROM search_documents'));
    expect(rows[0]!.n).toBeGreaterThan(3000);
    for (const q of ['牦', '牦牛', '酒', '葡萄', '仓', '税研']) {
      const plan = await plansOf(q);
      expect(plan, `${q}\n${plan}`).not.toMatch(/Seq Scan on search_documents/);
      expect(plan, `${q}\n${plan}`).toMatch(/Bitmap Index Scan on search_documents_grams_idx/);
      expect(plan, `${q}\n${plan}`).toMatch(/Bitmap Index Scan on search_documents_title_grams_idx/);
    }
  });
});
