/**
 * 复制推广: the portal's headline counts 首批's recognised and replicated innovations live; 德阳's
 * staff see what was proven elsewhere and not yet adopted at home, record an adoption from the
 * innovation's page, and then find it in the matrix and on the public case page (adopting
 * zones and the diffusion curve's data table).
 */
import type { APIRequestContext, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, getJson, useBrowser } from '../support/browser.js';
import type { InnovationPage, Zone } from '../support/api-types.js';
import { expectAbsent, expectText, fillDate, signInWithForm, zoneByCode } from '../support/app.js';
import { ZONE_CODES } from '../support/constants.js';
import { createInnovation, demoData, innovationDetail, listInnovations, publicCase, replicateInProvince, uniqueTag } from '../support/innovations.js';

const b = useBrowser();
let admin: APIRequestContext;
let deyang: Zone;
let mianyang: Zone;

beforeAll(async () => {
  admin = await apiAs(b.baseUrl, 'admin');
  deyang = await zoneByCode(admin, ZONE_CODES.deyang);
  // 绵阳 is of the second group of pilot zones: its records leave 首批's headline alone.
  mianyang = await zoneByCode(admin, 'SC-P-MY');
});
afterAll(() => admin?.dispose());

/** The text of `row`'s cell in the column headed `heading` (antd renders head and body as separate tables). */
async function cellUnder(matrix: Locator, row: Locator, heading: string): Promise<string> {
  const index = await matrix
    .locator('.ant-table-thead tr')
    .first()
    .locator('th')
    .evaluateAll((ths, text) => ths.findIndex((th) => (th as { innerText: string }).innerText.trim() === text), heading);
  expect(index, `a column headed ${heading}`).toBeGreaterThan(0);
  return (await row.locator(':scope > td').nth(index).innerText()).trim();
}

describe('the headline on the portal home', () => {
  it('counts 22 innovations of 首批 recognised, 6 of them replicated province-wide', async () => {
    const page = b.page;
    // The demo data's own figures, as 宜宾's article gives them…
    const demo = demoData();
    const first = new Set(demo.zones.filter((z) => z.type === 'pilot' && z.group?.startsWith('首批')).map((z) => z.code));
    expect(first.size).toBe(8);
    const ofFirst = demo.innovations.filter((i) => first.has(i.zoneCode));
    expect(ofFirst.filter((i) => ['recognized', 'province_replicated', 'nation_replicated'].includes(i.status))).toHaveLength(22);
    expect(ofFirst.filter((i) => ['province_replicated', 'nation_replicated'].includes(i.status))).toHaveLength(6);
    // …plus whatever other specs of this run published in those zones (the counts are live).
    const firstZoneIds = new Set<number>();
    for (const code of first) firstZoneIds.add((await zoneByCode(admin, code)).id);
    const demoNames = new Set(demo.innovations.map((i) => i.name));
    const { items, total } = await getJson<InnovationPage>(
      admin,
      '/api/innovations?level=published&pageSize=200',
    );
    expect(items.length).toBe(total);
    const added = items.filter((i) => firstZoneIds.has(i.zoneId) && !demoNames.has(i.name));
    const recognized = 22 + added.length;
    const replicated = 6 + added.filter((i) => ['province_replicated', 'nation_replicated'].includes(i.status)).length;

    await page.goto('/');
    const headline = page.getByTestId('pilot-headline');
    await headline.waitFor();
    expect(await headline.innerText()).toBe(`首批8个先行区：累计形成${recognized}项制度创新成果，其中${replicated}项在全省复制推广`);
  });
});

describe('德阳 adopts an innovation proven elsewhere', () => {
  it('records the adoption from the detail page; the matrix and the public case page show it', async () => {
    const page = b.page;
    const tag = uniqueTag();
    // 绵阳's record, close to what 德阳 works on (军民融合, 科技成果转化), replicated province-wide.
    const name = `军民融合科技成果转化“一站式”服务平台（${tag}）`;
    const record = await createInnovation(admin, {
      zoneId: mianyang.id,
      name,
      domain: 'investment_facilitation',
      task: 'industry_interaction',
      measures: '搭建军民融合科技成果转化服务平台，推动军工科研院所与民营企业对接，探索“技术+团队+股权”成果转化。',
    });
    await replicateInProvince(admin, record.id, {
      recognizedOn: '2024-11-05',
      recognizedDocument: `川自贸办〔2024〕${tag}号`,
      replicatedOn: '2025-02-20',
      replicatedDocument: `川自贸办〔2025〕${tag}号`,
    });

    // — 德阳's staff see proven innovations not yet adopted at home, this one among them.
    await signInWithForm(page, 'deyang');
    await page.goto('/console/replication');
    await page.getByRole('heading', { name: '已在他处复制推广、本区域尚未复制' }).waitFor();
    const recommendations = page.locator('[data-testid^="recommendation-row-"]');
    await recommendations.first().waitFor();
    expect(await recommendations.count()).toBeGreaterThan(0);
    const recommended = page.getByTestId(`recommendation-row-${record.id}`);
    await recommended.waitFor();
    expect(await recommended.innerText()).toContain('绵阳');
    expect(await recommended.innerText()).toContain('省内复制推广');
    // 德阳's own records are never recommended to it.
    const own = await listInnovations(admin, { zoneId: deyang.id, level: 'published' });
    expect(own.length).toBeGreaterThan(0);
    for (const item of own) await expectAbsent(page.getByTestId(`recommendation-row-${item.id}`));

    // — From the recommendation to the innovation's page, and its adoption dialog.
    await recommended.getByRole('link', { name }).click();
    await page.waitForURL(`**/console/innovations/${record.id}`);
    const detail = page.getByTestId(`innovation-detail-${record.id}`);
    await detail.waitFor();
    await page.getByTestId('adoption-create').click();
    const dialog = page.getByRole('dialog', { name: new RegExp(`登记复制推广 · `) });
    await dialog.waitFor();
    // 德阳 is the only zone its staff record for: it is already chosen.
    await expectText(dialog.locator('.ant-form-item').filter({ hasText: '复制推广区域' }).locator('.ant-select'), '德阳');
    await fillDate(dialog.getByLabel('复制推广日期'), '2025-08-12');
    await dialog.getByLabel('本地化调整').fill('结合德阳重大装备制造产业，增设军工配套企业专场对接');
    await dialog.getByLabel('取得成效').fill('半年内促成12项成果转化');
    await dialog.getByTestId('adoption-ok').click();
    await dialog.waitFor({ state: 'hidden' });

    const adoption = detail.locator('[data-testid^="adoption-row-"]');
    await adoption.first().waitFor();
    expect(await adoption.count()).toBe(1);
    const adoptionText = await adoption.first().innerText();
    expect(adoptionText).toContain('德阳');
    expect(adoptionText).toContain('2025年8月12日');
    expect(adoptionText).toContain('增设军工配套企业专场对接');
    // Once recorded there is nothing left for 德阳 to record.
    expect(await page.getByTestId('adoption-create').isDisabled()).toBe(true);
    const stored = await innovationDetail(admin, record.id);
    expect(stored.innovation.adoptionCount).toBe(1);
    expect(stored.adoptions).toEqual([expect.objectContaining({ zoneId: deyang.id, adoptedOn: '2025-08-12' })]);

    // — The replication page: no longer a recommendation; the matrix has 德阳's date.
    await page.goto('/console/replication');
    await recommendations.first().waitFor();
    await expectAbsent(page.getByTestId(`recommendation-row-${record.id}`));
    const matrix = page.getByTestId('replication-matrix');
    const row = matrix.getByTestId(`matrix-row-${record.id}`);
    await row.waitFor();
    expect(await cellUnder(matrix, row, '德阳')).toBe('2025年8月12日');
    expect(await cellUnder(matrix, row, '绵阳')).toBe('首创');
    expect(await row.locator('.yz-matrix__adopted').count()).toBe(1);

    // — The public case page lists 德阳 among the adopting zones, with the diffusion table.
    const visitor = (await b.newSession()).page;
    await visitor.goto(`/cases/${record.id}`);
    await visitor.getByTestId(`case-page-${record.id}`).waitFor();
    const adopters = visitor.getByRole('region', { name: /复制推广情况/ });
    await expectText(adopters.locator('h2'), '1 个区域');
    const publicAdoption = visitor.locator('[data-testid^="case-adoption-"]');
    await publicAdoption.first().waitFor();
    const publicText = await publicAdoption.first().innerText();
    expect(publicText).toContain(deyang.name);
    expect(publicText).toContain('2025年8月12日');
    expect(publicText).toContain('半年内促成12项成果转化');

    const diffusion = visitor.getByTestId('diffusion');
    await diffusion.waitFor();
    const table = diffusion.getByRole('region', { name: '数据表' });
    await table.locator('tbody tr[data-row-key]').first().waitFor();
    const cells = await table.locator('tbody tr[data-row-key]').evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => (td as unknown as { innerText: string }).innerText.trim())),
    );
    expect(cells).toEqual([['2025年8月', '1', '1']]);
    // The chart itself is drawn beside the table, once it comes into view (ECharts loads then).
    await diffusion.scrollIntoViewIfNeeded();
    await diffusion.locator('canvas, svg').first().waitFor();
    expect((await publicCase(visitor.request, record.id)).adoptions.map((a) => a.zoneName)).toEqual([deyang.name]);
    expect(b.session.pageErrors).toEqual([]);
  });
});
