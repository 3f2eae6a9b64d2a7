/**
 * 放权事项 on the portal, as an anonymous visitor uses it: the list with its counts, a search by a
 * 事项编码 and by words, the zone filter, a delegation's page, the zone pages' 放权赋能 section
 * (its counts equal the stats API's and the article's) and the 通办 list — and nothing internal
 * (the demo data's working notes, staff names) anywhere on these pages.
 */
import { readFileSync } from 'node:fs';
import type { APIRequestContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, getJson, useBrowser } from '../support/browser.js';
import type { ApiResponse, Zone } from '../support/api-types.js';
import { expectText, pickInTreeSelect, zoneByCode } from '../support/app.js';
import { ZONE_CODES } from '../support/constants.js';
import { chooseOption } from '../support/innovations.js';

type PowerList = ApiResponse<'/api/public/powers', 'get'>;
type PowerStats = ApiResponse<'/api/public/powers/stats', 'get'>;
type TongbanList = ApiResponse<'/api/public/tongban', 'get'>;

const demoFile = (name: string) => JSON.parse(readFileSync(new URL(`../../data/demo/${name}`, import.meta.url), 'utf8')) as unknown;

/** Every working note the demo powers data carries (long enough to be recognisable): none may reach the portal. */
function internalNotes(): string[] {
  const notes: string[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (/note/i.test(key) && typeof inner === 'string' && inner.length >= 10) notes.push(inner);
        else walk(inner);
      }
    }
  };
  walk(demoFile('powers.json'));
  return notes;
}
const staffNames = (demoFile('users.json') as { displayName: string }[]).map((user) => user.displayName);

async function expectNothingInternal(page: Page) {
  // Not vacuous: the demo data does carry notes on its batches, item sets and 通办 items.
  expect(internalNotes().length).toBeGreaterThan(3);
  const text = await page.locator('body').innerText();
  for (const note of internalNotes()) expect(text, 'a working note on the portal').not.toContain(note.slice(0, 24));
  for (const name of staffNames) expect(text, 'a staff name on the portal').not.toContain(name);
}

/** The number in a Statistic or a count line, digits only. */
async function numberIn(page: Page, testId: string): Promise<number> {
  const locator = page.getByTestId(testId);
  await locator.first().waitFor();
  return Number((await locator.first().innerText()).replace(/[^\d]/g, ''));
}

const b = useBrowser();
let api: APIRequestContext;
let neijiang: Zone;
let deyang: Zone;

beforeAll(async () => {
  api = await apiAs(b.baseUrl, null);
  neijiang = await zoneByCode(api, 'SC-P-NJ');
  deyang = await zoneByCode(api, ZONE_CODES.deyang);
});
afterAll(() => api?.dispose());

describe('portal 放权事项', () => {
  it('lists every zone’s delegated powers with the API’s total, each with its code, source and 示例 mark', async () => {
    const page = b.page;
    const all = await getJson<PowerList>(api, '/api/public/powers?pageSize=10');
    await page.goto('/');
    await page.getByTestId('nav-powers').click();
    await page.getByRole('heading', { level: 1, name: '放权事项' }).waitFor();
    await expectText(page.getByTestId('powers-count'), `共 ${all.total} 项`);
    const first = all.items[0]!;
    const card = page.getByTestId(`power-${first.id}`);
    await expectText(card.getByTestId('power-code'), first.item.code);
    expect(await card.innerText()).toContain('资料来源');
    if (first.isSample || first.item.isSample) expect(await card.getByTestId('sample-tag').innerText()).toBe('示例');
    // The whole province's counts, as the stats API gives them.
    const stats = await getJson<PowerStats>(api, '/api/public/powers/stats');
    expect(await numberIn(page, 'powers-counts-delegated')).toBe(stats.delegated);
    expect(await numberIn(page, 'powers-counts-takenUp')).toBe(stats.takenUp);
    await expectNothingInternal(page);
    expect(b.session.pageErrors).toEqual([]);
  });

  it('finds one item by its 事项编码 and many by words, as the API does', async () => {
    const page = b.page;
    await page.goto('/powers');
    const search = page.locator('#powers-filter-q');
    await search.fill('SL-NJCITY-005');
    await search.press('Enter');
    await expectText(page.getByTestId('powers-count'), '“SL-NJCITY-005”共 1 项');
    expect(new URL(page.url()).searchParams.get('q')).toBe('SL-NJCITY-005');
    const cards = page.getByTestId('powers-list').locator('article');
    await expect.poll(() => cards.count()).toBe(1);
    expect(await cards.first().getByTestId('power-code').innerText()).toContain('SL-NJCITY-005');

    const words = '内江区级审批';
    const found = await getJson<PowerList>(api, `/api/public/powers?q=${encodeURIComponent(words)}&pageSize=10`);
    expect(found.total).toBeGreaterThan(1);
    await search.fill(words);
    await search.press('Enter');
    await expectText(page.getByTestId('powers-count'), `“${words}”共 ${found.total} 项`);
    await expect.poll(() => cards.count()).toBe(Math.min(10, found.total));
    for (const name of await cards.locator('h3').allInnerTexts()) expect(name).toContain('内江区级审批事项');
  });

  it('filters by 放权方式 and 事项类型, kept in the URL, with the API’s totals', async () => {
    const page = b.page;
    await page.goto('/powers');
    const entrusted = await getJson<PowerList>(api, '/api/public/powers?type=entrust&pageSize=10');
    expect(entrusted.total).toBeGreaterThan(0);
    await chooseOption(page, page.locator('#powers-filter-type'), '委托');
    await expectText(page.getByTestId('powers-count'), `共 ${entrusted.total} 项`);
    await chooseOption(page, page.locator('#powers-filter-item-type'), '行政许可');
    const both = await getJson<PowerList>(api, '/api/public/powers?type=entrust&itemType=licensing&pageSize=10');
    await expectText(page.getByTestId('powers-count'), `共 ${both.total} 项`);
    const url = new URL(page.url());
    expect([url.searchParams.get('type'), url.searchParams.get('itemType')]).toEqual(['entrust', 'licensing']);
    expect(await page.locator('main').innerText()).not.toMatch(/\bentrust\b|\blicensing\b/);
  });

  it('filters by zone: 德阳’s items and its counts from the stats API, and opens one item’s public page', async () => {
    const page = b.page;
    await page.goto('/powers');
    await pickInTreeSelect(page, page.locator('#powers-filter-zone'), '德阳');
    await expect.poll(() => new URL(page.url()).searchParams.get('zone')).toBe(String(deyang.id));
    const list = await getJson<PowerList>(api, `/api/public/powers?zone=${deyang.id}&pageSize=10`);
    const stats = await getJson<PowerStats>(api, `/api/public/powers/stats?zone=${deyang.id}`);
    await expectText(page.getByTestId('powers-count'), `共 ${list.total} 项`);
    expect(await numberIn(page, 'powers-counts-delegated')).toBe(stats.delegated);
    for (const zone of await page.getByTestId('powers-list').locator('article dd a[href^="/zones/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
      expect(zone).toBe(`/zones/${deyang.id}`);
    }

    const first = list.items[0]!;
    await page.getByTestId(`power-${first.id}`).getByRole('link', { name: first.item.name }).click();
    await page.getByTestId(`power-page-${first.id}`).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toContain(first.item.name);
    expect(await page.getByTestId('power-detail-code').innerText()).toBe(first.item.code);
    await page.getByTestId('power-processing').waitFor();
    if (first.isSample || first.item.isSample) await page.getByTestId('power-sample-note').waitFor();
    await expectNothingInternal(page);
  });

  it('shows on 内江’s and 德阳’s zone pages the counts the stats API gives, which are the article’s', async () => {
    const page = b.page;
    const cases = [
      { zone: neijiang, article: { province: 146, city: 137, county: 258 } },
      { zone: deyang, article: { province: 146, city: 30, county: 0 } },
    ];
    for (const { zone, article } of cases) {
      const stats = await getJson<PowerStats>(api, `/api/public/powers/stats?zone=${zone.id}`);
      await page.goto(`/zones/${zone.id}`);
      const section = page.getByTestId('zone-powers');
      await section.scrollIntoViewIfNeeded();
      expect(await numberIn(page, 'zone-power-counts-delegated')).toBe(stats.delegated);
      expect(await numberIn(page, 'zone-power-counts-takenUp')).toBe(stats.takenUp);
      for (const level of ['province', 'city', 'county'] as const) {
        const shown = await numberIn(page, `zone-power-counts-level-${level}`);
        expect(shown, `${zone.shortName} ${level}`).toBe(stats.byLevel[level]);
        expect(shown, `${zone.shortName} ${level} (the article)`).toBe(article[level]);
      }
      expect(await section.getByTestId('zone-powers-link').getAttribute('href')).toBe(`/powers?zone=${zone.id}`);
    }
  });

  it('lists 德阳’s 通办 items: two batches with their documents and target dates, 216 items and 435 cases as the article says', async () => {
    const page = b.page;
    const tongban = await getJson<TongbanList>(api, `/api/public/tongban?zone=${deyang.id}&pageSize=10`);
    expect([tongban.total, tongban.batches.length, tongban.cases]).toEqual([216, 2, 435]);
    await page.goto(`/zones/${deyang.id}`);
    const summary = `共 ${tongban.total} 项，${tongban.batches.length} 批，累计办件 ${tongban.cases} 件`;
    await expectText(page.getByTestId('zone-tongban-summary'), summary);
    await page.getByTestId('zone-tongban-link').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('tab')).toBe('tongban');
    await expectText(page.getByTestId('tongban-summary'), summary);
    for (const batch of tongban.batches) {
      const row = page.getByTestId(`tongban-batch-${batch.id}`);
      const text = await row.innerText();
      expect(text).toContain(`${batch.programme}第${batch.batchNo}批`);
      if (batch.document) expect(text).toContain(batch.document);
      expect(text).toContain(String(batch.items));
    }
    const item = tongban.items[0]!;
    const row = page.getByTestId(`tongban-item-${item.id}`);
    expect(await row.innerText()).toContain(item.name);
    expect(await row.innerText()).toContain(item.partnerRegion);
    // A search narrows the items by name.
    const search = page.locator('#powers-filter-q');
    await search.fill(item.name);
    await search.press('Enter');
    const found = await getJson<TongbanList>(api, `/api/public/tongban?zone=${deyang.id}&q=${encodeURIComponent(item.name)}&pageSize=10`);
    // The rows of the last answer stay on screen until the new one comes: wait for the new ones.
    const names = () => page.locator('[data-testid^="tongban-item-"] td:first-child').allInnerTexts();
    await expect.poll(async () => (await names()).length > 0 && (await names()).every((name) => name.includes(item.name))).toBe(true);
    expect((await names()).length).toBe(Math.min(10, found.total));
    await expectNothingInternal(page);
  });
});
