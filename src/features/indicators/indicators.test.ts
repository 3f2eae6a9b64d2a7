/**
 * Indicator values through the API on a real database: entry with exact unit conversion, the
 * refusals (which change nothing), corrections that keep every version, the as-of view, scope
 * and publication. Records come from the factories (own zones, own accounts, own indicator).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { buildUser, buildZone } from '../../testing/factories.js';
import { createTestApp, type TestApp, type TestUser } from '../../testing/test-app.js';

let t: TestApp;
let zoneA: { id: number; path: string; name: string };
let zoneB: { id: number; path: string; name: string };
let staffA: TestUser;
let staffB: TestUser;
let office: TestUser;
const CODE = 'test_trade_total';
const SOURCE = '《测试通报》（测试供稿, 2026）';

beforeAll(async () => {
  t = await createTestApp();
  zoneA = await buildZone(t);
  zoneB = await buildZone(t);
  staffA = await buildUser(t, { role: 'zone_staff', zoneId: zoneA.id });
  staffB = await buildUser(t, { role: 'zone_staff', zoneId: zoneB.id });
  office = await buildUser(t, { role: 'province_admin' });
  const created = await t.call(office, {
    method: 'POST',
    url: '/api/indicators',
    payload: { code: CODE, nameZh: '测试外贸进出口', nameEn: 'Test trade', unit: 'cny_100m', periodKind: 'year', combine: 'sum' },
  });
  expect(created.statusCode, created.body).toBe(201);
});
afterAll(() => t.close());

type Value = { id: number; value: string; period: string; zoneId: number; qualifier: string | null; correctionReason: string | null; supersededBy: number | null; publishedAt: string | null };

async function snapshot() {
  const db = t.database.db;
  const [values, definitions, audit] = await Promise.all([
    db.selectFrom('indicator_values').select([sql<string>`value::text`.as('value'), 'id', 'superseded_at', 'published_at']).orderBy('id').execute(),
    db.selectFrom('indicator_definitions').selectAll().orderBy('id').execute(),
    db.selectFrom('audit_log').select('id').where('type', 'like', 'indicator%').orderBy('id').execute(),
  ]);
  return JSON.stringify({ values, definitions, audit: audit.length });
}

const post = (user: TestUser, values: Record<string, unknown>[], lang: 'zh' | 'en' = 'zh') =>
  t.call(user, { method: 'POST', url: '/api/indicator-values', payload: { values }, lang });
const entry = (period: string, value: string, unit = 'cny_100m', zoneId = zoneA.id) => ({ indicator: CODE, zoneId, period, value, unit, source: SOURCE });
const values = async (user: TestUser | null, query = '') => (await t.call(user, { method: 'GET', url: `/api/indicators/${CODE}/values${query}` }));

describe('entering values', () => {
  it('stores a figure given in another unit of the same dimension exactly (116000 万元 is 11.6 亿元)', async () => {
    const inWan = await post(staffA, [entry('2020', '116000', 'cny_10k')]);
    expect(inWan.statusCode, inWan.body).toBe(201);
    const inYi = await post(staffA, [entry('2019', '11.6', 'cny_100m')]);
    expect(inYi.statusCode, inYi.body).toBe(201);
    expect(inWan.json().items[0]).toMatchObject({ value: '11.6', unit: 'cny_100m', period: '2020' });
    const stored = await t.database.db
      .selectFrom('indicator_values')
      .select([sql<string>`value::text`.as('text'), sql<boolean>`value = 11.6`.as('exact')])
      .where('id', 'in', [inWan.json().items[0].id, inYi.json().items[0].id])
      .execute();
    expect(stored).toEqual([{ text: '11.6', exact: true }, { text: '11.6', exact: true }]);
    const audit = await t.database.db.selectFrom('audit_log').select('after').where('type', '=', 'indicator_value.recorded').where('entity_id', '=', String(inWan.json().items[0].id)).executeTakeFirstOrThrow();
    expect(audit.after).toMatchObject({ value: '11.6', entered: { value: '116000', unit: 'cny_10k' } });
  });

  it('keeps the qualifier with the value (约110万元)', async () => {
    const response = await post(staffA, [{ ...entry('2018', '0.011', 'cny_100m'), qualifier: 'about' }]);
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().items[0]).toMatchObject({ value: '0.011', qualifier: 'about' });
  });

  it.each([
    ['another dimension (美元 into 亿元)', () => [entry('2021', '5', 'usd_10k')], 400, 'INDICATOR_UNIT_INCOMPATIBLE', /万美元.*亿元/],
    ['a period of another kind', () => [entry('2021Q3', '5')], 400, 'INDICATOR_PERIOD_KIND', /2021Q3/],
    ['a second current value of the same key', () => [entry('2020', '12')], 409, 'INDICATOR_VALUE_EXISTS', /更正/],
    ['the same key twice in one request', () => [entry('2022', '1'), entry('2022', '2')], 400, 'INDICATOR_VALUE_REPEATED', /不止一次/],
    ['a good value followed by a bad one (all or nothing)', () => [entry('2023', '1'), entry('2024', '1', 't')], 400, 'INDICATOR_UNIT_INCOMPATIBLE', /吨/],
    ['an unknown indicator', () => [{ ...entry('2021', '1'), indicator: 'no_such_indicator' }], 400, 'INDICATOR_UNKNOWN', /no_such_indicator/],
    ['a value with its unit in the text', () => [entry('2021', '11.6亿元')], 400, 'VALIDATION_FAILED', /单位/],
    ['a zone outside the scope', () => [entry('2021', '1', 'cny_100m', 0)], 400, 'VALIDATION_FAILED', /./],
  ] as const)('refuses %s, localised, and changes nothing', async (_what, body, status, code, message) => {
    const before = await snapshot();
    const response = await post(staffA, body());
    expect(response.statusCode, response.body).toBe(status);
    expect(response.json().error.code).toBe(code);
    expect(JSON.stringify(response.json().error)).toMatch(message);
    expect(await snapshot()).toBe(before);
  });

  it('words the unit refusal in English too', async () => {
    const response = await post(staffA, [entry('2021', '5', 'usd_100m')], 'en');
    expect(response.json().error.message).toContain('100m US dollars');
    expect(response.json().error.message).toContain('100m yuan');
  });
});

describe('scope', () => {
  it("another zone's staff get 404 for the zone, see none of its values, and cannot enter values there", async () => {
    const before = await snapshot();
    expect((await values(staffB, `?zone=${zoneA.id}`)).statusCode).toBe(404);
    const own = await values(staffB);
    expect(own.statusCode).toBe(200);
    expect(own.json().items.every((v: Value) => v.zoneId === zoneB.id)).toBe(true);
    const refused = await post(staffB, [entry('2025', '1')]);
    expect(refused.statusCode).toBe(404);
    expect(await snapshot()).toBe(before);
  });

  it('the province office sees every zone; the public and roles without a zone may not read staff views', async () => {
    const all = (await values(office)).json().items as Value[];
    expect(all.some((v) => v.zoneId === zoneA.id)).toBe(true);
    expect((await values(null)).statusCode).toBe(401);
    const judge = await buildUser(t, { role: 'judge' });
    expect((await values(judge)).statusCode).toBe(403);
  });
});

describe('corrections and the view as of a date', () => {
  let original: Value;
  beforeAll(async () => {
    original = (await post(staffA, [entry('2017', '7.5')])).json().items[0];
    // Recorded in the past: the correction below comes after 2025-06-30.
    await t.database.db.updateTable('indicator_values').set({ recorded_at: new Date('2025-03-01T02:00:00Z') }).where('id', '=', original.id).execute();
  });

  it('needs a reason, and refuses a correction that changes nothing', async () => {
    const before = await snapshot();
    const noReason = await t.call(staffA, { method: 'POST', url: `/api/indicator-values/${original.id}/correct`, payload: { value: '7.6', unit: 'cny_100m' } });
    expect(noReason.statusCode).toBe(400);
    const blank = await t.call(staffA, { method: 'POST', url: `/api/indicator-values/${original.id}/correct`, payload: { value: '7.6', unit: 'cny_100m', reason: '   ' } });
    expect(blank.statusCode).toBe(400);
    const same = await t.call(staffA, { method: 'POST', url: `/api/indicator-values/${original.id}/correct`, payload: { value: '75000', unit: 'cny_10k', reason: '核对' } });
    expect(same.statusCode).toBe(409);
    expect(same.json().error.code).toBe('INDICATOR_CORRECTION_UNCHANGED');
    expect(await snapshot()).toBe(before);
  });

  it('keeps the old version, and the view at a date before the correction is unchanged', async () => {
    const corrected = await t.call(staffA, {
      method: 'POST',
      url: `/api/indicator-values/${original.id}/correct`,
      payload: { value: '7.8', unit: 'cny_100m', reason: '据统计局年报修订' },
    });
    expect(corrected.statusCode, corrected.body).toBe(201);
    const { value: next, previous } = corrected.json() as { value: Value; previous: Value };
    expect(next).toMatchObject({ value: '7.8', correctionReason: '据统计局年报修订', supersededBy: null });
    expect(previous).toMatchObject({ id: original.id, value: '7.5', supersededBy: next.id });

    const at = async (asOf?: string) => ((await values(staffA, `?zone=${zoneA.id}&from=2017&to=2017${asOf ? `&asOf=${asOf}` : ''}`)).json().items as Value[]).map((v) => v.value);
    expect(await at('2025-06-30')).toEqual(['7.5']);
    expect(await at()).toEqual(['7.8']);
    expect(await at('2025-02-28')).toEqual([]);

    const history = await t.call(staffA, { method: 'GET', url: `/api/indicators/${CODE}/history?zone=${zoneA.id}&period=2017` });
    expect(history.statusCode).toBe(200);
    expect(history.json().items.map((v: Value) => [v.value, v.correctionReason])).toEqual([['7.5', null], ['7.8', '据统计局年报修订']]);
    const audit = await t.database.db.selectFrom('audit_log').select(['before', 'after']).where('type', '=', 'indicator_value.corrected').where('entity_id', '=', String(next.id)).executeTakeFirstOrThrow();
    expect(audit.before).toMatchObject({ id: original.id, value: '7.5', superseded_by: next.id });
    expect(audit.after).toMatchObject({ id: next.id, value: '7.8' });
  });

  it('refuses to correct a version that was corrected since', async () => {
    const before = await snapshot();
    const again = await t.call(staffA, { method: 'POST', url: `/api/indicator-values/${original.id}/correct`, payload: { value: '7.9', unit: 'cny_100m', reason: '再改' } });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('INDICATOR_VALUE_SUPERSEDED');
    expect(await snapshot()).toBe(before);
  });

  it("another zone's staff cannot see the history (404)", async () => {
    expect((await t.call(staffB, { method: 'GET', url: `/api/indicators/${CODE}/history?zone=${zoneA.id}&period=2017` })).statusCode).toBe(404);
  });
});

describe('publication', () => {
  const publicValues = async () => (await t.call(null, { method: 'GET', url: `/api/public/indicators/${CODE}/values?zone=${zoneA.id}&from=2016&to=2016` }));

  it('shows the public only published versions, without internal notes or names, and keeps the published figure until its correction is published', async () => {
    const recorded = (await post(staffA, [{ ...entry('2016', '3.3'), internalNote: '内部核对备注' }])).json().items[0] as Value;
    expect((await publicValues()).statusCode).toBe(404); // nothing of this indicator is published yet

    const published = await t.call(staffA, { method: 'POST', url: '/api/indicator-values/publish', payload: { ids: [recorded.id] } });
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json().items[0].publishedAt).not.toBeNull();
    const shown = await publicValues();
    expect(shown.statusCode).toBe(200);
    expect(shown.json().items.map((v: Value) => v.value)).toEqual(['3.3']);
    expect(shown.body).not.toContain('内部核对备注');
    expect(shown.body).not.toMatch(/internalNote|recordedBy|correctionReason/);

    const corrected = (await t.call(staffA, { method: 'POST', url: `/api/indicator-values/${recorded.id}/correct`, payload: { value: '3.4', unit: 'cny_100m', reason: '修订' } })).json().value as Value;
    expect((await publicValues()).json().items.map((v: Value) => v.value)).toEqual(['3.3']);
    await t.call(staffA, { method: 'POST', url: '/api/indicator-values/publish', payload: { ids: [corrected.id] } });
    expect((await publicValues()).json().items).toMatchObject([{ value: '3.4', corrected: true }]);
    // The zone page: this zone's published figures only (the other versions of the zone are unpublished).
    const page = (await t.call(null, { method: 'GET', url: `/api/public/zones/${zoneA.id}/indicators` })).json().items;
    expect(page).toMatchObject([{ indicator: { code: CODE }, values: [{ period: '2016', value: '3.4' }] }]);
  });

  it('refuses to publish twice, a superseded version, or another zone’s value, changing nothing', async () => {
    const [current] = (await values(staffA, `?zone=${zoneA.id}&from=2016&to=2016`)).json().items as Value[];
    const history = (await t.call(staffA, { method: 'GET', url: `/api/indicators/${CODE}/history?zone=${zoneA.id}&period=2016` })).json().items as Value[];
    const before = await snapshot();
    const publish = (user: TestUser, ids: number[]) => t.call(user, { method: 'POST', url: '/api/indicator-values/publish', payload: { ids } });
    expect((await publish(staffA, [current!.id])).json().error.code).toBe('INDICATOR_VALUE_PUBLISHED');
    expect((await publish(staffA, [history[0]!.id])).json().error.code).toBe('INDICATOR_VALUE_SUPERSEDED');
    expect((await publish(staffB, [current!.id])).statusCode).toBe(404);
    expect(await snapshot()).toBe(before);
  });
});

describe('definitions', () => {
  it('only the province office creates and edits them; a unit with values is fixed', async () => {
    const before = await snapshot();
    const body = { code: 'test_other', nameZh: '测试', nameEn: 'Test', unit: 'firm', periodKind: 'year', combine: 'sum' };
    expect((await t.call(staffA, { method: 'POST', url: '/api/indicators', payload: body })).statusCode).toBe(403);
    expect((await t.call(office, { method: 'POST', url: '/api/indicators', payload: { ...body, code: CODE } })).statusCode).toBe(409);
    const locked = await t.call(office, { method: 'PATCH', url: `/api/indicators/${CODE}`, payload: { unit: 'cny_10k' } });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error.code).toBe('INDICATOR_SHAPE_LOCKED');
    expect(await snapshot()).toBe(before);
    const renamed = await t.call(office, { method: 'PATCH', url: `/api/indicators/${CODE}`, payload: { nameEn: 'Test foreign trade' } });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json().indicator.nameEn).toBe('Test foreign trade');
  });
});
