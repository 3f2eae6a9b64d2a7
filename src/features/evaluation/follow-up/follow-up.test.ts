/**
 * Follow-up through the API: agreements only on awarded entries of a published campaign, with
 * milestones whose completion is recorded; KPI reports by the winner (its own entries only) or
 * the organiser on its behalf, one per quarter, none for a quarter not begun, corrections keeping
 * the replaced figures; the organiser's totals summed from the reports; the applicant's view
 * without the organiser's notes. Every write audited, every refusal changing nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { periodFromIndex, periodIndex, periodOf } from '../../../shared/follow-up.enums.js';
import { todayInChina } from '../../../shared/partial-date.js';
import { buildUser, buildZone } from '../../../testing/factories.js';
import { createTestApp, type TestApp, type TestUser } from '../../../testing/test-app.js';
import { tablesSnapshot } from '../access-matrix.fixture.js';
import { buildWinners } from './follow-up.fixture.js';

let t: TestApp;
let staff: TestUser;
let zoneId: number;
beforeAll(async () => {
  t = await createTestApp();
  zoneId = (await buildZone(t)).id;
  staff = await buildUser(t, { role: 'zone_staff', zoneId });
});
afterAll(() => t.close());

const current = periodOf(todayInChina());
const shift = (n: number) => periodFromIndex(periodIndex(current) + n);
const send = (user: TestUser | null, method: 'POST' | 'PATCH' | 'GET', url: string, payload?: object) => t.call(user, { method, url, ...(payload && { payload }) });
// A first request signs its account in (auth.*): not a change a refusal made.
const snapshot = async () => tablesSnapshot(t.database.db, ['service_agreements', 'agreement_milestones', 'kpi_reports', 'kpi_report_revisions']);
const auditTypes = async (types: string[]) => (await t.database.db.selectFrom('audit_log').select('type').where('type', 'in', types).orderBy('id').execute()).map((r) => r.type);
const agreement = { provider: '中国农业银行烟台自贸支行', providerKind: 'bank_loan', content: '“大赛贷”授信', amountWan: '300', signedOn: '2026-10-10' };

describe('service agreements', () => {
  it('are refused before the campaign is published and on an entry without an award, changing nothing', async () => {
    const closed = await buildWinners(t, staff, zoneId, { publish: false });
    const before = await snapshot();
    const early = await send(staff, 'POST', `/api/campaigns/entries/${closed.awarded[0]}/agreements`, agreement);
    expect(early.statusCode, early.body).toBe(409);
    expect(early.json().error.message).toContain('已结束');
    const w = await buildWinners(t, staff, zoneId);
    const before2 = await snapshot();
    const notAwarded = await send(staff, 'POST', `/api/campaigns/entries/${w.others[0]}/agreements`, agreement);
    expect(notAwarded.statusCode, notAwarded.body).toBe(409);
    expect(notAwarded.json().error.message).toContain('未获奖');
    expect(await snapshot()).toBe(before2);
    expect(before).not.toBe(before2);
  });

  it('are recorded with milestones, edited, and milestones completed, each audited; a done date before signing is refused', async () => {
    const w = await buildWinners(t, staff, zoneId);
    const created = await send(staff, 'POST', `/api/campaigns/entries/${w.awarded[0]}/agreements`, { ...agreement, milestones: [{ title: '首笔放款', dueOn: '2026-11-30', note: '内部：客户经理王某' }] });
    expect(created.statusCode, created.body).toBe(201);
    const a = created.json().agreement;
    expect(a).toMatchObject({ provider: agreement.provider, providerKind: 'bank_loan', amountWan: '300.00', signedOn: '2026-10-10', milestones: [{ title: '首笔放款', doneOn: null, overdue: todayInChina() > '2026-11-30' }] });
    const before = await snapshot();
    const early = await send(staff, 'PATCH', `/api/campaigns/milestones/${a.milestones[0].id}`, { doneOn: '2026-10-01' });
    expect(early.statusCode, early.body).toBe(400);
    expect(await snapshot()).toBe(before);
    const done = await send(staff, 'PATCH', `/api/campaigns/milestones/${a.milestones[0].id}`, { doneOn: '2026-11-20' });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().agreement.milestones[0]).toMatchObject({ doneOn: '2026-11-20', overdue: false });
    const added = await send(staff, 'POST', `/api/campaigns/agreements/${a.id}/milestones`, { title: '二期授信评估', dueOn: '2027-06-30' });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json().agreement.milestones).toHaveLength(2);
    const edited = await send(staff, 'PATCH', `/api/campaigns/agreements/${a.id}`, { amountWan: '500.5', content: '“大赛贷”授信，追加' });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().agreement).toMatchObject({ amountWan: '500.50', content: '“大赛贷”授信，追加' });
    expect(await auditTypes(['service_agreement.created', 'service_agreement.updated', 'agreement_milestone.created', 'agreement_milestone.updated'])).toEqual(
      expect.arrayContaining(['service_agreement.created', 'service_agreement.updated', 'agreement_milestone.created', 'agreement_milestone.updated']),
    );
  });
});

describe('KPI reports', () => {
  it('are filed by the winner for its own entry, once per quarter, none for a quarter not begun, and corrected keeping the old figures', async () => {
    const w = await buildWinners(t, staff, zoneId);
    const [mine, theirs] = [w.awarded[0]!, w.awarded[1]!];
    const me = w.applicantOf(mine);
    const figures = { jobs: 12, revenueWan: '860.5', financingWan: '300', narrative: '新增研发人员。' };
    const before = await snapshot();
    expect((await send(me, 'POST', `/api/my/entries/${theirs}/kpi-reports`, { period: current, ...figures })).statusCode).toBe(404);
    expect((await send(me, 'GET', `/api/my/entries/${theirs}/follow-up`)).statusCode).toBe(404);
    const future = await send(me, 'POST', `/api/my/entries/${mine}/kpi-reports`, { period: shift(1), ...figures });
    expect(future.statusCode, future.body).toBe(409);
    const badPeriod = await send(me, 'POST', `/api/my/entries/${mine}/kpi-reports`, { period: '2026-Q5', ...figures });
    expect(badPeriod.statusCode, badPeriod.body).toBe(400);
    expect(badPeriod.json().error.fields[0].message).toContain('季度');
    expect(await snapshot()).toBe(before);

    const filed = await send(me, 'POST', `/api/my/entries/${mine}/kpi-reports`, { period: current, ...figures });
    expect(filed.statusCode, filed.body).toBe(201);
    expect(filed.json().report).toMatchObject({ period: current, jobs: 12, revenueWan: '860.50', financingWan: '300.00', onBehalf: false, revision: 1, correctable: true, history: [] });
    const again = await send(me, 'POST', `/api/my/entries/${mine}/kpi-reports`, { period: current, ...figures });
    expect(again.statusCode, again.body).toBe(409);

    const id = filed.json().report.id;
    const corrected = await send(me, 'PATCH', `/api/my/kpi-reports/${id}`, { ...figures, jobs: 15 });
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect(corrected.json().report).toMatchObject({ jobs: 15, revision: 2, history: [{ revision: 1, jobs: 12, revenueWan: '860.50' }] });
    expect((await send(w.applicantOf(theirs), 'PATCH', `/api/my/kpi-reports/${id}`, figures)).statusCode).toBe(404);

    // An old quarter is past its correction window, for the winner and the organiser alike.
    const old = await send(staff, 'POST', `/api/campaigns/entries/${mine}/kpi-reports`, { period: shift(-2), ...figures });
    expect(old.statusCode, old.body).toBe(201);
    expect(old.json().report).toMatchObject({ onBehalf: true, correctable: false });
    expect((await send(me, 'PATCH', `/api/my/kpi-reports/${old.json().report.id}`, figures)).statusCode).toBe(409);
    expect((await send(staff, 'PATCH', `/api/campaigns/kpi-reports/${old.json().report.id}`, figures)).statusCode).toBe(409);
    expect(await auditTypes(['kpi_report.filed', 'kpi_report.corrected'])).toEqual(expect.arrayContaining(['kpi_report.filed', 'kpi_report.corrected']));
  });

  it('add up in the organiser\'s totals per quarter and over each winner\'s latest report', async () => {
    const w = await buildWinners(t, staff, zoneId);
    const [a, b, c] = w.awarded;
    const file = async (entry: number, period: string, jobs: number, revenueWan: string, financingWan: string) =>
      expect((await send(w.applicantOf(entry), 'POST', `/api/my/entries/${entry}/kpi-reports`, { period, jobs, revenueWan, financingWan })).statusCode).toBe(201);
    await file(a!, shift(-1), 10, '100.10', '0');
    await file(a!, current, 14, '150.20', '50');
    await file(b!, current, 5, '20.05', '1000');
    await file(c!, shift(-1), 3, '9.99', '0.01');
    await send(staff, 'POST', `/api/campaigns/entries/${a}/agreements`, { ...agreement, amountWan: '300' });
    await send(staff, 'POST', `/api/campaigns/entries/${b}/agreements`, { ...agreement, providerKind: 'talent_service', provider: '烟台业达国际人才集团有限公司', amountWan: null, milestones: [{ title: '人才对接', dueOn: '2026-10-31' }] });
    const view = await send(staff, 'GET', `/api/campaigns/${w.campaign.id}/follow-up`);
    expect(view.statusCode, view.body).toBe(200);
    const body = view.json();
    expect(body.winners.map((x: { entryId: number }) => x.entryId).sort()).toEqual([...w.awarded].sort());
    expect(body.winners.every((x: { award: string | null }) => x.award === '一等奖' || x.award === '二等奖')).toBe(true);
    expect(body.totals).toMatchObject({
      winners: 4, winnersWithAgreement: 2, agreements: 2, agreementAmountWan: '300.00',
      milestones: { total: 1, done: 0 },
      periods: [
        { period: shift(-1), reports: 2, jobs: 13, revenueWan: '110.09', financingWan: '0.01' },
        { period: current, reports: 2, jobs: 19, revenueWan: '170.25', financingWan: '1050.00' },
      ],
      latest: { reports: 3, jobs: 22, revenueWan: '180.24', financingWan: '1050.01' },
    });
    expect(body.winners.find((x: { entryId: number }) => x.entryId === a).latest.period).toBe(current);
  });
});

describe('the applicant\'s view', () => {
  it('shows its award, agreements and milestones without the organiser\'s note; an entry without an award takes no report', async () => {
    const w = await buildWinners(t, staff, zoneId);
    const mine = w.awarded[0]!;
    await send(staff, 'POST', `/api/campaigns/entries/${mine}/agreements`, { ...agreement, milestones: [{ title: '首笔放款', dueOn: '2027-01-31', note: '内部备注' }] });
    const view = await send(w.applicantOf(mine), 'GET', `/api/my/entries/${mine}/follow-up`);
    expect(view.statusCode, view.body).toBe(200);
    expect(view.json()).toMatchObject({ status: 'awarded', accepting: true, agreements: [{ provider: agreement.provider, milestones: [{ title: '首笔放款' }] }] });
    expect(view.json().award).toMatch(/等奖/);
    expect(view.body).not.toContain('内部备注');
    const notices = await send(w.applicantOf(mine), 'GET', '/api/my/notifications');
    expect(notices.statusCode, notices.body).toBe(200);
    expect(notices.json().items.map((n: { title: string }) => n.title)).toContain(`新的跟踪服务协议：${view.json().title}`);
    const loser = w.others[0]!;
    const theirs = await send(w.applicantOf(loser), 'GET', `/api/my/entries/${loser}/follow-up`);
    expect(theirs.json()).toMatchObject({ award: null, accepting: false, agreements: [] });
    const refused = await send(w.applicantOf(loser), 'POST', `/api/my/entries/${loser}/kpi-reports`, { period: current, jobs: 1, revenueWan: '1', financingWan: '0' });
    expect(refused.statusCode, refused.body).toBe(409);
  });
});
