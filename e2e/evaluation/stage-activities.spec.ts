/**
 * The non-scored stages in the browser: the organiser adds a 训练营 session, marks everyone
 * present with 全部出席 and one company excused, writes a 尽职调查 checklist, checks one company
 * item by item and concludes 通过, concludes the other 不通过 with its reason; the stage's close
 * then leaves the second out. The company that passed finds its attendance and its outcome under
 * 我的报名, without the organiser's notes. The contest and both registrations are made through the
 * API (its own campaign: the e2e database is shared by every spec).
 */
import type { APIRequestContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CampaignCreated, CategoryCreated, SeriesCreated, StageCreated, StageDiligence, Zone } from '../support/api-types.js';
import { expectText, fillDate, signInWithForm, zoneByCode } from '../support/app.js';
import { apiAs, getJson, useBrowser } from '../support/browser.js';
import { ZONE_CODES } from '../support/constants.js';
import { creditCode, send } from '../support/contest.js';
import { chooseOption } from '../support/innovations.js';

const b = useBrowser();
let organiser: APIRequestContext;
let visitor: APIRequestContext;
let yibin: Zone;
const tag = String(Date.now()).slice(-6);
const TITLE = `宜宾片区创新创业大赛（尽调测试${tag}）`;
const PASSWORD = 'Yibin!Contest2026';
const companies = [
  { companyName: `宜宾尽调甲${tag}科技有限公司`, projectName: `甲项目${tag}`, creditCode: creditCode(`91511500MA7D${tag.slice(-4)}1`) },
  { companyName: `宜宾尽调乙${tag}科技有限公司`, projectName: `乙项目${tag}`, creditCode: creditCode(`91511500MA7D${tag.slice(-4)}2`) },
];
let campaignId = 0;
let activityId = 0;
let diligenceId = 0;
const entryIds: number[] = [];

beforeAll(async () => {
  organiser = await apiAs(b.baseUrl, 'yibin');
  visitor = await apiAs(b.baseUrl, null);
  yibin = await zoneByCode(organiser, ZONE_CODES.yibin);
  const series = await send<SeriesCreated>(organiser, 'post', '/api/campaigns/series', { name: `${TITLE}系列`, organiserZoneId: yibin.id });
  campaignId = (await send<CampaignCreated>(organiser, 'post', '/api/campaigns', { seriesId: series.series.id, edition: 1, year: 2026, kind: 'contest', title: TITLE })).campaign.id;
  const groupId = (await send<CategoryCreated>(organiser, 'post', `/api/campaigns/${campaignId}/categories`, { name: '初创组' })).category.id;
  await send(organiser, 'post', `/api/campaigns/${campaignId}/stages`, { kind: 'registration', name: '宣传报名' });
  activityId = (await send<StageCreated>(organiser, 'post', `/api/campaigns/${campaignId}/stages`, { kind: 'activity', name: '创业训练营', startsOn: '2026-10-12', endsOn: '2026-10-16' })).stage.id;
  diligenceId = (await send<StageCreated>(organiser, 'post', `/api/campaigns/${campaignId}/stages`, { kind: 'due_diligence', name: '尽职调查' })).stage.id;
  await send(organiser, 'post', `/api/campaigns/${campaignId}/open`);
  for (const company of companies) await send(visitor, 'post', `/api/public/campaigns/${campaignId}/registrations`, { ...company, categoryId: groupId, contact: '王 13800000000', password: PASSWORD });
  for (const id of [activityId, diligenceId]) await send(organiser, 'post', `/api/campaigns/stages/${id}/open`);
  const view = await getJson<StageDiligence>(organiser, `/api/campaigns/stages/${diligenceId}/diligence`);
  for (const company of companies) entryIds.push(view.entries.find((entry) => entry.companyName === company.companyName)!.entryId);
});
afterAll(async () => {
  await organiser?.dispose();
  await visitor?.dispose();
});

describe('the organiser keeps the records of the non-scored stages', () => {
  it('训练营: adds a session, marks everyone present, one company excused, and reads the counts', async () => {
    const page = b.page;
    await signInWithForm(page, 'yibin');
    await page.goto(`/console/campaigns/${campaignId}/stages/${activityId}`);
    const card = page.getByTestId('stage-attendance');
    await expectText(card, '还没有活动场次');
    const outside = page.getByTestId('session-form');
    await fillDate(outside.getByTestId('session-date'), '2026-10-20');
    await outside.getByTestId('session-title').fill('开营仪式');
    await outside.getByTestId('session-add').click();
    await expectText(page.locator('.ant-message'), '活动日期须在阶段的起止日期（2026-10-12 至 2026-10-16）之内');
    await fillDate(outside.getByTestId('session-date'), '2026-10-12');
    await outside.getByTestId('session-add').click();
    const session = card.locator('[data-testid^="session-"][data-row-key]').first();
    await expectText(session, '开营仪式');
    const sessionId = Number(await session.getAttribute('data-row-key'));

    // The header row is rendered twice by a scrolling table (the measure row): the visible one is first.
    await card.getByTestId(`all-present-${sessionId}`).first().click();
    await expectText(card.getByTestId(`attended-${entryIds[0]}`), '1/1');
    await expectText(card.getByTestId(`attended-${entryIds[1]}`), '1/1');
    await chooseOption(page, card.getByTestId(`attendance-${entryIds[1]}-${sessionId}`), '请假');
    await expectText(card.getByTestId(`attended-${entryIds[1]}`), '0/1');
    await expectText(session, '1 个项目出席');
  });

  it('尽职调查: writes the checklist, checks one company through, concludes it 通过 and the other 不通过 with its reason', async () => {
    const page = b.page;
    await signInWithForm(page, 'yibin');
    await page.goto(`/console/campaigns/${campaignId}/stages/${diligenceId}`);
    const card = page.getByTestId('stage-diligence');
    await expectText(card.getByTestId('diligence-missing'), '还有 2 个项目没有结论');
    for (const [index, name] of ['营业执照与信用代码核验', '财务报表'].entries()) {
      await card.getByTestId('checklist-add').click();
      await card.getByTestId(`checklist-name-${index}`).fill(name);
    }
    await card.getByTestId('checklist-save').click();
    await expectText(page.locator('.ant-message'), '核查清单已保存');
    const items = (await getJson<StageDiligence>(organiser, `/api/campaigns/stages/${diligenceId}/diligence`)).items;
    expect(items.map((item) => item.name)).toEqual(['营业执照与信用代码核验', '财务报表']);

    // 通过 before the items have passed: the server says why, and nothing changes.
    await card.getByTestId(`conclude-pass-${entryIds[0]}`).click();
    await expectText(page.locator('.ant-message'), '还有 2 项必查事项未核查通过');
    for (const item of items) {
      await card.getByTestId(`check-${entryIds[0]}-${item.id}`).click();
      // This item's popover (the previous one may still be fading out).
      const popover = page.locator('.ant-popover', { has: page.getByTestId(`check-outcome-${entryIds[0]}-${item.id}`) });
      await popover.getByText('通过', { exact: true }).click();
      await popover.getByLabel('备注').fill(`内部核查记录${item.id}`);
      await popover.getByTestId(`check-save-${entryIds[0]}-${item.id}`).click();
      await expectText(card.getByTestId(`check-${entryIds[0]}-${item.id}`), '通过');
    }
    await card.getByTestId(`conclude-pass-${entryIds[0]}`).click();
    await expect.poll(async () => card.getByTestId(`conclusion-${entryIds[0]}`).getAttribute('data-passed')).toBe('true');

    await card.getByTestId(`conclude-fail-${entryIds[1]}`).click();
    const dialog = page.getByRole('dialog', { name: '不通过的理由' });
    await dialog.getByTestId('conclude-reason').fill('财务报表未能提供');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect.poll(async () => card.getByTestId(`conclusion-${entryIds[1]}`).getAttribute('data-passed')).toBe('false');
    await expectText(card.getByTestId('diligence-missing'), '所有项目都已给出结论');

    // The stage's close applies the conclusions: the second company goes no further.
    await send(organiser, 'post', `/api/campaigns/stages/${diligenceId}/close`);
    const after = await getJson<StageDiligence>(organiser, `/api/campaigns/stages/${diligenceId}/diligence`);
    expect(after.entries.map((entry) => [entry.entryId, entry.status])).toEqual([[entryIds[0], 'registered'], [entryIds[1], 'eliminated']]);
    await page.reload();
    await expectText(card, '阶段进行中才能登记');
  });
});

describe('the company that passed', () => {
  it('finds its attendance and its outcome under 我的报名, without the organiser\'s notes', async () => {
    const page = b.page;
    await page.context().clearCookies();
    await page.goto('/login');
    await page.getByLabel('用户名').fill(companies[0]!.creditCode);
    await page.getByLabel('密码', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL('**/console/my-entries');
    const row = page.locator(`tr[data-row-key="${entryIds[0]}"]`);
    await row.locator('.ant-table-row-expand-icon').click();
    const stages = page.getByTestId(`my-entry-stages-${entryIds[0]}`);
    await expectText(stages.getByTestId(`my-attendance-${activityId}`), '出席 1/1 场');
    await expectText(stages.getByTestId(`my-outcome-${diligenceId}`), '通过');
    expect(await stages.innerText()).not.toMatch(/内部核查记录|财务报表未能提供/);
  });
});
