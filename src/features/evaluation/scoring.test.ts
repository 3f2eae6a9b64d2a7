/**
 * Draw, assignment and score sheets through the API: the published draw re-runs to the same
 * panel; conflicts are found or declared and the entry goes to a replacement; a judge sees only
 * their own assignments (blind where the stage says), commits before scoring, and submits once.
 * Every refusal is a zh/en 4xx that changes nothing; many judges submitting at once lose nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawPanel, DRAW_METHOD } from '../../shared/evaluation/judge-draw.js';
import { buildUser, buildZone } from '../../testing/factories.js';
import { createTestApp, type TestApp, type TestUser } from '../../testing/test-app.js';
import { buildJudges, buildScoredStage, demoJudges, type Judge } from './scoring.fixture.js';

let t: TestApp;
let staff: TestUser;
let zoneId: number;
const judges = new Map<number, Judge>();
beforeAll(async () => {
  t = await createTestApp();
  zoneId = (await buildZone(t)).id;
  staff = await buildUser(t, { role: 'zone_staff', zoneId });
  // The pool is every judge: the demo contest's 示例 judges and the six built here.
  for (const judge of [...(await demoJudges(t)), ...(await buildJudges(t, 6))]) judges.set(judge.expertId, judge);
});
afterAll(() => t.close());

const post = (user: TestUser | null, url: string, payload: object = {}, lang?: 'en') => t.call(user, { method: 'POST', url, payload, lang });
const put = (user: TestUser, url: string, payload: object) => t.call(user, { method: 'PUT', url, payload });
const judgeOf = (expertId: number) => judges.get(expertId)!;
const snapshot = async () =>
  JSON.stringify(
    await Promise.all((['stage_draws', 'stage_judges', 'stage_assignments', 'judge_conflicts', 'judge_commitments', 'score_sheets', 'audit_log'] as const).map((table) => t.database.db.selectFrom(table).selectAll().execute())),
  );

/** A drawn and assigned stage, scoring started: every panel judge, each entry's judges. */
async function assignedStage(entries = 3, perEntry = 2) {
  const setup = await buildScoredStage(t, staff, zoneId, entries);
  const draw = (await post(staff, `/api/campaigns/stages/${setup.stageId}/draw`, { size: judges.size })).json().draw;
  const assigned = await post(staff, `/api/campaigns/stages/${setup.stageId}/assignments`, { perEntry, loadCap: entries });
  expect(assigned.statusCode, assigned.body).toBe(201);
  const rows = await t.database.db.selectFrom('current_stage_assignments').select(['id', 'entry_id', 'expert_id']).where('stage_id', '=', setup.stageId).execute();
  return { ...setup, draw, rows };
}
const startScoring = async (stageId: number) => expect((await post(staff, `/api/campaigns/stages/${stageId}/start_scoring`)).statusCode).toBe(200);

describe('the draw', () => {
  it('publishes seed, method, pool and panel, and re-running it gives the same panel', async () => {
    const { stageId } = await buildScoredStage(t, staff, zoneId, 1);
    const [excluded] = [...judges.keys()];
    const drawn = await post(staff, `/api/campaigns/stages/${stageId}/draw`, { seed: 20211015, size: 3, exclusions: [{ expertId: excluded, reason: '本人申请回避' }] });
    expect(drawn.statusCode, drawn.body).toBe(201);
    const draw = drawn.json().draw;
    expect(draw).toMatchObject({ seed: 20211015, method: DRAW_METHOD, size: 3, exclusions: [{ expertId: excluded, reason: '本人申请回避' }], assignment: null });
    expect(draw.pool).toEqual([...draw.pool].sort((a: number, b: number) => a - b));
    expect(draw.panel).toEqual(drawPanel(draw.seed, draw.pool.map((id: number) => ({ id })), 3, draw.exclusions).map((e) => e.id));
    expect(draw.panel).not.toContain(excluded);
    expect(draw.verifyPath).toContain(`expect=${draw.panel.join('%2C')}`);
    expect((await t.call(staff, { method: 'GET', url: `/api/campaigns/stages/${stageId}/draw` })).json().draw).toEqual(draw);
    const before = await snapshot();
    const again = await post(staff, `/api/campaigns/stages/${stageId}/draw`, { size: 3 });
    expect(again.statusCode).toBe(409);
    expect(await snapshot()).toBe(before);
  });

  it('chooses the seed itself when none is given; refuses an exclusion outside the pool, a pool too small, a stranger', async () => {
    const { stageId } = await buildScoredStage(t, staff, zoneId, 1);
    const stranger = await buildUser(t, { role: 'zone_staff', zoneId: (await buildZone(t)).id });
    const judge = judgeOf([...judges.keys()][0]!);
    // Signed in first: a sign-in is itself audited.
    await Promise.all([t.cookieFor(stranger), t.cookieFor(judge)]);
    const before = await snapshot();
    const outside = await post(staff, `/api/campaigns/stages/${stageId}/draw`, { size: 2, exclusions: [{ expertId: 2147483647, reason: 'x' }] }, 'en');
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.message).toBe('Expert 2147483647 is not in the pool drawn from.');
    expect((await post(staff, `/api/campaigns/stages/${stageId}/draw`, { size: 1000 })).json().error.code).toBe('POOL_TOO_SMALL');
    expect((await post(stranger, `/api/campaigns/stages/${stageId}/draw`, { size: 1 })).statusCode).toBe(404);
    expect((await post(judge, `/api/campaigns/stages/${stageId}/draw`, { size: 1 })).statusCode).toBe(404);
    expect(await snapshot()).toBe(before);
    const drawn = (await post(staff, `/api/campaigns/stages/${stageId}/draw`, { size: 2 })).json().draw;
    expect(Number.isInteger(drawn.seed) && drawn.seed >= 0 && drawn.seed <= 4294967295).toBe(true);
  });
});

describe('assignment', () => {
  it('gives each entry its judges within the cap, never a judge of the same organisation', async () => {
    const setup = await buildScoredStage(t, staff, zoneId, 4);
    const [colleague] = await buildJudges(t, 1, [setup.companies[0]!]);
    judges.set(colleague!.expertId, colleague!);
    await post(staff, `/api/campaigns/stages/${setup.stageId}/draw`, { size: judges.size });
    const assigned = await post(staff, `/api/campaigns/stages/${setup.stageId}/assignments`, { perEntry: 3, loadCap: 2 });
    expect(assigned.statusCode, assigned.body).toBe(201);
    expect(assigned.json()).toMatchObject({ assigned: 12, short: [], draw: { assignment: { perEntry: 3, loadCap: 2 } } });
    const rows = await t.database.db.selectFrom('current_stage_assignments').select(['entry_id', 'expert_id']).where('stage_id', '=', setup.stageId).execute();
    expect(rows.filter((row) => row.expert_id === colleague!.expertId).map((row) => row.entry_id)).not.toContain(setup.entryIds[0]);
    const load = new Map<number, number>();
    for (const row of rows) load.set(row.expert_id, (load.get(row.expert_id) ?? 0) + 1);
    expect(Math.max(...load.values())).toBeLessThanOrEqual(2);
    expect((await post(staff, `/api/campaigns/stages/${setup.stageId}/assignments`, { perEntry: 1, loadCap: 1 })).json().error.code).toBe('ALREADY_ASSIGNED');
  });
});

describe('a judge', () => {
  it('sees only their own assignments, blind; commits before scoring; drafts, then submits once', async () => {
    const { stageId, criteria, rows, entryIds, companies } = await assignedStage();
    const mine = rows[0]!;
    const judge = judgeOf(mine.expert_id);
    const listed = (await t.call(judge, { method: 'GET', url: '/api/my/assignments' })).json().items.filter((a: { stageId: number }) => a.stageId === stageId);
    expect(listed.map((a: { id: number }) => a.id).sort()).toEqual(rows.filter((r) => r.expert_id === mine.expert_id).map((r) => r.id).sort());
    expect(listed[0].entry).toMatchObject({ companyName: null, zoneName: null });
    expect(JSON.stringify(listed)).not.toContain(companies[0]);
    const sheet = `/api/campaigns/stages/${stageId}/sheets/${mine.entry_id}`;
    const full = { [criteria[0]!]: 88, [criteria[1]!]: 7.5 };
    const before = await snapshot();
    expect((await put(judge, sheet, { scores: full })).json().error.code).toBe('SCORING_CLOSED');
    expect(await snapshot()).toBe(before);
    await startScoring(stageId);
    const beforeCommit = await snapshot();
    expect((await put(judge, sheet, { scores: full })).json().error.code).toBe('COMMITMENT_REQUIRED');
    expect(await snapshot()).toBe(beforeCommit);
    expect((await post(judge, `/api/campaigns/stages/${stageId}/commitment`, { accept: true })).json().commitment).toMatchObject({ stageId, textVersion: expect.any(String) });
    const committed = await snapshot();
    const unassigned = entryIds.find((id) => !rows.some((r) => r.expert_id === mine.expert_id && r.entry_id === id));
    for (const [url, payload, status, errorCode] of [
      [sheet, { scores: { [criteria[1]!]: 11 } }, 400, 'SCORE_OUT_OF_SCALE'],
      [sheet, { scores: { [criteria[0]!]: -1 } }, 400, 'SCORE_OUT_OF_SCALE'],
      [sheet, { scores: { 2147483647: 5 } }, 400, 'UNKNOWN_CRITERION'],
      ...(unassigned ? [[`/api/campaigns/stages/${stageId}/sheets/${unassigned}`, { scores: full }, 404, 'NOT_FOUND'] as const] : []),
    ] as const) {
      const refused = await put(judge, url, payload);
      expect(refused.statusCode, refused.body).toBe(status);
      expect(refused.json().error.code).toBe(errorCode);
    }
    expect(await snapshot()).toBe(committed);
    expect((await put(judge, sheet, { scores: { [criteria[0]!]: 88 } })).json().sheet).toMatchObject({ status: 'draft' });
    const incomplete = await post(judge, `${sheet}/submit`, {}, 'en');
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.json().error.code).toBe('SCORE_MISSING');
    const submitted = await post(judge, `${sheet}/submit`, { scores: full });
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json().sheet).toMatchObject({ status: 'submitted', scores: full });
    const done = await snapshot();
    expect((await post(judge, `${sheet}/submit`, { scores: full })).statusCode).toBe(409);
    expect((await put(judge, sheet, { scores: full })).statusCode).toBe(409);
    expect(await snapshot()).toBe(done);
    // Another judge of the same entry sees none of it.
    const other = judgeOf(rows.find((r) => r.entry_id === mine.entry_id && r.expert_id !== mine.expert_id)!.expert_id);
    const theirs = (await t.call(other, { method: 'GET', url: '/api/my/assignments' })).json().items.filter((a: { stageId: number }) => a.stageId === stageId);
    expect(theirs.every((a: { sheet: unknown }) => a.sheet === null)).toBe(true);
    const progress = (await t.call(staff, { method: 'GET', url: `/api/campaigns/stages/${stageId}/progress` })).json();
    expect(progress.entries.find((e: { entryId: number }) => e.entryId === mine.entry_id)).toMatchObject({ assigned: 2, submitted: 1 });
    expect(progress.judges.find((j: { expertId: number }) => j.expertId === mine.expert_id)).toMatchObject({ committed: true, submitted: 1 });
    expect((await t.call(judge, { method: 'GET', url: `/api/campaigns/stages/${stageId}/progress` })).statusCode).toBe(404);
  });

  it('is refused after the stage\'s end date', async () => {
    const { stageId, criteria, rows } = await assignedStage(1, 1);
    await startScoring(stageId);
    const judge = judgeOf(rows[0]!.expert_id);
    await post(judge, `/api/campaigns/stages/${stageId}/commitment`, { accept: true });
    await t.database.db.updateTable('campaign_stages').set({ ends_on: '2020-01-01' }).where('id', '=', stageId).execute();
    const late = await put(judge, `/api/campaigns/stages/${stageId}/sheets/${rows[0]!.entry_id}`, { scores: { [criteria[0]!]: 50 } });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toBe('评分已于 2020-01-01 截止。');
  });

  it('declaring a conflict hands the entry to a replacement, recorded and audited', async () => {
    const { stageId, rows } = await assignedStage(2, 1);
    const mine = rows[0]!;
    const judge = judgeOf(mine.expert_id);
    const declared = await post(judge, `/api/my/assignments/${mine.id}/conflict`, { reason: '曾为该企业提供咨询' });
    expect(declared.statusCode, declared.body).toBe(200);
    const { assignmentId, expertId } = declared.json().replacedBy;
    expect(expertId).not.toBe(mine.expert_id);
    const old = await t.database.db.selectFrom('stage_assignments').selectAll().where('id', '=', mine.id).executeTakeFirstOrThrow();
    expect(old).toMatchObject({ replaced_by: assignmentId, replaced_reason: '曾为该企业提供咨询' });
    const replacement = (await t.call(judgeOf(expertId), { method: 'GET', url: '/api/my/assignments' })).json().items;
    expect(replacement.map((a: { id: number }) => a.id)).toContain(assignmentId);
    const gone = (await t.call(judge, { method: 'GET', url: '/api/my/assignments' })).json().items;
    expect(gone.map((a: { id: number }) => a.id)).not.toContain(mine.id);
    const audit = await t.database.db.selectFrom('audit_log').select(['type']).where('entity_id', '=', String(mine.id)).orderBy('id').execute();
    expect(audit.map((row) => row.type)).toContain('stage_assignment.replaced');
    expect((await post(judge, `/api/my/assignments/${mine.id}/conflict`, { reason: '再次' })).statusCode).toBe(404);
  });
});

describe('many judges submitting at once', () => {
  it('lose and duplicate nothing', async () => {
    const { stageId, criteria, rows } = await assignedStage(3, 3);
    await startScoring(stageId);
    for (const expertId of new Set(rows.map((r) => r.expert_id))) await post(judgeOf(expertId), `/api/campaigns/stages/${stageId}/commitment`, { accept: true });
    const scores = { [criteria[0]!]: 70, [criteria[1]!]: 8 };
    const answers = await Promise.all(
      rows.flatMap((row) => [0, 1].map(() => post(judgeOf(row.expert_id), `/api/campaigns/stages/${stageId}/sheets/${row.entry_id}/submit`, { scores }))),
    );
    expect(answers.filter((a) => a.statusCode === 200)).toHaveLength(rows.length);
    expect(answers.filter((a) => a.statusCode === 409)).toHaveLength(rows.length);
    const sheets = await t.database.db.selectFrom('score_sheets').selectAll().where('stage_id', '=', stageId).execute();
    expect(sheets).toHaveLength(rows.length);
    expect(sheets.every((sheet) => sheet.status === 'submitted')).toBe(true);
  });
});
