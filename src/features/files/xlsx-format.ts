/**
 * What the app's workbooks share (evaluation exports, dashboard and statistics tables): ExcelJS loaded on first use, worksheet names Excel
 * accepts, the A4 print setup with repeated header rows, the title and header-block rows, and
 * the reply that sends a workbook with its Chinese file name.
 */
import type ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';
import { todayInChina } from '../../shared/partial-date.js';
import { contentDisposition } from './content-disposition.js';
import { protectFromFormula, XLSX_TYPE } from './spreadsheet-cells.js';

/** ExcelJS takes ~0.3 s to load: only pay for it when a workbook is written. */
export const loadExcelJS = async () => (await import('exceljs')).default;

/** Excel refuses a worksheet name over 31 characters, with []:*?/\ in it, or beginning or ending with an apostrophe. */
export const SHEET_NAME_MAX = 31;
const FORBIDDEN_IN_SHEET_NAME = /[[\]:*?/\\]/g;

/** A valid worksheet name from `wanted`, unique among `used` (a second 张三 becomes 张三（2）); `used` is updated. */
export function sheetName(wanted: string, used: Set<string>): string {
  const clean = wanted.replace(FORBIDDEN_IN_SHEET_NAME, '').replace(/^'+|'+$/g, '').trim() || '评委';
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : `（${n}）`;
    const name = `${[...clean].slice(0, SHEET_NAME_MAX - suffix.length).join('')}${suffix}`;
    // Excel compares sheet names without case.
    if (!used.has(name.toLowerCase())) {
      used.add(name.toLowerCase());
      return name;
    }
  }
}

/** A4, fitted to one page wide, the given rows repeated on every printed page. */
export function printSetup(sheet: ExcelJS.Worksheet, titleRows: string, landscape: boolean): void {
  sheet.pageSetup = {
    paperSize: 9,
    orientation: landscape ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: titleRows,
    horizontalCentered: true,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  sheet.headerFooter = { oddFooter: '第 &P 页，共 &N 页' };
}

/** Text as written, never read as a formula (a name beginning with = stays a name). */
export const text = (value: string | null | undefined): string | null => (value == null || value === '' ? null : protectFromFormula(value));

/** A row merged across `width` columns holding one value. */
export function wideRow(sheet: ExcelJS.Worksheet, row: number, width: number, value: string, style: { bold?: boolean; size?: number; center?: boolean } = {}): void {
  const cell = sheet.getCell(row, 1);
  cell.value = protectFromFormula(value);
  cell.font = { bold: style.bold ?? false, size: style.size ?? 11 };
  cell.alignment = { horizontal: style.center ? 'center' : 'left', vertical: 'middle', wrapText: true };
  if (width > 1) sheet.mergeCells(row, 1, row, width);
}

const THIN = { style: 'thin' as const, color: { argb: 'FF8C8C8C' } };
export const BOX: Partial<ExcelJS.Borders> = { top: THIN, bottom: THIN, left: THIN, right: THIN };

/** The column headers' look. */
export function headerCell(cell: ExcelJS.Cell, value: ExcelJS.CellValue): void {
  cell.value = value;
  cell.font = { bold: true };
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
  cell.border = BOX;
}

/** "2026年9月28日". */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
}

export const exportedOn = (): string => chineseDate(todayInChina());

/** File names carry no path characters, whatever a campaign is called. */
export const fileNamePart = (value: string): string => value.replace(/[\\/:*?"<>|\r\n\t]+/g, '_').slice(0, 80);

export async function sendWorkbook(reply: FastifyReply, workbook: ExcelJS.Workbook, fileName: string) {
  const body = Buffer.from(await workbook.xlsx.writeBuffer());
  return reply
    .header('content-type', XLSX_TYPE)
    .header('content-disposition', contentDisposition(fileName))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .send(body);
}

/** A page's table as a sheet: its title, the header row, the rows as shown (text or numbers). */
export type TableSheet = { title: string; headers: string[]; rows: (string | number | null)[][] };

/** One sheet, a title row, the header row frozen: what a chart's "导出 Excel" gives. */
export async function tableWorkbook(table: TableSheet): Promise<ExcelJS.Workbook> {
  const ExcelJS = await loadExcelJS();
  const workbook = new ExcelJS.Workbook();
  const width = Math.max(table.headers.length, 1);
  const sheet = workbook.addWorksheet('Sheet1', { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.columns = table.headers.map((_, i) => ({ width: i === 0 ? 16 : 22 }));
  wideRow(sheet, 1, width, table.title, { bold: true, size: 13, center: true });
  table.headers.forEach((header, i) => headerCell(sheet.getCell(2, i + 1), text(header)));
  table.rows.forEach((row, r) =>
    row.forEach((value, c) => {
      const cell = sheet.getCell(r + 3, c + 1);
      cell.value = typeof value === 'string' ? text(value) : value;
      cell.border = BOX;
    }),
  );
  return workbook;
}
