/**
 * The indicator import against the real database, with workbooks laid out as statistics offices
 * publish them (ExcelJS here; LibreOffice Calc in indicator-import-calc.test.ts): merged title and
 * two-row headers, 合计 rows, footnotes, units in header or cell, "—" for missing.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFilesTestApp, multipart, type FilesTestApp } from '../../../testing/files-test-app.js';
import { zoneIdByCode, type DemoUser } from '../../../testing/test-app.js';
import { commitImport, createIndicators, previewIndicators, valuesOf } from './indicator-test-support.js';

let t: FilesTestApp;
const zones: Record<string, number> = {};

beforeAll(async () => {
  t = await createFilesTestApp();
  for (const code of ['SC-P-YB', 'SC-P-DY']) zones[code] = await zoneIdByCode(t, code);
  await createIndicators(t);
});
afterAll(() => t.close());

type Cell = string | number | null;

/** One period's table: title merged over the columns, 区域 merged over two header rows, names over units. */
async function periodWorkbook(sheetName: string, rows: Cell[][], options: { headers?: [string, string][]; notes?: string[] } = {}) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  const headers = options.headers ?? [
    ['测试进出口总额', '（亿元）'],
    ['测试新增企业', '（家）'],
    ['测试增速', '（%）'],
  ];
  sheet.addRow([`${sheetName}各先行区主要经济指标`]);
  sheet.mergeCells(1, 1, 1, headers.length + 1);
  sheet.addRow(['区域', ...headers.map((h) => h[0])]);
  sheet.addRow([null, ...headers.map((h) => h[1])]);
  sheet.mergeCells(2, 1, 3, 1);
  for (const row of rows) sheet.addRow(row);
  for (const note of options.notes ?? []) sheet.addRow([note]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('a sheet per period (zones × indicators)', () => {
  it('reads merged headers, units in header and cell, full-width digits, 45.7%, negative growth, "—", checks 合计 and skips footnotes; commit writes every value', async () => {
    const file = await periodWorkbook('2021年', [
      ['宜宾', '１１.６', 120, '45.7%'],
      ['德阳先行区', '3000万元', '—', '-3.2'],
      ['合计', 11.9, 120, null],
    ], { notes: ['注：增速为同比。', '资料来源：四川省统计局'] });
    const preview = await previewIndicators(t, 'admin', file, '四川统计年鉴2022');
    expect(preview.statusCode, preview.body).toBe(200);
    const result = preview.json();
    expect(result).toMatchObject({ okCount: 3, errorCount: 0 });
    expect(result.rows[0].data.values).toEqual([
      expect.objectContaining({ indicator: 'test_trade', zoneId: zones['SC-P-YB'], period: '2021', value: '11.6', unit: 'cny_100m', source: '四川统计年鉴2022' }),
      expect.objectContaining({ indicator: 'test_firms', value: '120' }),
      expect.objectContaining({ indicator: 'test_growth', value: '45.7', unit: 'percent' }),
    ]);
    expect(result.rows[1].data.values).toEqual([
      expect.objectContaining({ indicator: 'test_trade', zoneId: zones['SC-P-DY'], value: '0.3', unit: 'cny_100m' }),
      expect.objectContaining({ indicator: 'test_growth', value: '-3.2' }),
    ]);
    expect(result.rows[2].data).toMatchObject({ total: true, values: [] });

    const committed = await commitImport(t, 'admin', result.importId);
    expect(committed.statusCode, committed.body).toBe(200);
    expect(committed.json().created).toBe(5);
    expect(await valuesOf(t, 'test_trade')).toEqual([
      { zone: zones['SC-P-YB'], period: '2021', value: '11.6', source: '四川统计年鉴2022' },
      { zone: zones['SC-P-DY'], period: '2021', value: '0.3', source: '四川统计年鉴2022' },
    ]);
    // Imported once: the same file again meets the values it wrote.
    const again = (await previewIndicators(t, 'admin', file, '四川统计年鉴2022')).json();
    expect(again.errorCount).toBe(2);
  });

  it('a 合计 that disagrees beyond rounding, 亿美元 into 亿元, an unknown zone: row errors, and nothing is written', async () => {
    const file = await periodWorkbook('2022年', [
      ['宜宾', '12.3', 10, null],
      ['德阳', '1.2亿美元', 5, null],
      ['不存在区', '1', 1, null],
      ['合计', '14.0', 15, null],
    ]);
    const result = (await previewIndicators(t, 'admin', file, '统计公报')).json();
    const errors = result.rows.filter((r: { status: string }) => r.status === 'error').map((r: { rowNumber: number; errors: { message: string }[] }) => [r.rowNumber, r.errors.map((e) => e.message).join('；')]);
    expect(errors).toEqual([
      [5, expect.stringContaining('不能换算')],
      [6, expect.stringContaining('不存在区')],
      [7, expect.stringContaining('合计')],
    ]);
    const refused = await commitImport(t, 'admin', result.importId);
    expect(refused.statusCode).toBe(400);
    expect(await valuesOf(t, 'test_trade', '2022')).toEqual([]);
  });

  it('a 合计 within the rounding of its digits passes', async () => {
    const file = await periodWorkbook('2023年', [
      ['宜宾', '1.24', 1, null],
      ['德阳', '1.24', 1, null],
      ['合计', '2.5', 2, null],
    ]);
    const result = (await previewIndicators(t, 'admin', file, '统计公报')).json();
    expect(result).toMatchObject({ okCount: 3, errorCount: 0 });
  });

  it('asks for the source when the form gives none', async () => {
    const file = await periodWorkbook('2024年', [['宜宾', '1', 1, null]]);
    const result = (await previewIndicators(t, 'admin', file)).json();
    expect(result.rows[0].errors.map((e: { message: string }) => e.message)).toEqual([expect.stringContaining('来源')]);
  });
});

describe('a sheet per indicator (zones × periods)', () => {
  it('takes the indicator from the sheet name and the periods from the columns', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('测试新增企业');
    sheet.addRow(['区域', '2019年', '2020年']);
    sheet.addRow(['宜宾', '35', '约40']);
    const result = (await previewIndicators(t, 'yibin', Buffer.from(await workbook.xlsx.writeBuffer()), '市商务局')).json();
    expect(result).toMatchObject({ okCount: 1, errorCount: 0 });
    expect(result.rows[0].data.values).toEqual([
      expect.objectContaining({ indicator: 'test_firms', period: '2019', value: '35' }),
      expect.objectContaining({ indicator: 'test_firms', period: '2020', value: '40', qualifier: 'about' }),
    ]);
  });
});

describe('access', () => {
  it('zone staff import their own zone only; others are refused', async () => {
    const file = await periodWorkbook('2019年', [['德阳', '1', 1, null]]);
    const result = (await previewIndicators(t, 'yibin', file, '公报')).json();
    expect(result.rows[0].errors.map((e: { message: string }) => e.message)).toEqual([expect.stringContaining('无权')]);
    for (const user of ['judge1', 'applicant1'] as DemoUser[]) expect((await previewIndicators(t, user, file, '公报')).statusCode).toBe(403);
    expect((await previewIndicators(t, null, file, '公报')).statusCode).toBe(401);
  });

  it('serves the template with a 填写说明 sheet', async () => {
    const response = await t.call('yibin', { method: 'GET', url: '/api/imports/indicators/template.xlsx' });
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toContain('填写说明');
    void multipart;
  });
});
