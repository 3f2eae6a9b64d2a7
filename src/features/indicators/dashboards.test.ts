/**
 * 指标看板 against hand-computed cases: the formation ranking (competition ranks, the previous
 * period's ranks and the places climbed), scope for staff and publication for the public, the
 * comparison series, monthly values derived from 累计值 with their gaps, the overview beside the
 * innovation counts, the .xlsx exports (same rows, qualifiers written back) and the refusals.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, buildZone } from '../../testing/factories.js';
import { createTestApp, type TestApp, type TestUser } from '../../testing/test-app.js';

let t: TestApp;
let parent: { id: number; name: string };
let a: { id: number; name: string };
let b: { id: number; name: string };
let c: { id: number; name: string };
let staffA: TestUser;
let office: TestUser;
const YEARLY = 'dash_test_trade';
const MONTHLY = 'dash_test_trade_ytd';
const HIDDEN = 'dash_test_unpublished';

async function define(code: string, periodKind: 'year' | 'month', cumulative: boolean) {
  const row = await t.database.db
    .insertInto('indicator_definitions')
    .values({ code, name_zh: `看板测试${code}`, name_en: `Dashboard test ${code}`, unit: 'cny_100m', period_kind: periodKind, combine: 'sum', cumulative })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function value(indicatorId: number, zoneId: number, period: string, v: string, options: { qualifier?: 'about'; published?: boolean; sample?: boolean } = {}) {
  await t.database.db
    .insertInto('indicator_values')
    .values({
      indicator_id: indicatorId, zone_id: zoneId, period, value: v, qualifier: options.qualifier ?? null, source: '测试来源', is_sample: options.sample ?? false,
      published_at: options.published === false ? null : new Date(),
    })
    .execute();
}

beforeAll(async () => {
  t = await createTestApp();
  parent = await buildZone(t);
  a = await buildZone(t, { parentId: parent.id });
  b = await buildZone(t, { parentId: parent.id });
  c = await buildZone(t, { parentId: parent.id });
  staffA = await buildUser(t, { role: 'zone_staff', zoneId: a.id });
  office = await buildUser(t, { role: 'province_admin' });
  const yearly = await define(YEARLY, 'year', false);
  // 2020: B 约20 > C 15 > A 10. 2021: A 30 = C 30 > B 20 (C's 2021 is not published).
  await value(yearly, a.id, '2020', '10');
  await value(yearly, b.id, '2020', '20', { qualifier: 'about' });
  await value(yearly, c.id, '2020', '15');
  await value(yearly, a.id, '2021', '30');
  await value(yearly, b.id, '2021', '20', { sample: true });
  await value(yearly, c.id, '2021', '30', { published: false });
  const monthly = await define(MONTHLY, 'month', true);
  await value(monthly, a.id, '2021-01', '2');
  await value(monthly, a.id, '2021-02', '5');
  await value(monthly, a.id, '2021-03', '9', { qualifier: 'about' });
  await value(monthly, a.id, '2021-05', '14');
  const hidden = await define(HIDDEN, 'year', false);
  await value(hidden, a.id, '2021', '1', { published: false });
});
afterAll(() => t.close());

const get = (user: TestUser | null, url: string, lang: 'zh' | 'en' = 'zh') => t.call(user, { method: 'GET', url, lang });
type Item = { zoneId: number; rank: number; previousRank: number | null; rankChange: number | null; value: { text: string; isSample: boolean } };

describe('the formation ranking (雁阵)', () => {
  it('ranks the children of a parent with ties sharing a rank, and the places climbed since the previous period (office)', async () => {
    const response = await get(office, `/api/indicators/${YEARLY}/ranking?period=2021&parent=${parent.id}`);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ period: '2021', previousPeriod: '2020', of: 3, parent: { zoneId: parent.id }, unranked: [] });
    const items = body.items as Item[];
    expect(items.map((i) => [i.zoneId, i.rank, i.previousRank, i.rankChange])).toEqual([
      [a.id, 1, 3, 2],
      [c.id, 1, 2, 1],
      [b.id, 3, 1, -2],
    ]);
    expect(items[0]!.value.text).toBe('30亿元');
    expect(items[2]!.value.isSample).toBe(true);
  });

  it('the public ranks published values only: C unranked, B second', async () => {
    const body = (await get(null, `/api/public/indicators/${YEARLY}/ranking?period=2021&parent=${parent.id}`)).json();
    expect((body.items as Item[]).map((i) => [i.zoneId, i.rank, i.previousRank, i.rankChange])).toEqual([
      [a.id, 1, 3, 2],
      [b.id, 2, 1, -1],
    ]);
    expect(body.unranked).toEqual([{ zoneId: c.id, zoneName: c.name }]);
    const before = (await get(null, `/api/public/indicators/${YEARLY}/ranking?period=2020&parent=${parent.id}`)).json();
    expect((before.items as Item[]).find((i) => i.zoneId === b.id)!.value.text).toBe('约20亿元');
  });

  it("a zone's staff rank within their scope only", async () => {
    const body = (await get(staffA, `/api/indicators/${YEARLY}/ranking?period=2021&parent=${parent.id}`)).json();
    expect((body.items as Item[]).map((i) => i.zoneId)).toEqual([a.id]);
    expect(body.unranked).toEqual([]);
  });
});

describe('comparison, trend and overview', () => {
  it('series: each zone its values over the range, qualifiers written back', async () => {
    const body = (await get(office, `/api/indicators/${YEARLY}/series?zones=${a.id},${b.id}&from=2020&to=2021`)).json();
    expect(body.periods).toEqual(['2020', '2021']);
    expect(body.zones.map((z: { values: { text: string }[] }) => z.values.map((v) => v.text))).toEqual([['10亿元', '30亿元'], ['约20亿元', '20亿元']]);
    expect((await get(staffA, `/api/indicators/${YEARLY}/series?zones=${b.id}`)).statusCode).toBe(404);
  });

  it('trend: monthly values from 累计值 (approximate after a qualified one), a gap names what it lacks', async () => {
    const body = (await get(null, `/api/public/indicators/${MONTHLY}/trend?zone=${a.id}`)).json();
    expect(body.derivesPeriodic).toBe(true);
    expect(body.points.map((p: { period: string; periodic: string | null; periodicText: string | null; missing: string[] }) => [p.period, p.periodic, p.periodicText, p.missing])).toEqual([
      ['2021-01', '2', '2亿元', []],
      ['2021-02', '3', '3亿元', []],
      ['2021-03', '4', '约4亿元', []],
      ['2021-04', null, null, ['2021-04']],
      ['2021-05', null, null, ['2021-04']],
    ]);
  });

  it("overview: each child's latest figure beside its innovation counts; staff see their own zone only", async () => {
    const body = (await get(null, `/api/public/indicators/overview?indicators=${YEARLY},${MONTHLY}&parent=${parent.id}`)).json();
    expect(body.rows.map((r: { zoneId: number; figures: ({ period: string; text: string } | null)[]; recognized: number }) => [r.zoneId, r.figures.map((f) => f && `${f.period}:${f.text}`), r.recognized])).toEqual([
      [a.id, ['2021:30亿元', '2021-05:14亿元'], 0],
      [b.id, ['2021:20亿元', null], 0],
      [c.id, ['2020:15亿元', null], 0],
    ]);
    const own = (await get(staffA, `/api/indicators/overview?indicators=${YEARLY}&parent=${parent.id}`)).json();
    expect(own.rows.map((r: { zoneId: number }) => r.zoneId)).toEqual([a.id]);
  });
});

describe('exports and refusals', () => {
  it('the ranking as .xlsx: the table rows, headers in the request language, 约 kept', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const response = await get(null, `/api/public/indicators/${YEARLY}/ranking.xlsx?period=2020&parent=${parent.id}`, lang);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toContain('spreadsheetml');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0]!;
      const row = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
      expect(row(2)[0]).toBe(lang === 'zh' ? '排名' : 'Rank');
      expect(row(3)).toEqual([1, b.name, lang === 'zh' ? '约20亿元' : expect.stringMatching(/^about /)]);
      expect(row(5)).toEqual([3, a.name, lang === 'zh' ? '10亿元' : expect.any(String)]);
    }
  });

  it('refuses bad input with a localised 400 and hides what the public may not see', async () => {
    const cases: [TestUser | null, string, number][] = [
      [office, `/api/indicators/${YEARLY}/ranking?period=2021-01`, 400],
      [office, `/api/indicators/${YEARLY}/series?zones=abc`, 400],
      [office, `/api/indicators/${YEARLY}/series?zones=${a.id}&from=2021&to=2020`, 400],
      [office, `/api/indicators/overview?indicators=BAD`, 400],
      [null, `/api/indicators/${YEARLY}/ranking?period=2021`, 401],
      [null, `/api/public/indicators/${HIDDEN}/ranking?period=2021`, 404],
      [null, `/api/public/indicators/no_such_code/trend?zone=${a.id}`, 404],
      [office, `/api/indicators/${YEARLY}/ranking?period=2021&parent=999999999`, 404],
    ];
    for (const [user, url, status] of cases) {
      const response = await get(user, url);
      expect(response.statusCode, `${url}: ${response.body}`).toBe(status);
      expect(response.json().error.message).toMatch(/[\u4e00-\u9fa5]/);
    }
  });
});
