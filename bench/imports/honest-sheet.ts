/**
 * An honest large import file, written with ExcelJS's streaming writer into a Buffer: the
 * office layout (merged title, two-row header with a merged 成效 group, zones merged down
 * blocks of rows) and 20 columns of long Chinese text, as a province-wide summary table is.
 */
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';

const WORDS = [
  '推进', '深化', '优化', '建立', '完善', '探索', '实施', '创新', '协同', '联动', '跨境电商', '综合保税区', '海关监管', '通关便利化',
  '贸易便利化', '投资自由化', '金融服务', '营商环境', '政务服务', '一站式', '全流程', '数字化', '信息共享', '数据互认', '信用监管',
  '事中事后监管', '审批时限', '企业开办', '多式联运', '中欧班列', '铁路港', '临港产业', '出口退税', '外汇结算', '知识产权', '人才引进',
  '要素保障', '产业链', '供应链', '市场主体', '负面清单', '证照分离', '告知承诺', '容缺受理', '并联审批', '区域合作', '成渝地区',
  '双城经济圈', '制度型开放', '压力测试', '首创经验', '复制推广', '工作机制', '平台建设', '服务体系', '试点示范', '政策集成', '风险防控',
  '减少环节', '压缩时间', '降低成本', '提升效率', '企业获得感', '群众满意度', '“最多跑一次”', '“一网通办”', '线上线下融合', '全程电子化',
];
const DEPARTMENTS = ['市商务局', '宜宾海关', '市税务局', '市市场监管局', '市发展改革委', '市经济和信息化局', '市人力资源社会保障局', '市口岸物流办', '人民银行市分行'];
const ZONES = ['宜宾', '德阳', '资阳', '眉山', '南充', '自贡', '天府新区', '青白江', '川南临港'];
const DOMAINS = ['贸易便利化', '投资便利化', '金融管理与服务创新', '政府职能转变', '协同开放'];
const TASKS = ['平台融通', '产业协同', '制度创新'];
const NOVELTY = ['全国首创', '全省首创', '区域首创', '否'];

export const COLUMNS = 20;

/** A seeded generator (mulberry32), so that every run measures the same file. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type HonestSheet = { buffer: Buffer; rows: number; columns: number };

export async function honestSheet(rows: number, seed = 2026): Promise<HonestSheet> {
  const next = random(seed);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
  const sentence = (words: number) => Array.from({ length: words }, () => pick(WORDS)).join('') + '。';
  const paragraph = (chars: number) => {
    let text = '';
    while (text.length < chars) text += sentence(4 + Math.floor(next() * 8));
    return text;
  };
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: true, useStyles: true });
  const ws = workbook.addWorksheet('成果汇总');
  const header = ['序号', '成果名称', '所属区域', '创新领域', '三大任务', '首创性', '痛点问题', '主要做法', '创新举措', '成效', null, null, '实践效果', '牵头部门', '配合部门', '探索时间', '来源', '标签', '备注', '推广情况'];
  const sub = [null, null, null, null, null, null, null, null, null, '指标', '数值', '单位', null, null, null, null, null, null, null, null];
  const put = (r: number, values: ExcelJS.CellValue[]) => {
    const row = ws.getRow(r);
    values.forEach((value, i) => {
      if (value !== null) row.getCell(i + 1).value = value;
    });
    return row;
  };
  // The streaming writer merges cells of rows not committed yet: rows are written a block at a time.
  put(1, ['四川自贸试验区协同改革先行区制度创新成果汇总表']);
  put(2, header);
  put(3, sub);
  ws.mergeCells(1, 1, 1, COLUMNS);
  ws.mergeCells(2, 10, 2, 12);
  for (let col = 1; col <= COLUMNS; col += 1) if (col < 10 || col > 12) ws.mergeCells(2, col, 3, col);
  for (let r = 1; r <= 3; r += 1) ws.getRow(r).commit();
  const block = 10;
  for (let first = 0; first < rows; first += block) {
    const last = Math.min(first + block, rows) - 1;
    for (let i = first; i <= last; i += 1) {
      const row = put(4 + i, [
        i + 1,
        `${pick(ZONES)}${pick(WORDS)}${pick(WORDS)}改革第${i + 1}项`,
        i === first ? pick(ZONES) : null,
        pick(DOMAINS),
        pick(TASKS),
        pick(NOVELTY),
        paragraph(230),
        paragraph(900),
        paragraph(680),
        `${pick(WORDS)}时间`,
        `${Math.floor(next() * 90) + 10}`,
        '%',
        paragraph(520),
        `${pick(DEPARTMENTS)}、${pick(DEPARTMENTS)}`,
        `${pick(DEPARTMENTS)}、${pick(DEPARTMENTS)}、${pick(DEPARTMENTS)}`,
        new Date(Date.UTC(2019 + Math.floor(next() * 6), Math.floor(next() * 12), 1)),
        paragraph(90),
        `${pick(WORDS)}、${pick(WORDS)}`,
        paragraph(150),
        paragraph(190),
      ]);
      row.getCell(16).numFmt = 'yyyy"年"m"月"';
      for (const col of [7, 8, 9, 13, 19, 20]) row.getCell(col).alignment = { wrapText: true, vertical: 'top' };
    }
    // A zone merged down each block of rows, as offices group their table.
    if (last > first) ws.mergeCells(4 + first, 3, 4 + last, 3);
    for (let i = first; i <= last; i += 1) ws.getRow(4 + i).commit();
  }
  ws.commit();
  await workbook.commit();
  return { buffer: Buffer.concat(chunks), rows, columns: COLUMNS };
}

/** A template as offices send it back: two filled rows, then `rows` formatted but empty rows (borders, a text format, a height). */
export async function formattedTemplate(rows = 400_000): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: true, useStyles: true });
  const ws = workbook.addWorksheet('宜宾');
  ws.addRow(['成果名称', '所属区域', '创新领域', '主要做法']).commit();
  ws.addRow(['跨境电商“一站式”监管', '宜宾', '贸易便利化', '一次申报、一次查验、一次放行']).commit();
  ws.addRow(['临港产业协同招商', '宜宾', '投资便利化', '建立项目会商机制']).commit();
  const border = { top: { style: 'thin' as const }, bottom: { style: 'thin' as const } };
  for (let i = 0; i < rows; i += 1) {
    const row = ws.addRow([]);
    row.height = 18; // the streaming writer leaves out an empty row unless it has a height
    for (let col = 1; col <= 4; col += 1) Object.assign(row.getCell(col), { numFmt: '@', border });
    row.commit();
  }
  ws.commit();
  await workbook.commit();
  return Buffer.concat(chunks);
}
