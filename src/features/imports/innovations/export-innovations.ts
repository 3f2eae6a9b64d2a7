/**
 * Innovations the actor may see, as an .xlsx an office can file or re-import: a title row,
 * Chinese headers (the import's own labels), a frozen header, dates as Excel dates shown at
 * the precision recorded, effects as text, statuses as their Chinese labels. Written as a
 * stream, page by page.
 */
import { todayInChina } from '../../../shared/partial-date.js';
import { PassThrough, type Readable } from 'node:stream';
import type ExcelJS from 'exceljs';

/** ExcelJS takes ~0.3 s to load: only pay for it when a workbook is actually read or written. */
const loadExcelJS = async () => (await import('exceljs')).default;
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.js';
import type { RequestContext } from '../../../kernel/actor.js';
import {
  INNOVATION_DOMAIN_LABELS,
  INNOVATION_STATUS_LABELS,
  NOVELTY_LABELS,
  REFORM_TASK_LABELS,
} from '../../../shared/innovations.enums.js';
import type { InnovationEffect } from '../../../db/schema.js';
import { listInnovationsWhole, type ListInput } from '../../innovations/list-innovations.js';
import type { InnovationRow } from '../../innovations/innovations.service.js';
import { protectFromFormula } from '../cell-values.js';
import { LIMITS } from '../../../shared/limits.js';
import { viewerOf } from '../../../kernel/viewer.js';

/** Pages as large as the list API serves (LIMITS.pageSizeMax; the search caps its pages there too). */
export const EXPORT_LIMITS = { pageSize: LIMITS.pageSizeMax, maxRows: 50_000 } as const;

export const EXPORT_TITLE = '制度创新成果汇总表';

type ExportColumn = { header: string; width: number; value: (row: InnovationRow, index: number) => ExcelJS.CellValue; numFmt?: (row: InnovationRow) => string | undefined; wrap?: boolean };

const DATE_FORMATS = { day: 'yyyy"年"m"月"d"日"', month: 'yyyy"年"m"月"', year: 'yyyy"年"' } as const;

function excelDate(on: string | null): Date | null {
  return on ? new Date(`${on}T00:00:00Z`) : null;
}

/** "节约关税：110万元（2020年）" per effect, one per line; free text as written. */
export function effectLine(effect: InnovationEffect): string {
  const amount = effect.value ? `${effect.value}${effect.unit ?? ''}` : '';
  const main = [effect.label, amount].filter(Boolean).join('：');
  const period = effect.period ? `（${effect.period}）` : '';
  if (effect.text && amount && effect.text.includes(amount)) return `${effect.label}：${effect.text}${period}`;
  if (effect.text) return amount ? `${main}${period}，${effect.text}` : effect.text === effect.label ? effect.text : `${effect.label}：${effect.text}`;
  return `${main}${period}`;
}

/** Headers are the labels the importer reads, so an exported file goes back in unchanged. */
const COLUMNS: ExportColumn[] = [
  { header: '序号', width: 6, value: (_, i) => i + 1 },
  { header: '成果名称', width: 36, value: (r) => r.name, wrap: true },
  { header: '所属区域', width: 28, value: (r) => r.zone_name, wrap: true },
  { header: '创新领域', width: 16, value: (r) => INNOVATION_DOMAIN_LABELS[r.domain].zh },
  { header: '三大任务', width: 12, value: (r) => (r.task ? REFORM_TASK_LABELS[r.task].zh : null) },
  { header: '首创性', width: 12, value: (r) => (r.novelty ? NOVELTY_LABELS[r.novelty].zh : null) },
  { header: '痛点问题', width: 40, value: (r) => r.pain_point, wrap: true },
  { header: '创新举措', width: 60, value: (r) => r.measures, wrap: true },
  { header: '实践效果', width: 48, value: (r) => (r.effects ?? []).map(effectLine).join('\n') || null, wrap: true },
  { header: '牵头部门', width: 24, value: (r) => r.departments.join('、') || null, wrap: true },
  {
    header: '探索时间',
    width: 14,
    value: (r) => excelDate(r.explored_on),
    numFmt: (r) => DATE_FORMATS[(r.explored_precision as keyof typeof DATE_FORMATS) ?? 'day'] ?? DATE_FORMATS.day,
  },
  { header: '标签', width: 20, value: (r) => r.tags.join('、') || null, wrap: true },
  { header: '状态', width: 14, value: (r) => INNOVATION_STATUS_LABELS[r.status].zh },
  { header: '认定日期', width: 14, value: (r) => excelDate(r.recognized_on), numFmt: () => DATE_FORMATS.day },
  { header: '认定文件', width: 28, value: (r) => r.recognized_document, wrap: true },
  { header: '复制推广区域数', width: 10, value: (r) => r.adoption_count },
  { header: '来源', width: 30, value: (r) => r.source, wrap: true },
];

function chinaToday(): { compact: string; label: string } {
  const today = todayInChina();
  const [y, m, d] = today.split('-');
  return { compact: `${y}${m}${d}`, label: `${y}年${Number(m)}月${Number(d)}日` };
}

export function exportFileName(): string {
  return `制度创新成果_${chinaToday().compact}.xlsx`;
}

export type ExportFilters = Omit<ListInput, 'page' | 'pageSize'>;

/**
 * Starts the export. The first page is read before anything is sent, so a bad filter (an
 * unknown zone) still gets a proper error answer; the rest streams.
 */
export async function exportInnovations(
  db: Kysely<Database>,
  context: RequestContext,
  filters: ExportFilters,
  limits: { pageSize: number; maxRows: number } = EXPORT_LIMITS,
): Promise<Readable> {
  const visibility = viewerOf(context);
  const page = (n: number) => listInnovationsWhole(db, visibility, { ...filters, page: n, pageSize: limits.pageSize });
  const first = await page(1);

  const stream = new PassThrough();
  const write = async () => {
    const workbook = new (await loadExcelJS()).stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
    workbook.creator = '雁阵 Yanzhen';
    workbook.created = new Date();
    const sheet = workbook.addWorksheet('制度创新成果', { views: [{ state: 'frozen', ySplit: 2, xSplit: 2 }], properties: { defaultRowHeight: 18 } });
    sheet.columns = COLUMNS.map((column, i) => ({ key: `c${i}`, width: column.width }));
    const last = sheet.getColumn(COLUMNS.length).letter;

    const title = sheet.getRow(1);
    title.getCell(1).value = `${EXPORT_TITLE}（导出于${chinaToday().label}）`;
    title.getCell(1).font = { bold: true, size: 14 };
    title.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };
    title.height = 28;
    sheet.mergeCells(`A1:${last}1`);
    title.commit();

    const header = sheet.getRow(2);
    COLUMNS.forEach((column, i) => {
      const cell = header.getCell(i + 1);
      cell.value = column.header;
      cell.font = { bold: true };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
      cell.border = { bottom: { style: 'thin', color: { argb: 'FF8CA0BE' } } };
    });
    header.commit();

    let written = 0;
    let items = first.items;
    for (let n = 1; items.length > 0 && written < limits.maxRows; ) {
      for (const { row } of items) {
        if (written >= limits.maxRows) break;
        const line = sheet.getRow(3 + written);
        COLUMNS.forEach((column, i) => {
          const cell = line.getCell(i + 1);
          const value = column.value(row, written);
          cell.value = typeof value === 'string' ? protectFromFormula(value) : value;
          const format = column.numFmt?.(row);
          if (format && cell.value !== null) cell.numFmt = format;
          cell.alignment = { vertical: 'top', wrapText: column.wrap ?? false };
        });
        line.commit();
        written += 1;
      }
      if (items.length < limits.pageSize) break;
      n += 1;
      items = (await page(n)).items;
    }
    sheet.commit();
    await workbook.commit();
  };
  write().catch((error: unknown) => stream.destroy(error instanceof Error ? error : new Error(String(error))));
  return stream;
}
