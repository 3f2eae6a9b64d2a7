/**
 * 评分表 for signature: one worksheet per judge, named by the judge, A4 with the header rows
 * repeated on every page. The header block names the campaign, the stage, the judge and their
 * organisation; a weights row and a scale row sit under the criteria's names, so the weighted
 * total is an Excel formula over the sheet's own cells (SUMPRODUCT with the weights row) — a
 * score filled in by hand on screen totals itself, and a printed total can be checked. Each
 * submitted sheet's formula carries the engine's total as its cached result; the tests recompute
 * the formula from the cells and hold the two equal. Unsubmitted rows stay blank, with the
 * criteria's scales as data validation, to be filled in on paper.
 */
import type ExcelJS from 'exceljs';
import type { JudgeSheet, ScoreSheets } from './score-sheets.data.js';
import { BOX, exportedOn, fileNamePart, headerCell, loadExcelJS, printSetup, sheetName, text, wideRow } from '../../files/xlsx-format.js';

/** Where the rows are: fixed, so the formulas and the print titles agree. */
export const SHEET_LAYOUT = { header: 5, weights: 6, scale: 7, firstLine: 8 } as const;
export const SIGNATURE_LINE = '评委签字：____________________　　　　日期：________年____月____日';

const number = (value: string | number) => Number(value);
/** 40% or 12.5%: as many decimals as the weight has. */
const percentFormat = (weight: number) => (Number.isInteger(Math.round(weight * 1e6) / 1e4) ? '0%' : '0.0#%');

type Column = { header: string; width: number };

function columnsOf(data: ScoreSheets): { fixed: Column[]; criteria: Column[] } {
  const fixed: Column[] = [{ header: '序号', width: 6 }, { header: '参评项目', width: 36 }];
  if (!data.stage.blind) fixed.push({ header: '申报单位', width: 28 }, { header: '所在区域', width: 20 });
  const criteria = data.stage.criteria.map((c) => ({ header: c.name_zh, width: Math.max(10, Math.min(18, [...c.name_zh].length * 2 + 2)) }));
  return { fixed, criteria };
}

function writeJudgeSheet(workbook: ExcelJS.Workbook, data: ScoreSheets, judge: JudgeSheet, used: Set<string>): void {
  const { stage } = data;
  const { fixed, criteria } = columnsOf(data);
  const first = fixed.length + 1;
  const totalColumn = first + criteria.length;
  const width = totalColumn;
  const sheet = workbook.addWorksheet(sheetName(judge.name, used), { views: [{ state: 'frozen', ySplit: SHEET_LAYOUT.scale, xSplit: 2 }] });
  sheet.columns = [...fixed, ...criteria, { header: '', width: 12 }].map((column) => ({ width: column.width }));
  printSetup(sheet, `${SHEET_LAYOUT.header}:${SHEET_LAYOUT.scale}`, width > 6);

  wideRow(sheet, 1, width, `${data.campaignTitle} · ${stage.name} 评分表`, { bold: true, size: 14, center: true });
  sheet.getRow(1).height = 28;
  wideRow(sheet, 2, width, `评审活动：${data.campaignTitle}　　评审环节：${stage.name}${stage.ends_on ? `　　评分截止：${String(stage.ends_on).slice(0, 10)}` : ''}`);
  wideRow(sheet, 3, width, `评委：${judge.name}　　工作单位：${judge.organisation ?? '—'}`, { bold: true });
  const max = stage.criteria.reduce((sum, c) => sum + number(c.weight) * number(c.scale_max), 0);
  const blind = stage.blind ? '本环节为盲评，不显示申报单位与所在区域。' : '';
  wideRow(sheet, 4, width, `评分说明：各项在分值范围内打分；加权总分 = Σ（权重 × 得分），满分 ${Number(max.toFixed(4))} 分。${blind}空白处为尚未提交的评分，可在纸面填写。`);
  sheet.getRow(4).height = 32;

  const header = sheet.getRow(SHEET_LAYOUT.header);
  fixed.forEach((column, i) => headerCell(header.getCell(i + 1), column.header));
  criteria.forEach((column, k) => headerCell(header.getCell(first + k), column.header));
  headerCell(header.getCell(totalColumn), '加权总分');
  header.height = 30;
  const weights = sheet.getRow(SHEET_LAYOUT.weights);
  const scale = sheet.getRow(SHEET_LAYOUT.scale);
  headerCell(weights.getCell(2), '权重');
  headerCell(scale.getCell(2), '分值范围');
  stage.criteria.forEach((c, k) => {
    const cell = weights.getCell(first + k);
    headerCell(cell, number(c.weight));
    cell.numFmt = percentFormat(number(c.weight));
    headerCell(scale.getCell(first + k), `${number(c.scale_min)}–${number(c.scale_max)}`);
  });
  headerCell(scale.getCell(totalColumn), `0–${Number(max.toFixed(4))}`);
  for (const row of [weights, scale]) for (let col = 1; col <= width; col++) if (!row.getCell(col).value) headerCell(row.getCell(col), null);

  const letter = (col: number) => sheet.getColumn(col).letter;
  const [from, to] = [letter(first), letter(totalColumn - 1)];
  judge.lines.forEach((line, i) => {
    const r = SHEET_LAYOUT.firstLine + i;
    const row = sheet.getRow(r);
    const values: ExcelJS.CellValue[] = [i + 1, text(line.title)];
    if (!stage.blind) values.push(text(line.companyName) ?? '—', text(line.zoneName) ?? '—');
    values.forEach((value, col) => (row.getCell(col + 1).value = value));
    stage.criteria.forEach((_, k) => (row.getCell(first + k).value = line.scores ? line.scores[k]! : null));
    const total = row.getCell(totalColumn);
    const formula = `IF(COUNT(${from}${r}:${to}${r})=${criteria.length},SUMPRODUCT(${from}${r}:${to}${r},${from}$${SHEET_LAYOUT.weights}:${to}$${SHEET_LAYOUT.weights}),"")`;
    total.value = line.total === null ? { formula, result: '' } : { formula, result: line.total };
    total.numFmt = '0.00';
    for (let col = 1; col <= width; col++) {
      const cell = row.getCell(col);
      cell.border = BOX;
      cell.alignment = { vertical: 'middle', wrapText: col <= fixed.length, horizontal: col === 1 || col >= first ? 'center' : 'left' };
    }
  });
  const after = SHEET_LAYOUT.firstLine + judge.lines.length;
  if (judge.lines.length > 0) {
    stage.criteria.forEach((c, k) => {
      const [min, max] = [number(c.scale_min), number(c.scale_max)];
      const column = letter(first + k);
      // One rule per column rather than per cell: ExcelJS writes a per-cell rule ~2× slower at 10k rows (bench/evaluation/exports.ts).
      (sheet as unknown as { dataValidations: { add: (range: string, rule: ExcelJS.DataValidation) => void } }).dataValidations.add(
        `${column}${SHEET_LAYOUT.firstLine}:${column}${after - 1}`,
        { type: 'decimal', operator: 'between', allowBlank: true, showErrorMessage: true, formulae: [min, max], errorTitle: '超出分值范围', error: `${c.name_zh}：${min}–${max}` },
      );
    });
  }
  if (judge.lines.length === 0) wideRow(sheet, after, width, '（本环节尚未给该评委分配参评项目）', { center: true });
  const signature = after + (judge.lines.length === 0 ? 3 : 2);
  wideRow(sheet, signature, width, SIGNATURE_LINE, { size: 12 });
  sheet.getRow(signature).height = 36;
  wideRow(sheet, signature + 1, width, `导出于${exportedOn()}（雁阵）`);
}

export async function scoreSheetsWorkbook(data: ScoreSheets): Promise<ExcelJS.Workbook> {
  const workbook = new (await loadExcelJS()).Workbook();
  workbook.creator = '雁阵 Yanzhen';
  workbook.created = new Date();
  // Totals of rows filled in later are recomputed when the file is opened.
  workbook.calcProperties = { fullCalcOnLoad: true };
  const used = new Set<string>();
  for (const judge of data.judges) writeJudgeSheet(workbook, data, judge, used);
  if (data.judges.length === 0) {
    const sheet = workbook.addWorksheet('评分表');
    wideRow(sheet, 1, 1, `${data.campaignTitle} · ${data.stage.name}：尚未抽取评委，没有评分表。`);
  }
  return workbook;
}

export function scoreSheetsFileName(data: ScoreSheets): string {
  const judge = data.own && data.judges[0] ? `_${data.judges[0].name}` : '';
  return `${fileNamePart(`${data.campaignTitle}_${data.stage.name}`)}_评分表${fileNamePart(judge)}.xlsx`;
}
