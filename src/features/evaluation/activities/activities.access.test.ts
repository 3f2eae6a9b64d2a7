/**
 * The access matrix of the non-scored stages' records: every route × demo role, on an open
 * contest of 宜宾's with a due-diligence and an activity stage (the demo applicant owning one of
 * its entries), and the activity stage of a published one. The organiser (宜宾's staff, the
 * province office) reads and writes; a judge, another zone and every other role get 404 while the
 * campaign is not theirs to see and 403 once it is public; the public 401; an applicant reads only
 * its own entry's counts and outcomes. Every refusal leaves the database as it was.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import { createTestApp, zoneIdByCode, type DemoUser, type TestApp } from '../../../testing/test-app.js';
import { describeAccessMatrix, tablesSnapshot } from '../access-matrix.fixture.js';
import { buildActivityStages, type ActivityStages } from './activities.fixture.js';

type Actor = DemoUser | null;
let t: TestApp;
let s: ActivityStages;
let published: ActivityStages;
let itemId = 0;
let attendanceSession = 0;
const spareSessions: number[] = [];

beforeAll(async () => {
  t = await createTestApp();
  const yibin = await zoneIdByCode(t, 'SC-P-YB');
  const applicant = await t.database.db.selectFrom('users').select('id').where('username', '=', 'applicant1').executeTakeFirstOrThrow();
  s = await buildActivityStages(t, 'yibin', yibin, { entries: 2, applicantId: applicant.id });
  itemId = (await s.call('PUT', `/api/campaigns/stages/${s.diligenceId}/diligence/checklist`, { items: [{ name: '财务报表', required: true }] })).items[0].id;
  const add = async (heldOn: string) => (await s.call('POST', `/api/campaigns/stages/${s.activityId}/sessions`, { heldOn, title: `场次${heldOn}` })).sessions.at(-1).id as number;
  attendanceSession = await add('2021-10-11');
  for (const day of ['2021-10-12', '2021-10-13']) spareSessions.push(await add(day));

  published = await buildActivityStages(t, 'yibin', yibin, { entries: 0 });
  for (const [id, steps] of [[published.campaign.stageId, ['open', 'close']], [published.diligenceId, ['close']], [published.activityId, ['close']]] as const) {
    for (const step of steps) await published.call('POST', `/api/campaigns/stages/${id}/${step}`, {});
  }
  for (const step of ['close', 'publish']) await published.call('POST', `/api/campaigns/${published.campaign.id}/${step}`, {});
});
afterAll(() => t.close());

const ACTIONS = ['diligence', 'checklist', 'checks', 'conclusion', 'attendance', 'rule', 'addSession', 'deleteSession', 'recordAttendance', 'myStages', 'publishedAttendance'] as const;
type Action = (typeof ACTIONS)[number];

function request(action: Action) {
  const stage = (id: number) => `/api/campaigns/stages/${id}`;
  switch (action) {
    case 'diligence': return { method: 'GET', url: `${stage(s.diligenceId)}/diligence` } as const;
    case 'checklist': return { method: 'PUT', url: `${stage(s.diligenceId)}/diligence/checklist`, payload: { items: [{ id: itemId, name: '财务报表', required: true }] } } as const;
    case 'checks': return { method: 'PUT', url: `${stage(s.diligenceId)}/diligence/checks`, payload: { checks: [{ entryId: s.entryIds[0], itemId, outcome: 'pending', note: '内部备注' }] } } as const;
    case 'conclusion': return { method: 'PUT', url: `${stage(s.diligenceId)}/diligence/conclusion`, payload: { entryId: s.entryIds[1], passed: false, reason: '内部理由' } } as const;
    case 'attendance': return { method: 'GET', url: `${stage(s.activityId)}/attendance` } as const;
    case 'rule': return { method: 'PUT', url: `${stage(s.activityId)}/attendance/rule`, payload: { minAttendance: 1 } } as const;
    case 'addSession': return { method: 'POST', url: `${stage(s.activityId)}/sessions`, payload: { heldOn: '2021-10-14', title: '新场次' } } as const;
    case 'deleteSession': return { method: 'DELETE', url: `/api/campaigns/sessions/${spareSessions[0]}` } as const;
    case 'recordAttendance': return { method: 'PUT', url: `/api/campaigns/sessions/${attendanceSession}/attendance`, payload: { records: [{ entryId: s.entryIds[0], status: 'excused', note: '内部备注' }] } } as const;
    case 'myStages': return { method: 'GET', url: `/api/my/entries/${s.entryIds[0]}/stages` } as const;
    case 'publishedAttendance': return { method: 'GET', url: `${stage(published.activityId)}/attendance` } as const;
  }
}

const all = (status: number) => Object.fromEntries(ACTIONS.map((a) => [a, status])) as Record<Action, number>;
/** Signed in, not the organiser: the open campaign is not theirs to see (404); the published one they see, and may not read its records (403). */
const STRANGER: Record<Action, number> = { ...all(404), publishedAttendance: 403 };
const ORGANISER: Record<Action, number> = {
  diligence: 200, checklist: 200, checks: 200, conclusion: 200, attendance: 200, rule: 200, addSession: 201, deleteSession: 200, recordAttendance: 200,
  myStages: 404, publishedAttendance: 200,
};

const EXPECTED: Record<string, Record<Action, number>> = {
  public: all(401),
  admin: ORGANISER,
  yibin: ORGANISER,
  deyang: STRANGER,
  judge1: STRANGER,
  applicant1: { ...STRANGER, myStages: 200 },
  auditor: STRANGER,
  secadmin: STRANGER,
};

const snapshot = () =>
  tablesSnapshot(t.database.db, ['stage_activity_rules', 'stage_checklist_items', 'stage_checks', 'stage_sessions', 'stage_attendance', 'stage_outcomes', 'campaign_entries', 'campaign_stages']);

describeAccessMatrix({
  app: () => t,
  actions: ACTIONS,
  expected: EXPECTED,
  request,
  snapshot,
  check: (action, actor, response) => {
    // A deleted session is gone: the next organiser deletes the next one.
    if (action === 'deleteSession' && response.statusCode === 200) spareSessions.shift();
    // The applicant's own view carries no note, reason or who recorded it.
    if (action === 'myStages' && actor === 'applicant1') expect(response.body).not.toMatch(/内部|"by"|"note"|"reason"/);
  },
});
