/**
 * The 放权事项 workbooks: the catalogue's template and its export share one sheet layout (a
 * title row, 序号, then the columns the importer reads), so an exported file re-imports as it
 * is; the cases template lists the columns of a 月度办件量 table. Each has a 填写说明 sheet and no
 * example rows (a forgotten one would be imported).
 */
import type ExcelJS from 'exceljs';
import { DELEGATION_TYPE_LABELS, POWER_ITEM_TYPE_LABELS, POWER_LEVEL_LABELS } from '../../../shared/powers.enums.js';
import type { DelegationRow } from '../../powers/powers-bulk.service.js';
import { protectFromFormula } from '../cell-values.js';
import { CASES_HEADERS, CATALOGUE_FIELDS, CATALOGUE_HEADERS, type CatalogueField } from './power-columns.js';

const loadExcelJS = async () => (await import('exceljs')).default;

export const CATALOGUE_TITLE = '放权赋能事项清单';
export const catalogueTemplateName = () => '放权事项清单导入模板.xlsx';
export const casesTemplateName = () => '月度办件量导入模板.xlsx';
export const catalogueExportName = (on: string) => `放权事项清单_${on}.xlsx`;

const WIDTHS: Partial<Record<CatalogueField, number>> = { name: 36, code: 24, legalBasis: 40, department: 20, implementingBody: 20, zone: 28, receivingBody: 24, note: 24, batchRef: 30 };
const TEMPLATE_FIELDS = CATALOGUE_FIELDS.filter((f) => f !== 'batchRef');

const CATALOGUE_HELP = [
  '填写说明',
  '【批次】上传时在导入页选择事项所属的放权批次（文号、生效日期）；一份文件的事项全部按该批次下放，自批次生效日期起生效。“所属批次”列（导出文件带有）仅供核对，不导入。',
  '【事项名称、事项编码】必填。编码已在事项目录中的，按目录中的事项下放（名称须与目录一致，目录中的要素不会被文件改动）；编码不在目录中的，作为新的主项加入目录（子项、办理项请先在事项目录中建立，再按编码导入）。',
  `【事项类型】可填：${Object.values(POWER_ITEM_TYPE_LABELS).map((l) => l.zh).join('、')}。`,
  '【主管部门、实施机关】可分两列填写，也可合为一列“主管部门/实施机关”（两者相同）。【设定和实施依据】必填。',
  `【下放层级】可填：${Object.values(POWER_LEVEL_LABELS).map((l) => l.zh).join('、')}，须与所选批次的层级一致；可不填。`,
  `【下放方式】可填：${Object.values(DELEGATION_TYPE_LABELS).map((l) => l.zh).join('、')}；不填为下放。委托的事项须填写“委托书文号”。`,
  '【承接主体】填写承接的片区或先行区，全称、简称均可（如“中国(四川)自由贸易试验区成都天府新区片区”“天府新区片区”“宜宾”），可带“管委会”；须在本账号管辖范围内。“承接单位”可填具体承接机构（如“德阳国际铁路物流港”）。',
  '【法定时限、承诺时限】填写工作日数，如 20 或“20个工作日”；也可用两行表头“办理时限（工作日）”下分“法定”“承诺”。',
  '【序号、备注】序号不导入；备注作为内部工作备注保存，不对外公开。表头可有标题行和合并单元格。',
  '导入先预览，全部无误才能确认，确认后一次写入（全部写入或都不写入）。同一事项已下放给同一承接主体且未收回的，不能重复导入。',
];

const CASES_HELP = [
  '填写说明',
  '【事项】填写事项编码；没有编码时可填事项名称（目录中同名事项不止一个时须填编码）。',
  '【承接主体】本区域的名称（全称或简称）。只能导入本账号所在区域、已投入运行的事项的办件量。',
  '【月份】如 2024年3月、2024-03、202403，或日期格式的单元格。',
  '【办件量】当月办件数，不小于 0 的整数。',
  '【重复】同一事项、同一承接主体、同一月份在文件中只能出现一次；该月已录入的，以文件中的办件量替换（已录入的计时办件保留，办件量不能少于计时办件数）。',
  '【办理时长】平均、最长办理时长不从表格导入：平台按每件的受理、办结日期以工作日计算平均值和 P90（在事项页录入计时办件）。表格中有这两列的，请清空后导入。',
  '导入先预览，全部无误才能确认，确认后一次写入（全部写入或都不写入）。',
];

function addHelp(workbook: ExcelJS.Workbook, lines: string[]) {
  const help = workbook.addWorksheet('填写说明');
  help.columns = [{ width: 110 }];
  help.addRow([lines[0]]).font = { bold: true, size: 13 };
  for (const line of lines.slice(1)) help.addRow([line]).alignment = { wrapText: true };
}

function styleHeader(row: ExcelJS.Row) {
  row.eachCell((cell) => {
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
  });
}

function catalogueSheet(workbook: ExcelJS.Workbook, title: string, fields: readonly CatalogueField[]) {
  const sheet = workbook.addWorksheet('放权事项清单', { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.columns = [{ width: 6 }, ...fields.map((f) => ({ width: WIDTHS[f] ?? 14 }))];
  sheet.getCell(1, 1).value = title;
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  sheet.mergeCells(1, 1, 1, fields.length + 1);
  styleHeader(sheet.addRow(['序号', ...fields.map((f) => CATALOGUE_HEADERS[f].zh)]));
  return sheet;
}

export async function catalogueTemplate(): Promise<Buffer> {
  const ExcelJS = await loadExcelJS();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '雁阵 Yanzhen';
  catalogueSheet(workbook, `${CATALOGUE_TITLE}（导入模板）`, TEMPLATE_FIELDS);
  addHelp(workbook, CATALOGUE_HELP);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function casesTemplate(): Promise<Buffer> {
  const ExcelJS = await loadExcelJS();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '雁阵 Yanzhen';
  const sheet = workbook.addWorksheet('月度办件量', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [{ width: 26 }, { width: 36 }, { width: 28 }, { width: 12 }, { width: 10 }];
  styleHeader(sheet.addRow(Object.values(CASES_HEADERS).map((l) => l.zh)));
  addHelp(workbook, CASES_HELP);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const text = (value: string | null | undefined) => (value ? protectFromFormula(value) : null);

/** One delegation's cells on the day exported: the terms then in effect (the change), the item's elements, the zone. */
function exportCells(row: DelegationRow): Record<CatalogueField, ExcelJS.CellValue> {
  return {
    name: text(row.item_name), code: text(row.item_code), itemType: POWER_ITEM_TYPE_LABELS[row.item_type].zh, department: text(row.item_department),
    implementingBody: text(row.item_implementing_body), legalBasis: text(row.item_legal_basis), legalLimitDays: row.item_legal_limit_days,
    level: POWER_LEVEL_LABELS[row.batch_level].zh, delegationType: DELEGATION_TYPE_LABELS[row.change_delegation_type ?? row.delegation_type].zh,
    entrustmentRef: text(row.change_id !== null ? row.change_entrustment_ref : row.entrustment_ref), zone: text(row.zone_name),
    receivingBody: text(row.change_id !== null ? row.change_receiving_body : row.receiving_body),
    promisedLimitDays: row.change_id !== null ? row.change_promised_limit_days : row.promised_limit_days, note: text(row.internal_note),
    batchRef: text(row.batch_document ? `${row.batch_title}（${row.batch_document}）` : row.batch_title),
  };
}

/** The catalogue on a day, in the template's columns plus 所属批次. */
export async function catalogueWorkbook(rows: DelegationRow[], on: string): Promise<Buffer> {
  const ExcelJS = await loadExcelJS();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '雁阵 Yanzhen';
  const sheet = catalogueSheet(workbook, `${CATALOGUE_TITLE}（${on}）`, CATALOGUE_FIELDS);
  rows.forEach((row, index) => {
    const cells = exportCells(row);
    sheet.addRow([index + 1, ...CATALOGUE_FIELDS.map((f) => cells[f])]).alignment = { vertical: 'top', wrapText: true };
  });
  addHelp(workbook, CATALOGUE_HELP);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
