/**
 * 指标看板 in the browser: the portal's 数据 page ranks the pilot zones by a published demo
 * indicator (所在市外贸进出口增速, 2019: 南充 540% > 达州 250% > 宜宾 45.7% > 遂宁 43.4%) in a bar
 * chart with its data table, exports the chart as a PNG (checked by its magic bytes) and the data as
 * .xlsx (opened with ExcelJS: the same rows); the console's 看板 for 宜宾's staff ranks only what
 * their scope holds (宜宾 alone), with a trend of one zone; the ranking among a chosen zone's
 * children (排名范围) and the 概览 (latest figures beside innovation counts) show what the API computes.
 */
import type { PublicZoneIndicators } from '../support/api-types.js';
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { apiAs, getJson, useBrowser } from '../support/browser.js';
import type { IndicatorOverview, IndicatorRanking } from '../support/api-types.js';
import { pickInTreeSelect, signInWithForm, zoneByCode } from '../support/app.js';
import { ZONE_CODES } from '../support/constants.js';

const b = useBrowser();
const CODE = 'city_trade_growth';
const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe('indicator dashboards', () => {
  it('the portal 数据 page ranks the published values, shows them as a table and exports PNG and xlsx', async () => {
    const page = b.page;
    const api = await apiAs(b.baseUrl, null);
    const ranking = await getJson<IndicatorRanking>(api, `/api/public/indicators/${CODE}/ranking?period=2019`);
    await api.dispose();
    // Hand-computed from the demo's published figures: ranks 1–4 by growth, none tied.
    expect(ranking.items.map((item) => [item.rank, item.value.value])).toEqual([[1, '540'], [2, '250'], [3, '45.7'], [4, '43.4']]);

    await page.goto(`/data?indicator=${CODE}`);
    const panel = page.getByTestId('ranking');
    await panel.waitFor();
    // The chart: its host (role img, named by the chart's title) holds the SVG once ECharts has drawn.
    await panel.locator('div[role="img"] svg').first().waitFor();
    // The table is there for screen readers; the toggle shows it.
    await panel.getByTestId('ranking-table-toggle').click();
    const table = panel.getByTestId('ranking-table');
    await table.waitFor();
    for (const item of ranking.items) {
      const figure = (await table.getByTestId(`ranking-figure-${item.zoneId}`).innerText()).trim();
      expect(figure).toBe(item.value.text);
    }
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(ranking.items.length);
    expect(await rows.first().innerText()).toContain(ranking.items[0]!.zoneName);

    const [png] = await Promise.all([page.waitForEvent('download'), panel.getByTestId('ranking-png').click()]);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    const bytes = await readFile(await png.path());
    expect([...bytes.subarray(0, 8)]).toEqual(PNG_MAGIC);
    expect(bytes.length).toBeGreaterThan(1000);

    const [xlsx] = await Promise.all([page.waitForEvent('download'), panel.getByTestId('ranking-xlsx').click()]);
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(await xlsx.path())) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect((sheet.getRow(2).values as ExcelJS.CellValue[]).slice(1, 3)).toEqual(['排名', '区域']);
    ranking.items.forEach((item, i) => {
      const row = sheet.getRow(3 + i).values as ExcelJS.CellValue[];
      expect([row[1], row[2], row[3]]).toEqual([item.rank, item.zoneName, item.value.text]);
    });
  });

  it("the console 看板 of 宜宾's staff ranks only their scope", async () => {
    const page = b.page;
    const admin = await apiAs(b.baseUrl, 'admin');
    const yibin = await zoneByCode(admin, ZONE_CODES.yibin);
    await admin.dispose();
    await signInWithForm(page, 'yibin');
    await page.goto(`/console/indicators?indicator=${CODE}`);
    const panel = page.getByTestId('ranking');
    await panel.waitFor();
    await panel.getByTestId('ranking-table-toggle').click();
    const rows = panel.getByTestId('ranking-table').locator('tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(1);
    await panel.getByTestId(`ranking-figure-${yibin.id}`).waitFor();
    expect(await page.request.get(`/api/indicators/${CODE}/ranking?period=2019`).then((r) => r.json())).toMatchObject({ of: 1, items: [{ zoneId: yibin.id, rank: 1 }] });
    // 趋势: the one zone in scope, its periods as the table's rows.
    const trend = page.getByTestId('console-trend');
    await trend.scrollIntoViewIfNeeded();
    await trend.locator('div[role="img"] svg').first().waitFor();
    expect(await trend.getByTestId('console-trend-table').locator('tbody tr').count()).toBeGreaterThanOrEqual(1);
  });

  it('ranks among the children of a chosen zone (排名范围), as the API does', async () => {
    const page = b.page;
    const api = await apiAs(b.baseUrl, null);
    const ftz = await zoneByCode(api, ZONE_CODES.ftz);
    const scoped = await getJson<IndicatorRanking>(api, `/api/public/indicators/${CODE}/ranking?period=2019&parent=${ftz.id}`);
    await api.dispose();
    await page.goto(`/data?indicator=${CODE}`);
    const panel = page.getByTestId('ranking');
    await panel.waitFor();
    const answered = page.waitForResponse((response) => response.url().includes(`/ranking?`) && response.url().includes(`parent=${ftz.id}`));
    await pickInTreeSelect(page, panel.getByRole('combobox', { name: '排名范围' }), ftz.name);
    await answered;
    await panel.getByTestId('ranking-table-toggle').click();
    const rows = panel.getByTestId('ranking-table').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(scoped.items.length);
    for (const item of scoped.items) expect((await panel.getByTestId(`ranking-figure-${item.zoneId}`).innerText()).trim()).toBe(item.value.text);
  });

  it('the 概览 puts each pilot zone’s latest figure beside its innovation counts', async () => {
    const page = b.page;
    const api = await apiAs(b.baseUrl, null);
    const overview = await getJson<IndicatorOverview>(api, `/api/public/indicators/overview?indicators=${CODE}`);
    await api.dispose();
    expect(overview.rows.some((row) => row.recognized > 0)).toBe(true);
    await page.goto(`/data?indicator=${CODE}`);
    const panel = page.getByTestId('overview');
    await panel.scrollIntoViewIfNeeded();
    await panel.locator('div[role="img"] svg').first().waitFor();
    await panel.getByTestId('overview-table-toggle').click();
    const rows = panel.getByTestId('overview-table').locator('tbody tr.ant-table-row');
    await expect.poll(() => rows.count()).toBe(overview.rows.length);
    for (const [i, row] of overview.rows.entries()) {
      const cells = await rows.nth(i).locator('td').allInnerTexts();
      expect(cells[0]).toBe(row.zoneName);
      expect(cells[1]).toContain(row.figures[0]?.text ?? '—');
      expect(cells.slice(2).map(Number)).toEqual([row.recognized, row.provinceReplicated, row.nationReplicated]);
    }
  });

  it("宜宾's zone page shows its published figures as a trend with the data table", async () => {
    const page = b.page;
    const api = await apiAs(b.baseUrl, 'admin');
    const yibin = await zoneByCode(api, ZONE_CODES.yibin);
    await api.dispose();
    const publicApi = await apiAs(b.baseUrl, null);
    const { items } = await getJson<PublicZoneIndicators>(publicApi, `/api/public/zones/${yibin.id}/indicators`);
    await publicApi.dispose();
    await page.goto(`/zones/${yibin.id}`);
    const panel = page.getByTestId('zone-trend');
    // Charts are drawn when they near the screen: bring the section into view.
    await panel.scrollIntoViewIfNeeded();
    await panel.locator('div[role="img"] svg').first().waitFor();
    // The first indicator's periods, one row each (published values only).
    const rows = panel.getByTestId('zone-trend-table').locator('tbody tr');
    await rows.first().waitFor({ state: 'attached' });
    expect(await rows.count()).toBeGreaterThanOrEqual(new Set(items[0]!.values.map((v) => v.period)).size);
    expect((await page.getByTestId('zone-trend-indicator').innerText()).length).toBeGreaterThan(0);
  });
});
