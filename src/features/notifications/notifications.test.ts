/**
 * 站内通知 through the API: judges hear of their assignments (each their own count) and of the
 * organiser's reminder (only those behind, once an hour); an applicant of its registration; a
 * person reads, counts and marks only their own; the texts read in both languages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, buildZone } from '../../testing/factories.js';
import { createTestApp, type TestApp, type TestUser } from '../../testing/test-app.js';
import { buildJudges, buildScoredStage, retireDemoJudges, type Judge } from '../evaluation/scoring.fixture.js';

let t: TestApp;
let staff: TestUser;
let zoneId: number;
let judges: Judge[];
beforeAll(async () => {
  t = await createTestApp();
  zoneId = (await buildZone(t)).id;
  staff = await buildUser(t, { role: 'zone_staff', zoneId });
  await retireDemoJudges(t);
  judges = await buildJudges(t, 3);
});
afterAll(() => t.close());

const post = (user: TestUser | null, url: string, payload: object = {}) => t.call(user, { method: 'POST', url, payload });
const get = (user: TestUser, url: string, lang?: 'en') => t.call(user, { method: 'GET', url, lang });
const mine = async (user: TestUser, query = '', lang?: 'en') => (await get(user, `/api/my/notifications${query}`, lang)).json();

/** A stage of `entries` entries with every judge drawn and `perEntry` judges on each; its assignments per judge. */
async function assigned(entries: number, perEntry: number) {
  const setup = await buildScoredStage(t, staff, zoneId, entries);
  expect((await post(staff, `/api/campaigns/stages/${setup.stageId}/draw`, { size: judges.length })).statusCode).toBe(201);
  expect((await post(staff, `/api/campaigns/stages/${setup.stageId}/assignments`, { perEntry, loadCap: entries })).statusCode).toBe(201);
  const rows = await t.database.db.selectFrom('current_stage_assignments').select(['judge_user_id', 'entry_id', 'expert_id']).where('stage_id', '=', setup.stageId).execute();
  return { ...setup, rows };
}

describe('notifications', () => {
  it('tell each assigned judge their own count, in either language, leading to their page', async () => {
    const before = await Promise.all(judges.map(async (judge) => (await mine(judge)).total as number));
    const { rows, campaign } = await assigned(3, 2);
    const title = (await t.database.db.selectFrom('campaigns').select('title').where('id', '=', campaign.id).executeTakeFirstOrThrow()).title;
    for (const [index, judge] of judges.entries()) {
      const count = rows.filter((row) => row.judge_user_id === judge.id).length;
      const list = await mine(judge);
      expect(list.total).toBe(before[index]! + (count > 0 ? 1 : 0));
      if (count === 0) continue;
      const [latest] = list.items;
      expect(latest).toMatchObject({ kindLabel: '评审任务', title: `新的评审任务：${title}`, link: '/console/my-reviews', readAt: null });
      expect(latest.body).toContain(`的 ${count} 个项目`);
      const english = (await mine(judge, '', 'en')).items[0];
      expect(english.title).toBe(`New judging assignment: ${title}`);
      expect(english.body).toContain(`judge ${count} entries`);
    }
  });

  it('are read, counted and marked by their person alone; anyone else is told there is no such notification', async () => {
    const [judge, other] = judges as [Judge, Judge];
    const { items, unread } = await mine(judge);
    expect(unread).toBeGreaterThan(0);
    expect((await get(judge, '/api/my/notifications/unread-count')).json()).toEqual({ unread });
    const target = items[0];
    const refused = await post(other, `/api/my/notifications/${target.id}/read`);
    expect(refused.statusCode).toBe(404);
    expect((await mine(judge)).items[0].readAt).toBeNull();
    const read = await post(judge, `/api/my/notifications/${target.id}/read`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ notification: { id: target.id }, unread: unread - 1 });
    const readAt = read.json().notification.readAt;
    expect(readAt).not.toBeNull();
    // Reading it again changes nothing: the first time stays.
    expect((await post(judge, `/api/my/notifications/${target.id}/read`)).json().notification.readAt).toBe(readAt);
    expect((await mine(judge, '?unread=true')).items.map((item: { id: number }) => item.id)).not.toContain(target.id);
    const all = await post(judge, '/api/my/notifications/read-all');
    expect(all.json()).toEqual({ marked: unread - 1, unread: 0 });
    expect((await get(judge, '/api/my/notifications/unread-count')).json()).toEqual({ unread: 0 });
    expect((await t.call(null, { method: 'GET', url: '/api/my/notifications' })).statusCode).toBe(401);
  });

  it('remind the judges still scoring: refused before scoring and twice within the hour, changing nothing', async () => {
    const { stageId, rows, criteria, entryIds } = await assigned(2, 2);
    const count = () => t.database.db.selectFrom('notifications').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const early = await post(staff, `/api/campaigns/stages/${stageId}/reminders`);
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toContain('评分中');
    expect((await post(staff, `/api/campaigns/stages/${stageId}/start_scoring`)).statusCode).toBe(200);
    // One judge finishes every sheet first: the reminder skips them.
    const done = judges.find((judge) => rows.some((row) => row.judge_user_id === judge.id))!;
    expect((await post(done, `/api/campaigns/stages/${stageId}/commitment`, { accept: true })).statusCode).toBe(200);
    for (const row of rows.filter((r) => r.judge_user_id === done.id)) {
      const scores = Object.fromEntries(criteria.map((id) => [id, 5]));
      const submitted = await post(done, `/api/campaigns/stages/${stageId}/sheets/${row.entry_id}/submit`, { scores });
      expect(submitted.statusCode, submitted.body).toBe(200);
    }
    expect(entryIds.length).toBe(2);
    const behind = new Set(rows.filter((row) => row.judge_user_id !== done.id).map((row) => row.judge_user_id));
    const reminded = await post(staff, `/api/campaigns/stages/${stageId}/reminders`);
    expect(reminded.statusCode, reminded.body).toBe(200);
    expect(reminded.json()).toEqual({ reminded: behind.size });
    for (const judge of judges) {
      const latest = (await mine(judge)).items[0];
      if (behind.has(judge.id)) expect(latest).toMatchObject({ kindLabel: '评分提醒', title: expect.stringContaining('评分提醒') });
      else expect(latest?.kindLabel).not.toBe('评分提醒');
    }
    const { n } = await count();
    const again = await post(staff, `/api/campaigns/stages/${stageId}/reminders`);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toContain('60 分钟内已提醒过评委');
    expect((await count()).n).toBe(n);
    const audit = await t.database.db.selectFrom('audit_log').select(['type', 'entity_id']).where('type', '=', 'campaign_stage.reminded').where('entity_id', '=', String(stageId)).execute();
    expect(audit).toHaveLength(1);
  });
});
