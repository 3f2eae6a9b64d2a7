/**
 * The access matrix of results: every route × demo role, on a contest of 宜宾's whose scored stage
 * (with the demo judge judge1 on its panel) has closed and whose results are under public notice
 * with an answered objection. The computed views, the saved record, the analysis and the .xlsx
 * exports are the organiser's (宜宾's staff, the province office) — but for the score sheets, whose
 * own sheet a judge on the panel exports too: a judge, an applicant and everyone else who
 * does not see the campaign gets 404 — no judge reads another's scores; the organiser's steps
 * that the state forbids answer 409; objections and the public results are open to all. Every
 * refusal leaves the database as it was.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import { createTestApp, zoneIdByCode, type DemoUser, type TestApp } from '../../../testing/test-app.js';
import { describeAccessMatrix, tablesSnapshot } from '../access-matrix.fixture.js';
import { buildJudges } from '../scoring.fixture.js';
import { buildResultsStage, type ResultsStage } from './results.fixture.js';

type Actor = DemoUser | null;
let t: TestApp;
let s: ResultsStage;
let answered = 0;

beforeAll(async () => {
  t = await createTestApp();
  const yibin = await zoneIdByCode(t, 'SC-P-YB');
  const db = t.database.db;
  const judge1 = await db.selectFrom('users').select('id').where('username', '=', 'judge1').executeTakeFirstOrThrow();
  const expert = await db.insertInto('experts').values({ name: '演示评委', field: '综合', user_id: judge1.id }).returning('id').executeTakeFirstOrThrow();
  const panel = [{ ...(await buildJudges(t, 1))[0]!, id: judge1.id, expertId: expert.id }, ...(await buildJudges(t, 4))];
  s = await buildResultsStage(t, 'yibin', yibin, { entries: 4, panel });
  const call = async (url: string, payload: object, actor: Actor = 'yibin') => {
    const response = await t.call(actor, { method: 'POST', url, payload });
    if (response.statusCode >= 300) throw new Error(`${url}: ${response.body}`);
    return response.json();
  };
  await call(`/api/campaigns/stages/${s.stageId}/results`, { method: 'mean' });
  await call(`/api/campaigns/stages/${s.stageId}/results/publish`, { document: '宜自贸〔2021〕1号', startsOn: '2026-09-28' });
  await db.updateTable('stage_results').set({ publicity_ends_on: '2100-12-31' }).where('id', '=', s.stageId).execute();
  answered = (await call(`/api/public/campaigns/stages/${s.stageId}/objections`, { entryId: s.entryIds[0], name: '李四', contact: '0831-1234', text: '请复核。' }, null)).objection.id;
  await call(`/api/campaigns/objections/${answered}/answer`, { answer: '已复核。', upheld: false });
});
afterAll(() => t.close());

const ACTIONS = ['preview', 'compare', 'analysis', 'record', 'save', 'publish', 'confirm', 'reopen', 'answer', 'object', 'publicResults', 'sheetsXlsx', 'resultsXlsx'] as const;
type Action = (typeof ACTIONS)[number];

function request(action: Action) {
  const base = `/api/campaigns/stages/${s.stageId}/results`;
  switch (action) {
    case 'preview': return { method: 'GET', url: `${base}?method=z_total` } as const;
    case 'compare': return { method: 'GET', url: `${base}/compare?a=mean&b=z_criterion` } as const;
    case 'analysis': return { method: 'GET', url: `${base}/analysis` } as const;
    case 'record': return { method: 'GET', url: `${base}/record` } as const;
    case 'save': return { method: 'POST', url: base, payload: { method: 'mean' } } as const;
    case 'publish': return { method: 'POST', url: `${base}/publish`, payload: { document: '再发' } } as const;
    case 'confirm': return { method: 'POST', url: `${base}/confirm`, payload: {} } as const;
    case 'reopen': return { method: 'POST', url: `${base}/reopen`, payload: { comment: '重开' } } as const;
    case 'answer': return { method: 'POST', url: `/api/campaigns/objections/${answered}/answer`, payload: { answer: '再答', upheld: true } } as const;
    case 'object': return { method: 'POST', url: `/api/public/campaigns/stages/${s.stageId}/objections`, payload: { entryId: s.entryIds[1], name: '王五', contact: 'wang@example.com', text: '名次有疑问。' } } as const;
    case 'publicResults': return { method: 'GET', url: `/api/public/campaigns/${s.campaign.id}/results` } as const;
    case 'sheetsXlsx': return { method: 'GET', url: `/api/campaigns/stages/${s.stageId}/sheets.xlsx` } as const;
    case 'resultsXlsx': return { method: 'GET', url: `/api/campaigns/stages/${s.stageId}/results.xlsx` } as const;
  }
}

const all = (status: number) => Object.fromEntries(ACTIONS.map((a) => [a, status])) as Record<Action, number>;
/** Signed in, not the organiser: the campaign is not theirs to see (404); objections and the public results are everyone's. */
const STRANGER: Record<Action, number> = { ...all(404), object: 201, publicResults: 200 };
/** The organiser: the views, and 409 for the steps the state forbids (published results, a 公示 running, nothing upheld, answered). */
const ORGANISER: Record<Action, number> = { ...STRANGER, preview: 200, compare: 200, analysis: 200, record: 200, sheetsXlsx: 200, resultsXlsx: 200, save: 409, publish: 409, confirm: 409, reopen: 409, answer: 409 };

const EXPECTED: Record<string, Record<Action, number>> = {
  public: { ...all(401), object: 201, publicResults: 200 },
  admin: ORGANISER,
  yibin: ORGANISER,
  deyang: STRANGER,
  // A judge on the panel exports their own score sheet (one worksheet, theirs), nothing else.
  judge1: { ...STRANGER, sheetsXlsx: 200 },
  applicant1: STRANGER,
  auditor: STRANGER,
  secadmin: STRANGER,
};

const snapshot = () => tablesSnapshot(t.database.db, ['stage_results', 'stage_result_entries', 'result_objections', 'campaign_entries', 'score_sheets']);

describeAccessMatrix({
  app: () => t,
  actions: ACTIONS,
  expected: EXPECTED,
  request,
  snapshot,
  // Nobody's answer outside the organiser's views carries a judge or a score.
  check: (action, _actor, response) => {
    if (response.statusCode < 300 && !['preview', 'compare', 'analysis', 'record', 'sheetsXlsx', 'resultsXlsx'].includes(action)) expect(response.body).not.toMatch(/expertId|评委|scores/);
  },
});
