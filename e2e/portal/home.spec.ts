/**
 * The public portal as a visitor sees it: the formation of zones with their figures, a zone's
 * public ledger (planning-stage entries stay internal), and the language switch.
 */
import type { APIRequestContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, getJson, useBrowser } from '../support/browser.js';
import type { Overview, Zone } from '../support/api-types.js';
import { expectAbsent, tableNames, zoneByCode, zonePlatforms } from '../support/app.js';
import { ZONE_CODES } from '../support/constants.js';


const b = useBrowser();
let admin: APIRequestContext;
let yibin: Zone;

beforeAll(async () => {
  admin = await apiAs(b.baseUrl, 'admin');
  yibin = await zoneByCode(admin, ZONE_CODES.yibin);
});
afterAll(() => admin?.dispose());

/** The headline statistics as shown: title → number. */
async function shownFigures(page: typeof b.page): Promise<Map<string, number>> {
  // The two headline cards (zones, platforms); other figures may sit in the same section.
  const region = page.getByRole('region', { name: '总体情况' });
  const stats = region.locator('.yz-figure-card .ant-statistic');
  await stats.first().waitFor();
  const pairs = await stats.evaluateAll((nodes) =>
    nodes.map((node) => [
      (node.querySelector('.ant-statistic-title') as { innerText: string } | null)?.innerText.trim() ?? '',
      (node.querySelector('.ant-statistic-content') as { innerText: string } | null)?.innerText.replace(/[^\d]/g, '') ?? '',
    ]),
  );
  return new Map(pairs.map(([title, value]) => [title!, Number(value)]));
}

describe('public home', () => {
  it('shows the formation with 宜宾, 德阳 … and headline figures equal to /api/stats/overview', async () => {
    const page = b.page;
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: '开放雁阵' }).waitFor();
    const formation = page.getByRole('region', { name: /雁阵格局/ });
    for (const name of ['宜宾', '德阳']) {
      await formation.getByRole('article', { name, exact: true }).waitFor();
    }

    const overview = await getJson<Overview>(page.request, '/api/stats/overview');
    const figures = await shownFigures(page);
    const expected: [string, number][] = [
      ['自由贸易试验区', overview.zonesByType.ftz!],
      ['片区', overview.zonesByType.area!],
      ['协同改革先行区', overview.zonesByType.pilot!],
      ['区块/园区', overview.zonesByType.block!],
      ['开放平台总数', Object.values(overview.platformsByStatus).reduce((sum, n) => sum + n, 0)],
      ['谋划', overview.platformsByStatus.planning!],
      ['申建', overview.platformsByStatus.applying!],
      ['获批', overview.platformsByStatus.approved!],
      ['建设', overview.platformsByStatus.building!],
      ['封关运营', overview.platformsByStatus.operating!],
    ];
    expect([...figures.entries()].sort()).toEqual(expected.sort());
    // A visitor never counts internal (planning-stage) entries.
    expect(figures.get('谋划')).toBe(0);

    // Every goose of the formation is a card with its own platform count.
    expect(await formation.getByRole('article').count()).toBe(overview.formation.length);
    for (const entry of overview.formation) {
      const card = formation.getByRole('article', { name: entry.shortName, exact: true });
      const platformsFact = card.locator('dl > div').filter({ has: page.locator('dt', { hasText: /^开放平台$/ }) });
      const count = (await platformsFact.locator('dd').innerText()).trim();
      expect(count, entry.shortName).toMatch(new RegExp(`^${entry.platforms} 个`));
      if (entry.platformsOperating > 0) expect(count).toContain(`运营 ${entry.platformsOperating} 个`);
    }
  });

  it("opens 宜宾's zone page: its public platforms, none of its planning-stage ones", async () => {
    const page = b.page;
    // The truth, as the province office sees it: which of 宜宾's entries are still 谋划.
    const all = await zonePlatforms(admin, yibin.id);
    const planning = all.filter((p) => p.status === 'planning').map((p) => p.name);
    const published = all.filter((p) => p.status !== 'planning').map((p) => p.name);
    // No other spec touches these two demo entries, so they are still being planned.
    expect(planning).toEqual(expect.arrayContaining(['公路口岸', '航空口岸']));
    expect(published).toContain('综合保税区');

    await page.goto('/');
    await page.getByRole('article', { name: '宜宾', exact: true }).getByRole('link', { name: '宜宾' }).click();
    await page.waitForURL(`**/zones/${yibin.id}`);
    await page.getByRole('heading', { level: 1, name: new RegExp(yibin.name.replace(/[()]/g, '\\$&')) }).waitFor();

    const ledger = page.getByRole('region', { name: '开放平台台账' });
    const shown = await tableNames(ledger);
    expect(shown.sort()).toEqual([...published].sort());
    for (const name of planning) {
      await expectAbsent(ledger.getByRole('cell', { name, exact: true }));
      expect(await page.getByText(name, { exact: true }).count(), name).toBe(0);
    }
    // Nor does the public API hand them out.
    const publicList = await zonePlatforms(page.request, yibin.id);
    expect(publicList.map((p) => p.name)).not.toEqual(expect.arrayContaining(['公路口岸']));
    expect(publicList.every((p) => p.isPublic)).toBe(true);
  });

  it('switches the interface to English and back', async () => {
    const page = b.page;
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: '开放雁阵' }).waitFor();
    await page.getByRole('radiogroup', { name: '界面语言' }).getByText('EN', { exact: true }).click();

    await page.getByRole('heading', { level: 1, name: 'The open wild-goose formation' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    expect(await nav.getByRole('link').allInnerTexts()).toEqual(expect.arrayContaining(['Home', 'Zones']));
    expect(await nav.innerText()).not.toMatch(/首页|区域/);
    await page.getByRole('link', { name: 'Sign in' }).waitFor();
    await expectAbsent(page.getByRole('heading', { name: '开放雁阵' }));

    // The choice survives a reload, and switching back restores Chinese.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'The open wild-goose formation' }).waitFor();
    await page.getByRole('radiogroup', { name: 'Language' }).getByText('中文', { exact: true }).click();
    await page.getByRole('heading', { level: 1, name: '开放雁阵' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toMatch(/^zh/);
  });
});
