/**
 * 评审结果 as a workbook: the saved results (the method the organiser chose, pending or
 * published) ranked, with the entry's name, its zone (a best case) or company (a contest), its
 * group, the value on the stage's display scale, how many judges scored it, advancement and
 * award; a header block with the method, the panel's size, the status and the 公示 (document and
 * dates). A second sheet puts every offered method side by side (rank and value), computed now
 * from the same sheets with the saved tie-break — what the organiser weighed before choosing.
 */
import type ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.js';
import type { RequestContext } from '../../../kernel/actor.js';
import { AppError } from '../../../kernel/errors.js';
import { AGGREGATION_METHOD_LABELS, RESULTS_STATUS_LABELS, type AggregationMethod } from '../../../shared/evaluation.enums.js';
import { unsafeListCategories } from '../campaigns.repo.js';
import { findResults, listResultEntries, type ResultEntryRow } from '../results/results.repo.js';
import { methodsSideBySide, organisedStage } from '../results/results.service.js';
import { BOX, chineseDate, exportedOn, fileNamePart, headerCell, loadExcelJS, printSetup, text, wideRow } from '../../files/xlsx-format.js';

type Db = Kysely<Database>;

export const RESULTS_SHEET = '评审结果';
export const METHODS_SHEET = '计分方法对比';

/** A best case is named by the innovation and its zone, a contest entry by its project and company. */
export function entryLabel(row: Pick<ResultEntryRow, 'innovation_name' | 'project_name' | 'company_name' | 'zone_name'>) {
  return row.innovation_name !== null
    ? { name: row.innovation_name, who: row.zone_name }
    : { name: row.project_name ?? row.company_name ?? '', who: row.company_name };
}

export async function readResultsExport(db: Db, context: RequestContext, stageId: number) {
  const stage = await organisedStage(db, context, stageId);
  const record = await findResults(db, stageId);
  if (!record) throw new AppError('RESULTS_NOT_COMPUTED');
  const [entries, categories, campaign, sideBySide] = await Promise.all([
    listResultEntries(db, stageId),
    unsafeListCategories(db, stage.campaign_id),
    db.selectFrom('campaigns').select('title').where('id', '=', stage.campaign_id).executeTakeFirstOrThrow(),
    methodsSideBySide(db, context, stageId, record.tie_break),
  ]);
  return { stage, record, entries, categories: new Map(categories.map((c) => [c.id, c.name])), campaignTitle: campaign.title, sideBySide };
}

type ResultsExport = Awaited<ReturnType<typeof readResultsExport>>;

const methodName = (method: AggregationMethod) => AGGREGATION_METHOD_LABELS[method].zh;

function writeResults(workbook: ExcelJS.Workbook, data: ResultsExport): void {
  const { stage, record } = data;
  const whoHeader = stage.campaign_kind === 'contest' ? '申报单位' : '所属区域';
  const columns = [
    { header: '名次', width: 7 }, { header: '参评项目', width: 40 }, { header: whoHeader, width: 28 }, { header: '组别', width: 14 },
    { header: '得分', width: 10 }, { header: '评委数', width: 8 }, { header: '晋级', width: 8 }, { header: '奖项', width: 12 },
  ];
  const width = columns.length;
  const sheet = workbook.addWorksheet(RESULTS_SHEET, { views: [{ state: 'frozen', ySplit: 5 }] });
  sheet.columns = columns.map((column) => ({ width: column.width }));
  printSetup(sheet, '5:5', false);
  wideRow(sheet, 1, width, `${data.campaignTitle} · ${stage.name} 评审结果`, { bold: true, size: 14, center: true });
  sheet.getRow(1).height = 28;
  wideRow(sheet, 2, width, `评审活动：${data.campaignTitle}　　评审环节：${stage.name}　　结果状态：${RESULTS_STATUS_LABELS[record.status].zh}`);
  wideRow(sheet, 3, width, `计分方法：${methodName(record.method)}　　评委 ${record.judge_count} 人，评分表 ${record.sheet_count} 份　　计算于${chineseDate(new Date(record.computed_at).toISOString())}`);
  const publicity = record.published_at === null
    ? '公示：尚未发布'
    : `公示文件：${record.document}　　公示期：${chineseDate(record.publicity_starts_on!)}至${chineseDate(record.publicity_ends_on!)}（${record.working_days} 个工作日）`;
  wideRow(sheet, 4, width, publicity);
  const header = sheet.getRow(5);
  columns.forEach((column, i) => headerCell(header.getCell(i + 1), column.header));
  data.entries.forEach((entry, i) => {
    const row = sheet.getRow(6 + i);
    const { name, who } = entryLabel(entry);
    const values: ExcelJS.CellValue[] = [
      entry.rank, text(name), text(who) ?? '—', text(entry.category_id === null ? null : data.categories.get(entry.category_id)) ?? '—',
      entry.display_value, entry.judges, entry.advancing ? '晋级' : '—', text(entry.award) ?? '—',
    ];
    values.forEach((value, col) => {
      const cell = row.getCell(col + 1);
      cell.value = value;
      cell.border = BOX;
      cell.alignment = { vertical: 'middle', wrapText: col === 1 || col === 2, horizontal: col === 1 || col === 2 ? 'left' : 'center' };
    });
    row.getCell(5).numFmt = '0.00';
  });
  wideRow(sheet, 7 + data.entries.length, width, `导出于${exportedOn()}（雁阵）`);
}

function writeMethods(workbook: ExcelJS.Workbook, data: ResultsExport): void {
  const { methods, byEntry } = data.sideBySide;
  const width = 1 + methods.length * 2;
  const sheet = workbook.addWorksheet(METHODS_SHEET, { views: [{ state: 'frozen', ySplit: 4, xSplit: 1 }] });
  sheet.columns = [{ width: 40 }, ...methods.flatMap(() => [{ width: 8 }, { width: 10 }])];
  printSetup(sheet, '3:4', width > 7);
  wideRow(sheet, 1, width, `${data.campaignTitle} · ${data.stage.name} 计分方法对比（已选：${methodName(data.record.method)}）`, { bold: true, size: 13, center: true });
  const [top, sub] = [sheet.getRow(3), sheet.getRow(4)];
  headerCell(top.getCell(1), '参评项目');
  headerCell(sub.getCell(1), null);
  sheet.mergeCells(3, 1, 4, 1);
  methods.forEach((method, m) => {
    const col = 2 + m * 2;
    headerCell(top.getCell(col), methodName(method));
    headerCell(top.getCell(col + 1), null);
    sheet.mergeCells(3, col, 3, col + 1);
    headerCell(sub.getCell(col), '名次');
    headerCell(sub.getCell(col + 1), '得分');
  });
  data.entries.forEach((entry, i) => {
    const row = sheet.getRow(5 + i);
    row.getCell(1).value = text(entryLabel(entry).name);
    (byEntry.get(entry.entry_id) ?? []).forEach((value, m) => {
      row.getCell(2 + m * 2).value = value.rank;
      row.getCell(3 + m * 2).value = value.displayValue;
      row.getCell(3 + m * 2).numFmt = '0.00';
    });
    for (let col = 1; col <= width; col++) row.getCell(col).border = BOX;
  });
}

export async function resultsWorkbook(data: ResultsExport): Promise<ExcelJS.Workbook> {
  const workbook = new (await loadExcelJS()).Workbook();
  workbook.creator = '雁阵 Yanzhen';
  workbook.created = new Date();
  writeResults(workbook, data);
  writeMethods(workbook, data);
  return workbook;
}

export const resultsFileName = (data: ResultsExport) => `${fileNamePart(`${data.campaignTitle}_${data.stage.name}`)}_评审结果.xlsx`;
