/**
 * One 最佳案例评选 from creation to its 公示, every step in the browser: the province office creates
 * the selection (a new series), one category per domain with its 十佳案例 prize, a scored stage with
 * the four principles as criteria, opens both; nominates recognised innovations of two domains;
 * draws three judges and assigns two to each case; each judge confirms the 承诺书 and scores its
 * cases; the organiser closes the stage, compares 平均分 with 标准分（分项）, saves and publishes with
 * a 文号; the portal's 公示 ranks the cases, each domain's best with 十佳案例.
 *
 * Through the API, as in full-cycle-contest.spec.ts: the judges' accounts and experts, the pool
 * trimmed to them. Reads through the API only to pick the innovations, learn ids and check.
 */
import type { APIRequestContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INNOVATION_DOMAIN_LABELS } from '../../src/shared/innovations.enums.js';
import type { CampaignDetail, CampaignEntryList, InnovationListItem, MyAssignmentList, PublicCampaignPage, ResultsRecordAnswer, ZoneList } from '../support/api-types.js';
import { expectText, signInWithForm, zoneByCode } from '../support/app.js';
import { apiAs, getJson, useBrowser } from '../support/browser.js';
import { addCategory, addStage, compareSaveAndPublish, createCampaign, drawAndAssign, expectPublicNotice, type JudgeAccount, makeJudges, poolOfOnly, scoreAsJudge, setCriteria, takeStep } from '../support/campaign-flow.js';
import { ZONE_CODES } from '../support/constants.js';
import { chooseOption, listInnovations, uniqueTag } from '../support/innovations.js';

const b = useBrowser();
const tag = uniqueTag();
const asciiTag = String(Date.now() % 100_000_000);
const TITLE = `自贸试验区制度创新十佳案例评选（全流程${tag}）`;
const SERIES = `自贸试验区制度创新十佳案例（全流程系列${tag}）`;
const DOCUMENT = `川自贸办〔2026〕${asciiTag.slice(-3)}号`;
const PRINCIPLES: [string, number][] = [['创新性', 30], ['操作性', 25], ['契合性', 25], ['地区特色', 20]];
const DOMAINS = Object.values(INNOVATION_DOMAIN_LABELS).map((label) => label.zh);
/** A case's score from a judge: the case's level, the judge's leniency, a little less on each later principle. */
const score = (caseIndex: number, judgeIndex: number, criterionIndex: number) => [90, 78, 84, 70][caseIndex]! + [0, -6, 4][judgeIndex]! - criterionIndex;

let admin: APIRequestContext;
let secadmin: APIRequestContext;
let judges: JudgeAccount[] = [];
let restorePool: () => Promise<void> = async () => undefined;
/** Two recognised innovations in each of two domains (the demo data has them; which ones does not matter). */
let nominees: { domain: string; cases: InnovationListItem[] }[] = [];
let campaignId = 0;

const nominated = () => nominees.flatMap((group) => group.cases);

beforeAll(async () => {
  admin = await apiAs(b.baseUrl, 'admin');
  secadmin = await apiAs(b.baseUrl, 'secadmin');
  judges = await makeJudges(b.baseUrl, secadmin, admin, { count: 3, prefix: 'fb', tag, asciiTag, field: '贸易便利化' });
  restorePool = await poolOfOnly(admin, judges.map((judge) => judge.expertId));
  const recognised = await listInnovations(admin, { level: 'published', sort: 'name' });
  const byDomain = new Map<string, InnovationListItem[]>();
  for (const item of recognised) byDomain.set(item.domain, [...(byDomain.get(item.domain) ?? []), item]);
  nominees = [...byDomain.entries()].filter(([, items]) => items.length >= 2).slice(0, 2).map(([domain, items]) => ({ domain: INNOVATION_DOMAIN_LABELS[domain as keyof typeof INNOVATION_DOMAIN_LABELS].zh, cases: items.slice(0, 2) }));
  expect(nominees).toHaveLength(2);
});
afterAll(async () => {
  await restorePool();
  for (const api of [admin, secadmin]) await api?.dispose();
});

describe('a best-case selection from creation to its 公示', () => {
  it('the province office creates the selection, a category per domain, the scored stage with the four principles, and opens both', async () => {
    const page = b.page;
    const yibin = await zoneByCode(admin, ZONE_CODES.yibin);
    const province = (await getJson<ZoneList>(admin, '/api/zones')).items.find((zone) => zone.id === yibin.parentId)!;
    await signInWithForm(page, 'admin');
    campaignId = await createCampaign(page, { series: SERIES, organiser: province.name, kind: '最佳案例评选', title: TITLE, year: 2026 });

    for (const domain of DOMAINS) await addCategory(page, domain, [['十佳案例', 1]]);
    await addStage(page, 1, '专家评审', '评分');
    await setCriteria(page, 1, '专家评审', PRINCIPLES);
    const head = page.locator('.yz-page-head');
    await takeStep(page, head, 'open');
    await expectText(head.getByRole('heading', { level: 1 }), '进行中');
    await takeStep(page, page.getByTestId('stage-row-1'), 'open');
    await expectText(page.getByTestId('stage-row-1'), '进行中');

    const { campaign, categories, stages } = await getJson<CampaignDetail>(admin, `/api/campaigns/${campaignId}`);
    expect(campaign.kind).toBe('best_case');
    expect(categories.map((category) => category.name)).toEqual(DOMAINS);
    expect(stages[0]!.criteria.map((criterion) => [criterion.nameZh, criterion.weight])).toEqual(PRINCIPLES.map(([name, weight]) => [name, weight / 100]));
  });

  it('nominates two recognised innovations into each of two domains', async () => {
    expect(campaignId).toBeGreaterThan(0);
    const page = b.page;
    await signInWithForm(page, 'admin');
    await page.goto(`/console/campaigns/${campaignId}`);
    for (const { domain, cases } of nominees) {
      await page.getByTestId('entry-nominate').click();
      const dialog = page.getByRole('dialog', { name: '推荐已认定的制度创新成果' });
      await chooseOption(page, dialog.getByLabel('推荐到类别'), domain);
      for (const innovation of cases) {
        await dialog.getByLabel('成果名称').fill(innovation.name);
        await dialog.getByLabel('成果名称').press('Enter');
        await dialog.getByTestId(`nominate-row-${innovation.id}`).getByRole('checkbox').check();
      }
      await dialog.getByRole('button', { name: '推荐 2 项' }).click();
      await dialog.waitFor({ state: 'hidden' });
    }
    const entries = (await getJson<CampaignEntryList>(admin, `/api/campaigns/${campaignId}/entries`)).items;
    expect(entries.map((entry) => [entry.innovationId, entry.categoryName]).sort()).toEqual(nominees.flatMap(({ domain, cases }) => cases.map((c) => [c.id, domain])).sort());
    for (const entry of entries) await expectText(page.getByTestId(`entry-row-${entry.id}`), entry.title);
  });

  it('draws three judges, assigns two to each case and starts the scoring', async () => {
    const page = b.page;
    await signInWithForm(page, 'admin');
    await page.goto(`/console/campaigns/${campaignId}`);
    await page.getByTestId('stage-judges-1').click();
    await page.waitForURL(/\/stages\/\d+$/);
    await drawAndAssign(page, { size: 3, seed: 20211120, perEntry: 2, loadCap: 3, entries: 4 });
    await expectText(page.getByTestId('stage-progress').getByTestId('progress-summary'), '已提交 0 / 8 份评分表');
    await page.getByRole('link', { name: TITLE }).click();
    await takeStep(page, page.getByTestId('stage-row-1'), 'start_scoring');
    await expectText(page.getByTestId('stage-row-1'), '评分中');
  });

  for (const j of [0, 1, 2]) {
    it(`judge ${j + 1} confirms the 承诺书 and scores the cases assigned to them`, async () => {
      const stage = (await getJson<CampaignDetail>(admin, `/api/campaigns/${campaignId}`)).stages[0]!;
      expect(stage.status).toBe('scoring');
      // Which cases the balanced assignment gave this judge: read as the judge, to fill the right sheets.
      const judgeApi = await apiAs(b.baseUrl, null);
      await judgeApi.post('/api/auth/login', { data: { username: judges[j]!.username, password: judges[j]!.password } });
      const mine = (await getJson<MyAssignmentList>(judgeApi, '/api/my/assignments')).items.filter((item) => item.stageId === stage.id);
      await judgeApi.dispose();
      expect(mine.length).toBeGreaterThan(0);
      const cases = nominated();
      const entries = (await getJson<CampaignEntryList>(admin, `/api/campaigns/${campaignId}/entries`)).items;
      const sheets = new Map(
        mine.map((assignment) => {
          const c = cases.findIndex((item) => item.id === entries.find((entry) => entry.id === assignment.entry.id)!.innovationId);
          return [assignment.entry.id, Object.fromEntries(stage.criteria.map((criterion, k) => [criterion.id, score(c, j, k)]))];
        }),
      );
      await signInWithForm(b.page, judges[j]!.username, judges[j]!.password);
      await scoreAsJudge(b.page, stage.id, sheets);
    });
  }

  it('the organiser closes the stage, compares two methods, saves and publishes; the portal\'s 公示 ranks the cases, each domain\'s best 十佳案例', async () => {
    const page = b.page;
    await signInWithForm(page, 'admin');
    await page.goto(`/console/campaigns/${campaignId}`);
    await takeStep(page, page.getByTestId('stage-row-1'), 'close');
    const stageId = (await getJson<CampaignDetail>(admin, `/api/campaigns/${campaignId}`)).stages[0]!.id;
    await page.getByTestId('stage-judges-1').click();
    await page.waitForURL(`**/stages/${stageId}`);
    await expectText(page.getByTestId('results-sheets'), '3 位评委 · 8 份评分表');
    await compareSaveAndPublish(page, { other: '标准分（分项）', document: DOCUMENT });
    const record = (await getJson<ResultsRecordAnswer>(admin, `/api/campaigns/stages/${stageId}/results/record`)).record!;
    const { categories } = await getJson<CampaignDetail>(admin, `/api/campaigns/${campaignId}`);
    // Each domain's 十佳案例 is its best-ranked case.
    for (const { domain } of nominees) {
      const categoryId = categories.find((category) => category.name === domain)!.id;
      const inDomain = record.entries.filter((entry) => entry.categoryId === categoryId).sort((x, y) => x.rank - y.rank);
      expect(inDomain.map((entry) => entry.award)).toEqual(['十佳案例', null]);
    }

    // The 公示 is public while it runs: the portal's list shows the campaign, still open, with its results.
    const visitor = (await b.newSession()).page;
    const anon = await apiAs(b.baseUrl, null);
    const listed = (await getJson<PublicCampaignPage>(anon, '/api/public/campaigns?pageSize=100')).items.find((c) => c.id === campaignId);
    await anon.dispose();
    expect(listed).toMatchObject({ status: 'open', resultsPublished: true });
    await visitor.goto(`/campaigns/${campaignId}/results`);
    await expectText(visitor.getByRole('heading', { level: 1 }), TITLE);
    const published = await expectPublicNotice(visitor, b.baseUrl, { campaignId, stageId, document: DOCUMENT, status: '公示中' });
    expect(published.entries).toHaveLength(4);
    expect(published.entries.filter((entry) => entry.award === '十佳案例')).toHaveLength(2);
  });
});
