/**
 * The province office sets up a contest in the console: a new campaign in a series, a category
 * with prize tiers, two stages (the second added in front of the first), and the criteria of the
 * scored stage — a total of 90 % refused, 100 % saved. 宜宾's zone staff see it once it is open;
 * the public sees it on the portal as open for registration, and as published once its results are.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRequestContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, getJson, useBrowser } from '../support/browser.js';
import type { CampaignDetail, CampaignPage, CampaignSeries, PublicCampaignPage, SeriesCreated, Zone } from '../support/api-types.js';
import { expectAbsent, expectText, signInWithForm, zoneByCode } from '../support/app.js';
import { RESULTS_DIR, ZONE_CODES } from '../support/constants.js';
import { chooseOption } from '../support/innovations.js';

const b = useBrowser();
let admin: APIRequestContext;
let zoneStaff: APIRequestContext;
let visitor: APIRequestContext;
let yibin: Zone;
let series: CampaignSeries;
let campaignId = 0;
const TITLE = '第一届四川自贸试验区创新创业大赛（测试）';

/** Screenshots of the pages as a user sees them, kept under test-results/ for a look. */
async function snapshot(page: Page, name: string): Promise<void> {
  const dir = join(RESULTS_DIR, 'screenshots', 'evaluation');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}

async function post(api: APIRequestContext, path: string, data: object = {}): Promise<void> {
  const response = await api.post(path, { data });
  if (!response.ok()) throw new Error(`POST ${path}: ${response.status()} ${await response.text()}`);
}

beforeAll(async () => {
  admin = await apiAs(b.baseUrl, 'admin');
  zoneStaff = await apiAs(b.baseUrl, 'yibin');
  visitor = await apiAs(b.baseUrl, null);
  yibin = await zoneByCode(admin, ZONE_CODES.yibin);
  // The series is organised by 宜宾's parent (the Sichuan FTZ), which the province office keeps.
  const response = await admin.post('/api/campaigns/series', { data: { name: '四川自贸试验区创新创业大赛（测试）', organiserZoneId: yibin.parentId } });
  expect(response.status()).toBe(201);
  series = ((await response.json()) as SeriesCreated).series;
});
afterAll(async () => {
  await admin?.dispose();
  await zoneStaff?.dispose();
  await visitor?.dispose();
});

describe('a contest set up by the province office', () => {
  it('creates the campaign, a category, two stages in order and a criteria set that must total 100 %', async () => {
    const page = b.page;
    await signInWithForm(page, 'admin');
    await page.getByTestId('menu-campaigns').click();
    await page.waitForURL('**/console/campaigns');
    await page.getByTestId('campaign-create').click();
    const create = page.getByRole('dialog', { name: '新建评审活动' });
    await create.waitFor();
    await chooseOption(page, create.getByLabel('选择系列'), `${series.name}（${series.organiserZoneName}）`);
    await create.getByLabel('活动名称').fill(TITLE);
    await create.getByLabel('届次').fill('1');
    await create.getByLabel('年度').fill('2026');
    await snapshot(page, 'campaign-create');
    await create.getByRole('button', { name: '提交' }).click();
    await page.waitForURL(/\/console\/campaigns\/\d+$/);
    campaignId = Number(new URL(page.url()).pathname.split('/').at(-1));
    const detail = page.getByTestId(`campaign-detail-${campaignId}`);
    await expectText(detail.getByRole('heading', { level: 1 }), TITLE);
    await expectText(detail.getByRole('heading', { level: 1 }), '草稿');

    // A category with two prize tiers.
    await page.getByTestId('category-add').click();
    const category = page.getByRole('dialog', { name: '新增组别' });
    await category.getByLabel('组别名称').fill('初创组');
    await category.getByTestId('category-prize-add').click();
    await category.getByLabel('奖项名称 1').fill('一等奖');
    await category.getByLabel('数量 1').fill('4');
    await category.getByTestId('category-prize-add').click();
    await category.getByLabel('奖项名称 2').fill('二等奖');
    await category.getByLabel('数量 2').fill('8');
    await category.getByRole('button', { name: '保存' }).click();
    await category.waitFor({ state: 'hidden' });
    await expectText(detail, '一等奖 4 名');

    // 决赛 first, then 初赛 added in front of it at position 1.
    const addStage = async (name: string, position: string) => {
      await page.getByTestId('stage-add').click();
      const dialog = page.getByRole('dialog', { name: '新增阶段' });
      await dialog.getByLabel('阶段名称').fill(name);
      await dialog.getByLabel('位置').fill(position);
      await dialog.getByRole('button', { name: '保存' }).click();
      await dialog.waitFor({ state: 'hidden' });
    };
    await addStage('决赛', '1');
    await addStage('初赛', '1');
    await expectText(page.getByTestId('stage-row-1'), '初赛');
    await expectText(page.getByTestId('stage-row-2'), '决赛');

    // Criteria of 初赛: 30 % + 60 % is refused here, with nothing sent; 30 % + 70 % is saved.
    await page.getByTestId('stage-criteria-1').click();
    const drawer = page.getByRole('dialog', { name: /评分标准 · 初赛/ });
    await drawer.waitFor();
    const addCriterion = async (index: number, name: string, weight: string) => {
      await drawer.getByTestId('criterion-add').click();
      const row = drawer.getByTestId(`criterion-${index}`);
      await row.getByLabel('名称（中文）').fill(name);
      await row.getByLabel('权重').fill(weight);
    };
    await addCriterion(0, '创新性', '30');
    await addCriterion(1, '操作性', '60');
    await expectText(page.getByTestId('criteria-total'), '权重合计 90%');
    await page.getByRole('button', { name: '保存' }).click();
    await expectText(page.getByTestId('criteria-total-refused'), '权重合计须为 100%，当前为 90%');
    await snapshot(page, 'criteria-refused');
    let stages = (await getJson<CampaignDetail>(admin, `/api/campaigns/${campaignId}`)).stages;
    expect(stages[0]?.criteria).toEqual([]);

    const second = drawer.getByTestId('criterion-1');
    await second.getByLabel('权重').fill('70');
    await expectText(page.getByTestId('criteria-total'), '权重合计 100%');
    await drawer.getByTestId('criterion-0').getByRole('button', { name: '新增档次' }).click();
    await drawer.getByLabel('档次 1 起').fill('25');
    await drawer.getByLabel('档次 1 止').fill('30');
    await drawer.getByLabel('档次 1 说明（中文）').fill('首创性突出');
    await page.getByRole('button', { name: '保存' }).click();
    await drawer.waitFor({ state: 'hidden' });
    await expectText(page.getByTestId('stage-criteria-1'), '2 项');
    await snapshot(page, 'campaign-detail');

    stages = (await getJson<CampaignDetail>(admin, `/api/campaigns/${campaignId}`)).stages;
    expect(stages.map((stage) => stage.name)).toEqual(['初赛', '决赛']);
    expect(stages[0]?.criteria.map((criterion) => [criterion.nameZh, criterion.weight])).toEqual([
      ['创新性', 0.3],
      ['操作性', 0.7],
    ]);
    expect(stages[0]?.criteria[0]?.levels).toEqual([{ min: 25, max: 30, zh: '首创性突出', en: null }]);
  });

  it('is seen by 宜宾 staff once open, and on the portal as published once its results are', async () => {
    expect(campaignId).toBeGreaterThan(0);
    // A draft is the organiser's alone.
    expect((await zoneStaff.get(`/api/campaigns/${campaignId}`)).status()).toBe(404);

    const page = b.page;
    await signInWithForm(page, 'admin');
    await page.goto(`/console/campaigns/${campaignId}`);
    // The campaign's own step, in the page head (each stage row has its own steps).
    await page.locator('.yz-page-head').getByTestId('transition-open').click();
    const dialog = page.getByRole('dialog', { name: /启动/ });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: '启动' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expectText(page.getByRole('heading', { level: 1 }), '进行中');

    const staff = await b.newSession();
    await signInWithForm(staff.page, 'yibin');
    await staff.page.getByTestId('menu-campaigns').click();
    const row = staff.page.getByTestId(`campaign-row-${campaignId}`);
    await expectText(row, TITLE);
    await expectText(row, '进行中');
    await row.getByRole('link', { name: TITLE }).click();
    await expectText(staff.page.getByTestId(`campaign-detail-${campaignId}`), '初赛');
    // A province-run contest: 宜宾 reads it and changes nothing.
    await expectAbsent(staff.page.getByTestId('stage-add'));
    await expectAbsent(staff.page.locator('.yz-page-head').getByTestId('transition-close'));
    await expectAbsent(staff.page.getByTestId('stage-edit-1'));
    await expectText(staff.page.getByTestId('stage-row-2'), '未设置');
    await snapshot(staff.page, 'campaign-detail-zone-staff');

    // Not published yet: the portal lists an open contest only as open for registration.
    const before = await getJson<PublicCampaignPage>(visitor, '/api/public/campaigns');
    expect(before.items.find((item) => item.id === campaignId)).toMatchObject({ status: 'open', registrationOpen: true });

    // The stages run and close, the campaign closes and its results are published (through the API).
    const { stages } = await getJson<CampaignDetail>(admin, `/api/campaigns/${campaignId}`);
    for (const stage of stages) {
      await post(admin, `/api/campaigns/stages/${stage.id}/open`);
      if (stage.criteria.length) await post(admin, `/api/campaigns/stages/${stage.id}/start_scoring`);
      await post(admin, `/api/campaigns/stages/${stage.id}/close`);
    }
    await post(admin, `/api/campaigns/${campaignId}/close`);
    await post(admin, `/api/campaigns/${campaignId}/publish`, { document: '川自贸办〔2026〕1号' });

    const visitorPage = (await b.newSession()).page;
    await visitorPage.goto('/');
    await visitorPage.getByTestId('nav-campaigns').click();
    await visitorPage.waitForURL('**/campaigns');
    await expectText(visitorPage.getByTestId(`public-campaign-${campaignId}`), TITLE);
    await expectText(visitorPage.getByTestId(`public-campaign-${campaignId}`), '已公布');
    await snapshot(visitorPage, 'portal-campaigns');
    await visitorPage.getByTestId('link-draw-verify').click();
    await visitorPage.waitForURL('**/draws/verify');

    // And the console list filters by status.
    const published = await getJson<CampaignPage>(admin, '/api/campaigns?status=published');
    expect(published.items.map((item) => item.id)).toContain(campaignId);
  });
});
