/**
 * The access matrix for indicators: every route × role, on 宜宾's records ("own" for 宜宾's staff
 * and the province office, "other" for 德阳's). Staff routes answer 401 to the public and 403 to
 * roles without a zone; outside the scope 404; the province office alone keeps definitions; the
 * public routes answer everyone. Every refusal leaves the database as it was.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, zoneIdByCode, type DemoUser, type TestApp } from '../../testing/test-app.js';

type Actor = DemoUser | null;
type Route =
  | 'listDefinitions' | 'createDefinition' | 'updateDefinition' | 'listValues' | 'history' | 'derived' | 'record' | 'correct' | 'publish'
  | 'publicDefinitions' | 'publicValues' | 'publicZone'
  | 'ranking' | 'rankingXlsx' | 'series' | 'seriesXlsx' | 'trend' | 'trendXlsx' | 'overview' | 'overviewXlsx'
  | 'publicRanking' | 'publicRankingXlsx' | 'publicSeries' | 'publicSeriesXlsx' | 'publicTrend' | 'publicTrendXlsx' | 'publicOverview' | 'publicOverviewXlsx'
  | 'publicExternalIndices' | 'publicExternalIndex';

let t: TestApp;
let yibin = 0;
const CODE = 'access_test_indicator';

beforeAll(async () => {
  t = await createTestApp();
  yibin = await zoneIdByCode(t, 'SC-P-YB');
  await t.database.db
    .insertInto('indicator_definitions')
    .values({ code: CODE, name_zh: '权限测试指标', name_en: 'Access test', unit: 'cny_100m', period_kind: 'year', combine: 'sum' })
    .execute();
});
afterAll(() => t.close());

const ALL = (status: number) => ({ public: status, deyang: status, judge1: status, applicant1: status, auditor: status, yibin: status, admin: status });
/** Expected status per route and actor. */
const EXPECTED: Record<Route, Record<string, number>> = {
  listDefinitions: { public: 401, deyang: 200, judge1: 403, applicant1: 403, auditor: 403, yibin: 200, admin: 200 },
  createDefinition: { public: 401, deyang: 403, judge1: 403, applicant1: 403, auditor: 403, yibin: 403, admin: 201 },
  updateDefinition: { public: 401, deyang: 403, judge1: 403, applicant1: 403, auditor: 403, yibin: 403, admin: 200 },
  listValues: { public: 401, deyang: 404, judge1: 403, applicant1: 403, auditor: 403, yibin: 200, admin: 200 },
  history: { public: 401, deyang: 404, judge1: 403, applicant1: 403, auditor: 403, yibin: 200, admin: 200 },
  derived: { public: 401, deyang: 404, judge1: 403, applicant1: 403, auditor: 403, yibin: 200, admin: 200 },
  record: { public: 401, deyang: 404, judge1: 403, applicant1: 403, auditor: 403, yibin: 201, admin: 201 },
  correct: { public: 401, deyang: 404, judge1: 403, applicant1: 403, auditor: 403, yibin: 201, admin: 201 },
  publish: { public: 401, deyang: 404, judge1: 403, applicant1: 403, auditor: 403, yibin: 200, admin: 200 },
  publicDefinitions: ALL(200),
  publicValues: ALL(200),
  publicZone: ALL(200),
  publicExternalIndices: ALL(200),
  publicExternalIndex: ALL(200),
  // Dashboards: a ranking or an overview lists only the zones in scope (none for 德阳 here, still 200); naming a zone outside it is 404.
  ranking: { public: 401, deyang: 200, judge1: 403, applicant1: 403, auditor: 403, yibin: 200, admin: 200 },
  rankingXlsx: { public: 401, deyang: 200, judge1: 403, applicant1: 403, auditor: 403, yibin: 200, admin: 200 },
  series: { public: 401, deyang: 404, judge1: 403, applicant1: 403, auditor: 403, yibin: 200, admin: 200 },
  seriesXlsx: { public: 401, deyang: 404, judge1: 403, applicant1: 403, auditor: 403, yibin: 200, admin: 200 },
  trend: { public: 401, deyang: 404, judge1: 403, applicant1: 403, auditor: 403, yibin: 200, admin: 200 },
  trendXlsx: { public: 401, deyang: 404, judge1: 403, applicant1: 403, auditor: 403, yibin: 200, admin: 200 },
  overview: { public: 401, deyang: 200, judge1: 403, applicant1: 403, auditor: 403, yibin: 200, admin: 200 },
  overviewXlsx: { public: 401, deyang: 200, judge1: 403, applicant1: 403, auditor: 403, yibin: 200, admin: 200 },
  publicRanking: ALL(200),
  publicRankingXlsx: ALL(200),
  publicSeries: ALL(200),
  publicSeriesXlsx: ALL(200),
  publicTrend: ALL(200),
  publicTrendXlsx: ALL(200),
  publicOverview: ALL(200),
  publicOverviewXlsx: ALL(200),
};

let period = 1990;
/** A current, unpublished version in 宜宾, made for one request. */
async function freshValue(): Promise<number> {
  period += 1;
  const row = await t.database.db
    .insertInto('indicator_values')
    .values({ indicator_id: sql<number>`(SELECT id FROM indicator_definitions WHERE code = ${CODE})`, zone_id: yibin, period: String(period), value: '1.5', source: '测试来源' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function snapshot() {
  const db = t.database.db;
  const [values, definitions, audit] = await Promise.all([
    db.selectFrom('indicator_values').select(['id', sql<string>`value::text`.as('value'), 'superseded_at', 'published_at']).orderBy('id').execute(),
    db.selectFrom('indicator_definitions').selectAll().orderBy('id').execute(),
    db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).where('type', 'like', 'indicator%').executeTakeFirstOrThrow(),
  ]);
  return JSON.stringify({ values, definitions, audit: Number(audit.n) });
}

async function perform(actor: Actor, route: Route, valueId: number) {
  const who = actor ?? 'public';
  switch (route) {
    case 'listDefinitions':
      return t.call(actor, { method: 'GET', url: '/api/indicators' });
    case 'createDefinition':
      return t.call(actor, { method: 'POST', url: '/api/indicators', payload: { code: `access_${who}`, nameZh: '新指标', nameEn: 'New', unit: 'firm', periodKind: 'year', combine: 'sum' } });
    case 'updateDefinition':
      return t.call(actor, { method: 'PATCH', url: `/api/indicators/${CODE}`, payload: { descriptionZh: `由 ${who} 修改` } });
    case 'listValues':
      return t.call(actor, { method: 'GET', url: `/api/indicators/${CODE}/values?zone=${yibin}` });
    case 'derived':
      return t.call(actor, { method: 'GET', url: `/api/indicators/${CODE}/derived?zone=${yibin}&period=1991` });
    case 'history':
      return t.call(actor, { method: 'GET', url: `/api/indicators/${CODE}/history?zone=${yibin}&period=1991` });
    case 'record':
      period += 1;
      return t.call(actor, { method: 'POST', url: '/api/indicator-values', payload: { values: [{ indicator: CODE, zoneId: yibin, period: String(period), value: '2', unit: 'cny_100m', source: '测试来源' }] } });
    case 'correct':
      return t.call(actor, { method: 'POST', url: `/api/indicator-values/${valueId}/correct`, payload: { value: '1.6', unit: 'cny_100m', reason: `${who} 核对` } });
    case 'publish':
      return t.call(actor, { method: 'POST', url: '/api/indicator-values/publish', payload: { ids: [valueId] } });
    case 'publicDefinitions':
      return t.call(actor, { method: 'GET', url: '/api/public/indicators' });
    case 'publicValues':
      return t.call(actor, { method: 'GET', url: `/api/public/indicators/duty_saved/values` });
    case 'publicZone':
      return t.call(actor, { method: 'GET', url: `/api/public/zones/${yibin}/indicators` });
    case 'publicExternalIndices':
      return t.call(actor, { method: 'GET', url: '/api/public/external-indices' });
    case 'publicExternalIndex':
      return t.call(actor, { method: 'GET', url: '/api/public/external-indices/sysu_ftz_innovation' });
    default:
      return dashboard(actor, route);
  }
}

/** The dashboards' routes, staff and public, JSON and .xlsx, on 宜宾's values. */
function dashboard(actor: Actor, route: Route) {
  const audience = route.startsWith('public') ? '/api/public/indicators' : '/api/indicators';
  const name = route.replace(/^public/, '').replace(/Xlsx$/, '').toLowerCase();
  const suffix = route.endsWith('Xlsx') ? '.xlsx' : '';
  // The public variants read a demo indicator with published values; staff read the test indicator.
  const code = route.startsWith('public') ? 'city_trade' : CODE;
  const query: Record<string, string> = {
    ranking: 'period=2019',
    series: `zones=${yibin}`,
    trend: `zone=${yibin}`,
    overview: `indicators=${code}`,
  };
  const path = name === 'overview' ? `${audience}/overview${suffix}` : `${audience}/${code}/${name}${suffix}`;
  return t.call(actor, { method: 'GET', url: `${path}?${query[name]}` });
}

// Refused actors first, so the permitted ones (which change state) run last.
const ORDER: Actor[] = [null, 'deyang', 'judge1', 'applicant1', 'auditor', 'yibin', 'admin'];

describe.each(ORDER)('as %s', (actor) => {
  for (const route of Object.keys(EXPECTED) as Route[]) {
    const status = EXPECTED[route][actor ?? 'public']!;
    it(`${route} answers ${status}`, async () => {
      // Only the writes to one version need a fresh one (periods are years, 1900–2100: they would run out).
      const valueId = route === 'correct' || route === 'publish' ? await freshValue() : 0;
      const before = await snapshot();
      const response = await perform(actor, route, valueId);
      expect(response.statusCode, response.body).toBe(status);
      if (status >= 400) {
        expect(await snapshot()).toBe(before);
        expect(response.json().error.message).toMatch(/[\u4e00-\u9fa5]/);
      }
      if (status === 404) expect(response.json().error.code).toBe('NOT_FOUND');
      if (status < 300 && route.startsWith('public')) expect(response.body).not.toMatch(/internalNote|recordedBy|"abilities"/);
    });
  }
});

describe('lists are scoped the same way', () => {
  it("德阳's staff see 德阳's demo values and none of 宜宾's; the public sees published ones only", async () => {
    const deyang = await zoneIdByCode(t, 'SC-P-DY');
    const seen = (await t.call('deyang', { method: 'GET', url: '/api/indicators/port_freight/values' })).json().items as { zoneId: number }[];
    expect(seen.map((v) => v.zoneId)).toEqual([deyang]);
    const ranks = (await t.call('deyang', { method: 'GET', url: '/api/indicators/dev_zone_national_rank/values' })).json().items;
    expect(ranks).toEqual([]);
    const unpublished = await freshValue();
    const publicBody = (await t.call(null, { method: 'GET', url: `/api/public/indicators/${CODE}/values` })).body;
    const shown = await t.database.db.selectFrom('indicator_values').select('period').where('id', '=', unpublished).executeTakeFirstOrThrow();
    expect(publicBody).not.toContain(`"period":"${shown.period}"`);
  });
});
