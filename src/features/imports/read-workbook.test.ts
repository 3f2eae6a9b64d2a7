/** The generic workbook reader and the value parsers, on workbooks generated here with ExcelJS. */
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compact, halfWidth, parseOfficeDate, parseQuantity, precisionOfFormat, protectFromFormula, splitList, unprotectFormula } from './cell-values.js';
import { acceptsInnovationColumns, headerKey, matchDomain, matchInnovationHeader, matchNovelty, matchTask } from './innovations/innovation-columns.js';
import { readWorkbook, WorkbookError, type ReadOptions } from './read-workbook.js';
import { buildWorkbook, officeSheet, plainSheet, TINY_PNG, TITLE } from './fixtures/workbooks.js';

const options: ReadOptions = { matchHeader: matchInnovationHeader, acceptsColumns: acceptsInnovationColumns };

async function readError(input: Buffer | Readable, extra: Partial<ReadOptions> = {}): Promise<WorkbookError> {
  try {
    await readWorkbook(input, { ...options, ...extra });
  } catch (error) {
    if (error instanceof WorkbookError) return error;
    throw error;
  }
  throw new Error('expected a WorkbookError');
}

describe('value parsers', () => {
  it('turns full-width digits and spaces into half-width', () => {
    expect(halfWidth('１１０万元　')).toBe('110万元 ');
    expect(compact(' ２０２１年　７月 ')).toBe('2021年7月');
  });

  it.each([
    ['110万元', { value: '110', unit: '万元', qualified: false }],
    ['约110万元', { value: '110', unit: '万元', qualified: true }],
    ['１１０万元', { value: '110', unit: '万元', qualified: false }],
    ['1.4亿元', { value: '1.4', unit: '亿元', qualified: false }],
    ['30%', { value: '30', unit: '%', qualified: false }],
    ['３０％', { value: '30', unit: '%', qualified: false }],
    ['1,234.5', { value: '1234.5', unit: null, qualified: false }],
    ['200余家', { value: '200', unit: '家', qualified: true }],
    ['3天以上', { value: '3', unit: '天', qualified: true }],
    ['压缩50%', { value: '50', unit: '%', qualified: true }],
    ['-12.5%', { value: '-12.5', unit: '%', qualified: false }],
  ])('reads the quantity %s', (text, expected) => {
    expect(parseQuantity(text)).toEqual(expected);
  });

  it.each(['显著提升', '110万元，节约30%', '', '1.23456万元'])('refuses %j as one quantity', (text) => {
    expect(parseQuantity(text)).toBeNull();
  });

  it('reads numbers without float noise', () => {
    expect(parseQuantity(0.1 + 0.2)).toEqual({ value: '0.3', unit: null, qualified: false });
    expect(parseQuantity(110)).toEqual({ value: '110', unit: null, qualified: false });
  });

  it.each([
    ['2021年7月', '2021-07'],
    ['２０２１年７月', '2021-07'],
    ['2021.7', '2021-07'],
    ['2021-07', '2021-07'],
    ['2021/7/5', '2021-07-05'],
    ['2021年7月5日', '2021-07-05'],
    ['2021年', '2021'],
    ['2021', '2021'],
    ['2021年上半年', '2021'],
    ['20210705', '2021-07-05'],
  ])('reads the date %s', (text, expected) => {
    expect(parseOfficeDate(text)).toBe(expected);
  });

  it.each(['2021年13月', '2021-02-30', '去年', '21.7'])('refuses the date %j', (text) => {
    expect(parseOfficeDate(text)).toBeNull();
  });

  it('reads Excel dates at the precision their format shows, and year numbers and serials', () => {
    const july = new Date(Date.UTC(2021, 6, 5));
    expect(parseOfficeDate(july, 'yyyy"年"m"月"')).toBe('2021-07');
    expect(parseOfficeDate(july, 'yyyy-mm-dd')).toBe('2021-07-05');
    expect(parseOfficeDate(july, null)).toBe('2021-07-05');
    expect(parseOfficeDate(2021)).toBe('2021');
    expect(parseOfficeDate(44382)).toBe('2021-07-05');
    expect(parseOfficeDate(2021.7)).toBe('2021-07');
    expect(parseOfficeDate(2021.1, '0.00')).toBe('2021-10');
    expect(precisionOfFormat('yyyy"年"')).toBe('year');
  });

  it('splits lists of departments', () => {
    expect(splitList('市商务局、宜宾海关；市税务局,市商务局')).toEqual(['市商务局', '宜宾海关', '市税务局']);
  });
});

describe('header and label matching', () => {
  it.each([
    ['成果名称', 'name'],
    ['创新成果名称', 'name'],
    ['*成果名称（必填）', 'name'],
    ['所属区域', 'zone'],
    ['先行区', 'zone'],
    ['片区', 'zone'],
    ['创新领域', 'domain'],
    ['三大任务', 'task'],
    ['首创性', 'novelty'],
    ['痛点', 'painPoint'],
    ['主要做法', 'measures'],
    ['主要做法及创新举措', 'measures'],
    ['实践效果', 'effects'],
    ['牵头部门', 'departments'],
    ['探索时间', 'exploredOn'],
    ['标签', 'tags'],
    ['序号', null],
  ])('%s → %s', (label, field) => {
    expect(matchInnovationHeader({ label, group: null, sub: null })).toBe(field);
  });

  it('reads the lower row of a 成效 group as parts of an effect', () => {
    expect(matchInnovationHeader({ label: '成效/指标', group: '成效', sub: '指标' })).toBe('effectLabel');
    expect(matchInnovationHeader({ label: '成效/数值', group: '成效', sub: '数值' })).toBe('effectValue');
    expect(matchInnovationHeader({ label: '实践效果/单位', group: '实践效果', sub: '单位' })).toBe('effectUnit');
    expect(matchInnovationHeader({ label: '基本信息/成果名称', group: '基本信息', sub: '成果名称' })).toBe('name');
  });

  it('maps enum labels in Chinese, English and short forms', () => {
    expect(matchDomain('贸易便利化')).toBe('trade_facilitation');
    expect(matchDomain('Trade facilitation')).toBe('trade_facilitation');
    expect(matchDomain('金融')).toBe('financial_innovation');
    expect(matchDomain('金融管理与服务创新')).toBe('financial_innovation');
    expect(matchDomain('其他')).toBeNull();
    expect(matchTask('平台融通')).toBe('platform_integration');
    expect(matchNovelty('全国首创')).toBe('national_first');
    expect(matchNovelty('否')).toBe('none');
    expect(headerKey(' 成果名称 ')).toBe('成果名称');
  });
});

describe('readWorkbook', () => {
  it('reads a title row, a merged two-row header, several sheets, blank and note rows', async () => {
    const buffer = await buildWorkbook([
      officeSheet(
        '宜宾',
        [
          { name: '跨境电商“一站式”监管', zone: '　宜宾　', domain: '贸易便利化', effect: { label: '节约关税', value: '１１０万元' }, exploredOn: new Date(Date.UTC(2021, 6, 1)) },
          { name: '临港产业协同招商', zone: '宜宾', domain: '投资便利化', effect: { label: '新增企业', value: 35, unit: '家' }, exploredOn: '2022.3' },
        ],
        { blankRowAfter: 0, note: '注：数据截至2023年底' },
      ),
      { name: '填表说明', rows: [['请按模板填写'], ['不要修改表头']] },
      { name: '字典', rows: [['成果名称', '领域'], ['x', 'y']], state: 'hidden' },
      plainSheet('德阳', [{ name: '装备制造出口退税提速', domain: '贸易便利化', effect: { label: '实践效果', value: '1.4亿元' } }]),
    ]);
    const read = await readWorkbook(buffer, options);
    expect(read.sheets.map((s) => [s.name, s.rows, s.skipped])).toEqual([
      ['宜宾', 2, null],
      ['填表说明', 0, 'no_header'],
      ['字典', 0, 'hidden'],
      ['德阳', 1, null],
    ]);
    const yibin = read.sheets[0]!;
    expect(yibin.title).toBe(TITLE);
    expect(yibin.headerRows).toEqual([2, 3]);
    expect(yibin.columns.map((c) => [c.label, c.field])).toEqual([
      ['序号', null],
      ['成果名称', 'name'],
      ['所属区域', 'zone'],
      ['创新领域', 'domain'],
      ['三大任务', 'task'],
      ['首创性', 'novelty'],
      ['痛点问题', 'painPoint'],
      ['主要做法', 'measures'],
      ['成效/指标', 'effectLabel'],
      ['成效/数值', 'effectValue'],
      ['成效/单位', 'effectUnit'],
      ['牵头部门', 'departments'],
      ['探索时间', 'exploredOn'],
    ]);
    // Row 5 is blank (skipped silently); the note below the table is passed over.
    expect(read.rows.filter((r) => r.sheet === '宜宾').map((r) => r.rowNumber)).toEqual([4, 6]);
    expect(yibin.ignoredRows).toEqual([8]);
    const first = read.rows[0]!;
    expect(first.cells['成果名称']!.text).toBe('跨境电商“一站式”监管');
    expect(first.cells['所属区域']!.text).toBe('宜宾');
    expect(parseQuantity(first.cells['成效/数值']!.text)).toEqual({ value: '110', unit: '万元', qualified: false });
    expect(parseOfficeDate(first.cells['探索时间']!.value as Date, first.cells['探索时间']!.numFmt)).toBe('2021-07');
    expect(read.rows[1]!.cells['成效/数值']!.value).toBe(35);
    expect(read.rows[2]!.cells['实践效果']!.text).toBe('1.4亿元');
  });

  it('reads a group row above the header row, and merged zone cells down a block of rows', async () => {
    const buffer = await buildWorkbook([
      {
        name: 'Sheet1',
        rows: [
          ['序号', '基本信息', null, null, '成效', null],
          [null, '成果名称', '所属区域', '领域', '指标', '数值'],
          [1, '甲成果', '宜宾', '贸易便利化', '时间压缩', '30%'],
          [2, '乙成果', null, '投资便利化', '新增企业', '12家'],
        ],
        merges: ['A1:A2', 'B1:D1', 'E1:F1', 'C3:C4'],
      },
    ]);
    const read = await readWorkbook(buffer, options);
    expect(read.sheets[0]!.headerRows).toEqual([1, 2]);
    expect(read.sheets[0]!.columns.map((c) => c.field)).toEqual([null, 'name', 'zone', 'domain', 'effectLabel', 'effectValue']);
    expect(read.rows.map((r) => r.cells['基本信息/所属区域']!.text)).toEqual(['宜宾', '宜宾']);
  });

  it('reads a two-row header whose group cell was never merged', async () => {
    const buffer = await buildWorkbook([
      {
        name: '宜宾',
        rows: [
          ['成果名称', '领域', '成效', null, null],
          [null, null, '指标', '数值', '单位'],
          ['甲', '贸易便利化', '节约关税', '110', '万元'],
        ],
      },
    ]);
    const read = await readWorkbook(buffer, options);
    expect(read.sheets[0]!.headerRows).toEqual([1, 2]);
    expect(read.sheets[0]!.columns.map((c) => [c.label, c.field])).toEqual([
      ['成果名称', 'name'],
      ['领域', 'domain'],
      ['成效/指标', 'effectLabel'],
      ['成效/数值', 'effectValue'],
      ['成效/单位', 'effectUnit'],
    ]);
    expect(read.rows.map((r) => r.rowNumber)).toEqual([3]);
  });

  it('stops after a long run of formatted but empty rows', async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('宜宾');
    ws.addRow(['成果名称', '领域']);
    ws.addRow(['甲', '贸易便利化']);
    for (let r = 3; r < 2500; r += 1) ws.getCell(r, 1).numFmt = '@';
    ws.getCell(2600, 1).value = '远处的一行';
    const read = await readWorkbook(Buffer.from(await workbook.xlsx.writeBuffer()), options);
    expect(read.rows.map((r) => r.rowNumber)).toEqual([2]);
  });

  it('accepts a stream', async () => {
    const buffer = await buildWorkbook([plainSheet('宜宾', [{ name: '甲', domain: '贸易便利化' }])]);
    const read = await readWorkbook(Readable.from([buffer.subarray(0, 100), buffer.subarray(100)]), options);
    expect(read.rows).toHaveLength(1);
  });

  it('refuses what is not an .xlsx workbook, from the bytes', async () => {
    expect((await readError(TINY_PNG)).reason).toBe('not_xlsx');
    expect((await readError(randomBytes(4096))).reason).toBe('not_xlsx');
    expect((await readError(Buffer.from('<html><body>成果名称</body></html>'))).reason).toBe('not_xlsx');
    const cfb = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), randomBytes(1000)]);
    expect((await readError(cfb)).reason).toBe('xls_or_encrypted');
  });

  it('refuses a file over the size limit, a package that unpacks too large, and too many rows', async () => {
    const buffer = await buildWorkbook([plainSheet('宜宾', Array.from({ length: 30 }, (_, i) => ({ name: `成果${i}`, domain: '贸易便利化' })))]);
    expect((await readError(buffer, { maxBytes: 1000 })).reason).toBe('too_large');
    expect((await readError(Readable.from([buffer]), { maxBytes: 1000 })).reason).toBe('too_large');
    expect((await readError(buffer, { maxUnpackedBytes: 2000 })).reason).toBe('unpacked_too_large');
    const tooMany = await readError(buffer, { maxRows: 20 });
    expect(tooMany.reason).toBe('too_many_rows');
    expect(tooMany.params).toEqual({ limit: 20 });
  });
});

describe('formula-like text', () => {
  it('is marked with an apostrophe on the way out and restored on the way in, for any text', () => {
    for (const text of ['=1+1', '+86', '-x', '@a', '\tx', '\rx', "'x", "''=x", '普通文本', '']) {
      expect(unprotectFormula(protectFromFormula(text))).toBe(text);
    }
    expect(protectFromFormula('=SUM(A1)')).toBe("'=SUM(A1)");
    fc.assert(fc.property(fc.string(), (text) => unprotectFormula(protectFromFormula(text)) === text));
  });
});
