/**
 * The non-scored stages' records through the routes: a due-diligence checklist, checks and
 * conclusions, the close refused while a finalist has none and then eliminating the 不通过 ones;
 * a qualification check the same way, marking those who pass 资格审查通过;
 * an activity stage's sessions, attendance and minimum; what the applicant sees of its own entry.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../../../testing/factories.js';
import { createTestApp, zoneIdByCode, type TestApp, type TestUser } from '../../../testing/test-app.js';
import { buildActivityStages, type ActivityStages } from './activities.fixture.js';

let t: TestApp;
let yibin = 0;
let applicant: TestUser;

beforeAll(async () => {
  t = await createTestApp();
  yibin = await zoneIdByCode(t, 'SC-P-YB');
  applicant = await buildUser(t, { role: 'applicant' });
});
afterAll(() => t.close());

const ITEMS = [
  { name: '营业执照与信用代码核验', description: '核对营业执照与统一社会信用代码', required: true },
  { name: '财务报表', required: true },
  { name: '知识产权权属', required: true },
  { name: '团队与股权结构', required: true },
  { name: '实地走访', required: false },
];

async function statuses(ids: number[]) {
  const rows = await t.database.db.selectFrom('campaign_entries').select(['id', 'status']).where('id', 'in', ids).orderBy('id').execute();
  return rows.map((row) => row.status);
}

const auditCount = async (type: string, entityId: number) =>
  Number((await t.database.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).where('type', '=', type).where('entity_id', '=', String(entityId)).executeTakeFirstOrThrow()).n);

describe('a due-diligence stage', () => {
  let s: ActivityStages;
  let items: { id: number; name: string }[];
  beforeAll(async () => {
    s = await buildActivityStages(t, 'yibin', yibin, { entries: 3, applicantId: applicant.id });
    items = (await s.call('PUT', `/api/campaigns/stages/${s.diligenceId}/diligence/checklist`, { items: ITEMS })).items;
  });

  it('keeps the checklist in order, and an item its id (and its checks) across an edit', async () => {
    expect(items.map((i) => i.name)).toEqual(ITEMS.map((i) => i.name));
    await s.call('PUT', `/api/campaigns/stages/${s.diligenceId}/diligence/checks`, { checks: [{ entryId: s.entryIds[0], itemId: items[4]!.id, outcome: 'pending', note: '待约时间' }] });
    const edited = await t.call('yibin', { method: 'PUT', url: `/api/campaigns/stages/${s.diligenceId}/diligence/checklist`, payload: { items: [...ITEMS.slice(0, 4).map((item, i) => ({ ...item, id: items[i]!.id })), { id: items[4]!.id, name: '实地走访（可选）', required: false }] } });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().items.map((i: { id: number }) => i.id)).toEqual(items.map((i) => i.id));
    expect(edited.json().entries.find((e: { entryId: number }) => e.entryId === s.entryIds[0]).checks).toMatchObject([{ itemId: items[4]!.id, outcome: 'pending', note: '待约时间' }]);
    expect(await auditCount('stage_checklist.set', s.diligenceId)).toBe(2);
  });

  it('refuses an item not of the stage, a duplicate name, an entry not in the running (400), and changes nothing', async () => {
    const before = await t.call('yibin', { method: 'GET', url: `/api/campaigns/stages/${s.diligenceId}/diligence` });
    const bad = [
      { url: 'checklist', payload: { items: [{ id: 999_999, name: '别的' }] } },
      { url: 'checklist', payload: { items: [{ name: '财务报表' }, { name: '财务报表' }] } },
      { url: 'checks', payload: { checks: [{ entryId: s.outsiderId, itemId: items[0]!.id, outcome: 'pass' }] } },
      { url: 'checks', payload: { checks: [{ entryId: s.entryIds[0], itemId: 999_999, outcome: 'pass' }] } },
      { url: 'conclusion', payload: { entryId: s.entryIds[1], passed: false } },
    ];
    for (const { url, payload } of bad) {
      const response = await t.call('yibin', { method: 'PUT', url: `/api/campaigns/stages/${s.diligenceId}/diligence/${url}`, payload });
      expect(response.statusCode, `${url} ${response.body}`).toBe(400);
      expect(response.json().error.message).toMatch(/[\u4e00-\u9fa5]/);
    }
    expect((await t.call('yibin', { method: 'GET', url: `/api/campaigns/stages/${s.diligenceId}/diligence` })).body).toBe(before.body);
  });

  it('gives 通过 only once every required item passed, 不通过 with its reason; the close waits for every conclusion, then eliminates the 不通过', async () => {
    const base = `/api/campaigns/stages/${s.diligenceId}/diligence`;
    const early = await t.call('yibin', { method: 'PUT', url: `${base}/conclusion`, payload: { entryId: s.entryIds[0], passed: true } });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toContain('4');
    const required = items.slice(0, 4);
    const checks = s.entryIds.slice(0, 2).flatMap((entryId) => required.map((item) => ({ entryId, itemId: item.id, outcome: 'pass' })));
    const recorded = await s.call('PUT', `${base}/checks`, { checks: [...checks, { entryId: s.entryIds[2], itemId: required[1]!.id, outcome: 'fail', note: '报表未审计' }] });
    expect(recorded.entries.find((e: { entryId: number }) => e.entryId === s.entryIds[2]).checks[0]).toMatchObject({ outcome: 'fail', note: '报表未审计', by: expect.any(String) });
    await s.call('PUT', `${base}/conclusion`, { entryId: s.entryIds[0], passed: true });
    const one = await s.call('PUT', `${base}/conclusion`, { entryId: s.entryIds[2], passed: false, reason: '财务报表未通过核查' });
    expect(one.missing).toBe(1);

    const refused = await t.call('yibin', { method: 'POST', url: `/api/campaigns/stages/${s.diligenceId}/close`, payload: {} });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toBe('还有 1 个参评项目没有核查结论，阶段不能结束。');
    expect(await statuses(s.entryIds)).toEqual(['qualified', 'qualified', 'qualified']);

    await s.call('PUT', `${base}/conclusion`, { entryId: s.entryIds[1], passed: true });
    const closed = await t.call('yibin', { method: 'POST', url: `/api/campaigns/stages/${s.diligenceId}/close`, payload: {} });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(await statuses(s.entryIds)).toEqual(['qualified', 'qualified', 'eliminated']);
    const outcomes = await t.database.db.selectFrom('stage_outcomes').select(['entry_id', 'prior_status']).where('stage_id', '=', s.diligenceId).orderBy('entry_id').execute();
    expect(outcomes.map((o) => o.prior_status)).toEqual(['qualified', 'qualified', 'qualified']);
    expect(await auditCount('stage_outcomes.applied', s.diligenceId)).toBe(1);
    expect(await auditCount('stage_conclusion.set', s.diligenceId)).toBe(3);

    // Closed: the record stays (the eliminated entry too), and nothing more is written.
    expect((await t.call('yibin', { method: 'PUT', url: `${base}/checklist`, payload: { items: [] } })).statusCode).toBe(409);
    const view = (await t.call('yibin', { method: 'GET', url: base })).json();
    expect(view.entries.map((e: { entryId: number }) => e.entryId)).toEqual(s.entryIds);
    expect(view.abilities).toEqual({ setup: false, record: false });
    const late = await t.call('yibin', { method: 'PUT', url: `${base}/conclusion`, payload: { entryId: s.entryIds[0], passed: false, reason: '改' } });
    expect(late.statusCode).toBe(409);
  });

  it('the applicant sees its entry passed, never the notes or who checked', async () => {
    const mine = await t.call(applicant, { method: 'GET', url: `/api/my/entries/${s.entryIds[0]}/stages` });
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json().stages).toContainEqual({ stageId: s.diligenceId, name: '尽职调查', kind: 'due_diligence', status: 'closed', attendance: null, passed: true });
    expect(mine.body).not.toMatch(/待约时间|报表未审计|财务报表/);
    expect((await t.call(applicant, { method: 'GET', url: `/api/my/entries/${s.entryIds[1]}/stages` })).statusCode).toBe(404);
  });

  it('is not an activity stage, and an activity stage has no checklist (409)', async () => {
    expect((await t.call('yibin', { method: 'GET', url: `/api/campaigns/stages/${s.diligenceId}/attendance` })).statusCode).toBe(409);
    expect((await t.call('yibin', { method: 'GET', url: `/api/campaigns/stages/${s.activityId}/diligence` })).statusCode).toBe(409);
  });
});

describe('a qualification stage (资格审查)', () => {
  it('is a checklist too: the close waits for every conclusion, then qualifies the 通过 and eliminates the 不通过', async () => {
    const s = await buildActivityStages(t, 'yibin', yibin, { entries: 3, applicantId: applicant.id, entryStatus: 'registered', qualification: true });
    const base = `/api/campaigns/stages/${s.qualificationId}/diligence`;
    const [item] = (await s.call('PUT', `${base}/checklist`, { items: [{ name: '注册地与经营范围符合报名条件', required: true }] })).items;
    await s.call('PUT', `${base}/checks`, { checks: s.entryIds.slice(0, 2).map((entryId) => ({ entryId, itemId: item.id, outcome: 'pass' })) });
    for (const entryId of s.entryIds.slice(0, 2)) await s.call('PUT', `${base}/conclusion`, { entryId, passed: true });
    const refused = await t.call('yibin', { method: 'POST', url: `/api/campaigns/stages/${s.qualificationId}/close`, payload: {} });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toBe('还有 1 个参评项目没有核查结论，阶段不能结束。');
    expect(await statuses(s.entryIds)).toEqual(['registered', 'registered', 'registered']);

    await s.call('PUT', `${base}/conclusion`, { entryId: s.entryIds[2], passed: false, reason: '注册地不在片区内' });
    const closed = await t.call('yibin', { method: 'POST', url: `/api/campaigns/stages/${s.qualificationId}/close`, payload: {} });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(await statuses(s.entryIds)).toEqual(['qualified', 'qualified', 'eliminated']);
    const applied = await t.database.db.selectFrom('audit_log').select('after').where('type', '=', 'stage_outcomes.applied').where('entity_id', '=', String(s.qualificationId)).executeTakeFirstOrThrow();
    expect(applied.after).toMatchObject({ eliminated: [s.entryIds[2]], qualified: s.entryIds.slice(0, 2) });
    const mine = await t.call(applicant, { method: 'GET', url: `/api/my/entries/${s.entryIds[0]}/stages` });
    expect(mine.json().stages).toContainEqual({ stageId: s.qualificationId, name: '资格审查', kind: 'qualification', status: 'closed', attendance: null, passed: true });
    // Neither an activity nor a scored stage: it has no sessions.
    expect((await t.call('yibin', { method: 'GET', url: `/api/campaigns/stages/${s.qualificationId}/attendance` })).statusCode).toBe(409);
  });
});

describe('an activity stage', () => {
  let s: ActivityStages;
  beforeAll(async () => {
    s = await buildActivityStages(t, 'yibin', yibin, { entries: 3, applicantId: applicant.id });
  });

  it('takes sessions within its dates and attendance per entry, counts it, and applies its minimum on close', async () => {
    const base = `/api/campaigns/stages/${s.activityId}`;
    const outside = await t.call('yibin', { method: 'POST', url: `${base}/sessions`, payload: { heldOn: '2021-10-16', title: '路演训练' } });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.message).toContain('2021-10-11');
    await s.call('POST', `${base}/sessions`, { heldOn: '2021-10-11', title: '开营仪式', place: '烟台片区' });
    const two = await s.call('POST', `${base}/sessions`, { heldOn: '2021-10-12', title: '商业计划书辅导' });
    const [first, second] = two.sessions as { id: number }[];
    await s.call('PUT', `${base}/attendance/rule`, { minAttendance: 2 });
    const all = s.entryIds.map((entryId) => ({ entryId, status: 'present' }));
    await s.call('PUT', `/api/campaigns/sessions/${first!.id}/attendance`, { records: all });
    const view = await s.call('PUT', `/api/campaigns/sessions/${second!.id}/attendance`, {
      records: [{ entryId: s.entryIds[0], status: 'present' }, { entryId: s.entryIds[1], status: 'excused', note: '出差' }, { entryId: s.entryIds[2], status: 'absent' }],
    });
    expect(view.entries.map((e: { attended: number }) => e.attended)).toEqual([2, 1, 1]);
    expect(view.sessions.map((x: { present: number }) => x.present)).toEqual([3, 1]);
    expect(view.minAttendance).toBe(2);
    const outsider = await t.call('yibin', { method: 'PUT', url: `/api/campaigns/sessions/${first!.id}/attendance`, payload: { records: [{ entryId: s.outsiderId, status: 'present' }] } });
    expect(outsider.statusCode).toBe(400);

    const closed = await t.call('yibin', { method: 'POST', url: `${base}/close`, payload: {} });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(await statuses(s.entryIds)).toEqual(['qualified', 'eliminated', 'eliminated']);
    const after = (await t.call('yibin', { method: 'GET', url: `${base}/attendance` })).json();
    expect(after.entries.map((e: { passed: boolean | null }) => e.passed)).toEqual([true, false, false]);
    expect((await t.call('yibin', { method: 'DELETE', url: `/api/campaigns/sessions/${first!.id}` })).statusCode).toBe(409);

    const mine = (await t.call(applicant, { method: 'GET', url: `/api/my/entries/${s.entryIds[0]}/stages` })).json();
    expect(mine.stages).toContainEqual({ stageId: s.activityId, name: '训练营', kind: 'activity', status: 'closed', attendance: { sessions: 2, present: 2, excused: 0, absent: 0, minAttendance: 2 }, passed: true });
  });

  it('without a minimum, attendance decides nothing; a session goes with its attendance', async () => {
    const other = await buildActivityStages(t, 'yibin', yibin, { entries: 2 });
    const base = `/api/campaigns/stages/${other.activityId}`;
    const view = await other.call('POST', `${base}/sessions`, { heldOn: '2021-10-13', title: '党史学习' });
    const session = view.sessions[0].id as number;
    await other.call('PUT', `/api/campaigns/sessions/${session}/attendance`, { records: [{ entryId: other.entryIds[0], status: 'absent' }] });
    const removed = await t.call('yibin', { method: 'DELETE', url: `/api/campaigns/sessions/${session}` });
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json().sessions).toEqual([]);
    expect(await auditCount('stage_session.deleted', other.activityId)).toBe(1);
    await other.call('POST', `${base}/sessions`, { heldOn: '2021-10-14', title: '党史学习' }).then((v) => other.call('PUT', `/api/campaigns/sessions/${v.sessions[0].id}/attendance`, { records: [{ entryId: other.entryIds[0], status: 'absent' }] }));
    expect((await t.call('yibin', { method: 'POST', url: `${base}/close`, payload: {} })).statusCode).toBe(200);
    expect(await statuses(other.entryIds)).toEqual(['qualified', 'qualified']);
  });
});
