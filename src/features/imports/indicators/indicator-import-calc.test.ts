/**
 * A table written by LibreOffice Calc: a flat ODS (title merged over the columns, 区域 merged
 * over the name and unit rows, a 合计 row, a footnote) converted to .xlsx by `soffice`, then
 * previewed and committed; one wrong 合计 keeps the whole file out.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFilesTestApp, type FilesTestApp } from '../../../testing/files-test-app.js';
import { zoneIdByCode } from '../../../testing/test-app.js';
import { commitImport, createIndicators, previewIndicators, valuesOf } from './indicator-test-support.js';

let t: FilesTestApp;
let dir: string;
const zones: Record<string, number> = {};

beforeAll(async () => {
  t = await createFilesTestApp();
  dir = await mkdtemp(join(tmpdir(), 'yz-calc-'));
  for (const code of ['SC-P-YB', 'SC-P-DY']) zones[code] = await zoneIdByCode(t, code);
  await createIndicators(t);
});
afterAll(async () => {
  await t.close();
  await rm(dir, { recursive: true, force: true });
});

const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const cell = (v: string | number | null, attrs = '') =>
  v === null
    ? `<table:table-cell${attrs}/>`
    : typeof v === 'number'
      ? `<table:table-cell${attrs} office:value-type="float" office:value="${v}"><text:p>${v}</text:p></table:table-cell>`
      : `<table:table-cell${attrs} office:value-type="string"><text:p>${esc(v)}</text:p></table:table-cell>`;
const row = (cells: string[]) => `<table:table-row>${cells.join('')}</table:table-row>`;

function fods(sheet: string, data: (string | number | null)[][]): string {
  const rows = [
    row([cell(`${sheet}各先行区主要指标`, ' table:number-columns-spanned="3"'), '<table:covered-table-cell/>', '<table:covered-table-cell/>']),
    row([cell('区域', ' table:number-rows-spanned="2"'), cell('测试进出口总额'), cell('测试新增企业')]),
    row(['<table:covered-table-cell/>', cell('（亿元）'), cell('（家）')]),
    ...data.map((r) => row(r.map((v) => cell(v)))),
    row([cell('资料来源：四川省统计局')]),
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:body><office:spreadsheet><table:table table:name="${sheet}"><table:table-column table:number-columns-repeated="3"/>${rows.join('')}</table:table></office:spreadsheet></office:body></office:document>`;
}

async function calcXlsx(name: string, content: string): Promise<Buffer> {
  const source = join(dir, `${name}.fods`);
  await writeFile(source, content);
  await promisify(execFile)('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'xlsx', '--outdir', dir, source], { timeout: 120_000 });
  return readFile(join(dir, `${name}.xlsx`));
}

describe('a table written by LibreOffice Calc', () => {
  it('is previewed and committed; a wrong 合计 in another file writes nothing', async () => {
    const good = await calcXlsx('good', fods('2020年', [['宜宾', 11.6, '３５'], ['德阳', '—', 12], ['合计', 11.6, 47]]));
    const result = (await previewIndicators(t, 'admin', good, '四川统计年鉴2021')).json();
    expect(result, JSON.stringify(result)).toMatchObject({ okCount: 3, errorCount: 0 });
    const committed = await commitImport(t, 'admin', result.importId);
    expect(committed.statusCode, committed.body).toBe(200);
    expect(committed.json().created).toBe(3);
    expect(await valuesOf(t, 'test_firms', '2020')).toEqual([
      { zone: zones['SC-P-YB'], period: '2020', value: '35', source: '四川统计年鉴2021' },
      { zone: zones['SC-P-DY'], period: '2020', value: '12', source: '四川统计年鉴2021' },
    ]);

    const bad = await calcXlsx('bad', fods('2019年', [['宜宾', 1, 2], ['德阳', 1, 3], ['合计', 2, 6]]));
    const refused = (await previewIndicators(t, 'admin', bad, '四川统计年鉴2020')).json();
    expect(refused.rows.filter((r: { status: string }) => r.status === 'error').map((r: { rowNumber: number }) => r.rowNumber)).toEqual([6]);
    expect((await commitImport(t, 'admin', refused.importId)).statusCode).toBe(400);
    expect(await valuesOf(t, 'test_firms', '2019')).toEqual([]);
  }, 180_000);
});
