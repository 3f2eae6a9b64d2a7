/**
 * A contest from the other side: an enterprise registers through the portal (the credit code
 * checked as it is typed) and finds its entry under 我的报名; a judge confirms the stage's
 * commitment, saves a draft, reloads and finds it, submits after the confirmation, and can
 * change nothing afterwards. The organiser's set-up (series, contest, group, a blind scored stage
 * with criteria, the expert linked to judge1, draw and assignment) is done through the API
 * (support/contest.ts).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRequestContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, getJson, useBrowser } from '../support/browser.js';
import type { MyAssignmentsAnswer, Zone } from '../support/api-types.js';
import { expectAbsent, expectText, signInWithForm, zoneByCode } from '../support/app.js';
import { RESULTS_DIR, ZONE_CODES } from '../support/constants.js';
import { buildOpenContest, creditCode, panelOfJudge1, send } from '../support/contest.js';
import { chooseOption } from '../support/innovations.js';

const b = useBrowser();
let organiser: APIRequestContext;
let visitor: APIRequestContext;
let yibin: Zone;
let campaignId = 0;
let stageId = 0;
let groupId = 0;
let criteria: number[] = [];
const TITLE = '第一届宜宾片区创新创业大赛（报名测试）';
const COMPANY = '宜宾示例新材料科技有限公司';
const PROJECT = '锂电池负极材料回收';
const SECOND_COMPANY = '宜宾另一家示例公司';
const CODE = creditCode('91511500MA6X0E2E1');
const PASSWORD = 'Yibin!Contest2026';

async function snapshot(page: Page, name: string): Promise<void> {
  const dir = join(RESULTS_DIR, 'screenshots', 'evaluation');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}

beforeAll(async () => {
  organiser = await apiAs(b.baseUrl, 'yibin');
  visitor = await apiAs(b.baseUrl, null);
  yibin = await zoneByCode(organiser, ZONE_CODES.yibin);
  ({ campaignId, stageId, groupId, criteria } = await buildOpenContest(organiser, yibin.id, TITLE));
});
afterAll(async () => {
  await organiser?.dispose();
  await visitor?.dispose();
});

describe('an enterprise registers through the portal', () => {
  it('finds the open contest, is told what is wrong with its code as it types, and sees its entry under 我的报名', async () => {
    const page = b.page;
    await page.goto('/campaigns');
    const row = page.getByTestId(`public-campaign-${campaignId}`);
    await expectText(row, '报名中');
    await row.getByTestId(`register-${campaignId}`).click();
    await page.waitForURL(`**/campaigns/${campaignId}/register`);
    await expectText(page.getByRole('heading', { level: 1 }), '大赛报名');
    await expectText(page.locator('.yz-register__campaign'), TITLE);

    await page.getByLabel('企业名称').fill(COMPANY);
    const codeField = page.getByLabel('统一社会信用代码');
    await codeField.fill(CODE.slice(0, 10));
    await expectText(page.locator('.ant-form-item-explain-error'), '应为 18 位，当前 10 位');
    const wrongCheck = CODE.slice(0, 17) + (CODE[17] === '0' ? '1' : '0');
    await codeField.fill(wrongCheck);
    await expectText(page.locator('.ant-form-item-explain-error'), '末位校验码与前 17 位不符');
    // Typed in lower case with a space, as people do: the shared checker normalises it.
    await codeField.fill(`${CODE.slice(0, 9).toLowerCase()} ${CODE.slice(9)}`);
    await expectAbsent(page.locator('.ant-form-item-explain-error'));
    expect(await codeField.inputValue()).toBe(CODE);
    await page.getByLabel('项目名称').fill(PROJECT);
    await chooseOption(page, page.getByLabel('参赛组别'), '初创组');
    await page.getByLabel('联系人').fill('王经理');
    await page.getByLabel('联系电话').fill('0831-1234567');
    await page.getByLabel('电子邮箱').fill('wang@example.cn');
    await expectText(page.locator('.ant-form-item-extra', { hasText: '密码至少' }), /密码至少 \d+ 位，包含大写字母、小写字母、数字、符号中的至少 \d 类/);
    await page.getByLabel('登录密码').fill(PASSWORD);
    await page.getByLabel('确认密码').fill(PASSWORD);
    await snapshot(page, 'register-form');
    await page.getByTestId('reg-submit').click();
    await expectText(page.getByTestId('register-done'), `用户名为统一社会信用代码 ${CODE}`);
    await snapshot(page, 'register-done');

    await page.getByTestId('register-login').click();
    await page.waitForURL('**/login**');
    await page.getByLabel('用户名').fill(CODE);
    await page.getByLabel('密码', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL('**/console/my-entries');
    const entries = page.locator('tbody tr[data-row-key]');
    await expect.poll(() => entries.count()).toBe(1);
    for (const text of [TITLE, '初创组', PROJECT, '已报名']) await expectText(entries.first(), text);
    await expectText(entries.first(), '各阶段的评审结果公布后将显示在这里');
    // The applicant's console home is 我的报名.
    await page.goto('/console');
    await page.waitForURL('**/console/my-entries');
    await snapshot(page, 'my-entries');
  });
});

describe('a judge scores an assigned entry', () => {
  it('confirms the commitment before any scoring, keeps a draft across a reload, submits once after confirming', async () => {
    expect(campaignId).toBeGreaterThan(0);
    // A second registration, then the panel: judge1 linked to an expert, drawn and assigned both entries.
    await send(visitor, 'post', `/api/public/campaigns/${campaignId}/registrations`, {
      companyName: SECOND_COMPANY, creditCode: creditCode('91511500MA6X0E2E2'), projectName: '智慧港口调度', categoryId: groupId, contact: '李 13800000000', password: PASSWORD,
    });
    await panelOfJudge1(organiser, yibin.id, stageId);
    const [innovation, feasibility] = criteria;

    const page = b.page;
    await signInWithForm(page, 'judge1');
    await page.waitForURL('**/console/my-reviews');
    // Their home is 我的评审: the staff 工作台 is not in their menu.
    await expectAbsent(page.getByTestId('menu-dashboard'));
    const card = page.getByTestId(`stage-${stageId}`);
    await expectText(card, `${TITLE} · 初赛`);
    await expectText(card, '盲评');
    await expectText(card, '已提交 0 / 2');
    // Blind: neither company shows; before the commitment, nothing can be scored.
    await expectAbsent(card.getByText(COMPANY));
    await expectAbsent(card.getByText(SECOND_COMPANY));
    await expectText(page.getByTestId(`commitment-${stageId}`), '本人承诺：独立、公正、客观地开展评审');
    await expectAbsent(card.locator('[data-testid^="score-"]'));
    expect(await page.getByTestId(`commitment-confirm-${stageId}`).isDisabled()).toBe(true);
    await snapshot(page, 'my-reviews-commitment');
    await page.getByTestId(`commitment-agree-${stageId}`).click();
    await page.getByTestId(`commitment-confirm-${stageId}`).click();
    await page.getByTestId(`commitment-done-${stageId}`).waitFor();

    const judgeApi = await apiAs(b.baseUrl, 'judge1');
    const assignments = await getJson<MyAssignmentsAnswer>(judgeApi, '/api/my/assignments');
    const entryId = assignments.items.find((item) => item.stageId === stageId && item.entry.title === PROJECT)!.entry.id;
    await card.getByTestId(`score-${entryId}`).click();
    await page.waitForURL(`**/console/my-reviews/stages/${stageId}/entries/${entryId}`);
    await expectText(page.getByRole('heading', { level: 1 }), PROJECT);
    await expectAbsent(page.getByText(COMPANY));
    await expectText(page.getByTestId(`criterion-${innovation}`), '首创性突出');

    // Typing a score marks its level and moves the total: 0.6 × 88 = 52.8.
    await page.getByTestId(`score-input-${innovation}`).fill('88');
    await expectText(page.getByTestId('weighted-total'), '52.8');
    await expectText(page.getByTestId(`criterion-${innovation}`).locator('[aria-current="true"]'), '首创性突出');
    await expectText(page.locator('.yz-score-footer'), '尚有 1 项未评分');
    await page.getByTestId('sheet-save').click();
    await expectText(page.locator('.ant-message'), '草稿已保存');

    await page.reload();
    await expect.poll(() => page.getByTestId(`score-input-${innovation}`).inputValue(), { timeout: 15_000 }).toBe('88');
    await expectText(page.getByTestId('weighted-total'), '52.8');

    // Submitting with a criterion unscored is stopped here, on the field.
    await page.getByTestId('sheet-submit').click();
    await expectText(page.getByTestId(`criterion-${feasibility}`), '请为「可行性」评分');
    await page.getByTestId(`score-input-${feasibility}`).fill('7.5');
    await expectAbsent(page.getByTestId(`criterion-${feasibility}`).getByText('请为「可行性」评分'));
    await expectText(page.getByTestId('weighted-total'), '55.8');
    await snapshot(page, 'score-sheet');
    await page.getByTestId('sheet-submit').click();
    const confirm = page.getByRole('dialog', { name: '确认提交评分？' });
    await expectText(confirm, '提交后评分不能修改或撤回');
    await expectText(confirm, '55.8');
    await confirm.getByTestId('score-confirm-ok').click();
    await page.getByTestId('sheet-submitted').waitFor();
    await expectAbsent(page.getByTestId('sheet-submit'));
    await expectAbsent(page.getByTestId('sheet-save'));
    expect(await page.getByTestId(`score-input-${innovation}`).isDisabled()).toBe(true);
    await snapshot(page, 'score-sheet-submitted');

    // And the server holds it: a change is refused as the server words it.
    const change = await judgeApi.put(`/api/campaigns/stages/${stageId}/sheets/${entryId}`, { data: { scores: { [innovation!]: 90 } } });
    expect(change.status()).toBe(409);
    const after = await getJson<MyAssignmentsAnswer>(judgeApi, '/api/my/assignments');
    expect(after.items.find((item) => item.entry.id === entryId)?.sheet).toMatchObject({ status: 'submitted', scores: { [innovation!]: 88, [feasibility!]: 7.5 } });
    await judgeApi.dispose();

    await page.getByRole('link', { name: '返回我的评审' }).click();
    await expectText(card, '已提交 1 / 2');
    await expectText(page.getByTestId(`assignment-${entryId}`), '查看');
  });
});
