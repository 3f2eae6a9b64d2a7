/**
 * The access matrix of follow-up: every route × demo role, on a published contest of 宜宾's whose
 * awarded entries are the demo applicant's (`own`) and another applicant's (`other`). The
 * organiser's routes are 宜宾's staff's and the province office's; everyone else who sees the
 * published campaign gets 403, the public 401. The applicant's routes answer its own entries and
 * reports only: 404 for every other entry and every other account. Every refusal leaves the
 * database as it was; the applicant's view never carries the organiser's milestone note.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import { periodFromIndex, periodIndex, periodOf } from '../../../shared/follow-up.enums.js';
import { todayInChina } from '../../../shared/partial-date.js';
import { createTestApp, zoneIdByCode, type TestApp } from '../../../testing/test-app.js';
import { describeAccessMatrix, tablesSnapshot } from '../access-matrix.fixture.js';
import { buildWinners } from './follow-up.fixture.js';

let t: TestApp;
const ids = { campaign: 0, own: 0, other: 0, agreement: 0, milestone: 0, ownReport: 0, otherReport: 0 };
const NOTE = '内部备注：仅组织方可见';
const current = periodOf(todayInChina());
const shift = (n: number) => periodFromIndex(periodIndex(current) + n);
const figures = { jobs: 3, revenueWan: '12.5', financingWan: '0' };

beforeAll(async () => {
  t = await createTestApp();
  const w = await buildWinners(t, 'yibin', await zoneIdByCode(t, 'SC-P-YB'));
  const db = t.database.db;
  const applicant1 = await db.selectFrom('users').select('id').where('username', '=', 'applicant1').executeTakeFirstOrThrow();
  await db.updateTable('campaign_entries').set({ applicant_user_id: applicant1.id }).where('id', '=', w.awarded[0]!).execute();
  const post = async (url: string, payload: object) => {
    const response = await t.call('yibin', { method: 'POST', url, payload });
    if (response.statusCode >= 300) throw new Error(`${url}: ${response.body}`);
    return response.json();
  };
  const agreement = (await post(`/api/campaigns/entries/${w.awarded[0]}/agreements`, {
    provider: '烟台业达创业投资有限公司', providerKind: 'equity_investment', content: '股权投资跟踪服务', signedOn: '2026-10-01', milestones: [{ title: '尽职调查', dueOn: '2027-03-31', note: NOTE }],
  })).agreement;
  Object.assign(ids, {
    campaign: w.campaign.id, own: w.awarded[0]!, other: w.awarded[1]!, agreement: agreement.id, milestone: agreement.milestones[0].id,
    ownReport: (await post(`/api/campaigns/entries/${w.awarded[0]}/kpi-reports`, { period: current, ...figures })).report.id,
    otherReport: (await post(`/api/campaigns/entries/${w.awarded[1]}/kpi-reports`, { period: current, ...figures })).report.id,
  });
});
afterAll(() => t.close());

const ACTIONS = [
  'view', 'createAgreement', 'updateAgreement', 'addMilestone', 'updateMilestone', 'fileOnBehalf', 'correctOnBehalf',
  'myView', 'myViewOther', 'myFile', 'myFileOther', 'myCorrect', 'myCorrectOther',
] as const;
type Action = (typeof ACTIONS)[number];
/** Each filing on the winner's behalf names a quarter of its own, so the second organiser's is not a duplicate of the first's. */
let filings = 0;

function request(action: Action) {
  switch (action) {
    case 'view': return { method: 'GET', url: `/api/campaigns/${ids.campaign}/follow-up` } as const;
    case 'createAgreement': return { method: 'POST', url: `/api/campaigns/entries/${ids.own}/agreements`, payload: { provider: '中国农业银行烟台自贸支行', providerKind: 'bank_loan', content: '贷款', signedOn: '2026-10-02' } } as const;
    case 'updateAgreement': return { method: 'PATCH', url: `/api/campaigns/agreements/${ids.agreement}`, payload: { amountWan: '200' } } as const;
    case 'addMilestone': return { method: 'POST', url: `/api/campaigns/agreements/${ids.agreement}/milestones`, payload: { title: '投后回访', dueOn: '2027-06-30' } } as const;
    case 'updateMilestone': return { method: 'PATCH', url: `/api/campaigns/milestones/${ids.milestone}`, payload: { doneOn: '2026-11-01' } } as const;
    case 'fileOnBehalf': return { method: 'POST', url: `/api/campaigns/entries/${ids.other}/kpi-reports`, payload: { period: shift(-3 - filings++), ...figures } } as const;
    case 'correctOnBehalf': return { method: 'PATCH', url: `/api/campaigns/kpi-reports/${ids.otherReport}`, payload: { ...figures, jobs: 4 } } as const;
    case 'myView': return { method: 'GET', url: `/api/my/entries/${ids.own}/follow-up` } as const;
    case 'myViewOther': return { method: 'GET', url: `/api/my/entries/${ids.other}/follow-up` } as const;
    case 'myFile': return { method: 'POST', url: `/api/my/entries/${ids.own}/kpi-reports`, payload: { period: shift(-1), ...figures } } as const;
    case 'myFileOther': return { method: 'POST', url: `/api/my/entries/${ids.other}/kpi-reports`, payload: { period: shift(-1), ...figures } } as const;
    case 'myCorrect': return { method: 'PATCH', url: `/api/my/kpi-reports/${ids.ownReport}`, payload: { ...figures, jobs: 5 } } as const;
    case 'myCorrectOther': return { method: 'PATCH', url: `/api/my/kpi-reports/${ids.otherReport}`, payload: { ...figures, jobs: 5 } } as const;
  }
}

const MINE = ['myView', 'myViewOther', 'myFile', 'myFileOther', 'myCorrect', 'myCorrectOther'] as const;
const each = (organiser: number, mine: number): Record<Action, number> =>
  Object.fromEntries(ACTIONS.map((a) => [a, (MINE as readonly string[]).includes(a) ? mine : organiser])) as Record<Action, number>;
const ORGANISER: Record<Action, number> = { ...each(200, 404), createAgreement: 201, addMilestone: 201, fileOnBehalf: 201 };
/** Sees the published campaign, organises nothing, owns nothing. */
const OUTSIDER = each(403, 404);

describeAccessMatrix({
  app: () => t,
  actions: ACTIONS,
  expected: {
    public: each(401, 401),
    deyang: OUTSIDER,
    applicant1: { ...OUTSIDER, myView: 200, myFile: 201, myCorrect: 200 },
    auditor: OUTSIDER,
    secadmin: OUTSIDER,
    judge1: OUTSIDER,
    yibin: ORGANISER,
    admin: ORGANISER,
  },
  request,
  snapshot: () => tablesSnapshot(t.database.db, ['service_agreements', 'agreement_milestones', 'kpi_reports', 'kpi_report_revisions']),
  check: (action, _actor, response) => {
    if (action === 'myView' && response.statusCode === 200) expect(response.body).not.toContain(NOTE);
  },
});
