/**
 * The access matrix of entries, draws, assignments and score sheets: every route × demo role,
 * on an open contest of 宜宾's whose blind scored stage is drawn, assigned and scoring, with the
 * demo judge (judge1) on its panel. A record the role may not see answers 404 (a judge sees only
 * their own assignments), one it sees but may not change 403, a state that forbids the step 409,
 * and every refusal leaves the database as it was.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import { createTestApp, zoneIdByCode, type DemoUser, type TestApp } from '../../testing/test-app.js';
import { describeAccessMatrix, tablesSnapshot } from './access-matrix.fixture.js';
import { buildJudges, buildScoredStage, retireDemoJudges } from './scoring.fixture.js';

type Actor = DemoUser | null;
let t: TestApp;
let f: { campaignId: number; stageId: number; criteria: number[]; mineEntry: number; othersAssignment: number; othersEntry: number };

beforeAll(async () => {
  t = await createTestApp();
  const yibin = await zoneIdByCode(t, 'SC-P-YB');
  // The panel is judge1 and the two built here: the demo contest's judges leave the pool first.
  await retireDemoJudges(t);
  const judge1 = await t.database.db.selectFrom('users').select('id').where('username', '=', 'judge1').executeTakeFirstOrThrow();
  await t.database.db.insertInto('experts').values({ name: '演示评委', field: '综合', user_id: judge1.id }).execute();
  await buildJudges(t, 2);
  const setup = await buildScoredStage(t, 'yibin', yibin, 2);
  const call = async (method: 'POST', url: string, payload: object) => {
    const response = await t.call('yibin', { method, url, payload });
    if (response.statusCode >= 300) throw new Error(`${url}: ${response.body}`);
  };
  await call('POST', `/api/campaigns/stages/${setup.stageId}/draw`, { size: 3 });
  await call('POST', `/api/campaigns/stages/${setup.stageId}/assignments`, { perEntry: 2, loadCap: 2 });
  await call('POST', `/api/campaigns/stages/${setup.stageId}/start_scoring`, {});
  const rows = await t.database.db.selectFrom('current_stage_assignments').select(['id', 'entry_id', 'judge_user_id']).where('stage_id', '=', setup.stageId).execute();
  const mine = rows.find((row) => row.judge_user_id === judge1.id)!;
  const others = rows.find((row) => row.judge_user_id !== judge1.id && !rows.some((r) => r.judge_user_id === judge1.id && r.entry_id === row.entry_id)) ?? rows.find((row) => row.judge_user_id !== judge1.id)!;
  f = { campaignId: setup.campaign.id, stageId: setup.stageId, criteria: setup.criteria, mineEntry: mine.entry_id, othersAssignment: others.id, othersEntry: others.entry_id };
});
afterAll(() => t.close());

const ACTIONS = ['listEntries', 'nominate', 'myEntries', 'registrationForm', 'register', 'draw', 'readDraw', 'assign', 'myAssignments', 'othersConflict', 'commit', 'saveSheet', 'othersSheet', 'progress', 'remind'] as const;
type Action = (typeof ACTIONS)[number];

function request(action: Action) {
  const stage = `/api/campaigns/stages/${f.stageId}`;
  const scores = { [f.criteria[0]!]: 80 };
  switch (action) {
    case 'listEntries': return { method: 'GET', url: `/api/campaigns/${f.campaignId}/entries` } as const;
    case 'nominate': return { method: 'POST', url: `/api/campaigns/${f.campaignId}/entries`, payload: { innovationId: 1 } } as const;
    case 'myEntries': return { method: 'GET', url: '/api/my/entries' } as const;
    case 'registrationForm': return { method: 'GET', url: `/api/public/campaigns/${f.campaignId}/registration` } as const;
    case 'register': return { method: 'POST', url: `/api/public/campaigns/2147483647/registrations`, payload: { companyName: '某公司', creditCode: '91350100M000100Y43', projectName: '项目', categoryId: 1, contact: '张 1', password: 'Reg!stration2026' } } as const;
    case 'draw': return { method: 'POST', url: `${stage}/draw`, payload: { size: 1 } } as const;
    case 'readDraw': return { method: 'GET', url: `${stage}/draw` } as const;
    case 'assign': return { method: 'POST', url: `${stage}/assignments`, payload: { perEntry: 1, loadCap: 1 } } as const;
    case 'myAssignments': return { method: 'GET', url: '/api/my/assignments' } as const;
    case 'othersConflict': return { method: 'POST', url: `/api/my/assignments/${f.othersAssignment}/conflict`, payload: { reason: '冒名申报' } } as const;
    case 'commit': return { method: 'POST', url: `${stage}/commitment`, payload: { accept: true } } as const;
    case 'saveSheet': return { method: 'PUT', url: `${stage}/sheets/${f.mineEntry}`, payload: { scores } } as const;
    case 'othersSheet': return { method: 'POST', url: `${stage}/sheets/${f.othersEntry === f.mineEntry ? 2147483647 : f.othersEntry}/submit`, payload: { scores } } as const;
    case 'progress': return { method: 'GET', url: `${stage}/progress` } as const;
    case 'remind': return { method: 'POST', url: `${stage}/reminders` } as const;
  }
}

const all = (status: number) => Object.fromEntries(ACTIONS.map((a) => [a, status])) as Record<Action, number>;
/** Signed in, not the organiser, not on the panel: their own lists (empty), the open contest's public form, 404 for the rest (and for a registration to a contest that is not open). */
const STRANGER: Record<Action, number> = { ...all(404), myEntries: 200, myAssignments: 200, registrationForm: 200 };
/** The organiser: the setup done (409), the judge's routes not theirs (404). */
const ORGANISER: Record<Action, number> = { ...STRANGER, listEntries: 200, nominate: 409, draw: 409, readDraw: 200, assign: 409, progress: 200 };

const EXPECTED: Record<string, Record<Action, number>> = {
  public: { ...all(401), registrationForm: 200, register: 404, readDraw: 404 },
  admin: { ...ORGANISER, remind: 409 },
  // 宜宾 reminds the judges first; the province office's reminder within the hour is refused.
  yibin: { ...ORGANISER, remind: 200 },
  deyang: STRANGER,
  judge1: { ...STRANGER, commit: 200, saveSheet: 200 },
  applicant1: STRANGER,
  auditor: STRANGER,
  secadmin: STRANGER,
};

const snapshot = () =>
  tablesSnapshot(t.database.db, ['campaign_entries', 'users', 'stage_draws', 'stage_judges', 'stage_assignments', 'judge_conflicts', 'judge_commitments', 'score_sheets', 'notifications']);

describeAccessMatrix({
  app: () => t,
  actions: ACTIONS,
  expected: EXPECTED,
  request,
  snapshot,
  check: (action, actor, response) => {
    if (action === 'myAssignments' && actor !== 'judge1' && actor) expect(response.json()).toEqual({ items: [], stages: [] });
    // The judge reads the criteria of the stages they are assigned on, and of no other.
    if (action === 'myAssignments' && actor === 'judge1') expect(response.json().stages).toEqual([{ stageId: f.stageId, criteria: expect.any(Array) }]);
  },
});
