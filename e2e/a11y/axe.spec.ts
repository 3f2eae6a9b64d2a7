/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * Accessibility: axe-core on the main portal and console pages. The app's CSP refuses
 * injected script tags, so axe's source is evaluated in the page instead.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiAs, useBrowser } from '../support/browser.js';
import type { MyAssignmentsAnswer, PublicCampaignPage, PublicResults } from '../support/api-types.js';
import { signInWithForm, zoneByCode } from '../support/app.js';
import { ZONE_CODES } from '../support/constants.js';
import { buildOpenContest, creditCode, panelOfJudge1, send } from '../support/contest.js';
import { chooseOption } from '../support/innovations.js';
import { buildClosedContest } from '../support/results.js';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type Violation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

/** Serious and critical WCAG 2.1 A/AA violations on the page as it is now. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

describe('accessibility (axe-core, WCAG 2.1 AA, serious and critical)', () => {
  const browser = useBrowser();

  it.each(['/', '/cases', '/campaigns', '/data', '/bulletins', '/zones', '/login', '/powers', '/powers?tab=tongban'])('portal page %s has no serious violations', async (path) => {
    await browser.page.goto(path);
    await browser.page.waitForLoadState('networkidle');
    expect(await seriousViolations(browser.page)).toEqual([]);
  });

  it("a zone's page (its platforms' stage timelines and its figures) has no serious violations", async () => {
    const api = await apiAs(browser.baseUrl, null);
    const yibin = await zoneByCode(api, ZONE_CODES.yibin);
    await api.dispose();
    await browser.page.goto(`/zones/${yibin.id}`);
    await browser.page.waitForLoadState('networkidle');
    const figures = browser.page.getByTestId('zone-trend');
    await figures.scrollIntoViewIfNeeded();
    await figures.locator('div[role="img"] svg').first().waitFor();
    expect(await seriousViolations(browser.page)).toEqual([]);
  });

  it("a delegated power's page (its facts, processing time and changes) has no serious violations", async () => {
    const api = await apiAs(browser.baseUrl, null);
    const { items } = (await (await api.get('/api/public/powers?pageSize=1')).json()) as { items: { id: number }[] };
    await api.dispose();
    await browser.page.goto(`/powers/${items[0]!.id}`);
    await browser.page.getByTestId('power-processing').waitFor();
    await browser.page.waitForLoadState('networkidle');
    expect(await seriousViolations(browser.page)).toEqual([]);
  });

  it('the console home, the innovations list, my jobs, my notifications, the expert pool, a campaign, its stage\'s judges page and the due-diligence and attendance pages have no serious violations', async () => {
    await signInWithForm(browser.page, 'admin');
    await browser.page.waitForLoadState('networkidle');
    expect(await seriousViolations(browser.page)).toEqual([]);
    // A best case with a scored stage: the campaign's page (entries card) and the stage's judges page with its draw form.
    const post = async (path: string, data: object): Promise<{ id: number }> => {
      const response = await browser.page.request.post(path, { data });
      expect(response.ok(), `${path}: ${await response.text()}`).toBe(true);
      const body = (await response.json()) as Record<string, { id: number }>;
      return Object.values(body)[0]!;
    };
    const yibin = await zoneByCode(browser.page.request, ZONE_CODES.yibin);
    const series = await post('/api/campaigns/series', { name: `无障碍检查系列${Date.now()}`, organiserZoneId: yibin.parentId });
    const campaign = await post('/api/campaigns', { seriesId: series.id, edition: 1, year: 2021, kind: 'best_case', title: '无障碍检查评选' });
    const stage = await post(`/api/campaigns/${campaign.id}/stages`, { kind: 'scored', name: '专家评审' });
    // The non-scored stages' cards: the checklist editor and matrix, the sessions and the attendance grid.
    const diligence = await post(`/api/campaigns/${campaign.id}/stages`, { kind: 'due_diligence', name: '尽职调查' });
    const activity = await post(`/api/campaigns/${campaign.id}/stages`, { kind: 'activity', name: '训练营' });
    const stagePages = [stage, diligence, activity].map((s) => `/console/campaigns/${campaign.id}/stages/${s.id}`);
    for (const path of ['/console/innovations', '/console/jobs', '/console/notifications', '/console/experts', `/console/campaigns/${campaign.id}`, ...stagePages]) {
      await browser.page.goto(path);
      await browser.page.waitForLoadState('networkidle');
      expect(await seriousViolations(browser.page), path).toEqual([]);
    }
  });

  it('the 放权事项 import pages (the 放权清单 with its batch and export, the 月度办件量) have no serious violations', async () => {
    await signInWithForm(browser.page, 'admin');
    await browser.page.goto('/console/powers/import');
    await browser.page.waitForLoadState('networkidle');
    expect(await seriousViolations(browser.page), '/console/powers/import').toEqual([]);
    await browser.page.context().clearCookies();
    await signInWithForm(browser.page, 'yibin');
    await browser.page.goto('/console/powers/import-cases');
    await browser.page.waitForLoadState('networkidle');
    expect(await seriousViolations(browser.page), '/console/powers/import-cases').toEqual([]);
  });

  it('the console\'s 简报 editor (a draft citing a figure, with its preview) and the portal\'s 简报 list and reader have no serious violations', async () => {
    await signInWithForm(browser.page, 'yibin');
    const yibin = await zoneByCode(browser.page.request, ZONE_CODES.yibin);
    const created = await browser.page.request.post('/api/bulletins', {
      data: {
        zoneId: yibin.id,
        title: `无障碍检查简报${Date.now()}`,
        issueNo: 1,
        issuer: '宜宾协同改革先行区工作办公室',
        headline: '无障碍检查',
        coverage: [yibin.id],
        sections: [{ heading: '外贸', body: '两年累计进出口{{trade}}。' }],
        figures: [{ key: 'trade', spec: { kind: 'value', indicator: 'trade_since_launch', zoneId: yibin.id, period: '2021' }, headlineLabel: '累计进出口' }],
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    const { bulletin } = (await created.json()) as { bulletin: { id: number } };
    await browser.page.goto(`/console/bulletins/${bulletin.id}`);
    await browser.page.getByTestId('figure-run-trade').first().waitFor();
    await browser.page.waitForLoadState('networkidle');
    expect(await seriousViolations(browser.page)).toEqual([]);
    const issued = (await (await browser.page.request.get('/api/public/bulletins')).json()) as { items: { id: number }[] };
    expect(issued.items.length).toBeGreaterThan(0);
    for (const path of ['/bulletins', `/bulletins/${issued.items[0]!.id}`]) {
      await browser.page.goto(path);
      await browser.page.waitForLoadState('networkidle');
      expect(await seriousViolations(browser.page), path).toEqual([]);
    }
  });

  it('the console\'s 指标数据 page, with its entry dialog and a value\'s history, has no serious violations', async () => {
    await signInWithForm(browser.page, 'yibin');
    await browser.page.goto('/console/indicators?indicator=trade_since_launch');
    await browser.page.getByTestId('indicator-facts').waitFor();
    await browser.page.waitForLoadState('networkidle');
    expect(await seriousViolations(browser.page), 'table').toEqual([]);
    await browser.page.getByTestId('indicator-enter').click();
    await browser.page.getByRole('dialog').waitFor();
    expect(await seriousViolations(browser.page), 'entry dialog').toEqual([]);
    await browser.page.getByRole('dialog').getByRole('button', { name: '取消' }).click();
    await browser.page.getByRole('dialog').waitFor({ state: 'hidden' });
    await browser.page.locator('[data-testid^="value-history-"]').first().click();
    await browser.page.getByTestId('value-history').waitFor();
    expect(await seriousViolations(browser.page), 'history drawer').toEqual([]);
  });

  it('the console\'s 放权赋能 pages (the catalogue, the stats view with its trend table, 通办, a delegation and its cases dialog) have no serious violations', async () => {
    const page = browser.page;
    await signInWithForm(page, 'deyang');
    await page.goto('/console/powers');
    await page.locator('[data-testid^="delegation-row-"]').first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(await seriousViolations(page), 'catalogue').toEqual([]);
    await page.goto('/console/powers?tab=stats');
    await page.getByTestId('powers-trend').locator('div[role="img"] svg').first().waitFor();
    await page.getByTestId('powers-trend-table-toggle').click();
    await page.waitForLoadState('networkidle');
    expect(await seriousViolations(page), 'stats').toEqual([]);
    await page.goto('/console/powers?tab=tongban');
    await page.locator('[data-testid^="tongban-row-"]').first().waitFor();
    expect(await seriousViolations(page), 'tongban').toEqual([]);
    await page.goto('/console/powers');
    await page.locator('[data-testid^="delegation-row-"] a').first().click();
    await page.getByTestId('power-record-cases').click();
    await page.getByRole('dialog').waitFor();
    expect(await seriousViolations(page), 'delegation and cases dialog').toEqual([]);
  });

  it('the dashboards (the portal 数据 page\'s ranking and the console 看板, data tables shown) have no serious violations', async () => {
    const page = browser.page;
    await page.goto('/data?indicator=city_trade_growth');
    await page.getByTestId('ranking').locator('div[role="img"] svg').first().waitFor();
    await page.getByTestId('ranking-table-toggle').click();
    await page.waitForLoadState('networkidle');
    expect(await seriousViolations(page), '/data ranking').toEqual([]);
    await signInWithForm(page, 'yibin');
    await page.goto('/console/indicators?indicator=city_trade_growth');
    await page.getByTestId('ranking').locator('div[role="img"] svg').first().waitFor();
    await page.getByTestId('ranking-table-toggle').click();
    await page.waitForLoadState('networkidle');
    expect(await seriousViolations(page), 'console 看板').toEqual([]);
  });

  it('the demo contest\'s follow-up card (agreements with milestones, the winners\' KPI reports and the totals) has no serious violations', async () => {
    await signInWithForm(browser.page, 'admin');
    const response = await browser.page.request.get('/api/public/campaigns?pageSize=100');
    const contest = ((await response.json()) as PublicCampaignPage).items.find((c) => c.seriesName === '烟台片区创新创业大赛' && c.edition === 6)!;
    await browser.page.goto(`/console/campaigns/${contest.id}`);
    await browser.page.getByTestId('follow-up-totals').waitFor();
    await browser.page.waitForLoadState('networkidle');
    expect(await seriousViolations(browser.page)).toEqual([]);
  });

  it('the contest registration, 我的报名, 我的评审 (commitment) and a score sheet have no serious violations', async () => {
    const page = browser.page;
    const organiser = await apiAs(browser.baseUrl, 'yibin');
    const visitor = await apiAs(browser.baseUrl, null);
    const yibin = await zoneByCode(organiser, ZONE_CODES.yibin);
    const contest = await buildOpenContest(organiser, yibin.id, '无障碍检查用创新创业大赛');
    const check = async (path: string, ready: string) => {
      await page.goto(path);
      await page.getByTestId(ready).first().waitFor();
      await page.waitForLoadState('networkidle');
      expect(await seriousViolations(page), path).toEqual([]);
    };
    await check(`/campaigns/${contest.campaignId}/register`, 'reg-submit');

    const code = creditCode('91511500MA6X0A11Y');
    const password = 'Axe!Contest2026';
    await send(visitor, 'post', `/api/public/campaigns/${contest.campaignId}/registrations`, {
      companyName: '无障碍示例公司', creditCode: code, projectName: '无障碍检查项目', categoryId: contest.groupId, contact: '张 13800000000', password,
    });
    await page.goto('/login');
    await page.getByLabel('用户名').fill(code);
    await page.getByLabel('密码', { exact: true }).fill(password);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL('**/console/my-entries');
    await check('/console/my-entries', 'menu-my-entries');

    await panelOfJudge1(organiser, yibin.id, contest.stageId);
    const judgePage = (await browser.newSession()).page;
    await signInWithForm(judgePage, 'judge1');
    await judgePage.getByTestId(`commitment-${contest.stageId}`).waitFor();
    await judgePage.waitForLoadState('networkidle');
    expect(await seriousViolations(judgePage), 'my reviews').toEqual([]);
    const judge = await apiAs(browser.baseUrl, 'judge1');
    await send(judge, 'post', `/api/campaigns/stages/${contest.stageId}/commitment`, { accept: true });
    const entry = (await (await judge.get('/api/my/assignments')).json() as MyAssignmentsAnswer).items.find((item) => item.stageId === contest.stageId)!.entry;
    await judgePage.goto(`/console/my-reviews/stages/${contest.stageId}/entries/${entry.id}`);
    await judgePage.getByTestId(`score-input-${contest.criteria[0]}`).fill('70');
    await judgePage.waitForLoadState('networkidle');
    expect(await seriousViolations(judgePage), 'score sheet').toEqual([]);
    for (const api of [organiser, visitor, judge]) await api.dispose();
  });

  it('a stage\'s results (two methods side by side, the analysis, the 公示 card with an objection) and the portal\'s 公示 have no serious violations', async () => {
    const tag = String(Date.now() % 100_000_000);
    const { campaignId, stageId } = await buildClosedContest(browser.baseUrl, `无障碍检查大赛${tag}`, `无障碍${tag}`, tag);
    const admin = await apiAs(browser.baseUrl, 'admin');
    const visitor = await apiAs(browser.baseUrl, null);
    await send(admin, 'post', `/api/campaigns/stages/${stageId}/results`, { method: 'mean' });
    await send(admin, 'post', `/api/campaigns/stages/${stageId}/results/publish`, { document: '宜自贸〔2026〕10号' });
    const entryId = (await (await visitor.get(`/api/public/campaigns/${campaignId}/results`)).json() as PublicResults).stages[0]!.entries[0]!.entryId;
    await send(visitor, 'post', `/api/public/campaigns/stages/${stageId}/objections`, { entryId, name: '无障碍检查', contact: '0831-0000000', text: '请复核。' });
    await signInWithForm(browser.page, 'admin');
    await browser.page.goto(`/console/campaigns/${campaignId}/stages/${stageId}`);
    await browser.page.getByTestId('objections').waitFor();
    await chooseOption(browser.page, browser.page.getByLabel('对照方法'), '标准分（总分）');
    await browser.page.getByTestId('method-changes').waitFor();
    await browser.page.waitForLoadState('networkidle');
    expect(await seriousViolations(browser.page), 'stage results').toEqual([]);
    await browser.page.goto(`/campaigns/${campaignId}/results`);
    await browser.page.getByTestId(`objection-${stageId}-form`).waitFor();
    expect(await seriousViolations(browser.page), 'public results').toEqual([]);
    for (const api of [admin, visitor]) await api.dispose();
  });
});
