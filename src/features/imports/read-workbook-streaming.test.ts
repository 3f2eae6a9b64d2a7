/** The workbook reader streams: limits apply while reading, and nothing past them is parsed. */
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { acceptsInnovationColumns, matchInnovationHeader } from './innovations/innovation-columns.js';
import { READ_LIMITS, readWorkbook, WorkbookError, type ReadOptions } from './read-workbook.js';
import { readMerges, TooManyMerges } from './sheet-merges.js';
import { buildWorkbook, plainSheet } from './fixtures/workbooks.js';
import { row, xlsxFromXml } from './fixtures/sheet-xml.js';

const options: ReadOptions = { matchHeader: matchInnovationHeader, acceptsColumns: acceptsInnovationColumns };

async function reason(buffer: Buffer, extra: Partial<ReadOptions> = {}): Promise<string> {
  try {
    await readWorkbook(buffer, { ...options, ...extra });
    return 'read';
  } catch (error) {
    if (error instanceof WorkbookError) return error.reason;
    throw error;
  }
}

const HEADER = row(1, { A: '成果名称', B: '所属区域', C: '创新领域' });
const dataRows = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => row(from + i, { A: `成果${from + i}`, B: '宜宾', C: '贸易便利化' })).join('');
/** XML a parser must refuse: whatever comes after it is never a table. */
const DAMAGED = '<row r="999990"><c r="A999990" t="inlineStr"><is><t>x</t></is></c><c <<< not xml';
/** Formatted empty rows, ~130 bytes each: the reader parses to the end of the 64 KB chunk it stops in, not beyond. */
const formatted = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => `<row r="${from + i}">${['A', 'B', 'C', 'D', 'E'].map((col) => `<c r="${col}${from + i}" s="1"/>`).join('')}</row>`).join('');
const damaged = (rows: string) => xlsxFromXml([{ name: '宜宾', raw: `<worksheet><sheetData>${rows}${DAMAGED}` }]);

describe('readWorkbook, streaming', () => {
  it('stops at a run of 400,000 formatted but empty rows after the data, reading only the real rows', async () => {
    const formatted = Array.from({ length: 400_000 }, (_, i) => `<row r="${4 + i}" s="1" customFormat="1" ht="15" customHeight="1"><c r="A${4 + i}" s="1"/><c r="B${4 + i}" s="2"/></row>`);
    const buffer = xlsxFromXml([{ name: '宜宾', rows: HEADER + dataRows(2, 2) + formatted.join('') + row(400_010, { A: '远处的一行', B: '宜宾' }) }]);
    const read = await readWorkbook(buffer, options);
    // The row past the blank run is never reached: streaming stops there (the whole sheet loaded
    // as a DOM took 4–5 s and 0.6 GB here). Time is the bench's to measure, not a test's.
    expect(read.rows.map((r) => r.rowNumber)).toEqual([2, 3]);
    expect(read.sheets[0]!.ignoredRows).toEqual([]);
  });

  it('stops parsing where a long blank run ends the table', async () => {
    // 2,001 blank rows end the table; 1,000 more (130 KB) lie between that point and the damage.
    expect(await reason(damaged(HEADER + dataRows(2, 3) + formatted(5, 3000)))).toBe('read');
    // The same damage inside the table is found: the reader did stop before it above.
    expect(await reason(damaged(HEADER + dataRows(2, 3) + formatted(5, 1500)))).toBe('unreadable');
  });

  it('answers too_many_rows at the first row over the limit, without parsing further', async () => {
    expect(await reason(damaged(HEADER + dataRows(2, 21) + formatted(23, 1000)), { maxRows: 20 })).toBe('too_many_rows');
    expect(await reason(damaged(HEADER + dataRows(2, 20) + formatted(22, 1000)), { maxRows: 20 })).toBe('unreadable');
  });

  it(`reads ${READ_LIMITS.maxRows} rows and refuses ${READ_LIMITS.maxRows + 1}, across sheets`, async () => {
    const rows = (n: number, from = 0) => Array.from({ length: n }, (_, i) => ({ name: `成果${from + i}`, domain: '贸易便利化' }));
    const full = await readWorkbook(await buildWorkbook([plainSheet('宜宾', rows(READ_LIMITS.maxRows - 1)), plainSheet('德阳', rows(1))]), options);
    expect(full.rows).toHaveLength(READ_LIMITS.maxRows);
    const over = await buildWorkbook([plainSheet('宜宾', rows(READ_LIMITS.maxRows - 1)), plainSheet('德阳', rows(2))]);
    const error = await readWorkbook(over, options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    expect(error).toMatchObject({ reason: 'too_many_rows', params: { limit: READ_LIMITS.maxRows } });
  });

  it('does not read hidden sheets at all', async () => {
    const read = await readWorkbook(xlsxFromXml([{ name: '字典', state: 'hidden', raw: DAMAGED }, { name: '宜宾', rows: HEADER + dataRows(2, 1) }]), options);
    expect(read.sheets.map((s) => [s.name, s.skipped])).toEqual([['字典', 'hidden'], ['宜宾', null]]);
    expect(read.rows).toHaveLength(1);
  });

  it('fills a merged zone into rows the sheet XML leaves out, as a loaded workbook did', async () => {
    const rows = HEADER + row(2, { A: '甲成果', B: '宜宾', C: '贸易便利化' }) + row(4, { A: '丙成果', C: '投资便利化' });
    const read = await readWorkbook(xlsxFromXml([{ name: 'Sheet1', rows, after: '<mergeCells count="1"><mergeCell ref="B2:B4"/></mergeCells>' }]), options);
    expect(read.rows.map((r) => [r.rowNumber, r.cells['成果名称']!.text, r.cells['所属区域']!.text, r.cells['所属区域']!.address])).toEqual([
      [2, '甲成果', '宜宾', 'B2'],
      [3, '', '宜宾', 'B3'],
      [4, '丙成果', '宜宾', 'B4'],
    ]);
  });

  it('finds merged ranges in any order and however long the list, across chunks', async () => {
    // 3,000 rows with the zone merged down pairs of rows (listed last, bottom first), after 30,000
    // merges a template put on its pre-formatted rows: ~1 MB of <mergeCell> tags, many chunks.
    const zone = (pair: number) => (pair % 2 ? '德阳' : '宜宾');
    const rows = HEADER + Array.from({ length: 3000 }, (_, i) => row(2 + i, i % 2 ? { A: `成果${i}` } : { A: `成果${i}`, B: zone(i / 2) })).join('');
    const template = Array.from({ length: 30_000 }, (_, i) => `<mergeCell ref="F${2 + i}:G${2 + i}"/>`);
    const zones = Array.from({ length: 1500 }, (_, k) => `<mergeCell ref="B${2 + 2 * k}:B${3 + 2 * k}"/>`).reverse();
    const read = await readWorkbook(xlsxFromXml([{ name: '宜宾', rows, after: `<mergeCells>${[...template, ...zones].join('')}</mergeCells>` }]), options);
    expect(read.rows).toHaveLength(3000);
    expect(read.rows.every((r, i) => r.cells['所属区域']!.text === zone(Math.floor(i / 2)))).toBe(true);
  });

  it('reads <mergeCell> tags split anywhere between chunks, and refuses an endless list', async () => {
    const xml = `<worksheet><sheetData><row r="1"/></sheetData><mergeCells><mergeCell ref="A1:C1"/><x:mergeCell ref='B9:B2'/><mergeCell ref="D4"/><mergeCell ref="E5:F6"/></mergeCells><pageMargins/></worksheet>`;
    async function* chunks() {
      for (let at = 0; at < xml.length; at += 7) yield Buffer.from(xml.slice(at, at + 7));
    }
    expect(Array.from((await readMerges(chunks())).ranges)).toEqual([1, 1, 1, 3, 2, 2, 9, 2, 5, 5, 6, 6]);
    await expect(readMerges(chunks(), 2)).rejects.toThrow(TooManyMerges);
  });

  it('types cells as Excel stores them: shared and inline strings, numbers, booleans, dates by format, formulas by their result', async () => {
    const cells = {
      A: '<c r="A2" t="s"><v>0</v></c>',
      B: '<c r="B2" t="inlineStr"><is><r><t>富</t></r><r><t>文本</t></r><rPh><t>ふ</t></rPh></is></c>',
      C: '<c r="C2"><v>110.5</v></c>',
      D: '<c r="D2" t="b"><v>1</v></c>',
      E: '<c r="E2" s="2"><v>44378</v></c>',
      F: '<c r="F2" s="3"><v>44382</v></c>',
      G: '<c r="G2"><f>1-1</f><v>0</v></c>',
      H: '<c r="H2" t="str"><f>A2&amp;"x"</f><v>公式</v></c>',
      I: '<c r="I2" t="e"><v>#N/A</v></c>',
    };
    const header = row(1, { A: '成果名称', B: '所属区域', C: '数值', D: '首创性', E: '探索时间', F: '认定时间', G: '指标', H: '来源', I: '备注' });
    const read = await readWorkbook(xlsxFromXml([{ name: 'Sheet1', rows: header + row(2, cells) }], ['跨境_x000D_结算 a_x0000_b']), options);
    const got = Object.values(read.rows[0]!.cells).map((c) => [c.text, c.value instanceof Date ? 'date' : typeof c.value, c.numFmt]);
    expect(got).toEqual([
      ['跨境\n结算 a\uFFFDb', 'string', null],
      ['富文本', 'string', null],
      ['110.5', 'number', null],
      ['TRUE', 'boolean', null],
      ['2021-07-01', 'date', 'yyyy"年"m"月"'],
      ['2021-07-05', 'date', 'mm-dd-yy'],
      ['0', 'number', null],
      ['公式', 'string', null],
      ['', 'object', null],
    ]);
  });

  it('keeps Chinese text whole across chunk boundaries', async () => {
    const long = '制度创新成果复制推广'.repeat(30_000);
    const read = await readWorkbook(await buildWorkbook([{ name: '宜宾', rows: [['成果名称', '领域', '主要做法'], ['甲', '贸易便利化', long]] }]), options);
    expect(read.rows[0]!.cells['主要做法']!.text).toBe(long);
  });

  it("reads what ExcelJS's streaming writer writes (entries with data descriptors), merges included", async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (chunk: Buffer) => chunks.push(chunk));
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: true, useStyles: true });
    const ws = workbook.addWorksheet('宜宾');
    ws.getRow(1).values = ['成果名称', '所属区域', '创新领域'];
    ws.getRow(2).values = ['甲成果', '宜宾', '贸易便利化'];
    ws.getRow(3).values = ['乙成果', null, '投资便利化'];
    ws.mergeCells('B2:B3');
    for (const r of [1, 2, 3]) ws.getRow(r).commit();
    ws.commit();
    await workbook.commit();
    const read = await readWorkbook(Buffer.concat(chunks), options);
    expect(read.rows.map((r) => [r.cells['成果名称']!.text, r.cells['所属区域']!.text])).toEqual([
      ['甲成果', '宜宾'],
      ['乙成果', '宜宾'],
    ]);
  });
});
