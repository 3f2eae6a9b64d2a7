/**
 * Finding things: while 德阳's staff type a new record, the form points at 内江's near-identical
 * one with a similarity score; the public case library highlights matches, treats 自贸区 and
 * 自由贸易试验区 as the same words, and still finds a case by one character.
 */
import type { APIRequestContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, useBrowser } from '../support/browser.js';
import { expectText, signInWithForm, zoneByCode } from '../support/app.js';
import { ZONE_CODES } from '../support/constants.js';
import { listInnovations, searchCases } from '../support/innovations.js';

const b = useBrowser();
let admin: APIRequestContext;

beforeAll(async () => {
  admin = await apiAs(b.baseUrl, 'admin');
});
afterAll(() => admin?.dispose());

/** The demo record of the zone `code` named `name`. */
async function demoRecord(code: string, name: string) {
  const zone = await zoneByCode(admin, code);
  const record = (await listInnovations(admin, { zoneId: zone.id })).find((item) => item.name === name);
  if (!record) throw new Error(`no demo record ${name} in ${code}`);
  return record;
}

describe('near-duplicate hints while typing a new record', () => {
  it("shows 内江's 包装材料免税循环进综合保税区试点 with its score to 德阳's staff", async () => {
    const page = b.page;
    const neijiang = await demoRecord('SC-P-NJ', '包装材料免税循环进综合保税区试点');
    const deyang = await zoneByCode(admin, ZONE_CODES.deyang);

    await signInWithForm(page, 'deyang');
    await page.goto('/console/innovations/new');
    await page.getByRole('heading', { level: 1, name: '新增成果' }).waitFor();
    // Before anything is typed, the panel only explains itself.
    await expectText(page.locator('.yz-sticky-card'), '输入成果名称（至少4个字）或举措后');

    await page.getByLabel('成果名称').pressSequentially('包装材料免税循环进入综保区试点', { delay: 20 });
    await page.getByLabel('举措').fill('德阳海关携手成都海关开展包装材料免税循环进入综合保税区试点，减少企业申报次数，提高商品流转效率。');

    const hints = page.getByTestId('similar-hints');
    await hints.waitFor();
    const hit = hints.getByRole('listitem').filter({ has: page.getByRole('link', { name: neijiang.name, exact: true }) });
    await hit.waitFor();
    const text = await hit.innerText();
    expect(text).toContain(neijiang.zoneName);
    expect(text).toContain('已认定');
    const score = /相似度 (\d+)%/.exec(text);
    expect(score, text).not.toBeNull();
    expect(Number(score![1])).toBeGreaterThan(0);
    expect(Number(score![1])).toBeLessThanOrEqual(100);
    expect(await hit.getByRole('link', { name: neijiang.name }).getAttribute('href')).toBe(`/console/innovations/${neijiang.id}`);
    // It is the best match, and the panel says how many it found.
    expect(await hints.getByRole('listitem').first().getByRole('link').innerText()).toBe(neijiang.name);
    await expectText(page.locator('.yz-sticky-card'), /发现 \d+ 项相似成果/);
    // Nothing was saved: the hints are only a check.
    expect((await listInnovations(admin, { zoneId: deyang.id })).some((item) => item.name.includes('综保区'))).toBe(false);
  });
});

describe('the public case library search', () => {
  it("highlights 保税 and lists 温江's 保税研发", async () => {
    const page = b.page;
    const wenjiang = await demoRecord('SC-P-WJ', '海关特殊监管区外保税研发');
    await page.goto('/cases');
    await page.getByRole('heading', { level: 1, name: '案例库' }).waitFor();

    const total = await searchCases(page, '保税');
    expect(total).toBeGreaterThanOrEqual(2);
    const card = page.getByTestId(`case-${wenjiang.id}`);
    await card.waitFor();
    expect(await card.getByRole('heading').innerText()).toBe(wenjiang.name);
    expect(await card.innerText()).toContain('温江');
    // The matched words are marked in the title, and nothing else is.
    expect(await card.getByRole('heading').locator('mark').allInnerTexts()).toEqual(['保税']);
    // Every listed case marks what matched.
    const cards = page.locator('[data-testid^="case-"]').filter({ has: page.locator('h3') });
    const shown = await cards.count();
    expect(shown).toBe(Math.min(total, 10));
    for (let i = 0; i < shown; i += 1) {
      const marks = await cards.nth(i).locator('mark').allInnerTexts();
      expect(marks.length, await cards.nth(i).innerText()).toBeGreaterThan(0);
      expect(marks.every((m) => m === '保税'), marks.join('|')).toBe(true);
    }
  });

  it('finds as many cases for 自贸区 as for 自由贸易试验区', async () => {
    const page = b.page;
    await page.goto('/cases');
    const short = await searchCases(page, '自贸区');
    const ids = await page.locator('[data-testid^="case-"]').filter({ has: page.locator('h3') }).evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-testid')));
    const long = await searchCases(page, '自由贸易试验区');
    expect(short).toBeGreaterThan(0);
    expect(long).toBe(short);
    const longIds = await page.locator('[data-testid^="case-"]').filter({ has: page.locator('h3') }).evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-testid')));
    expect([...longIds].sort()).toEqual([...ids].sort());
  });

  it("finds 烟台's 葡萄酒 case by the single character 酒", async () => {
    const page = b.page;
    const yantai = await demoRecord('SD-YT', '进口散装葡萄酒保税加工新模式');
    await page.goto('/cases');
    const total = await searchCases(page, '酒');
    expect(total).toBeGreaterThanOrEqual(1);
    const card = page.getByTestId(`case-${yantai.id}`);
    await card.waitFor();
    expect(await card.innerText()).toContain('烟台');
    expect(await card.getByRole('heading').locator('mark').allInnerTexts()).toEqual(['酒']);
  });
});
