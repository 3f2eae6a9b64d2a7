/**
 * The steps of a campaign's run that the full-cycle specs (e2e/evaluation/full-cycle-*.spec.ts)
 * take in the browser, as the organiser and the judges take them, and the set-up they share with
 * the other evaluation specs: judge accounts (made by the security admin, as 三员分立 wants, through
 * the API) linked to experts, and a pool that holds only a spec's own experts while it draws.
 */
import type { APIRequestContext, Locator, Page } from 'playwright-core';
import { request as playwrightRequest } from 'playwright-core';
import { expect } from 'vitest';
import type { AccountCreated, ExpertPage, ExpertSaved, PublicResults } from './api-types.js';
import { expectAbsent, expectText, fillDate, pickInTreeSelect } from './app.js';
import { apiAs, getJson } from './browser.js';
import { send } from './contest.js';
import { chooseOption } from './innovations.js';

export const JUDGE_PASSWORD = 'Pingshen@2026x';

export type JudgeAccount = { userId: number; username: string; displayName: string; password: string; expertId: number };

/**
 * `count` judge accounts `${prefix}${asciiTag}_${i}` as the security admin makes them, each
 * temporary password changed at a first sign-in, each linked to a new expert of the pool (no
 * zone: no conflict with any entry's zone). The expert dialog and the users page have their own
 * specs (organiser.spec.ts, console/users); here they are set-up.
 */
export async function makeJudges(
  baseUrl: string,
  secadmin: APIRequestContext,
  organiser: APIRequestContext,
  { count, prefix, tag, asciiTag, field }: { count: number; prefix: string; tag: string; asciiTag: string; field: string },
): Promise<JudgeAccount[]> {
  const judges: JudgeAccount[] = [];
  for (let i = 1; i <= count; i++) {
    const username = `${prefix}${asciiTag}_${i}`;
    const displayName = `评委${tag}${i}`;
    const created = await send<AccountCreated>(secadmin, 'post', '/api/users', { username, displayName, role: 'judge', organisation: `高校${i}号` });
    const api = await playwrightRequest.newContext({ baseURL: baseUrl, extraHTTPHeaders: { 'accept-language': 'zh-CN' } });
    await send(api, 'post', '/api/auth/login', { username, password: created.temporaryPassword });
    // The change answers 204, no body.
    const changed = await api.post('/api/me/password', { data: { currentPassword: created.temporaryPassword, newPassword: JUDGE_PASSWORD } });
    if (changed.status() !== 204) throw new Error(`password change of ${username}: ${changed.status()} ${await changed.text()}`);
    await api.dispose();
    const { expert } = await send<ExpertSaved>(organiser, 'post', '/api/experts', { name: `专家${displayName}`, field, organisation: `研究院${username}`, userId: created.user.id });
    judges.push({ userId: created.user.id, username, displayName, password: JUDGE_PASSWORD, expertId: expert.id });
  }
  return judges;
}

/**
 * Every active linked expert but `keep` steps out of the pool (the e2e database is shared: the
 * demo's 示例 judges and other specs' judges are in it), so a draw sees exactly the spec's own
 * experts; the answer puts them back (call it in afterAll). Spec files run one at a time.
 */
export async function poolOfOnly(admin: APIRequestContext, keep: number[]): Promise<() => Promise<void>> {
  const others = (await getJson<ExpertPage>(admin, '/api/experts?active=true&pageSize=200')).items.filter((e) => e.judgeAccount && !keep.includes(e.id)).map((e) => e.id);
  for (const id of others) expect((await admin.patch(`/api/experts/${id}`, { data: { isActive: false } })).ok()).toBe(true);
  return async () => {
    for (const id of others) await admin.patch(`/api/experts/${id}`, { data: { isActive: true } });
  };
}

/**
 * 新建评审活动 from the campaigns list, in a new series organised by the zone named `organiser`;
 * answers the new campaign's id once its page (草稿) shows.
 */
export async function createCampaign(page: Page, { series, organiser, kind, title, year }: { series: string; organiser: string; kind: '创新创业大赛' | '最佳案例评选'; title: string; year: number }): Promise<number> {
  await page.getByTestId('menu-campaigns').click();
  await page.waitForURL('**/console/campaigns');
  await page.getByTestId('campaign-create').click();
  const create = page.getByRole('dialog', { name: '新建评审活动' });
  await create.waitFor();
  await create.getByText('新建系列', { exact: true }).click();
  await create.getByLabel('系列名称').fill(series);
  await pickInTreeSelect(page, create.getByLabel('主办单位'), organiser);
  await create.getByText(kind, { exact: true }).click();
  await create.getByLabel('活动名称').fill(title);
  await create.getByLabel('届次').fill('1');
  await create.getByLabel('年度').fill(String(year));
  await create.getByRole('button', { name: '提交' }).click();
  await page.waitForURL(/\/console\/campaigns\/\d+$/);
  await expectText(page.locator('.yz-page-head').getByRole('heading', { level: 1 }), '草稿');
  return Number(new URL(page.url()).pathname.split('/').at(-1));
}

/**
 * The portal's 公示 of the stage's results as `visitor` (signed out) sees it at `page`'s address:
 * the document, the status, and the rows in the public answer's rank order with their titles,
 * categories and awards. Answers the public answer's stage.
 */
export async function expectPublicNotice(visitor: Page, baseUrl: string, { campaignId, stageId, document, status }: { campaignId: number; stageId: number; document: string; status: string }) {
  const notice = visitor.getByTestId(`public-stage-${stageId}`);
  await expectText(notice.getByTestId(`public-document-${stageId}`), document);
  await expectText(notice, status);
  const anon = await apiAs(baseUrl, null);
  const published = (await getJson<PublicResults>(anon, `/api/public/campaigns/${campaignId}/results`)).stages.find((stage) => stage.stageId === stageId)!;
  await anon.dispose();
  expect(published.entries.map((entry) => entry.rank)).toEqual(published.entries.map((_, i) => i + 1));
  const rows = notice.locator('tbody tr');
  await expect.poll(() => rows.count()).toBe(published.entries.length);
  for (const [i, entry] of published.entries.entries()) {
    for (const text of [entry.projectName ?? entry.innovationTitle, entry.category, entry.award]) if (text) await expectText(rows.nth(i), text);
  }
  return published;
}

/** Takes a campaign's or stage's step (启动, 结束, 公布结果 …) from its buttons in `scope`, filling the dialog's fields by label. */
export async function takeStep(page: Page, scope: Locator, transition: string, fields: Record<string, string> = {}): Promise<void> {
  await scope.getByTestId(`transition-${transition}`).click();
  const dialog = page.getByRole('dialog').filter({ has: page.getByTestId('transition-ok') });
  await dialog.waitFor();
  for (const [label, value] of Object.entries(fields)) await dialog.getByLabel(label).fill(value);
  // A click that lands while antd is still zooming the dialog in can be lost (as closeModal in
  // app.ts knows): pressed again while the dialog stays open and shows no refusal; a refusal the
  // dialog shows is said, rather than only "timed out".
  for (let attempt = 1; ; attempt++) {
    await dialog.getByTestId('transition-ok').click();
    try {
      await dialog.waitFor({ state: 'hidden', timeout: 5_000 });
      return;
    } catch (error) {
      const refusal = dialog.getByRole('alert');
      if (attempt >= 3 || (await refusal.count()) > 0) {
        throw new Error(`the ${transition} dialog stayed open: ${(await dialog.innerText().catch(() => '')).replace(/\s+/g, ' ')}`, { cause: error });
      }
    }
  }
}

/**
 * 新增阶段 on the campaign page: a stage of `kind` (its label) at `position`, its rule left 会议决定.
 * The position is typed, not left at its default (after the last stage): a dialog opened while the
 * page still refetches the previous stage would count one stage too few.
 */
export async function addStage(page: Page, position: number, name: string, kind: string): Promise<void> {
  await page.getByTestId('stage-add').click();
  const dialog = page.getByRole('dialog', { name: '新增阶段' });
  await dialog.waitFor();
  await chooseOption(page, dialog.getByLabel('阶段类型'), kind);
  await dialog.getByLabel('阶段名称').fill(name);
  await dialog.getByLabel('位置').fill(String(position));
  await dialog.getByRole('button', { name: '保存' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await expectText(page.getByTestId(`stage-row-${position}`), name);
}

/** 新增组别 with its prize tiers (or none). */
export async function addCategory(page: Page, name: string, prizes: [string, number][] = []): Promise<void> {
  await page.getByTestId('category-add').click();
  const dialog = page.getByRole('dialog', { name: '新增组别' });
  await dialog.getByLabel('组别名称').fill(name);
  for (const [index, [prize, count]] of prizes.entries()) {
    await dialog.getByTestId('category-prize-add').click();
    await dialog.getByLabel(`奖项名称 ${index + 1}`).fill(prize);
    await dialog.getByLabel(`数量 ${index + 1}`).fill(String(count));
  }
  await dialog.getByRole('button', { name: '保存' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

/** The criteria of the stage in row `ordinal`, as name and weight in per cent (scale 0–100). */
export async function setCriteria(page: Page, ordinal: number, stageName: string, criteria: [string, number][]): Promise<void> {
  await page.getByTestId(`stage-criteria-${ordinal}`).click();
  const drawer = page.getByRole('dialog', { name: new RegExp(`评分标准 · ${stageName}`) });
  await drawer.waitFor();
  for (const [index, [name, weight]] of criteria.entries()) {
    await drawer.getByTestId('criterion-add').click();
    const row = drawer.getByTestId(`criterion-${index}`);
    await row.getByLabel('名称（中文）').fill(name);
    await row.getByLabel('权重').fill(String(weight));
  }
  await expectText(page.getByTestId('criteria-total'), '权重合计 100%');
  await drawer.getByRole('button', { name: '保存' }).click();
  await drawer.waitFor({ state: 'hidden' });
  await expectText(page.getByTestId(`stage-criteria-${ordinal}`), `${criteria.length} 项`);
}

/** On the stage's page: draws `size` judges with `seed` (confirmed as final), then assigns `perEntry` judges to each entry. */
export async function drawAndAssign(page: Page, { size, seed, perEntry, loadCap, entries }: { size: number; seed: number; perEntry: number; loadCap: number; entries: number }): Promise<void> {
  const draw = page.getByTestId('stage-draw');
  await expectText(draw, `可抽取专家 ${size} 人`);
  await draw.getByLabel('抽取人数').fill(String(size));
  await draw.getByLabel('随机种子（可选）').fill(String(seed));
  await draw.getByTestId('draw-run').click();
  await page.locator('.ant-modal-confirm').getByRole('button', { name: '抽取' }).click();
  await expectText(draw.getByTestId('draw-seed'), String(seed));
  const assign = page.getByTestId('stage-assign');
  await assign.getByLabel('每个项目评委人数').fill(String(perEntry));
  await assign.getByLabel('每位评委任务上限').fill(String(loadCap));
  await assign.getByTestId('assign-run').click();
  const confirm = page.locator('.ant-modal-confirm');
  await expectText(confirm, `${entries} 个项目，每个项目 ${perEntry} 位评委`);
  await confirm.getByRole('button', { name: '分配' }).click();
  await expectText(assign.getByTestId('assign-done'), '每个项目都分到了足额评委');
}

/**
 * A judge, signed in on `page`, on 我的评审: confirms the stage's 承诺书, then fills and submits
 * each sheet in `sheets` (entry id → criterion id → score), confirming each submission.
 */
export async function scoreAsJudge(page: Page, stageId: number, sheets: Map<number, Record<number, number>>): Promise<void> {
  await page.waitForURL('**/console/my-reviews');
  const card = page.getByTestId(`stage-${stageId}`);
  await expectText(card, `已提交 0 / ${sheets.size}`);
  await page.getByTestId(`commitment-agree-${stageId}`).click();
  await page.getByTestId(`commitment-confirm-${stageId}`).click();
  await page.getByTestId(`commitment-done-${stageId}`).waitFor();
  let done = 0;
  for (const [entryId, scores] of sheets) {
    await card.getByTestId(`score-${entryId}`).click();
    await page.waitForURL(`**/console/my-reviews/stages/${stageId}/entries/${entryId}`);
    for (const [criterionId, score] of Object.entries(scores)) await page.getByTestId(`score-input-${criterionId}`).fill(String(score));
    await page.getByTestId('sheet-submit').click();
    // A click that lands while the confirmation still zooms in is lost: pressed again while it stays open.
    const confirm = page.getByRole('dialog', { name: '确认提交评分？' });
    for (let attempt = 1; ; attempt++) {
      // The dialog may close (the submission ends) while a repeated click waits: that is success.
      await confirm.getByTestId('score-confirm-ok').click({ timeout: attempt === 1 ? 15_000 : 5_000 }).catch(() => undefined);
      const closed = await confirm.waitFor({ state: 'hidden', timeout: 5_000 }).then(() => true, () => false);
      if (closed || attempt >= 3) break;
    }
    await page.getByTestId('sheet-submitted').waitFor();
    await page.getByRole('link', { name: '返回我的评审' }).click();
    await expectText(card, `已提交 ${++done} / ${sheets.size}`);
  }
}

/**
 * On the closed stage's page: compares the saved method (平均分) with `other`, saves the results,
 * publishes them under `document` with a 公示 from `startsOn` (today when left out), and waits for 公示中.
 */
export async function compareSaveAndPublish(page: Page, { other, document, startsOn }: { other: string; document: string; startsOn?: string }): Promise<void> {
  const card = page.getByTestId('stage-results');
  await chooseOption(page, card.getByLabel('对照方法'), other);
  await expectText(card.getByTestId('method-changes'), `「平均分」与「${other}」相比`);
  await card.getByTestId('results-save').click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: '保存' }).click();
  const record = page.getByTestId('results-record');
  await expectText(record.getByTestId('results-status'), '待发布');
  await record.getByTestId('results-publish').click();
  const dialog = page.getByRole('dialog', { name: '发布结果并开始公示' });
  await dialog.getByLabel('文号').fill(document);
  if (startsOn) await fillDate(dialog.getByTestId('publish-starts-on'), startsOn);
  await dialog.getByTestId('publish-irreversible').check();
  await dialog.getByRole('button', { name: '发布结果' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await expectText(record.getByTestId('results-status'), '公示中');
  await expectText(record.getByTestId('results-document'), document);
}

/**
 * 填报绩效报告 from a winner's 跟踪服务 drawer (我的报名): the dialog offers the current quarter
 * `period`; the figures are typed and saved, and the drawer lists the report.
 */
export async function fileKpiReport(page: Page, drawer: Locator, period: string, report: { jobs: string; revenueWan: string; financingWan: string; narrative?: string }): Promise<void> {
  await drawer.getByTestId('kpi-file').click();
  const dialog = page.getByRole('dialog', { name: '填报绩效报告' });
  await expect.poll(() => dialog.getByLabel('报告期').inputValue()).toBe(period);
  await dialog.getByLabel('就业（人）').fill(report.jobs);
  await dialog.getByLabel('营业收入（万元）').fill(report.revenueWan);
  await dialog.getByLabel('融资（万元）').fill(report.financingWan);
  if (report.narrative) await dialog.getByLabel('情况说明').fill(report.narrative);
  await dialog.getByRole('button', { name: '保存' }).click();
  await expectAbsent(dialog);
  await drawer.getByTestId(`kpi-report-${period}`).waitFor();
}
