/**
 * A zone's staff import an indicator table as a statistics office publishes it: title and header
 * merged, names over units, a 合计 row. The first file's 合计 disagrees with the zones (a row
 * error, nothing can be committed); the corrected one is committed as a job, and the value shows in
 * 指标数据 with the source typed once for the file.
 */
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser.js';
import { expectText, signInWithForm } from '../support/app.js';

const b = useBrowser();
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const SOURCE = '《宜宾协同改革先行区2016年主要经济指标》（示例，端到端测试）';

async function table(total: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('2016年');
  sheet.addRow(['2016年宜宾协同改革先行区主要经济指标']);
  sheet.mergeCells(1, 1, 1, 2);
  sheet.addRow(['区域', '外贸进出口总额']);
  sheet.addRow([null, '（亿元）']);
  sheet.mergeCells(2, 1, 3, 1);
  sheet.addRow(['宜宾', '21.4']);
  sheet.addRow(['合计', total]);
  sheet.addRow(['注：示例数据，仅用于测试。']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function upload(page: Page, name: string, content: Buffer) {
  await page.locator('input[type="file"]').setInputFiles({ name, mimeType: XLSX_TYPE, buffer: content });
  await expectText(page.locator('.ant-card-head-title'), `预览：${name}`);
}

describe('importing an indicator table', () => {
  it('refuses a 合计 that does not add up, commits the corrected table, and shows the value', async () => {
    const page = b.page;
    await signInWithForm(page, 'yibin');
    await page.goto('/console/indicators');
    await page.getByTestId('indicator-import').click();
    await page.waitForURL('**/console/indicators/import');
    await page.getByTestId('indicator-import-source').fill(SOURCE);

    await upload(page, '2016年指标（有误）.xlsx', await table('25'));
    await expectText(page.getByTestId('import-counts'), /有错误\s*1\s*行/);
    expect(await page.getByTestId('import-commit').isDisabled()).toBe(true);

    await upload(page, '2016年指标.xlsx', await table('21.4'));
    await expectText(page.getByTestId('import-counts'), /有错误\s*0\s*行/);
    await page.getByTestId('import-commit').click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: '确认导入' }).click();
    await page.getByTestId('import-done').waitFor();

    const api = await page.context().request.get('/api/indicators/trade_total/values');
    const values = (await api.json()).items as { period: string; value: string; source: string; zoneName: string }[];
    expect(values.find((value) => value.period === '2016')).toMatchObject({ value: '21.4', source: SOURCE });
  });
});
