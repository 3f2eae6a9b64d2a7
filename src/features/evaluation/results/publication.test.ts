/**
 * Publication, 公示 and objections through the API: one step publishes the pending results (the
 * entries' statuses in one batch) and starts a 公示 of N working days; objections are filed by the
 * public and answered by the organiser; results become final only after the 公示 and with every
 * objection answered; an upheld objection reopens them; the public sees published results only,
 * without judges, sheets, analysis or contacts. Every refusal changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nthWorkingDay } from '../../../shared/calendar/working-days.js';
import { formatPartialDate } from '../../../shared/partial-date.js';
import { buildUser, buildZone } from '../../../testing/factories.js';
import { createTestApp, type TestApp, type TestUser } from '../../../testing/test-app.js';
import { buildResultsStage, type ResultsStage } from './results.fixture.js';

let t: TestApp;
let staff: TestUser;
let zoneId: number;
beforeAll(async () => {
  t = await createTestApp();
  zoneId = (await buildZone(t)).id;
  staff = await buildUser(t, { role: 'zone_staff', zoneId });
});
afterAll(() => t.close());

const post = (url: string, payload: object, user: TestUser | null = staff) => t.call(user, { method: 'POST', url, payload });
const snapshot = async () =>
  JSON.stringify(await Promise.all((['stage_results', 'stage_result_entries', 'result_objections', 'campaign_entries', 'audit_log'] as const).map((table) => t.database.db.selectFrom(table).selectAll().execute())));
const entryStatuses = async (s: ResultsStage) =>
  Object.fromEntries((await t.database.db.selectFrom('campaign_entries').select(['id', 'status']).where('id', 'in', s.entryIds).execute()).map((r) => [r.id, r.status]));

async function savedStage() {
  const s = await buildResultsStage(t, staff, zoneId, { entries: 6, judges: 5 });
  const saved = await post(`/api/campaigns/stages/${s.stageId}/results`, { method: 'mean' });
  expect(saved.statusCode, saved.body).toBe(200);
  return s;
}
/**
 * Publishes with a 公示 from a fixed day the calendar covers, then moves its end so that it runs
 * through today: the tests do not depend on the year they run in having a holiday arrangement.
 */
async function publishOngoing(s: ResultsStage, document: string) {
  const published = await post(`/api/campaigns/stages/${s.stageId}/results/publish`, { document, startsOn: '2026-09-28' });
  expect(published.statusCode, published.body).toBe(200);
  await t.database.db.updateTable('stage_results').set({ publicity_ends_on: '2100-12-31' }).where('id', '=', s.stageId).execute();
}
const endPublicity = (s: ResultsStage) => t.database.db.updateTable('stage_results').set({ publicity_starts_on: '2026-09-01', publicity_ends_on: '2026-09-07' }).where('id', '=', s.stageId).execute();
const objection = (s: ResultsStage, entryId = s.entryIds[0]!) => ({ entryId, name: '张三', contact: '13800000000', text: '评分有误，请复核。' });

describe('publishing', () => {
  it('needs saved results and a 文号, and a 公示 inside the holiday calendar, refusing without change', async () => {
    const s = await buildResultsStage(t, staff, zoneId, { entries: 3, judges: 2 });
    expect((await post(`/api/campaigns/stages/${s.stageId}/results/publish`, { document: '烟自贸〔2021〕1号' })).statusCode).toBe(409);
    await post(`/api/campaigns/stages/${s.stageId}/results`, { method: 'mean' });
    const before = await snapshot();
    const noDocument = await post(`/api/campaigns/stages/${s.stageId}/results/publish`, {});
    expect(noDocument.statusCode).toBe(400);
    const beyond = await post(`/api/campaigns/stages/${s.stageId}/results/publish`, { document: '烟自贸〔2026〕9号', startsOn: '2099-06-01', workingDays: 5 });
    expect(beyond.statusCode, beyond.body).toBe(400);
    expect(beyond.json().error.message).toContain('2099');
    expect(await snapshot()).toBe(before);
  });

  it('publishes in one batch: entries set, 公示 dates counted in working days, applicants told, recompute refused', async () => {
    const s = await savedStage();
    // Two of the entries have their applicants' accounts, as public registrations do.
    const applicants = [await buildUser(t, { role: 'applicant' }), await buildUser(t, { role: 'applicant' })];
    for (const [i, applicant] of applicants.entries()) await t.database.db.updateTable('campaign_entries').set({ applicant_user_id: applicant.id }).where('id', '=', s.entryIds[i]!).execute();
    const record = (await t.call(staff, { method: 'GET', url: `/api/campaigns/stages/${s.stageId}/results/record` })).json().record;
    const published = await post(`/api/campaigns/stages/${s.stageId}/results/publish`, { document: '烟自贸〔2021〕12号', startsOn: '2026-09-28', workingDays: 5 });
    expect(published.statusCode, published.body).toBe(200);
    // 2026-09-28 (Mon) … the National Day holiday from 10-01; 09-28, 09-29, 09-30 and the adjusted working days after it.
    expect(published.json().record.publication).toMatchObject({ document: '烟自贸〔2021〕12号', startsOn: '2026-09-28', endsOn: nthWorkingDay('2026-09-28', 5), workingDays: 5 });
    expect(nthWorkingDay('2026-09-28', 5) > '2026-10-02').toBe(true);
    const statuses = await entryStatuses(s);
    for (const entry of record.entries) expect(statuses[entry.entryId]).toBe(entry.award ? 'awarded' : entry.advancing ? 'advanced' : 'eliminated');
    for (const applicant of applicants) {
      const [notice] = (await t.call(applicant, { method: 'GET', url: '/api/my/notifications' })).json().items;
      expect(notice).toMatchObject({ kindLabel: '结果公布', link: '/console/my-entries' });
      expect(notice.body).toContain(`公示期至 ${formatPartialDate(nthWorkingDay('2026-09-28', 5), 'day')}`);
    }
    const before = await snapshot();
    expect((await post(`/api/campaigns/stages/${s.stageId}/results`, { method: 'z_total' })).statusCode).toBe(409);
    expect((await post(`/api/campaigns/stages/${s.stageId}/results/publish`, { document: '再次' })).statusCode).toBe(409);
    expect(await snapshot()).toBe(before);
  });
});

describe('the 公示 and objections', () => {
  it('takes objections from the public, refuses to confirm until it has ended and all are answered, then confirms', async () => {
    const s = await savedStage();
    await publishOngoing(s, '烟自贸〔2021〕13号');
    const missing = await post(`/api/public/campaigns/stages/${s.stageId}/objections`, { entryId: s.entryIds[0], name: '张三', text: '有误' }, null);
    expect(missing.statusCode).toBe(400);
    const unknown = await post(`/api/public/campaigns/stages/${s.stageId}/objections`, objection(s, 2147483647), null);
    expect(unknown.statusCode).toBe(400);
    const filed = await post(`/api/public/campaigns/stages/${s.stageId}/objections`, objection(s), null);
    expect(filed.statusCode, filed.body).toBe(201);
    const id = filed.json().objection.id;

    const before = await snapshot();
    const early = await post(`/api/campaigns/stages/${s.stageId}/results/confirm`, {});
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toContain('公示期');
    expect(await snapshot()).toBe(before);

    // The 公示 over (moved into the past), the objection still open: refused.
    await endPublicity(s);
    const unanswered = await post(`/api/campaigns/stages/${s.stageId}/results/confirm`, {});
    expect(unanswered.statusCode).toBe(409);
    expect(unanswered.json().error.message).toContain('未答复');
    // After the 公示, no more objections.
    expect((await post(`/api/public/campaigns/stages/${s.stageId}/objections`, objection(s), null)).statusCode).toBe(409);

    const answered = await post(`/api/campaigns/objections/${id}/answer`, { answer: '经复核，评分无误。', upheld: false });
    expect(answered.statusCode, answered.body).toBe(200);
    expect((await post(`/api/campaigns/objections/${id}/answer`, { answer: '再答', upheld: true })).statusCode).toBe(409);
    const confirmed = await post(`/api/campaigns/stages/${s.stageId}/results/confirm`, {});
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json().record.status).toBe('final');
    expect(confirmed.json().record.objections).toMatchObject([{ id, upheld: false, filerContact: '13800000000' }]);
  });

  it('reopens on an upheld objection: entries restored, results pending, recomputed and published again', async () => {
    const s = await savedStage();
    const prior = await entryStatuses(s);
    await publishOngoing(s, '烟自贸〔2021〕14号');
    expect((await post(`/api/campaigns/stages/${s.stageId}/results/reopen`, { comment: '无异议' })).statusCode).toBe(409);
    const id = (await post(`/api/public/campaigns/stages/${s.stageId}/objections`, objection(s), null)).json().objection.id;
    await post(`/api/campaigns/objections/${id}/answer`, { answer: '异议成立，重新核分。', upheld: true });
    await endPublicity(s);
    const refused = await post(`/api/campaigns/stages/${s.stageId}/results/confirm`, {});
    expect(refused.statusCode).toBe(409);
    const reopened = await post(`/api/campaigns/stages/${s.stageId}/results/reopen`, { comment: '异议成立' });
    expect(reopened.statusCode, reopened.body).toBe(200);
    expect(reopened.json().record).toMatchObject({ status: 'pending', publication: null });
    expect(await entryStatuses(s)).toEqual(prior);
    expect((await post(`/api/campaigns/stages/${s.stageId}/results`, { method: 'z_total' })).statusCode).toBe(200);
    await publishOngoing(s, '烟自贸〔2021〕15号');
  });
});

describe('public results', () => {
  it('show published stages only, with names, ranks, values and awards — no judges, sheets, analysis or contacts', async () => {
    const s = await savedStage();
    expect((await t.call(null, { method: 'GET', url: `/api/public/campaigns/${s.campaign.id}/results` })).statusCode).toBe(404);
    expect((await post(`/api/public/campaigns/stages/${s.stageId}/objections`, objection(s), null)).statusCode).toBe(404);
    const listed = async () => (await t.call(null, { method: 'GET', url: '/api/public/campaigns?pageSize=100' })).json().items.find((item: { id: number }) => item.id === s.campaign.id);
    expect(await listed()).toMatchObject({ resultsPublished: false });
    await publishOngoing(s, '烟自贸〔2021〕16号');
    // The portal's list links the results page once a stage's results are public.
    expect(await listed()).toMatchObject({ resultsPublished: true });
    await post(`/api/public/campaigns/stages/${s.stageId}/objections`, objection(s), null);
    const response = await t.call(null, { method: 'GET', url: `/api/public/campaigns/${s.campaign.id}/results` });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.stages).toHaveLength(1);
    expect(body.stages[0]).toMatchObject({ stageId: s.stageId, status: 'publicizing', publication: { document: '烟自贸〔2021〕16号', workingDays: 5 } });
    expect(body.stages[0].entries).toHaveLength(6);
    expect(body.stages[0].entries[0]).toMatchObject({ rank: 1, companyName: expect.any(String), projectName: expect.any(String) });
    const text = response.body;
    for (const secret of ['13800000000', '张三', 'sd', 'bestRank', 'singleJudge', 'expertId', 'scores', ...s.judges.map((j) => `评委${j.id}`)]) expect(text).not.toContain(secret);
  });
});
