/**
 * The province office runs a best-case selection's scored stage in the console: it links an
 * expert to a judge account the security admin made, nominates recognised innovations into a
 * category, draws the panel (one expert withdrawn with a reason; the verification page re-runs
 * the draw and agrees), assigns the entries, and sees a judge's submission in the progress.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRequestContext, Page } from 'playwright-core';
import { request as playwrightRequest } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, getJson, signInContext, useBrowser } from '../support/browser.js';
import type { AccountCreated, CampaignCreated, CampaignEntryList, CriteriaSet, ExpertPage, ExpertSaved, SeriesCreated, StageCreated, InnovationListItem, JudgeAccountPage, MyAssignmentList, NotificationPage, StageDrawAnswer, StageProgress, Zone } from '../support/api-types.js';
import { expectAbsent, expectText, signInWithForm, zoneByCode } from '../support/app.js';
import { RESULTS_DIR, ZONE_CODES } from '../support/constants.js';
import { chooseOption, listInnovations, uniqueTag } from '../support/innovations.js';

type Judge = { id: number; username: string; displayName: string; password: string; expertId?: number };

const b = useBrowser();
const tag = uniqueTag();
/** Usernames are ASCII: the clock's digits keep them apart between runs on one database. */
const asciiTag = String(Date.now() % 100_000_000);
const JUDGE_PASSWORD = 'Pingshen@2026x';
const SEED = 20211120;
let admin: APIRequestContext;
let secadmin: APIRequestContext;
let yibin: Zone;
let judges: Judge[] = [];
let campaignId = 0;
let stageId = 0;
let criterionIds: number[] = [];
let nominees: InnovationListItem[] = [];
let steppedOut: number[] = [];

async function snapshot(page: Page, name: string): Promise<void> {
  const dir = join(RESULTS_DIR, 'screenshots', 'evaluation');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}

async function send<T = unknown>(api: APIRequestContext, method: 'POST' | 'PUT', path: string, data: object = {}): Promise<T> {
  const response = await api.fetch(path, { method, data });
  if (!response.ok()) throw new Error(`${method} ${path}: ${response.status()} ${await response.text()}`);
  // A 204 (the password change) has no body.
  return (response.status() === 204 ? undefined : await response.json()) as T;
}

/** A judge account as the security admin makes it (三员分立), its temporary password changed at the first sign-in. */
async function makeJudge(index: number): Promise<Judge> {
  const username = `pw${asciiTag}_${index}`;
  const displayName = `评委${tag}${index}`;
  const created = await send<AccountCreated>(secadmin, 'POST', '/api/users', { username, displayName, role: 'judge', organisation: `高校${index}号` });
  const api = await playwrightRequest.newContext({ baseURL: b.baseUrl });
  await send(api, 'POST', '/api/auth/login', { username, password: created.temporaryPassword });
  await send(api, 'POST', '/api/me/password', { currentPassword: created.temporaryPassword, newPassword: JUDGE_PASSWORD });
  await api.dispose();
  return { id: created.user.id, username, displayName, password: JUDGE_PASSWORD };
}

async function judgeApi(judge: Judge): Promise<APIRequestContext> {
  const api = await playwrightRequest.newContext({ baseURL: b.baseUrl, extraHTTPHeaders: { 'accept-language': 'zh-CN' } });
  await send(api, 'POST', '/api/auth/login', { username: judge.username, password: judge.password });
  return api;
}

beforeAll(async () => {
  admin = await apiAs(b.baseUrl, 'admin');
  secadmin = await apiAs(b.baseUrl, 'secadmin');
  yibin = await zoneByCode(admin, ZONE_CODES.yibin);
  // Every other linked expert (the demo contest's 示例 judges, other specs' judges) steps out of
  // the pool for this spec, so the panel it draws and assigns is its own judges; afterAll puts them back.
  steppedOut = (await getJson<ExpertPage>(admin, '/api/experts?active=true&pageSize=200')).items.filter((e) => e.judgeAccount).map((e) => e.id);
  for (const id of steppedOut) expect((await admin.patch(`/api/experts/${id}`, { data: { isActive: false } })).ok()).toBe(true);
  judges = [];
  for (let i = 1; i <= 4; i++) judges.push(await makeJudge(i));
  // Three of the four are linked through the API; the first is linked in the browser below.
  for (const judge of judges.slice(1)) {
    judge.expertId = (await send<ExpertSaved>(admin, 'POST', '/api/experts', { name: `专家${judge.displayName}`, field: '贸易便利化', organisation: `研究院${judge.username}`, userId: judge.id })).expert.id;
  }
  const series = (await send<SeriesCreated>(admin, 'POST', '/api/campaigns/series', { name: `自贸试验区十佳案例评选（测试${tag}）`, organiserZoneId: yibin.parentId })).series;
  campaignId = (await send<CampaignCreated>(admin, 'POST', '/api/campaigns', { seriesId: series.id, edition: 1, year: 2021, kind: 'best_case', title: `2020–2021 十佳案例评选（测试${tag}）` })).campaign.id;
  await send(admin, 'POST', `/api/campaigns/${campaignId}/categories`, { name: '贸易便利化' });
  stageId = (await send<StageCreated>(admin, 'POST', `/api/campaigns/${campaignId}/stages`, { kind: 'scored', name: '专家评审' })).stage.id;
  const criteria = [
    { nameZh: '创新性', weight: 0.3 },
    { nameZh: '操作性', weight: 0.25 },
    { nameZh: '契合性', weight: 0.25 },
    { nameZh: '地区特色', weight: 0.2 },
  ];
  const stage = (await send<CriteriaSet>(admin, 'PUT', `/api/campaigns/stages/${stageId}/criteria`, { criteria })).stage;
  criterionIds = stage.criteria.map((c) => c.id);
  await send(admin, 'POST', `/api/campaigns/${campaignId}/open`);
  await send(admin, 'POST', `/api/campaigns/stages/${stageId}/open`);
  // Two recognised innovations of zones none of the judges belongs to (no conflict keeps them apart).
  nominees = (await listInnovations(admin, { level: 'published', sort: 'name', pageSize: 2 })).slice(0, 2);
  expect(nominees).toHaveLength(2);
});
afterAll(async () => {
  for (const id of steppedOut) await admin?.patch(`/api/experts/${id}`, { data: { isActive: true } });
  await admin?.dispose();
  await secadmin?.dispose();
});

describe('the organiser runs a scored stage', () => {
  it('links an expert to a judge account in the expert dialog', async () => {
    const page = b.page;
    await signInWithForm(page, 'admin');
    await page.getByTestId('menu-experts').click();
    await page.waitForURL('**/console/experts');
    await page.getByTestId('expert-add').click();
    const dialog = page.getByRole('dialog', { name: '新增专家' });
    await dialog.getByLabel('姓名').fill(`专家${judges[0]!.displayName}`);
    await dialog.getByLabel('专业领域').fill('金融开放');
    await dialog.getByLabel('工作单位').fill(`研究院${judges[0]!.username}`);
    const account = dialog.getByLabel('评审账号');
    await account.fill(judges[0]!.username);
    await chooseOption(page, account, `${judges[0]!.displayName}（${judges[0]!.username}）`);
    await snapshot(page, 'expert-account');
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const experts = await getJson<ExpertPage>(admin, `/api/experts?q=${encodeURIComponent(judges[0]!.displayName)}`);
    expect(experts.items.map((e) => e.judgeAccount?.id)).toEqual([judges[0]!.id]);
    judges[0]!.expertId = experts.items[0]!.id;
    await expectText(page.getByTestId(`expert-row-${judges[0]!.expertId}`), judges[0]!.username);
    // Linked now, the account is no longer offered to another expert.
    const offered = await getJson<JudgeAccountPage>(admin, `/api/experts/judge-accounts?q=${judges[0]!.username}`);
    expect(offered.items).toEqual([]);
  });

  it('nominates recognised innovations into a category of the best case', async () => {
    const page = b.page;
    await signInContext(b.session.context, 'admin');
    await page.goto(`${b.baseUrl}/console/campaigns/${campaignId}`);
    await page.getByTestId('entry-nominate').click();
    const dialog = page.getByRole('dialog', { name: '推荐已认定的制度创新成果' });
    await chooseOption(page, dialog.getByLabel('推荐到类别'), '贸易便利化');
    for (const innovation of nominees) {
      await dialog.getByLabel('成果名称').fill(innovation.name);
      await dialog.getByLabel('成果名称').press('Enter');
      await dialog.getByTestId(`nominate-row-${innovation.id}`).getByRole('checkbox').check();
    }
    await snapshot(page, 'nominate');
    await dialog.getByRole('button', { name: '推荐 2 项' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const entries = await getJson<CampaignEntryList>(admin, `/api/campaigns/${campaignId}/entries`);
    expect(entries.items.map((e) => e.innovationId).sort()).toEqual(nominees.map((n) => n.id).sort());
    for (const entry of entries.items) {
      const row = page.getByTestId(`entry-row-${entry.id}`);
      await expectText(row, entry.title);
      await expectText(row, '贸易便利化');
      await expectText(row, entry.zoneName!);
    }
  });

  it('draws the panel with one expert withdrawn, and the verification page re-runs it to the same panel', async () => {
    const page = b.page;
    await signInContext(b.session.context, 'admin');
    await page.goto(`${b.baseUrl}/console/campaigns/${campaignId}`);
    await page.getByTestId('stage-judges-1').click();
    await page.waitForURL(`**/console/campaigns/${campaignId}/stages/${stageId}`);
    const card = page.getByTestId('stage-draw');
    const pool = (await getJson<ExpertPage>(admin, '/api/experts?active=true&pageSize=200')).items.filter((e) => e.judgeAccount);
    await expectText(card, `可抽取专家 ${pool.length} 人`);
    // Everyone but the withdrawn one, so the test's judges are all on the panel whatever else the pool holds.
    const withdrawn = pool.find((e) => e.id === judges[3]!.expertId)!;
    await card.getByLabel('抽取人数').fill(String(pool.length - 1));
    await card.getByLabel('随机种子（可选）').fill(String(SEED));
    await card.getByTestId('draw-exclusion-add').click();
    await chooseOption(page, card.getByLabel('回避专家'), `${withdrawn.id} · ${withdrawn.name}（${withdrawn.organisation}）`);
    await card.getByLabel('回避原因').fill('与推荐单位有合作课题');
    await snapshot(page, 'draw-form');
    await card.getByTestId('draw-run').click();
    const confirm = page.locator('.ant-modal-confirm');
    await expectText(confirm, '不能撤销或重抽');
    await confirm.getByRole('button', { name: '抽取' }).click();
    await expectText(card.getByTestId('draw-seed'), String(SEED));
    const draw = (await getJson<StageDrawAnswer>(admin, `/api/campaigns/stages/${stageId}/draw`)).draw;
    expect(draw.exclusions).toEqual([{ expertId: withdrawn.id, reason: '与推荐单位有合作课题' }]);
    expect(draw.panel).not.toContain(withdrawn.id);
    expect(draw.panel).toEqual(expect.arrayContaining(judges.slice(0, 3).map((j) => j.expertId)));
    for (const [index, id] of draw.panel.entries()) await expectText(card.getByTestId(`draw-panel-${index + 1}`), String(id));
    await expectText(card, '与推荐单位有合作课题');
    await snapshot(page, 'draw-published');

    const href = await card.getByTestId('draw-verify-link').getAttribute('href');
    expect(href).toBe(draw.verifyPath);
    await page.goto(`${b.baseUrl}${href}`);
    await expectText(page.locator('main'), '与公布的抽取结果一致');
  });

  it('assigns the entries to the panel and sees a judge\'s submission in the progress', async () => {
    const page = b.page;
    await signInContext(b.session.context, 'admin');
    await page.goto(`${b.baseUrl}/console/campaigns/${campaignId}/stages/${stageId}`);
    const card = page.getByTestId('stage-assign');
    await card.getByLabel('每个项目评委人数').fill('2');
    await card.getByLabel('每位评委任务上限').fill('2');
    await card.getByTestId('assign-run').click();
    const confirm = page.locator('.ant-modal-confirm');
    await expectText(confirm, '2 个项目，每个项目 2 位评委');
    await confirm.getByRole('button', { name: '分配' }).click();
    await expectText(card.getByTestId('assign-done'), '每个项目都分到了足额评委');
    const progressCard = page.getByTestId('stage-progress');
    await expectText(progressCard.getByTestId('progress-summary'), '已提交 0 / 4 份评分表');

    // One of the test's judges, assigned, confirms the commitment and submits a sheet through the API.
    await send(admin, 'POST', `/api/campaigns/stages/${stageId}/start_scoring`);
    const progress = await getJson<StageProgress>(admin, `/api/campaigns/stages/${stageId}/progress`);
    const judge = judges.find((j) => (progress.judges.find((p) => p.expertId === j.expertId)?.assigned ?? 0) > 0)!;
    const api = await judgeApi(judge);
    const mine = (await getJson<MyAssignmentList>(api, '/api/my/assignments')).items.filter((a) => a.stageId === stageId);
    await send(api, 'POST', `/api/campaigns/stages/${stageId}/commitment`, { accept: true });
    const scores = Object.fromEntries(criterionIds.map((id) => [String(id), 88]));
    await send(api, 'POST', `/api/campaigns/stages/${stageId}/sheets/${mine[0]!.entry.id}/submit`, { scores });
    await api.dispose();

    await page.reload();
    await expectText(progressCard.getByTestId('progress-summary'), '已提交 1 / 4 份评分表');
    const judgeRow = progressCard.getByTestId(`progress-judge-${judge.expertId}`);
    await expectText(judgeRow, '已签署');
    await expectText(judgeRow, `1/${mine.length}`);
    await expectText(progressCard.getByTestId(`progress-entry-${mine[0]!.entry.id}`), '1/2');
    await expectAbsent(progressCard.locator('.ant-spin-spinning'));
    await snapshot(page, 'stage-progress');

    // 提醒评委: every judge with sheets left hears how far they are; a second reminder within the hour is refused.
    const unfinished = (await getJson<StageProgress>(admin, `/api/campaigns/stages/${stageId}/progress`)).judges.filter((j) => j.submitted < j.assigned);
    const behind = unfinished.length;
    await progressCard.getByTestId('remind-judges').click();
    await expectText(page.locator('.ant-popconfirm'), `向 ${behind} 位尚未完成评分的评委发送提醒`);
    await page.locator('.ant-popconfirm').getByRole('button', { name: '提醒评委' }).click();
    await expectText(page.locator('.ant-message'), `已提醒 ${behind} 位评委`);
    // One of this spec's judges still behind, if any (the panel also holds the demo's judges,
    // whose sign-in this spec does not know): their notice says how far they are.
    const late = unfinished.find((u) => judges.some((j) => j.expertId === u.expertId));
    if (late) {
      const reminded = await judgeApi(judges.find((j) => j.expertId === late.expertId)!);
      const notices = await getJson<NotificationPage>(reminded, '/api/my/notifications');
      expect(notices.items[0]).toMatchObject({ kindLabel: '评分提醒' });
      expect(notices.items[0]!.body).toContain(`您已提交 ${late.submitted} 份评分表，共 ${late.assigned} 份`);
      await reminded.dispose();
    }
    await progressCard.getByTestId('remind-judges').click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: '提醒评委' }).click();
    await expectText(page.locator('.ant-message'), '60 分钟内已提醒过评委');
  });
});
