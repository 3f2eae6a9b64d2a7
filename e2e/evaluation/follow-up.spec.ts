/**
 * Follow-up of a contest's winners, end to end: a contest of 宜宾's built through the API to
 * published results (four registered companies, three judges, the group's prizes 一等奖 1 and
 * 二等奖 1, the campaign published); in the browser the organiser records a service agreement
 * with a milestone on the 一等奖 winner; the winner signs in, sees its award and the agreement
 * (not the organiser's note) and files its KPI report; the organiser sees it in the totals.
 */
import type { APIRequestContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { periodOf } from '../../src/shared/follow-up.enums.js';
import { todayInChina } from '../../src/shared/partial-date.js';
import { expectAbsent, expectText } from '../support/app.js';
import type { CampaignDetail, FollowUp, FollowUpWinner } from '../support/api-types.js';
import { apiAs, getJson, signInContext, useBrowser } from '../support/browser.js';
import { creditCode, send } from '../support/contest.js';
import { uniqueTag } from '../support/innovations.js';
import { buildClosedContest } from '../support/results.js';
import { fileKpiReport } from '../support/campaign-flow.js';

const b = useBrowser();
const tag = uniqueTag();
const asciiTag = String(Date.now() % 100_000_000);
const TITLE = `宜宾片区创新创业大赛（跟踪服务测试${tag}）`;
const PROVIDER = `中国农业银行宜宾自贸支行${tag}`;
const MILESTONE = `首笔贷款发放${tag}`;
const NOTE = `内部备注${tag}`;
const APPLICANT_PASSWORD = 'Yibin!Contest2026';
const period = periodOf(todayInChina());

let admin: APIRequestContext;
let campaignId = 0;
let winner: FollowUpWinner;
let username = '';

beforeAll(async () => {
  admin = await apiAs(b.baseUrl, 'admin');
  const contest = await buildClosedContest(b.baseUrl, TITLE, tag, asciiTag);
  campaignId = contest.campaignId;
  const detail = await getJson<CampaignDetail>(admin, `/api/campaigns/${campaignId}`);
  const patched = await admin.patch(`/api/campaigns/categories/${detail.categories[0]!.id}`, { data: { prizes: [{ name: '一等奖', count: 1 }, { name: '二等奖', count: 1 }] } });
  if (!patched.ok()) throw new Error(`PATCH category: ${patched.status()} ${await patched.text()}`);
  await send(admin, 'post', `/api/campaigns/stages/${contest.stageId}/results`, { method: 'mean' });
  await send(admin, 'post', `/api/campaigns/stages/${contest.stageId}/results/publish`, { document: '宜自贸〔2026〕12号', startsOn: '2026-09-28' });
  const registration = detail.stages.find((stage) => stage.kind === 'registration')!;
  for (const step of ['open', 'close']) await send(admin, 'post', `/api/campaigns/stages/${registration.id}/${step}`);
  for (const step of ['close', 'publish']) await send(admin, 'post', `/api/campaigns/${campaignId}/${step}`);
  const followUp = await getJson<FollowUp>(admin, `/api/campaigns/${campaignId}/follow-up`);
  expect(followUp.winners.map((w) => w.award).sort()).toEqual(['一等奖', '二等奖']);
  winner = followUp.winners.find((w) => w.award === '一等奖')!;
  // The applicant's username is its 统一社会信用代码, made as buildClosedContest registers the i-th company.
  const index = contest.companies.findIndex((company) => company.companyName === winner.companyName);
  username = creditCode(`91511500MA6X${asciiTag.slice(-4).padStart(4, '0')}${index + 1}`);
});
afterAll(async () => {
  await admin?.dispose();
});

describe('follow-up of the winners', () => {
  it('the organiser records a service agreement with a milestone on the 一等奖 winner', async () => {
    const page = b.page;
    await signInContext(b.session.context, 'admin');
    await page.goto(`/console/campaigns/${campaignId}`);
    const card = page.getByTestId('follow-up-card');
    await expectText(card.getByTestId('follow-up-totals'), '获奖项目');
    const row = card.getByTestId(`follow-up-winner-${winner.entryId}`);
    await expectText(row, '一等奖');
    await row.getByTestId(`follow-up-add-${winner.entryId}`).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('服务机构').fill(PROVIDER);
    await dialog.getByLabel('服务内容').fill('“大赛贷”信用贷款');
    await dialog.getByLabel('金额（万元）').fill('300');
    await dialog.getByLabel('签订日期').fill('2026-10-15');
    await dialog.getByTestId('agreement-milestone-add').click();
    await dialog.getByLabel('里程碑 1').fill(MILESTONE);
    await dialog.getByLabel('计划完成日期 1').fill('2027-03-31');
    await dialog.getByLabel('内部备注（获奖单位不可见） 1').fill(NOTE);
    await dialog.getByRole('button', { name: '保存' }).click();
    await expectAbsent(page.getByRole('dialog'));
    const view = await getJson<FollowUp>(admin, `/api/campaigns/${campaignId}/follow-up`);
    expect(view.totals).toMatchObject({ agreements: 1, winnersWithAgreement: 1, agreementAmountWan: '300.00', milestones: { total: 1, done: 0 } });
    await row.locator('.ant-table-row-expand-icon').click();
    await expectText(card, PROVIDER);
    await expectText(card, MILESTONE);
  });

  it('the winner signs in, sees its award and the agreement, and files its KPI report', async () => {
    const page = b.page;
    await page.goto('/login');
    await page.getByLabel('用户名').fill(username);
    await page.getByLabel('密码', { exact: true }).fill(APPLICANT_PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL('**/console/my-entries');
    await page.getByTestId(`my-follow-up-${winner.entryId}`).click();
    const drawer = page.getByTestId('my-follow-up');
    await expectText(drawer.getByTestId('my-award'), '获奖：一等奖');
    await expectText(drawer, PROVIDER);
    await expectText(drawer, MILESTONE);
    expect(await drawer.textContent()).not.toContain(NOTE);
    await fileKpiReport(page, drawer, period, { jobs: '26', revenueWan: '1280.5', financingWan: '300', narrative: '新增研发岗位。' });
    await expectText(drawer.getByTestId(`kpi-report-${period}`), '1,280.50');
  });

  it('the organiser sees the report in the totals', async () => {
    const page = b.page;
    await signInContext(b.session.context, 'admin');
    await page.goto(`/console/campaigns/${campaignId}`);
    const card = page.getByTestId('follow-up-card');
    await expectText(card.getByTestId('follow-up-latest'), '就业（人） 26');
    const perPeriod = card.getByTestId(`follow-up-period-${period}`);
    await expectText(perPeriod, '26');
    await expectText(perPeriod, '1,280.50');
    await expectText(card.getByTestId(`follow-up-winner-${winner.entryId}`), '就业 26 人');
  });
});
