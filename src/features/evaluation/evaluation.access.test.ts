/**
 * The access matrix of the evaluation engine: every route × demo role × a draft campaign of
 * 宜宾's (internal: 宜宾 and the province office alone) and a published one (public). A record the
 * role may not see answers 404, one it sees but may not change 403, a published campaign's setup
 * 409 even for its organiser, and every refusal leaves the database as it was. The lifecycle steps
 * beyond `open` are the transition matrix's (src/server/transition-matrix.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, zoneIdByCode, type DemoUser, type TestApp } from '../../testing/test-app.js';

type Actor = DemoUser | null;
type Target = 'draft' | 'published';
type Fixture = { campaignId: number; categoryId: number; stageId: number };

let t: TestApp;
let yibin = 0;
let serial = 0;
const shared: Partial<Record<Target, Fixture>> = {};
let seriesId = 0;
let expertId = 0;

/** A contest 宜宾 organises, with a category and a scored stage, made through the API by 宜宾's staff. */
async function fixture(status: Target): Promise<Fixture> {
  const call = (method: 'POST' | 'PUT', url: string, payload: object) => t.call('yibin', { method, url, payload }).then((r) => {
    if (r.statusCode >= 300) throw new Error(`${url}: ${r.statusCode} ${r.body}`);
    return r.json();
  });
  const series = (await call('POST', '/api/campaigns/series', { name: `访问矩阵系列${++serial}`, organiserZoneId: yibin })).series;
  const campaignId = (await call('POST', '/api/campaigns', { seriesId: series.id, edition: 1, year: 2021, kind: 'contest', title: `访问矩阵大赛${serial}` })).campaign.id;
  const categoryId = (await call('POST', `/api/campaigns/${campaignId}/categories`, { name: '初创组' })).category.id;
  const stageId = (await call('POST', `/api/campaigns/${campaignId}/stages`, { kind: 'scored', name: '初赛' })).stage.id;
  await call('PUT', `/api/campaigns/stages/${stageId}/criteria`, { criteria: [{ nameZh: '创新性', weight: 1 }] });
  if (status === 'published') {
    await call('POST', `/api/campaigns/${campaignId}/open`, {});
    for (const step of ['open', 'close']) await call('POST', `/api/campaigns/stages/${stageId}/${step}`, {});
    for (const step of ['close', 'publish']) await call('POST', `/api/campaigns/${campaignId}/${step}`, {});
  }
  return { campaignId, categoryId, stageId };
}

beforeAll(async () => {
  t = await createTestApp();
  yibin = await zoneIdByCode(t, 'SC-P-YB');
  shared.draft = await fixture('draft');
  shared.published = await fixture('published');
  seriesId = (await t.call('yibin', { method: 'POST', url: '/api/campaigns/series', payload: { name: '访问矩阵：新建活动系列', organiserZoneId: yibin } })).json().series.id;
  expertId = (await t.call('yibin', { method: 'POST', url: '/api/experts', payload: { name: '宜宾专家', field: '物流', zoneId: yibin, contact: '0831-000' } })).json().expert.id;
});
afterAll(() => t.close());

const ON_RECORD = ['read', 'update', 'addCategory', 'editCategory', 'deleteCategory', 'addStage', 'readStage', 'editStage', 'deleteStage', 'setCriteria', 'open', 'sheetsXlsx', 'resultsXlsx'] as const;
type OnRecord = (typeof ON_RECORD)[number];
const FREE = ['list', 'publicList', 'listSeries', 'createSeries', 'createCampaign', 'listExperts', 'createExpert', 'readExpert', 'updateExpert', 'judgeAccounts'] as const;
type Free = (typeof FREE)[number];

function request(action: OnRecord | Free, f: Fixture | undefined, actor: Actor) {
  const who = actor ?? 'public';
  switch (action) {
    case 'read': return { method: 'GET', url: `/api/campaigns/${f!.campaignId}` } as const;
    case 'update': return { method: 'PATCH', url: `/api/campaigns/${f!.campaignId}`, payload: { title: `改名（${who}）` } } as const;
    case 'addCategory': return { method: 'POST', url: `/api/campaigns/${f!.campaignId}/categories`, payload: { name: `成长组（${who}）` } } as const;
    case 'editCategory': return { method: 'PATCH', url: `/api/campaigns/categories/${f!.categoryId}`, payload: { slots: 6 } } as const;
    case 'deleteCategory': return { method: 'DELETE', url: `/api/campaigns/categories/${f!.categoryId}` } as const;
    case 'addStage': return { method: 'POST', url: `/api/campaigns/${f!.campaignId}/stages`, payload: { kind: 'activity', name: `训练营（${who}）` } } as const;
    case 'readStage': return { method: 'GET', url: `/api/campaigns/stages/${f!.stageId}` } as const;
    case 'editStage': return { method: 'PATCH', url: `/api/campaigns/stages/${f!.stageId}`, payload: { blind: true } } as const;
    case 'deleteStage': return { method: 'DELETE', url: `/api/campaigns/stages/${f!.stageId}` } as const;
    case 'setCriteria': return { method: 'PUT', url: `/api/campaigns/stages/${f!.stageId}/criteria`, payload: { criteria: [{ nameZh: '操作性', weight: 1 }] } } as const;
    case 'open': return { method: 'POST', url: `/api/campaigns/${f!.campaignId}/open`, payload: {} } as const;
    case 'sheetsXlsx': return { method: 'GET', url: `/api/campaigns/stages/${f!.stageId}/sheets.xlsx` } as const;
    case 'resultsXlsx': return { method: 'GET', url: `/api/campaigns/stages/${f!.stageId}/results.xlsx` } as const;
    case 'list': return { method: 'GET', url: '/api/campaigns' } as const;
    case 'publicList': return { method: 'GET', url: '/api/public/campaigns' } as const;
    case 'listSeries': return { method: 'GET', url: '/api/campaigns/series' } as const;
    case 'createSeries': return { method: 'POST', url: '/api/campaigns/series', payload: { name: `系列（${who}）${++serial}`, organiserZoneId: yibin } } as const;
    case 'createCampaign': return { method: 'POST', url: '/api/campaigns', payload: { seriesId, edition: ++serial, year: 2022, kind: 'contest', title: `大赛（${who}）` } } as const;
    case 'listExperts': return { method: 'GET', url: '/api/experts' } as const;
    case 'createExpert': return { method: 'POST', url: '/api/experts', payload: { name: `专家${who}`, field: '金融', zoneId: yibin } } as const;
    case 'readExpert': return { method: 'GET', url: `/api/experts/${expertId}` } as const;
    case 'updateExpert': return { method: 'PATCH', url: `/api/experts/${expertId}`, payload: { field: `改（${who}）` } } as const;
    case 'judgeAccounts': return { method: 'GET', url: '/api/experts/judge-accounts' } as const;
  }
}

const ORGANISER_DRAFT: Record<OnRecord, number> = { read: 200, update: 200, addCategory: 201, editCategory: 200, deleteCategory: 204, addStage: 201, readStage: 200, editStage: 200, deleteStage: 204, setCriteria: 200, open: 200, sheetsXlsx: 200, resultsXlsx: 409 };
/** A published campaign is a record: its organiser reads it and changes nothing (409). */
const ORGANISER_PUBLISHED: Record<OnRecord, number> = { read: 200, update: 409, addCategory: 409, editCategory: 409, deleteCategory: 409, addStage: 409, readStage: 200, editStage: 409, deleteStage: 409, setCriteria: 409, open: 409, sheetsXlsx: 200, resultsXlsx: 409 };
const each = (status: number): Record<OnRecord, number> => Object.fromEntries(ON_RECORD.map((a) => [a, status])) as Record<OnRecord, number>;
const readable = (write: number): Record<OnRecord, number> => ({ ...each(write), read: 200, readStage: 200 });
const OUTSIDER = { draft: each(404), published: readable(403) };
const NO_POOL: Record<Free, number> = { list: 200, publicList: 200, listSeries: 200, createSeries: 403, createCampaign: 404, listExperts: 403, createExpert: 403, readExpert: 403, updateExpert: 403, judgeAccounts: 403 };
const ORGANISER_FREE: Record<Free, number> = { list: 200, publicList: 200, listSeries: 200, createSeries: 201, createCampaign: 201, listExperts: 200, createExpert: 201, readExpert: 200, updateExpert: 200, judgeAccounts: 200 };

const EXPECTED: Record<string, { draft: Record<OnRecord, number>; published: Record<OnRecord, number>; free: Record<Free, number> }> = {
  public: {
    draft: { ...each(401), read: 404, readStage: 404 },
    published: readable(401),
    free: { list: 200, publicList: 200, listSeries: 200, createSeries: 401, createCampaign: 401, listExperts: 401, createExpert: 401, readExpert: 401, updateExpert: 401, judgeAccounts: 401 },
  },
  admin: { draft: ORGANISER_DRAFT, published: ORGANISER_PUBLISHED, free: ORGANISER_FREE },
  yibin: { draft: ORGANISER_DRAFT, published: ORGANISER_PUBLISHED, free: ORGANISER_FREE },
  // Another zone's staff read the pool (to draw judges from outside their zone) but keep only their own zone's experts.
  deyang: { ...OUTSIDER, free: { ...NO_POOL, listExperts: 200, readExpert: 200, judgeAccounts: 200 } },
  judge1: { ...OUTSIDER, free: NO_POOL },
  applicant1: { ...OUTSIDER, free: NO_POOL },
  auditor: { ...OUTSIDER, free: NO_POOL },
  secadmin: { ...OUTSIDER, free: NO_POOL },
};

async function snapshot() {
  const db = t.database.db;
  const tables = ['campaign_series', 'campaigns', 'campaign_categories', 'campaign_stages', 'stage_criteria', 'experts'] as const;
  const rows = await Promise.all(tables.map((table) => db.selectFrom(table).selectAll().orderBy('id').execute()));
  // A role's first request signs it in (auth.login_succeeded): not a change the refusal made.
  const audit = await db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).where('type', 'not like', 'auth.%').executeTakeFirstOrThrow();
  return JSON.stringify({ rows, audit: Number(audit.n) });
}

async function check(actor: Actor, action: OnRecord | Free, expected: number, target?: Target) {
  // A step that succeeds changes its record: it gets one of its own, so the shared ones stay as they are for the next role.
  const f = target && (expected < 300 && !READS.has(action) ? await fixture(target) : shared[target]);
  const before = await snapshot();
  const response = await t.call(actor, request(action, f, actor));
  expect(response.statusCode, response.body).toBe(expected);
  if (expected >= 400) {
    expect(await snapshot()).toBe(before);
    expect(response.json().error.message).toMatch(/[\u4e00-\u9fa5]/);
    if (expected === 404) expect(response.json().error.code).toBe('NOT_FOUND');
  }
}

// The exports write nothing: the shared fixtures serve them (no results saved: the results export is 409 for the organiser).
const READS = new Set<OnRecord | Free>(['sheetsXlsx', 'read', 'readStage', 'list', 'publicList', 'listSeries', 'listExperts', 'readExpert', 'judgeAccounts']);

const ORDER: Actor[] = [null, 'deyang', 'judge1', 'applicant1', 'auditor', 'secadmin', 'yibin', 'admin'];

describe.each(ORDER)('as %s', (actor) => {
  const expected = EXPECTED[actor ?? 'public']!;
  for (const target of ['draft', 'published'] as const) {
    for (const action of ON_RECORD) {
      it(`${action} on the ${target} campaign answers ${expected[target][action]}`, () => check(actor, action, expected[target][action], target));
    }
  }
  for (const action of FREE) {
    it(`${action} answers ${expected.free[action]}`, () => check(actor, action, expected.free[action]));
  }
});

describe('lists are scoped the same way', () => {
  it('a draft is listed for its organiser and the province office only; the public list has only published campaigns', async () => {
    const ids = async (actor: Actor, url = '/api/campaigns?pageSize=200') => (await t.call(actor, { method: 'GET', url })).json().items.map((c: { id: number }) => c.id);
    for (const actor of ['yibin', 'admin'] as const) expect(await ids(actor)).toEqual(expect.arrayContaining([shared.draft!.campaignId, shared.published!.campaignId]));
    for (const actor of [null, 'deyang', 'judge1', 'auditor'] as const) {
      expect(await ids(actor)).toContain(shared.published!.campaignId);
      expect(await ids(actor)).not.toContain(shared.draft!.campaignId);
    }
    const publicIds = await ids('admin', '/api/public/campaigns?pageSize=200');
    expect(publicIds).toContain(shared.published!.campaignId);
    expect(publicIds).not.toContain(shared.draft!.campaignId);
  });
});
