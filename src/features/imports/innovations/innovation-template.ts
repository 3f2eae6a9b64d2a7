/**
 * The import template an office downloads before filling in its innovations: the sheet with
 * the headers the importer reads (the same labels the export writes), and a 填写说明 sheet with
 * what each column takes. No example rows in the data sheet: a forgotten one would be imported.
 */
import { INNOVATION_DOMAIN_LABELS, NOVELTY_LABELS, REFORM_TASK_LABELS } from '../../../shared/innovations.enums.js';
import { EXPORT_TITLE } from './export-innovations.js';

const loadExcelJS = async () => (await import('exceljs')).default;

const COLUMNS: { header: string; width: number; required: boolean; rule: string }[] = [
  { header: '成果名称', width: 36, required: true, rule: '一项成果一行；同一区域内不能重名' },
  { header: '所属区域', width: 24, required: true, rule: '区域全称或简称，如“宜宾协同改革先行区”或“宜宾”；只能填本账号管辖范围内的区域' },
  { header: '创新领域', width: 16, required: true, rule: Object.values(INNOVATION_DOMAIN_LABELS).map((l) => l.zh).join('、') },
  { header: '三大任务', width: 12, required: false, rule: Object.values(REFORM_TASK_LABELS).map((l) => l.zh).join('、') },
  { header: '首创性', width: 12, required: false, rule: Object.values(NOVELTY_LABELS).map((l) => l.zh).join('、') },
  { header: '痛点问题', width: 40, required: false, rule: '改革前企业或群众遇到的问题' },
  { header: '创新举措', width: 60, required: false, rule: '具体做法，可分多行' },
  { header: '实践效果', width: 48, required: false, rule: '每行一项，“名称：数值单位”，如“节约关税：110万元”“通关时间压缩：30%”' },
  { header: '牵头部门', width: 24, required: false, rule: '多个部门用顿号或逗号分隔' },
  { header: '探索时间', width: 14, required: false, rule: '日期，或只写到月、年：2021-07、2021年7月、2021；不能晚于今天' },
  { header: '标签', width: 20, required: false, rule: '多个标签用顿号分隔' },
  { header: '来源', width: 30, required: false, rule: '资料出处，如文件名称、文号或网址' },
];

export function templateFileName(): string {
  return '制度创新成果导入模板.xlsx';
}

export async function innovationTemplate(): Promise<Buffer> {
  const ExcelJS = await loadExcelJS();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '雁阵 Yanzhen';
  const sheet = workbook.addWorksheet('制度创新成果', { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.columns = COLUMNS.map((column) => ({ width: column.width }));
  sheet.getCell(1, 1).value = EXPORT_TITLE;
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  sheet.mergeCells(1, 1, 1, COLUMNS.length);
  COLUMNS.forEach((column, i) => {
    const cell = sheet.getCell(2, i + 1);
    cell.value = column.header;
    cell.font = { bold: true, color: column.required ? { argb: 'FFB3202A' } : undefined };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.note = column.rule;
  });
  // Text cells from the first data row on, so Excel keeps leading zeros and does not guess dates.
  for (let i = 1; i <= COLUMNS.length; i += 1) if (COLUMNS[i - 1]!.header !== '探索时间') sheet.getColumn(i).numFmt = '@';

  // One line of prose per column, so the importer never mistakes this sheet for a table.
  const help = workbook.addWorksheet('填写说明');
  help.columns = [{ width: 110 }];
  help.addRow(['填写说明']).font = { bold: true, size: 13 };
  for (const column of COLUMNS) help.addRow([`【${column.header}】${column.required ? '必填。' : '选填。'}${column.rule}`]);
  help.addRow(['从“制度创新成果”表第 3 行起每行一项成果；可复制多张同样表头的工作表。导入先预览，全部无误才能确认，确认后一次写入（全部写入或都不写入）。']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
