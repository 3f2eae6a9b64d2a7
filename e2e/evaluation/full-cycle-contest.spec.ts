/**
 * One 创新创业大赛 from creation to the winner's KPI report, every step in the browser: 宜宾's zone
 * staff create the contest (a new series, one group with 一等奖 1 and 二等奖 1, the stages 宣传报名 →
 * 资格审查 → 初赛 with two criteria, the last scored stage awarding the group's prizes) and open it;
 * three companies register through the portal's form; the organiser closes the registration,
 * checks each company against the 资格审查's checklist and passes it (资格审查通过), draws three
 * judges, assigns every entry to all three and starts the scoring; each judge confirms the 承诺书
 * and submits three sheets; the organiser closes the stage, compares 平均分 with 标准分（总分）, saves
 * and publishes with a 文号; the 公示 is on the portal; the organiser confirms the results once the
 * period is over (the publish form's 公示开始日期 set in the past, as an organiser recording a 公示
 * held on paper does — the same route follow-up.spec.ts takes), closes and publishes the campaign
 * and records a service agreement on the winner; the winner finds 获奖 under 我的报名 and files its
 * KPI report.
 *
 * Through the API, because they have their own pages and specs: the judges' accounts (security
 * admin) and experts (organiser.spec.ts links one in the expert dialog), and the pool trimmed to
 * them for the draw. Reads through the API only to learn ids and to check what the pages showed.
 */
import type { APIRequestContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { periodOf } from '../../src/shared/follow-up.enums.js';
import { todayInChina } from '../../src/shared/partial-date.js';
import type { CampaignDetail, CampaignEntryList, FollowUp, ResultsRecordAnswer, StageDiligence, Zone } from '../support/api-types.js';
import { expectAbsent, expectText, signInWithForm, zoneByCode } from '../support/app.js';
import { apiAs, getJson, useBrowser } from '../support/browser.js';
import { addCategory, addStage, compareSaveAndPublish, createCampaign, drawAndAssign, expectPublicNotice, fileKpiReport, type JudgeAccount, makeJudges, poolOfOnly, scoreAsJudge, setCriteria, takeStep } from '../support/campaign-flow.js';
import { ZONE_CODES } from '../support/constants.js';
import { creditCode } from '../support/contest.js';
import { chooseOption, uniqueTag } from '../support/innovations.js';

const b = useBrowser();
const tag = uniqueTag();
const asciiTag = String(Date.now() % 100_000_000);
const TITLE = `宜宾片区创新创业大赛（全流程${tag}）`;
const SERIES = `宜宾片区创新创业大赛（全流程系列${tag}）`;
const DOCUMENT = `宜自贸〔2026〕${asciiTag.slice(-3)}号`;
const PASSWORD = 'Yibin!Contest2026';
const PROVIDER = `中国农业银行宜宾自贸支行${tag}`;
const period = periodOf(todayInChina());
/** A 公示 of 5 working days that began six weeks ago has ended by now. */
const PUBLICITY_START = new Date(Date.now() - 42 * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);

const companies = ['甲', '乙', '丙'].map((name, i) => ({
  companyName: `宜宾${name}${tag}全流程科技有限公司`,
  projectName: `${name}项目${tag}`,
  creditCode: creditCode(`91511500MA7C${asciiTag.slice(-4).padStart(4, '0')}${i + 1}`),
}));
/**
 * Scores (创新性, 可行性; both 0–100) per judge and company. The first two judges score closely and
 * put 甲 first; the third spreads widely and puts 乙 far ahead: the mean follows the spread (乙 一等奖),
 * the z-scores weigh each judge alike (甲 first) — so the comparison has something to show.
 */
const SCORES: [number, number][][] = [
  [[76, 80], [74, 70], [72, 70]],
  [[78, 80], [76, 70], [74, 70]],
  [[40, 40], [95, 90], [70, 70]],
];
const WINNER = 1;

let admin: APIRequestContext;
let organiser: APIRequestContext;
let secadmin: APIRequestContext;
let yibin: Zone;
let judges: JudgeAccount[] = [];
let restorePool: () => Promise<void> = async () => undefined;
let campaignId = 0;

async function detail(): Promise<CampaignDetail> {
  return getJson<CampaignDetail>(organiser, `/api/campaigns/${campaignId}`);
}

beforeAll(async () => {
  admin = await apiAs(b.baseUrl, 'admin');
  organiser = await apiAs(b.baseUrl, 'yibin');
  secadmin = await apiAs(b.baseUrl, 'secadmin');
  yibin = await zoneByCode(admin, ZONE_CODES.yibin);
  judges = await makeJudges(b.baseUrl, secadmin, admin, { count: 3, prefix: 'fc', tag, asciiTag, field: '新材料' });
  restorePool = await poolOfOnly(admin, judges.map((judge) => judge.expertId));
});
afterAll(async () => {
  await restorePool();
  for (const api of [admin, organiser, secadmin]) await api?.dispose();
});

describe('a contest from creation to the KPI report', () => {
  it('the organiser creates the contest in a new series, its group with prizes, three stages and the criteria, and opens it', async () => {
    const page = b.page;
    await signInWithForm(page, 'yibin');
    campaignId = await createCampaign(page, { series: SERIES, organiser: yibin.name, kind: '创新创业大赛', title: TITLE, year: 2026 });
    const head = page.locator('.yz-page-head');

    await addCategory(page, '初创组', [['一等奖', 1], ['二等奖', 1]]);
    await expectText(page.getByTestId(`campaign-detail-${campaignId}`), '一等奖 1 名');
    await addStage(page, 1, '宣传报名', '报名');
    await addStage(page, 2, '资格审查', '资格审查');
    await addStage(page, 3, '初赛', '评分');
    for (const [ordinal, name] of ['宣传报名', '资格审查', '初赛'].entries()) await expectText(page.getByTestId(`stage-row-${ordinal + 1}`), name);
    await setCriteria(page, 3, '初赛', [['创新性', 60], ['可行性', 40]]);

    await takeStep(page, head, 'open');
    await expectText(head.getByRole('heading', { level: 1 }), '进行中');
    await takeStep(page, page.getByTestId('stage-row-1'), 'open');
    await expectText(page.getByTestId('stage-row-1'), '进行中');
    const setUp = await detail();
    expect(setUp.campaign).toMatchObject({ kind: 'contest', status: 'open', seriesName: SERIES });
    expect(setUp.stages.map((stage) => [stage.name, stage.kind, stage.status])).toEqual([
      ['宣传报名', 'registration', 'open'],
      ['资格审查', 'qualification', 'planned'],
      ['初赛', 'scored', 'planned'],
    ]);
    expect(setUp.stages[2]!.criteria.map((criterion) => [criterion.nameZh, criterion.weight])).toEqual([['创新性', 0.6], ['可行性', 0.4]]);
  });

  it('three companies register through the portal\'s form', async () => {
    expect(campaignId).toBeGreaterThan(0);
    const page = b.page;
    for (const company of companies) {
      await page.goto('/campaigns');
      await page.getByTestId(`register-${campaignId}`).click();
      await page.waitForURL(`**/campaigns/${campaignId}/register`);
      await page.getByLabel('企业名称').fill(company.companyName);
      await page.getByLabel('统一社会信用代码').fill(company.creditCode);
      await page.getByLabel('项目名称').fill(company.projectName);
      await chooseOption(page, page.getByLabel('参赛组别'), '初创组');
      await page.getByLabel('联系人').fill('王经理');
      await page.getByLabel('联系电话').fill('0831-1234567');
      await page.getByLabel('电子邮箱').fill('wang@example.cn');
      await page.getByLabel('登录密码').fill(PASSWORD);
      await page.getByLabel('确认密码').fill(PASSWORD);
      await page.getByTestId('reg-submit').click();
      await expectText(page.getByTestId('register-done'), `用户名为统一社会信用代码 ${company.creditCode}`);
    }
    const entries = (await getJson<CampaignEntryList>(organiser, `/api/campaigns/${campaignId}/entries`)).items;
    expect(entries.map((entry) => entry.companyName).sort()).toEqual(companies.map((company) => company.companyName).sort());
  });

  it('the organiser closes registration, qualifies the companies against a checklist, draws three judges, assigns every entry to all three and starts the scoring', async () => {
    expect(campaignId).toBeGreaterThan(0);
    const page = b.page;
    await signInWithForm(page, 'yibin');
    await page.goto(`/console/campaigns/${campaignId}`);
    await takeStep(page, page.getByTestId('stage-row-1'), 'close');
    await takeStep(page, page.getByTestId('stage-row-2'), 'open');

    // 资格审查: one required item, checked 通过 for each company, each concluded 通过.
    const qualificationId = (await detail()).stages[1]!.id;
    await page.getByTestId('stage-judges-2').click();
    await page.waitForURL(`**/console/campaigns/${campaignId}/stages/${qualificationId}`);
    const checklist = page.getByTestId('stage-diligence');
    await expectText(checklist.getByTestId('diligence-missing'), `还有 ${companies.length} 个项目没有结论`);
    await checklist.getByTestId('checklist-add').click();
    await checklist.getByTestId('checklist-name-0').fill('注册地与经营范围符合报名条件');
    await checklist.getByTestId('checklist-save').click();
    await expectText(page.locator('.ant-message'), '核查清单已保存');
    const [item] = (await getJson<StageDiligence>(organiser, `/api/campaigns/stages/${qualificationId}/diligence`)).items;
    const entries = (await getJson<CampaignEntryList>(organiser, `/api/campaigns/${campaignId}/entries`)).items;
    for (const entry of entries) {
      await checklist.getByTestId(`check-${entry.id}-${item!.id}`).click();
      const popover = page.locator('.ant-popover', { has: page.getByTestId(`check-outcome-${entry.id}-${item!.id}`) });
      await popover.getByText('通过', { exact: true }).click();
      await popover.getByTestId(`check-save-${entry.id}-${item!.id}`).click();
      await expectText(checklist.getByTestId(`check-${entry.id}-${item!.id}`), '通过');
      await checklist.getByTestId(`conclude-pass-${entry.id}`).click();
      await expect.poll(() => checklist.getByTestId(`conclusion-${entry.id}`).getAttribute('data-passed')).toBe('true');
    }
    await expectText(checklist.getByTestId('diligence-missing'), '所有项目都已给出结论');
    await page.getByRole('link', { name: TITLE }).click();
    await takeStep(page, page.getByTestId('stage-row-2'), 'close');
    const qualified = (await getJson<CampaignEntryList>(organiser, `/api/campaigns/${campaignId}/entries`)).items;
    expect(qualified.map((entry) => entry.status)).toEqual(['qualified', 'qualified', 'qualified']);
    await expectText(page.getByTestId(`entry-row-${qualified[0]!.id}`), '资格审查通过');

    await takeStep(page, page.getByTestId('stage-row-3'), 'open');
    await expectText(page.getByTestId('stage-row-3'), '进行中');
    const stageId = (await detail()).stages[2]!.id;
    await page.getByTestId('stage-judges-3').click();
    await page.waitForURL(`**/console/campaigns/${campaignId}/stages/${stageId}`);
    await drawAndAssign(page, { size: 3, seed: 20261116, perEntry: 3, loadCap: 3, entries: companies.length });
    await expectText(page.getByTestId('stage-progress').getByTestId('progress-summary'), '已提交 0 / 9 份评分表');
    await page.getByRole('link', { name: TITLE }).click();
    await takeStep(page, page.getByTestId('stage-row-3'), 'start_scoring');
    await expectText(page.getByTestId('stage-row-3'), '评分中');
  });

  for (const j of [0, 1, 2]) {
    it(`judge ${j + 1} confirms the 承诺书 and submits a sheet for each company`, async () => {
      const { stages } = await detail();
      const stage = stages[2]!;
      expect(stage.status).toBe('scoring');
      const entries = (await getJson<CampaignEntryList>(organiser, `/api/campaigns/${campaignId}/entries`)).items;
      const sheets = new Map(
        companies.map((company, c) => {
          const [innovation, feasibility] = SCORES[j]![c]!;
          return [entries.find((entry) => entry.companyName === company.companyName)!.id, { [stage.criteria[0]!.id]: innovation, [stage.criteria[1]!.id]: feasibility }];
        }),
      );
      await signInWithForm(b.page, judges[j]!.username, judges[j]!.password);
      await scoreAsJudge(b.page, stage.id, sheets);
    });
  }

  it('the organiser closes the stage, compares two methods, saves and publishes the results; the 公示 is on the portal; the results are confirmed after it', async () => {
    const page = b.page;
    await signInWithForm(page, 'yibin');
    await page.goto(`/console/campaigns/${campaignId}`);
    await takeStep(page, page.getByTestId('stage-row-3'), 'close');
    const stageId = (await detail()).stages[2]!.id;
    await page.getByTestId('stage-judges-3').click();
    await page.waitForURL(`**/console/campaigns/${campaignId}/stages/${stageId}`);
    await expectText(page.getByTestId('results-sheets'), '3 位评委 · 9 份评分表');
    await compareSaveAndPublish(page, { other: '标准分（总分）', document: DOCUMENT, startsOn: PUBLICITY_START });
    // The mean follows the third judge's spread, the z-scores do not: every rank moves, 一等奖 changes hands.
    await expectText(page.getByTestId('method-changes'), '3 个项目有变化');
    await expectText(page.getByTestId('method-changes'), '奖项：一等奖 → 二等奖');
    const record = (await getJson<ResultsRecordAnswer>(organiser, `/api/campaigns/stages/${stageId}/results/record`)).record!;
    expect(record.entries.find((entry) => entry.award === '一等奖')?.companyName).toBe(companies[WINNER]!.companyName);

    // The 公示 on the portal: the document, and the companies in rank order with their awards.
    const visitor = (await b.newSession()).page;
    await visitor.goto('/campaigns');
    await visitor.getByTestId(`results-${campaignId}`).click();
    await visitor.waitForURL(`**/campaigns/${campaignId}/results`);
    const published = await expectPublicNotice(visitor, b.baseUrl, { campaignId, stageId, document: DOCUMENT, status: '公示中' });
    expect(published.entries.map((entry) => entry.award)).toEqual(['一等奖', '二等奖', null]);

    // The period has ended and no objection is open: the organiser confirms.
    const card = page.getByTestId('results-record');
    await card.getByTestId('results-confirm').click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: '确认结果' }).click();
    await expectText(card.getByTestId('results-status'), '已确认');
    await visitor.reload();
    await expectText(visitor.getByTestId(`public-stage-${stageId}`), '已确认');
  });

  it('the organiser closes and publishes the campaign and records a service agreement on the 一等奖 winner', async () => {
    const page = b.page;
    await signInWithForm(page, 'yibin');
    await page.goto(`/console/campaigns/${campaignId}`);
    const head = page.locator('.yz-page-head');
    await takeStep(page, head, 'close');
    await expectText(head.getByRole('heading', { level: 1 }), '已结束');
    await takeStep(page, head, 'publish', { 文号: DOCUMENT });
    await expectText(head.getByRole('heading', { level: 1 }), '已公布');

    const winner = (await getJson<FollowUp>(organiser, `/api/campaigns/${campaignId}/follow-up`)).winners.find((w) => w.award === '一等奖')!;
    expect(winner.companyName).toBe(companies[WINNER]!.companyName);
    const card = page.getByTestId('follow-up-card');
    await card.getByTestId(`follow-up-add-${winner.entryId}`).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('服务机构').fill(PROVIDER);
    await dialog.getByLabel('服务内容').fill('“大赛贷”信用贷款');
    await dialog.getByLabel('金额（万元）').fill('200');
    await dialog.getByLabel('签订日期').fill(todayInChina());
    await dialog.getByRole('button', { name: '保存' }).click();
    await expectAbsent(page.getByRole('dialog'));
    const view = await getJson<FollowUp>(organiser, `/api/campaigns/${campaignId}/follow-up`);
    expect(view.totals).toMatchObject({ agreements: 1, winnersWithAgreement: 1, agreementAmountWan: '200.00' });
  });

  it('the winner signs in, finds 获奖 under 我的报名 with its award and agreement, and files its KPI report', async () => {
    const page = b.page;
    const winner = companies[WINNER]!;
    await signInWithForm(page, winner.creditCode, PASSWORD);
    await page.waitForURL('**/console/my-entries');
    const entryId = (await getJson<FollowUp>(organiser, `/api/campaigns/${campaignId}/follow-up`)).winners.find((w) => w.award === '一等奖')!.entryId;
    const row = page.getByTestId(`my-entry-${entryId}`);
    await expectText(row, winner.projectName);
    await expectText(row, '获奖');
    await row.getByTestId(`my-follow-up-${entryId}`).click();
    const drawer = page.getByTestId('my-follow-up');
    await expectText(drawer.getByTestId('my-award'), '获奖：一等奖');
    await expectText(drawer, PROVIDER);
    await fileKpiReport(page, drawer, period, { jobs: '18', revenueWan: '860', financingWan: '200' });
    await expectText(drawer.getByTestId(`kpi-report-${period}`), '860.00');
  });
});
