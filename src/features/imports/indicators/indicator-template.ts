/**
 * The template of the indicator import: a sheet laid out as a statistics office publishes one
 * period (title with the period, zones as rows, each indicator's name over its unit, a 合计 row),
 * and a 填写说明 sheet. No example figures: a forgotten one would be imported.
 */
import { UNIT_DEFINITIONS } from '../../../shared/indicators.enums.js';
import type { DefinitionRow } from '../../indicators/indicators.service.js';

const loadExcelJS = async () => (await import('exceljs')).default;

export function templateFileName(): string {
  return '指标数据导入模板.xlsx';
}

const HELP = [
  '填写说明',
  '【表格样式】可直接导入统计部门发布的表格：一张工作表一个时期（工作表名称或标题写明时期，如“2021年”“2021年1-6月”“2021年第二季度”），区域为行、指标为列；或一张工作表一个指标（工作表名称或标题写明指标），区域为行、时期为列。',
  '【区域】区域全称或简称，如“宜宾协同改革先行区”或“宜宾”；只能填本账号管辖范围内的区域。',
  '【指标】列名写指标名称或代码；单位写在指标名称下一行或括号中，如“进出口总额”下一行“（亿元）”，也可写在单元格中，如“11.6亿元”。单位须能换算为指标的单位（万元与亿元可以，亿美元不能换算为亿元）。',
  '【数值】可写 11.6、1,234.5、约110万元、超3000家、45.7%、-3.2；“—”“-”或空白表示缺失，不导入。',
  '【合计】“合计”“总计”“全省”行会与各区域之和核对（容许末位数字的四舍五入误差），不作为区域导入。',
  '【注释】“注：”“资料来源：”“说明：”开头的行不导入；资料来源请在导入页的“来源”中填写，整份文件共用。',
  '导入先预览，全部无误才能确认，确认后一次写入（全部写入或都不写入）。已有的数值请在指标数据页更正，不能重复导入。',
];

export async function indicatorTemplate(definitions: DefinitionRow[]): Promise<Buffer> {
  const ExcelJS = await loadExcelJS();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '雁阵 Yanzhen';
  const year = new Date().getFullYear() - 1;
  const sheet = workbook.addWorksheet(`${year}年`, { views: [{ state: 'frozen', ySplit: 3, xSplit: 1 }] });
  const shown = definitions.filter((d) => d.period_kind === 'year');
  sheet.columns = [{ width: 26 }, ...shown.map(() => ({ width: 18 }))];
  sheet.getCell(1, 1).value = `${year}年各区域主要指标`;
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  sheet.mergeCells(1, 1, 1, Math.max(2, shown.length + 1));
  sheet.getCell(2, 1).value = '区域';
  sheet.mergeCells(2, 1, 3, 1);
  shown.forEach((d, i) => {
    sheet.getCell(2, i + 2).value = d.name_zh;
    sheet.getCell(3, i + 2).value = `（${UNIT_DEFINITIONS[d.unit].label.zh}）`;
  });
  for (const cell of [sheet.getCell(2, 1), ...shown.flatMap((_, i) => [sheet.getCell(2, i + 2), sheet.getCell(3, i + 2)])]) {
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
  }
  const help = workbook.addWorksheet('填写说明');
  help.columns = [{ width: 110 }];
  help.addRow([HELP[0]]).font = { bold: true, size: 13 };
  for (const line of HELP.slice(1)) help.addRow([line]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
