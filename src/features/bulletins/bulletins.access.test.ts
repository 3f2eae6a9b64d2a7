/**
 * The access matrix for 简报: every route × role on 宜宾's bulletins ("own" for 宜宾's staff and the
 * province office, "other" for 德阳's). Staff routes answer 401 to the public and 403 to roles
 * without a zone; a draft outside the scope is 404; only the province office withdraws; the public
 * routes answer everyone, issued bulletins only. Every refusal leaves the database as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, zoneIdByCode, type DemoUser, type TestApp } from '../../testing/test-app.js';

type Actor = DemoUser | null;
type Route = 'list' | 'create' | 'get' | 'update' | 'delete' | 'evaluate' | 'issue' | 'withdraw' | 'getIssued' | 'publicList' | 'publicGet' | 'publicGetDraft' | 'exportDocx' | 'publicExportPdf' | 'publicExportDraft';

let t: TestApp;
let yibin = 0;
let serial = 0;

beforeAll(async () => {
  t = await createTestApp();
  yibin = await zoneIdByCode(t, 'SC-P-YB');
});
afterAll(() => t.close());

const ALL = (status: number) => ({ public: status, deyang: status, judge1: status, applicant1: status, auditor: status, yibin: status, admin: status });
const STAFF = (own: number, other = 404) => ({ public: 401, deyang: other, judge1: 403, applicant1: 403, auditor: 403, yibin: own, admin: own });
const EXPECTED: Record<Route, Record<string, number>> = {
  list: STAFF(200, 200),
  create: STAFF(201),
  get: STAFF(200),
  update: STAFF(200),
  delete: STAFF(204),
  evaluate: STAFF(200),
  // The shared runner loads before it asks who: a draft unseen is 404 to every role outside the office.
  issue: { public: 401, deyang: 404, judge1: 404, applicant1: 404, auditor: 404, yibin: 200, admin: 200 },
  withdraw: { public: 401, deyang: 403, judge1: 403, applicant1: 403, auditor: 403, yibin: 403, admin: 200 },
  // An issued bulletin is anyone's to read.
  getIssued: { ...STAFF(200, 200) },
  publicList: ALL(200),
  publicGet: ALL(200),
  publicGetDraft: ALL(404),
  exportDocx: STAFF(200, 200),
  publicExportPdf: ALL(200),
  publicExportDraft: ALL(404),
};

const body = (title: string) => ({ zoneId: yibin, title, issueNo: 1, issuer: '宜宾协同改革先行区办公室', headline: '权限测试', internalNote: '内部备注：权限测试' });

/** A 宜宾 bulletin made for one request, as a draft or issued. */
async function fresh(status: 'draft' | 'issued'): Promise<number> {
  const made = await t.call('yibin', { method: 'POST', url: '/api/bulletins', payload: body(`权限测试简报${++serial}`) });
  const id = made.json().bulletin.id as number;
  if (status === 'issued') {
    expect((await t.call('yibin', { method: 'POST', url: `/api/bulletins/${id}/issue`, payload: { issuedOn: '2024-01-02' } })).statusCode).toBe(200);
    // Its files are made by the job the step queued.
    await t.app.jobs.whenIdle();
  }
  return id;
}

async function snapshot() {
  const db = t.database.db;
  const [bulletins, sections, audit] = await Promise.all([
    db.selectFrom('bulletins').select(['id', 'status', 'version', 'title', 'frozen']).orderBy('id').execute(),
    db.selectFrom('bulletin_sections').selectAll().orderBy('id').execute(),
    db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).where('type', 'like', 'bulletin%').executeTakeFirstOrThrow(),
  ]);
  return JSON.stringify({ bulletins, sections, audit: Number(audit.n) });
}

async function perform(actor: Actor, route: Route, id: number) {
  const who = actor ?? 'public';
  switch (route) {
    case 'list':
      return t.call(actor, { method: 'GET', url: '/api/bulletins' });
    case 'create':
      return t.call(actor, { method: 'POST', url: '/api/bulletins', payload: body(`${who} 新建的简报`) });
    case 'get':
    case 'getIssued':
      return t.call(actor, { method: 'GET', url: `/api/bulletins/${id}` });
    case 'update':
      return t.call(actor, { method: 'PUT', url: `/api/bulletins/${id}`, payload: { ...body(`由 ${who} 修改`), zoneId: undefined, version: 1 } });
    case 'delete':
      return t.call(actor, { method: 'DELETE', url: `/api/bulletins/${id}` });
    case 'evaluate':
      return t.call(actor, { method: 'POST', url: '/api/bulletins/figures/evaluate', payload: { zoneId: yibin, coverage: [yibin], figure: { key: 'n', spec: { kind: 'count', count: 'recognized_innovations' } } } });
    case 'issue':
      return t.call(actor, { method: 'POST', url: `/api/bulletins/${id}/issue`, payload: { issuedOn: '2024-01-02' } });
    case 'withdraw':
      return t.call(actor, { method: 'POST', url: `/api/bulletins/${id}/withdraw`, payload: { comment: `${who} 撤回` } });
    case 'publicList':
      return t.call(actor, { method: 'GET', url: '/api/public/bulletins' });
    case 'exportDocx':
      return t.call(actor, { method: 'GET', url: `/api/bulletins/${id}/export.docx` });
    case 'publicExportPdf':
    case 'publicExportDraft':
      return t.call(actor, { method: 'GET', url: `/api/public/bulletins/${id}/export.pdf` });
    case 'publicGet':
    case 'publicGetDraft':
      return t.call(actor, { method: 'GET', url: `/api/public/bulletins/${id}` });
  }
}

const needsIssued = (route: Route) => ['withdraw', 'getIssued', 'publicGet', 'exportDocx', 'publicExportPdf'].includes(route);
const ORDER: Actor[] = [null, 'deyang', 'judge1', 'applicant1', 'auditor', 'yibin', 'admin'];

describe.each(ORDER)('as %s', (actor) => {
  for (const route of Object.keys(EXPECTED) as Route[]) {
    const status = EXPECTED[route][actor ?? 'public']!;
    it(`${route} answers ${status}`, async () => {
      const id = await fresh(needsIssued(route) ? 'issued' : 'draft');
      const before = await snapshot();
      const response = await perform(actor, route, id);
      expect(response.statusCode, response.body).toBe(status);
      if (status >= 400) {
        expect(await snapshot()).toBe(before);
        expect(response.json().error.message).toMatch(/[\u4e00-\u9fa5]/);
      }
      if (status === 404) expect(response.json().error.code).toBe('NOT_FOUND');
      // Nothing internal leaves through a public route, nor to staff outside the office.
      if (status < 300 && (route.startsWith('public') || actor === 'deyang')) expect(response.body).not.toContain('内部备注');
    });
  }
});
