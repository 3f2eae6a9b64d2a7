/** Reading the cells of the 放权事项 tables: text, working days ("20个工作日"), counts and months ("2024年3月", "2024-03", "202403"). */
import { compact, parseOfficeDate } from '../cell-values.js';
import type { CellData, Column, SheetRow } from '../read-workbook.js';
import type { IssueLocation } from '../row-issues.js';

export type CellReader<F extends string> = {
  text: (field: F) => string;
  cell: (field: F) => CellData | null;
  column: (field: F) => Column | undefined;
  where: (field: string, from: F) => IssueLocation;
};

/** The cells of a row by field (the first column of each field), and where each came from. */
export function cellReader<F extends string>(columns: Column[], row: SheetRow, labels: Record<string, { zh: string }>): CellReader<F> {
  const byField = new Map<string, Column>();
  for (const column of columns) if (column.field && !byField.has(column.field)) byField.set(column.field, column);
  const cell = (field: F) => {
    const column = byField.get(field);
    return column ? (row.cells[column.key] ?? null) : null;
  };
  return {
    cell,
    column: (field) => byField.get(field),
    text: (field) => (cell(field)?.text ?? '').trim(),
    where: (field, from) => {
      const column = byField.get(from);
      return { column: column?.label ?? labels[from]?.zh ?? from, field, cell: column ? (row.cells[column.key]?.address ?? null) : null };
    },
  };
}

/** Working days as offices write them: 20, "20", "20个工作日", "20日"; null for a blank, undefined when unreadable. */
export function parseDays(cell: CellData | null): number | null | undefined {
  if (!cell || (cell.value === null && !cell.text.trim())) return null;
  if (typeof cell.value === 'number') return Number.isInteger(cell.value) ? cell.value : undefined;
  const text = compact(cell.text);
  if (!text || text === '/' || text === '—' || text === '-') return null;
  const m = /^(\d+)(?:个)?(?:工作日|工作天|日|天)?$/.exec(text);
  return m ? Number(m[1]) : undefined;
}

/** A whole number of cases (1,234 and full-width digits too), or undefined. */
export function parseCount(cell: CellData | null): number | undefined {
  if (!cell) return undefined;
  if (typeof cell.value === 'number') return Number.isInteger(cell.value) && cell.value >= 0 ? cell.value : undefined;
  const text = compact(cell.text).replace(/,/g, '').replace(/件$/, '');
  return /^\d+$/.test(text) ? Number(text) : undefined;
}

/** The month a cell names (YYYY-MM), or null: 2024年3月, 2024-03, 2024.3, 202403, or a date cell. */
export function parseMonth(cell: CellData | null): string | null {
  if (!cell || cell.value === null) return null;
  if (cell.value instanceof Date) return parseOfficeDate(cell.value, 'yyyy-mm')?.slice(0, 7) ?? null;
  if (typeof cell.value === 'number' && Number.isInteger(cell.value) && cell.value >= 190001 && cell.value <= 210012) return monthOf(String(cell.value));
  if (typeof cell.value === 'number' && cell.value >= 20_000 && cell.value < 80_000) return parseOfficeDate(cell.value, cell.numFmt ?? 'yyyy-mm')?.slice(0, 7) ?? null;
  return monthOf(cell.text);
}

function monthOf(text: string): string | null {
  const parsed = parseOfficeDate(text);
  return parsed && /^\d{4}-\d{2}$/.test(parsed) ? parsed : null;
}
