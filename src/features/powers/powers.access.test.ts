/**
 * The access matrix for 放权赋能事项 and 通办: every route × role on a delegation to 宜宾 ("own"
 * for 宜宾's staff and the province office, "other" for 德阳's). Staff routes answer 401 to the
 * public and 403 to roles without a zone; a delegation outside the scope is 404; the province
 * office keeps the catalogue and delegates and takes back, 宜宾's staff take up, start running,
 * record measures and cases for their own zone; the public routes answer everyone, nothing
 * internal. Every refusal leaves the database as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { powersSnapshot } from './powers.test-support.js';
import { createTestApp, zoneIdByCode, type DemoUser, type TestApp } from '../../testing/test-app.js';

type Actor = DemoUser | null;
type Route =
  | 'list' | 'get' | 'create' | 'createItem' | 'listItems' | 'createBatch' | 'listBatches' | 'stats' | 'compare' | 'change' | 'measures' | 'cases'
  | 'take_up' | 'begin_operation' | 'revoke' | 'tongban' | 'publicList' | 'publicGet' | 'publicStats' | 'publicCompare' | 'publicTongban'
  | 'exportXlsx' | 'trendXlsx' | 'catalogueTemplate' | 'casesTemplate';

let t: TestApp;
let yibin = 0;
let batchId = 0;
let serial = 0;

const ALL = (status: number) => ({ public: status, deyang: status, judge1: status, applicant1: status, auditor: status, yibin: status, admin: status });
const STAFF = (own: number, other = 404) => ({ public: 401, deyang: other, judge1: 403, applicant1: 403, auditor: 403, yibin: own, admin: own });
const OFFICE = (created: number) => ({ ...STAFF(403, 403), admin: created });
/** The shared runner loads before it asks who: a delegation unseen is 404 to every role outside its scope. */
const STEP = (yibinStatus: number, adminStatus: number) => ({ public: 401, deyang: 404, judge1: 404, applicant1: 404, auditor: 404, yibin: yibinStatus, admin: adminStatus });
const EXPECTED: Record<Route, Record<string, number>> = {
  list: STAFF(200, 200),
  get: STAFF(200),
  create: OFFICE(201),
  createItem: OFFICE(201),
  listItems: STAFF(200, 200),
  createBatch: OFFICE(201),
  listBatches: STAFF(200, 200),
  stats: STAFF(200, 200),
  compare: STAFF(200, 200),
  change: { ...STAFF(403), admin: 200 },
  measures: STAFF(200),
  // 办件 are the receiving zone's own record: the province office reads them but does not enter them.
  cases: { ...STAFF(200), admin: 403 },
  take_up: STEP(200, 403),
  begin_operation: STEP(200, 403),
  revoke: STEP(403, 200),
  tongban: STAFF(200, 200),
  publicList: ALL(200),
  publicGet: ALL(200),
  publicStats: ALL(200),
  publicCompare: ALL(200),
  publicTongban: ALL(200),
  // The catalogue of a day as .xlsx, scoped like the list (德阳's staff get their own, empty here).
  exportXlsx: STAFF(200, 200),
  // The stats view's trend as .xlsx, scoped like the view.
  trendXlsx: STAFF(200, 200),
  // The import templates answer those who may import: the catalogue the province office, 办件量 the zones' staff.
  catalogueTemplate: OFFICE(200),
  casesTemplate: { ...STAFF(200, 200), admin: 403 },
};
/** The status a route's delegation must be in. */
const NEEDS: Partial<Record<Route, 'taken_up' | 'in_operation'>> = { begin_operation: 'taken_up', cases: 'in_operation' };

beforeAll(async () => {
  t = await createTestApp();
  yibin = await zoneIdByCode(t, 'SC-P-YB');
  batchId = (await t.call('admin', { method: 'POST', url: '/api/powers/batches', payload: { level: 'province', title: '权限测试批次', document: '权限测试令第1号', effectiveOn: '2021-01-01' } })).json().batch.id;
});
afterAll(() => t.close());

const itemBody = () => ({ tier: 'main', name: `权限测试事项${++serial}`, code: `ACCESS-${serial}-${Date.now() % 1_000_000}`, itemType: 'licensing', department: '省商务厅', implementingBody: '省商务厅', legalBasis: '《测试条例》', legalLimitDays: 10 });

/** A delegation to 宜宾 made for one request, moved to the status the route needs. */
async function fresh(status: 'delegated' | 'taken_up' | 'in_operation'): Promise<number> {
  const item = (await t.call('admin', { method: 'POST', url: '/api/powers/items', payload: itemBody() })).json().item;
  const made = await t.call('admin', { method: 'POST', url: '/api/powers', payload: { itemId: item.id, batchId, zoneId: yibin, delegationType: 'devolve', promisedLimitDays: 3, internalNote: '内部备注：权限测试' } });
  const id = made.json().delegation.id as number;
  if (status !== 'delegated') expect((await t.call('yibin', { method: 'POST', url: `/api/powers/${id}/take_up`, payload: { occurredOn: '2024-01-02' } })).statusCode).toBe(200);
  if (status === 'in_operation') expect((await t.call('yibin', { method: 'POST', url: `/api/powers/${id}/begin_operation`, payload: { occurredOn: '2024-01-03' } })).statusCode).toBe(200);
  return id;
}

const snapshot = () => powersSnapshot(t);

async function perform(actor: Actor, route: Route, id: number) {
  const call = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) => t.call(actor, { method, url, ...(payload && { payload }) });
  switch (route) {
    case 'list': return call('GET', `/api/powers?zone=${yibin}`);
    case 'get': return call('GET', `/api/powers/${id}`);
    case 'create': {
      const item = (await t.call('admin', { method: 'POST', url: '/api/powers/items', payload: itemBody() })).json().item;
      return call('POST', '/api/powers', { itemId: item.id, batchId, zoneId: yibin, delegationType: 'devolve' });
    }
    case 'createItem': return call('POST', '/api/powers/items', itemBody());
    case 'listItems': return call('GET', '/api/powers/items');
    case 'createBatch': return call('POST', '/api/powers/batches', { level: 'city', title: '权限测试市级批次', effectiveOn: '2022' });
    case 'listBatches': return call('GET', '/api/powers/batches');
    case 'stats': return call('GET', `/api/powers/stats?zone=${yibin}&months=6`);
    case 'compare': return call('GET', '/api/powers/compare?from=2020-01-01&to=2024-01-01');
    case 'change': return call('POST', `/api/powers/${id}/changes`, { batchId, delegationType: 'devolve', promisedLimitDays: 2, effectiveOn: '2023-01-01' });
    case 'measures': return call('PUT', `/api/powers/${id}/measures`, { supervisionMeasures: '双随机、一公开抽查' });
    case 'cases': return call('POST', `/api/powers/${id}/cases`, { month: '2024-03', caseCount: 2, cases: [{ receivedOn: '2024-03-01', completedOn: '2024-03-04' }] });
    case 'take_up': return call('POST', `/api/powers/${id}/take_up`, { occurredOn: '2024-01-02' });
    case 'begin_operation': return call('POST', `/api/powers/${id}/begin_operation`, { occurredOn: '2024-01-03' });
    case 'revoke': return call('POST', `/api/powers/${id}/revoke`, { occurredOn: '2024-01-04', document: '收回〔2024〕1号' });
    case 'tongban': return call('GET', '/api/tongban');
    case 'publicList': return call('GET', `/api/public/powers?zone=${yibin}`);
    case 'publicGet': return call('GET', `/api/public/powers/${id}`);
    case 'publicStats': return call('GET', `/api/public/powers/stats?zone=${yibin}`);
    case 'publicCompare': return call('GET', `/api/public/powers/compare?from=2020-01-01&to=2024-01-01&zone=${yibin}`);
    case 'publicTongban': return call('GET', '/api/public/tongban');
    case 'exportXlsx': return call('GET', `/api/powers/export.xlsx?zone=${yibin}&on=2024-06-01`);
    case 'trendXlsx': return call('GET', `/api/powers/stats/trend.xlsx?zone=${yibin}&months=6&until=2024-06`);
    case 'catalogueTemplate': return call('GET', '/api/imports/power_catalogue/template.xlsx');
    case 'casesTemplate': return call('GET', '/api/imports/power_cases/template.xlsx');
  }
}

const ORDER: Actor[] = [null, 'deyang', 'judge1', 'applicant1', 'auditor', 'yibin', 'admin'];

describe.each(ORDER)('as %s', (actor) => {
  for (const route of Object.keys(EXPECTED) as Route[]) {
    const status = EXPECTED[route][actor ?? 'public']!;
    it(`${route} answers ${status}`, async () => {
      const id = await fresh(NEEDS[route] ?? 'delegated');
      // 'create' makes its item first (as the office): the snapshot is taken inside perform for it.
      const before = route === 'create' ? null : await snapshot();
      const response = await perform(actor, route, id);
      expect(response.statusCode, response.body).toBe(status);
      if (status >= 400) {
        if (before) expect(await snapshot()).toBe(before);
        else expect(await t.database.db.selectFrom('power_delegations').select('id').where('id', '>', id).executeTakeFirst()).toBeUndefined();
        expect(response.json().error.message).toMatch(/[\u4e00-\u9fa5]/);
      }
      if (status === 404) expect(response.json().error.code).toBe('NOT_FOUND');
      // Nothing internal leaves through a public route, nor to staff outside the zone.
      if (status < 300 && (route.startsWith('public') || actor === 'deyang')) expect(response.body).not.toContain('内部备注');
    });
  }
});
