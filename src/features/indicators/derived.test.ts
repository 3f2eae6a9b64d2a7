/**
 * GET /api/indicators/:code/derived on a real database: the figures computed from stored values
 * with their inputs (hand-computed here), in the viewer's scope. The yearly series reproduces
 * the article's 宜宾 statement — 年均增长90.7% — from 示例 inputs 33.0 / 62.9 / 120.0 亿元.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, buildZone } from '../../testing/factories.js';
import { createTestApp, type TestApp, type TestUser } from '../../testing/test-app.js';
import type { DerivedFigureDto } from './indicators.schema.js';

let t: TestApp;
let parent: { id: number };
let zoneA: { id: number };
let zoneB: { id: number };
let zoneC: { id: number };
let office: TestUser;
let staffA: TestUser;
let staffB: TestUser;
const CODE = 'test_derived_trade';
const SOURCE = '《测试通报》（测试供稿, 2026）';

beforeAll(async () => {
  t = await createTestApp();
  parent = await buildZone(t);
  [zoneA, zoneB, zoneC] = [await buildZone(t, { parentId: parent.id }), await buildZone(t, { parentId: parent.id }), await buildZone(t, { parentId: parent.id })];
  office = await buildUser(t, { role: 'province_admin' });
  staffA = await buildUser(t, { role: 'zone_staff', zoneId: zoneA.id });
  staffB = await buildUser(t, { role: 'zone_staff', zoneId: zoneB.id });
  const created = await t.call(office, { method: 'POST', url: '/api/indicators', payload: { code: CODE, nameZh: '测试外贸', nameEn: 'Test trade', unit: 'cny_100m', periodKind: 'year', combine: 'sum' } });
  expect(created.statusCode, created.body).toBe(201);
  const value = (zoneId: number, period: string, v: string, qualifier: string | null = null) => ({ indicator: CODE, zoneId, period, value: v, unit: 'cny_100m', qualifier, source: SOURCE });
  const recorded = await t.call(office, {
    method: 'POST',
    url: '/api/indicator-values',
    payload: {
      values: [
        value(zoneA.id, '2018', '33.0'), value(zoneA.id, '2019', '62.9'), value(zoneA.id, '2020', '120.0'),
        value(zoneB.id, '2019', '70'), value(zoneB.id, '2020', '100'),
        value(zoneC.id, '2019', '80'), value(zoneC.id, '2020', '130', 'about'),
        value(parent.id, '2020', '125'),
      ],
    },
  });
  expect(recorded.statusCode, recorded.body).toBe(201);
});
afterAll(() => t.close());

const derived = (user: TestUser, query: string) => t.call(user, { method: 'GET', url: `/api/indicators/${CODE}/derived?${query}` });
const byMethod = (figures: DerivedFigureDto[]) => new Map(figures.map((f) => [f.method, f]));

describe('derived figures', () => {
  it('gives 同比, both 年均增长, the share of the parent and the rank among siblings with its change, each with its inputs', async () => {
    const answer = await derived(office, `zone=${zoneA.id}&period=2020`);
    expect(answer.statusCode, answer.body).toBe(200);
    const body = answer.json() as { value: { id: number; value: string }; figures: DerivedFigureDto[] };
    expect(body.value.value).toBe('120');
    const figures = byMethod(body.figures);
    // 120 ÷ 62.9 − 1 = 90.779…%; ((120 ÷ 33)^(1/2) − 1) = 90.692…%; mean of 90.606…% and 90.779…% = 90.692…%.
    expect(figures.get('yoy_growth')).toMatchObject({ value: '90.8', unit: 'percent', approximate: false });
    expect(figures.get('cagr')).toMatchObject({ value: '90.7' });
    expect(figures.get('mean_growth')).toMatchObject({ value: '90.7' });
    expect(figures.get('cagr')!.inputs.map((i) => i.period)).toEqual(['2018', '2020']);
    // 120 of the parent's 125 = 96%.
    expect(figures.get('share')).toMatchObject({ value: '96' });
    expect(figures.get('share')!.inputs.map((i) => i.zoneId)).toEqual([zoneA.id, parent.id]);
    // 2020: C 约130, A 120, B 100 → A second of three; 2019: C 80, B 70, A 62.9 → third. Climbed one place; C's 约 makes the order approximate.
    expect(figures.get('rank')).toMatchObject({ value: '2', approximate: true });
    expect(figures.get('rank')!.params).toContainEqual({ name: 'of', value: '3' });
    expect(figures.get('rank_change')).toMatchObject({ value: '1' });
    expect(figures.get('yoy_growth')!.inputs[0]!.valueId).toBe(body.value.id);
  });

  it('is scoped: zone staff get no rank among zones they cannot see, another zone\'s staff 404', async () => {
    const own = await derived(staffA, `zone=${zoneA.id}&period=2020`);
    expect(own.statusCode, own.body).toBe(200);
    const methods = (own.json() as { figures: DerivedFigureDto[] }).figures.map((f) => f.method);
    expect(methods).toContain('yoy_growth');
    expect(methods).not.toContain('rank');
    expect(methods).not.toContain('share');
    expect((await derived(staffB, `zone=${zoneA.id}&period=2020`)).statusCode).toBe(404);
    expect((await t.call(null, { method: 'GET', url: `/api/indicators/${CODE}/derived?zone=${zoneA.id}&period=2020` })).statusCode).toBe(401);
  });

  it('leaves out what the data does not allow and refuses a period of the wrong kind', async () => {
    const first = await derived(office, `zone=${zoneA.id}&period=2018`);
    expect(first.statusCode, first.body).toBe(200);
    expect((first.json() as { figures: DerivedFigureDto[] }).figures).toEqual([]);
    const since2019 = byMethod((await derived(office, `zone=${zoneA.id}&period=2020&from=2019`)).json().figures);
    expect(since2019.get('cagr')).toMatchObject({ value: '90.8' });
    expect((await derived(office, `zone=${zoneA.id}&period=2020-05`)).statusCode).toBe(400);
    expect((await derived(office, `zone=${zoneA.id}&period=2020&from=2020`)).statusCode).toBe(400);
  });
});
