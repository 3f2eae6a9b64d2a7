/**
 * The overview's rollup (indicator_latest, migration 0029) against the raw aggregation over every
 * value: after random sequences of entries, corrections and publications through the API
 * (fast-check), after an Excel import's commit, and after values written straight into the table
 * (the demo loader's way); and the overview read from it against the same aggregation.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFilesTestApp, type FilesTestApp } from '../../testing/files-test-app.js';
import { buildZone } from '../../testing/factories.js';
import { commitImport, previewIndicators } from '../imports/indicators/indicator-test-support.js';

let t: FilesTestApp;
let parent: { id: number; name: string };
const zones: { id: number; name: string }[] = [];
const CODES = ['rollup_test_trade', 'rollup_test_firms'];
const PERIODS = ['2019', '2020', '2021'];

type Pair = { indicator: number; zone: number; current: number | null; published: number | null; current_figure: string | null; published_figure: string | null };

/** The raw aggregation: per (indicator, zone), the current version of the last period, and the last published version of the last period that has one. */
async function rawLatest(): Promise<Pair[]> {
  const { rows } = await sql<Pair>`
    SELECT k.indicator_id AS indicator, k.zone_id AS zone, c.id AS current, p.id AS published,
      concat_ws('|', c.period, c.value::text, c.qualifier, c.is_sample) AS current_figure, concat_ws('|', p.period, p.value::text, p.qualifier, p.is_sample) AS published_figure
    FROM (SELECT DISTINCT indicator_id, zone_id FROM indicator_values) k
    LEFT JOIN (SELECT DISTINCT ON (indicator_id, zone_id) * FROM indicator_values
               WHERE superseded_at IS NULL ORDER BY indicator_id, zone_id, period DESC) c USING (indicator_id, zone_id)
    LEFT JOIN (SELECT DISTINCT ON (indicator_id, zone_id) * FROM indicator_values
               WHERE published_at IS NOT NULL ORDER BY indicator_id, zone_id, period DESC, id DESC) p USING (indicator_id, zone_id)
    ORDER BY 1, 2`.execute(t.database.db);
  return rows;
}

async function rollup(): Promise<Pair[]> {
  const { rows } = await sql<Pair>`
    SELECT indicator_id AS indicator, zone_id AS zone, current_value_id AS current, published_value_id AS published,
      concat_ws('|', current_period, current_value::text, current_qualifier, current_is_sample) AS current_figure,
      concat_ws('|', published_period, published_value::text, published_qualifier, published_is_sample) AS published_figure
    FROM indicator_latest ORDER BY 1, 2`.execute(t.database.db);
  return rows;
}

async function expectRollupEqualsRaw() {
  expect(await rollup()).toEqual(await rawLatest());
}

/** The overview as the API answers it, reduced to (zone, figures as text). */
async function overviewFigures(user: 'admin' | null) {
  const url = user ? '/api/indicators/overview' : '/api/public/indicators/overview';
  const response = await t.call(user, { method: 'GET', url: `${url}?indicators=${CODES.join(',')}&parent=${parent.id}` });
  expect(response.statusCode, response.body).toBe(200);
  return (response.json().rows as { zoneId: number; figures: ({ period: string; value: string } | null)[] }[]).map((row) => [row.zoneId, row.figures.map((f) => (f ? `${f.period}=${f.value}` : null))]);
}

/** What the overview should show, from the raw aggregation. */
async function expectedFigures(kind: 'current' | 'published') {
  const raw = await rawLatest();
  const ids = await t.database.db.selectFrom('indicator_definitions').select(['id', 'code']).where('code', 'in', CODES).execute();
  const idOf = new Map(ids.map((d) => [d.code, d.id]));
  const values = new Map((await t.database.db.selectFrom('indicator_values').select(['id', 'period', sql<string>`value::text`.as('value')]).execute()).map((v) => [v.id, `${v.period}=${v.value}`]));
  return zones.map((zone) => [zone.id, CODES.map((code) => {
    const pair = raw.find((p) => p.indicator === idOf.get(code) && p.zone === zone.id);
    const id = pair?.[kind];
    return id ? values.get(id)! : null;
  })]);
}

beforeAll(async () => {
  t = await createFilesTestApp();
  parent = await buildZone(t);
  for (let i = 0; i < 3; i++) zones.push(await buildZone(t, { parentId: parent.id }));
  for (const [i, code] of CODES.entries()) {
    const payload = { code, nameZh: `汇总测试${i}`, nameEn: `Rollup test ${i}`, unit: i === 0 ? 'cny_100m' : 'firm', periodKind: 'year', combine: 'sum' };
    const created = await t.call('admin', { method: 'POST', url: '/api/indicators', payload });
    expect(created.statusCode, created.body).toBe(201);
  }
});
afterAll(() => t.close());

const Op = fc.oneof(
  fc.record({ kind: fc.constant('record' as const), indicator: fc.nat(1), zone: fc.nat(2), period: fc.nat(2), value: fc.integer({ min: 1, max: 999 }) }),
  fc.record({ kind: fc.constant('correct' as const), pick: fc.nat(), value: fc.integer({ min: 1, max: 999 }) }),
  fc.record({ kind: fc.constant('publish' as const), pick: fc.nat() }),
);

/** Runs one operation through the API; an entry of a key that has a current value is refused (409) and changes nothing. */
type Operation = typeof Op extends fc.Arbitrary<infer T> ? T : never;
async function apply(op: Operation) {
  const current = await t.database.db.selectFrom('indicator_values').select(['id', 'published_at']).where('superseded_at', 'is', null).orderBy('id').execute();
  if (op.kind === 'record') {
    const indicator = CODES[op.indicator]!;
    const payload = { values: [{ indicator, zoneId: zones[op.zone]!.id, period: PERIODS[op.period]!, value: String(op.value), unit: op.indicator === 0 ? 'cny_100m' : 'firm', source: '测试来源' }] };
    const response = await t.call('admin', { method: 'POST', url: '/api/indicator-values', payload });
    expect([201, 409], response.body).toContain(response.statusCode);
  } else if (current.length > 0) {
    const target = current[op.pick % current.length]!;
    const response = op.kind === 'correct'
      ? await t.call('admin', { method: 'POST', url: `/api/indicator-values/${target.id}/correct`, payload: { value: String(op.value + 1000), unit: 'cny_100m', reason: '核对' } })
      : await t.call('admin', { method: 'POST', url: '/api/indicator-values/publish', payload: { ids: [target.id] } });
    expect([200, 201, 400, 409], response.body).toContain(response.statusCode);
  }
}

describe('indicator_latest equals the raw aggregation', () => {
  it('after random entries, corrections and publications (fast-check), and the overview reads it', async () => {
    // Each indicator has a value (the public overview of an indicator with nothing published is 404).
    for (const indicator of [0, 1]) await apply({ kind: 'record', indicator, zone: 0, period: 0, value: 1 });
    await fc.assert(
      fc.asyncProperty(fc.array(Op, { minLength: 1, maxLength: 8 }), async (ops) => {
        for (const op of ops) await apply(op);
        await expectRollupEqualsRaw();
      }),
      { numRuns: 25 },
    );
    expect((await rollup()).length).toBeGreaterThan(0);
    expect(await overviewFigures('admin')).toEqual(await expectedFigures('current'));
    // Every current version published (one request, several pairs): the public sees what staff see.
    const unpublished = await t.database.db.selectFrom('indicator_values').select('id').where('superseded_at', 'is', null).where('published_at', 'is', null).execute();
    if (unpublished.length) expect((await t.call('admin', { method: 'POST', url: '/api/indicator-values/publish', payload: { ids: unpublished.map((r) => r.id) } })).statusCode).toBe(200);
    await expectRollupEqualsRaw();
    expect(await overviewFigures(null)).toEqual(await overviewFigures('admin'));
  });

  it('after an Excel import commit (zones × indicators, a later period)', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('2022年');
    sheet.addRow(['区域', '汇总测试0（亿元）', '汇总测试1（家）']);
    for (const [i, zone] of zones.entries()) sheet.addRow([zone.name, 10 + i, 3 + i]);
    const preview = await previewIndicators(t, 'admin', Buffer.from(await workbook.xlsx.writeBuffer()), '测试统计公报');
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({ okCount: 3, errorCount: 0 });
    const committed = await commitImport(t, 'admin', preview.json().importId);
    expect(committed.statusCode, committed.body).toBe(200);
    await expectRollupEqualsRaw();
    expect((await overviewFigures('admin')).map(([, figures]) => figures)).toEqual(zones.map((_, i) => [`2022=${10 + i}`, `2022=${3 + i}`]));
  });

  it('after values written straight into the table, several in one statement, and a deletion', async () => {
    const definitions = await t.database.db.selectFrom('indicator_definitions').select('id').where('code', 'in', CODES).execute();
    const inserted = await t.database.db
      .insertInto('indicator_values')
      .values(definitions.flatMap((d) => zones.map((zone, i) => ({ indicator_id: d.id, zone_id: zone.id, period: '2023', value: String(50 + i), source: '测试来源', published_at: new Date() }))))
      .returning('id')
      .execute();
    await expectRollupEqualsRaw();
    expect(await overviewFigures(null)).toEqual(await expectedFigures('published'));
    await t.database.db.deleteFrom('indicator_values').where('id', '=', inserted[0]!.id).execute();
    await expectRollupEqualsRaw();
  });
});
