/**
 * The province office imports a 放权清单 as offices keep it (title and 办理时限 merged over 法定 /
 * 承诺, 序号, 备注) into a batch chosen on the page: a row naming a zone that does not exist is a
 * row error in the preview and nothing can be committed; the corrected file is committed as a job
 * and its item is in the catalogue of the batch's day. The export of a day is one link away.
 */
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser.js';
import { expectText, signInWithForm } from '../support/app.js';

const b = useBrowser();
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const CODE = `E2E-${Date.now() % 1_000_000}`;
const BATCH = `端到端测试放权批次${CODE}`;

async function catalogue(zone: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('附件');
  sheet.addRow(['下放中国（四川）自由贸易试验区的省级管理事项目录（示例，端到端测试）']);
  sheet.mergeCells(1, 1, 1, 10);
  sheet.addRow(['序号', '事项名称', '事项编码', '事项类型', '主管部门/实施机关', '设定和实施依据', '下放方式', '承接主体', '办理时限（工作日）', null, '备注']);
  sheet.addRow([null, null, null, null, null, null, null, null, '法定时限', '承诺时限', null]);
  for (const column of [1, 2, 3, 4, 5, 6, 7, 8, 11]) sheet.mergeCells(2, column, 3, column);
  sheet.mergeCells(2, 9, 2, 10);
  sheet.addRow([1, '端到端测试事项（示例）', CODE, '行政许可', '省商务厅', '《测试条例》第三条', '下放', zone, '20个工作日', 5, '示例']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function upload(page: Page, name: string, content: Buffer) {
  await page.locator('input[type="file"]').setInputFiles({ name, mimeType: XLSX_TYPE, buffer: content });
  await expectText(page.locator('.ant-card-head-title').first(), `预览：${name}`);
}

describe('importing a 放权清单', () => {
  it('shows a row error for an unknown 承接主体, commits the corrected file, and the item is in the catalogue', async () => {
    const page = b.page;
    await signInWithForm(page, 'admin');
    const created = await page.request.post('/api/powers/batches', { data: { level: 'province', title: BATCH, document: '测试令第1号', effectiveOn: '2024-01-01' } });
    expect(created.status()).toBe(201);
    await page.goto('/console/powers/import');
    await expectText(page.locator('h1'), '导入新放权事项清单');
    expect(await page.getByTestId('import-template').getAttribute('href')).toBe('/api/imports/power_catalogue/template.xlsx');
    expect(await page.getByTestId('power-export').getAttribute('href')).toMatch(/^\/api\/powers\/export\.xlsx\?on=\d{4}-\d{2}-\d{2}$/);

    await page.getByTestId('power-import-batch').click();
    await page.locator('.ant-select-item-option', { hasText: BATCH }).click();

    await upload(page, '放权清单（有误）.xlsx', await catalogue('不存在的测试片区'));
    await expectText(page.getByTestId('import-counts'), /有错误\s*1\s*行/);
    await expectText(page.locator('main'), '找不到区域「不存在的测试片区」');
    expect(await page.getByTestId('import-commit').isDisabled()).toBe(true);

    await upload(page, '放权清单.xlsx', await catalogue('宜宾协同改革先行区管委会'));
    await expectText(page.getByTestId('import-counts'), /有错误\s*0\s*行/);
    await page.getByTestId('import-commit').click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: '确认导入' }).click();
    await expectText(page.getByTestId('import-done'), '已导入 1 个下放事项');

    const listed = await (await page.request.get(`/api/powers?q=${encodeURIComponent(CODE)}&on=2024-01-01`)).json();
    expect(listed.items).toHaveLength(1);
    expect(listed.items[0]).toMatchObject({ item: { code: CODE, legalLimitDays: 20 }, promisedLimitDays: 5, delegationType: 'devolve', status: 'delegated' });
  });
});
