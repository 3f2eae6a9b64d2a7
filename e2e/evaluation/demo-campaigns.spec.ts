/**
 * The two demo campaigns as the engine left them, seen in the browser: on the portal, the 十佳案例's
 * 公示 with 进口散装葡萄酒保税加工新模式 first in 贸易便利化, every entry the source does not place
 * marked 示例 and the note saying so; the contest's final with the four named firms' 一等奖; in the
 * console, the best case's page with its note and 示例 entries, and its scored stage's saved results.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRequestContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, getJson, signInContext, useBrowser } from '../support/browser.js';
import type { CampaignDetail, PublicCampaignPage, PublicResults } from '../support/api-types.js';
import { expectText } from '../support/app.js';

/** The four first-prize winners the article names (data/demo/campaigns.json). */
const NAMED = (JSON.parse(readFileSync(join(process.cwd(), 'data', 'demo', 'campaigns.json'), 'utf8')) as { edition: { named: { companyName: string }[] } }).edition.named;
const b = useBrowser();
const WINE = '进口散装葡萄酒保税加工新模式';
let visitor: APIRequestContext;
let bestCaseId = 0;
let contestId = 0;

beforeAll(async () => {
  visitor = await apiAs(b.baseUrl, null);
  const campaigns = (await getJson<PublicCampaignPage>(visitor, '/api/public/campaigns?pageSize=100')).items;
  bestCaseId = campaigns.find((c) => c.seriesName === '中国自由贸易试验区制度创新十佳案例' && c.year === 2021)!.id;
  contestId = campaigns.find((c) => c.seriesName === '烟台片区创新创业大赛' && c.edition === 6)!.id;
});
afterAll(async () => {
  await visitor?.dispose();
});

describe('the demo campaigns, run by the engine', () => {
  it('the portal lists both with their results, and the 十佳案例 公示 ranks the wine case first in 贸易便利化, the rest marked 示例', async () => {
    const page = b.page;
    await page.goto(`${b.baseUrl}/campaigns`);
    await page.getByTestId(`results-${bestCaseId}`).click();
    await page.waitForURL(`**/campaigns/${bestCaseId}/results`);
    const notice = page.getByTestId('public-results');
    await expectText(notice, '2020-2021年度中国自由贸易试验区制度创新十佳案例');
    await expectText(notice.getByTestId('results-note'), '第八届中山大学自贸区高端论坛');
    await expectText(notice.getByTestId('results-sample-note'), '示例');
    await expectText(notice.getByTestId('results-source'), '朱先俊');

    const results = await getJson<PublicResults>(visitor, `/api/public/campaigns/${bestCaseId}/results`);
    const stage = results.stages[0]!;
    const trade = stage.entries.filter((e) => e.category === '贸易便利化').sort((x, y) => x.rank - y.rank);
    expect(trade[0]).toMatchObject({ innovationTitle: WINE, award: '十佳案例', isSample: false });
    const wineRow = notice.getByTestId(`public-entry-${trade[0]!.entryId}`);
    await expectText(wineRow, WINE);
    await expectText(wineRow, '十佳案例');
    expect(await wineRow.getByTestId('sample-tag').count()).toBe(0);
    // Every other row says 示例, as many tags as the answer has sample entries.
    expect(await notice.getByTestId('sample-tag').count()).toBe(stage.entries.filter((e) => e.isSample).length);
    expect(b.session.pageErrors).toEqual([]);
  });

  it('the contest\'s final shows the four named firms with 一等奖, first in their groups', async () => {
    const page = b.page;
    await page.goto(`${b.baseUrl}/campaigns/${contestId}/results`);
    const results = await getJson<PublicResults>(visitor, `/api/public/campaigns/${contestId}/results`);
    const final = results.stages.find((s) => s.name === '决赛')!;
    const firsts = final.entries.filter((e) => e.award === '一等奖');
    expect(firsts.map((e) => e.companyName).sort()).toEqual(NAMED.map((n) => n.companyName).sort());
    const section = page.getByTestId(`public-stage-${final.stageId}`);
    for (const entry of firsts) {
      const row = section.getByTestId(`public-entry-${entry.entryId}`);
      await expectText(row, entry.companyName!);
      await expectText(row, '一等奖');
    }
  });

  it('the province office sees the best case\'s note, its 示例 entries and the scored stage\'s confirmed results', async () => {
    const page = b.page;
    await signInContext(b.session.context, 'admin');
    await page.goto(`${b.baseUrl}/console/campaigns/${bestCaseId}`);
    await expectText(page.getByTestId('campaign-note'), '不是该年度的真实评选结果');
    const admin = await apiAs(b.baseUrl, 'admin');
    const detail = await getJson<CampaignDetail>(admin, `/api/campaigns/${bestCaseId}`);
    await admin.dispose();
    const scored = detail.stages.find((s) => s.kind === 'scored')!;
    expect(scored.status).toBe('published');
    await page.getByTestId(`stage-judges-${scored.ordinal}`).click();
    await page.waitForURL(`**/console/campaigns/${bestCaseId}/stages/${scored.id}`);
    await expectText(page.locator('main'), WINE);
    expect(b.session.pageErrors).toEqual([]);
  });
});
