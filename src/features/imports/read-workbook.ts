/**
 * A generic reader for .xlsx files as offices make them: a title row above the header,
 * two-row headers with merged group cells ("成效" over "指标/数值/单位"), several sheets,
 * blank and note rows, merged data cells. It returns every data row with its cells keyed by
 * the column header; what the columns mean is the caller's business (`matchHeader`).
 *
 * Limits are checked before anything is unpacked: the file size, the declared unpacked size
 * of the archive (a zip bomb is refused from its directory), then the number of data rows.
 */
import type { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';

/** ExcelJS takes ~0.3 s to load: only pay for it when a workbook is actually read or written. */
const loadExcelJS = async () => (await import('exceljs')).default;
import { officeKind, readZipDirectory, unpackedSize } from '../files/zip-directory.js';
import { numberToDecimal, unprotectFormula } from './cell-values.js';
import { toStorableText } from '../../shared/schemas.js';

export const READ_LIMITS = {
  /** Largest upload for an interactive import. */
  maxBytes: 10 * 1024 * 1024,
  /** More rows than this belong in a batch job, not a preview screen. */
  maxRows: 5000,
  /** Declared size of everything in the archive once unpacked. */
  maxUnpackedBytes: 100 * 1024 * 1024,
  /** How far down a sheet the header may start (below titles, notes, dates). */
  headerScanRows: 15,
} as const;

export type WorkbookErrorReason = 'too_large' | 'not_xlsx' | 'xls_or_encrypted' | 'unreadable' | 'too_many_rows' | 'unpacked_too_large';

/** The file cannot be read at all; `params` fill the message (limits). */
export class WorkbookError extends Error {
  constructor(
    readonly reason: WorkbookErrorReason,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`workbook: ${reason}`);
    this.name = 'WorkbookError';
  }
}

/** One cell as read: `text` is what a person sees (trimmed); `value` keeps the type. */
export type CellData = {
  address: string;
  text: string;
  value: string | number | boolean | Date | null;
  numFmt: string | null;
};

export type Column = {
  index: number;
  /** Column letter, e.g. 'C'. */
  letter: string;
  /** The header as shown: '成果名称', or 'group/sub' for a two-row header ('成效/数值'). */
  label: string;
  group: string | null;
  sub: string | null;
  /** Unique within the sheet: the label, with '#2' etc. for repeats. */
  key: string;
  /** What the caller's matcher made of it; null when unknown (the column is ignored). */
  field: string | null;
};

export type SheetRow = { sheet: string; rowNumber: number; cells: Record<string, CellData> };

export type SheetSkipReason = 'hidden' | 'no_header';

export type SheetSummary = {
  name: string;
  /** Data rows read from the sheet. */
  rows: number;
  skipped: SheetSkipReason | null;
  /** The first text above the header, usually the table's title. */
  title: string | null;
  /** First and last header row (equal for a one-row header). */
  headerRows: [number, number] | null;
  columns: Column[];
  /** Rows passed over: merged banners, notes ("注：…"), repeated headers. Blank rows are not listed. */
  ignoredRows: number[];
};

export type HeaderMatcher = (header: { label: string; group: string | null; sub: string | null }) => string | null;

export type ReadOptions = {
  /** Maps a header to a field key, or null when it is not a column the caller knows. */
  matchHeader: HeaderMatcher;
  /** Whether a sheet's recognised columns are enough to import it (e.g. it has a name column). */
  acceptsColumns: (columns: Column[]) => boolean;
  /** A header row needs at least this many recognised cells. */
  minHeaderMatches?: number;
  maxBytes?: number;
  maxRows?: number;
  maxUnpackedBytes?: number;
  headerScanRows?: number;
};

export type WorkbookRead = { sheets: SheetSummary[]; rows: SheetRow[] };

async function toBuffer(input: Buffer | Readable, maxBytes: number): Promise<Buffer> {
  if (Buffer.isBuffer(input)) return input;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of input) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
    size += buffer.length;
    if (size > maxBytes) {
      input.destroy();
      throw new WorkbookError('too_large', { limit: `${Math.round(maxBytes / 1024 / 1024)} MB` });
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

const CFB_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** Refuses anything that is not an .xlsx package, from the bytes alone (never the file name). */
function checkPackage(buffer: Buffer, options: Required<Pick<ReadOptions, 'maxBytes' | 'maxUnpackedBytes'>>): void {
  if (buffer.length > options.maxBytes) throw new WorkbookError('too_large', { limit: `${Math.round(options.maxBytes / 1024 / 1024)} MB` });
  if (buffer.subarray(0, 8).equals(CFB_SIGNATURE)) throw new WorkbookError('xls_or_encrypted');
  const entries = readZipDirectory(buffer);
  if (!entries || officeKind(entries) !== 'xlsx') throw new WorkbookError('not_xlsx');
  if (entries.length > 10_000 || unpackedSize(entries) > options.maxUnpackedBytes) {
    throw new WorkbookError('unpacked_too_large', { limit: `${Math.round(options.maxUnpackedBytes / 1024 / 1024)} MB` });
  }
}

function isoDate(date: Date): string {
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
}

type RawValue = ExcelJS.CellValue | undefined;

/** Plain value of any ExcelJS cell value: rich text joined, formulas by their result, links by their text. */
function plainValue(value: RawValue): { value: CellData['value']; text: string } {
  if (value === null || value === undefined) return { value: null, text: '' };
  if (typeof value === 'string') return { value, text: value };
  if (typeof value === 'number') return { value, text: numberToDecimal(value) ?? String(value) };
  if (typeof value === 'boolean') return { value, text: value ? 'TRUE' : 'FALSE' };
  if (value instanceof Date) return { value, text: isoDate(value) };
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) {
      const text = value.richText.map((part) => part.text ?? '').join('');
      return { value: text, text };
    }
    if ('formula' in value || 'sharedFormula' in value) return plainValue((value as { result?: RawValue }).result as RawValue);
    if ('hyperlink' in value) return plainValue((value as { text?: RawValue }).text as RawValue);
    if ('error' in value) return { value: null, text: '' };
  }
  return { value: null, text: '' };
}

function readCell(cell: ExcelJS.Cell): CellData {
  // A merged cell reads as its master: a zone merged down a block of rows fills every row.
  const master = cell.isMerged ? cell.master : cell;
  const { value, text } = plainValue(master.value);
  // ExcelJS decodes escapes such as _x0000_ into NUL; text the database cannot hold becomes
  // U+FFFD here, and the field schemas then refuse it as a row error instead of failing later.
  return {
    address: cell.address,
    value: typeof value === 'string' ? toStorableText(unprotectFormula(value)) : value,
    text: toStorableText(unprotectFormula(text.replace(/\r\n?/g, '\n').replace(/_x000D_/g, '')).trim()),
    numFmt: master.numFmt || null,
  };
}

function columnLetter(index: number): string {
  let letters = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

type Grid = {
  ws: ExcelJS.Worksheet;
  width: number;
  text: (row: number, col: number) => string;
  masterOf: (row: number, col: number) => string;
};

function gridOf(ws: ExcelJS.Worksheet): Grid {
  const width = Math.min(ws.columnCount, 200);
  return {
    ws,
    width,
    text: (row, col) => readCell(ws.getCell(row, col)).text,
    masterOf: (row, col) => {
      const cell = ws.getCell(row, col);
      return cell.isMerged ? cell.master.address : cell.address;
    },
  };
}

/** Columns of `row` that belong to a merge spanning two or more columns of that row. */
function horizontalMerges(grid: Grid, row: number): Map<number, string> {
  const byMaster = new Map<string, number[]>();
  for (let col = 1; col <= grid.width; col += 1) {
    const cell = grid.ws.getCell(row, col);
    if (!cell.isMerged || Number(cell.master.row) !== row) continue;
    byMaster.set(cell.master.address, [...(byMaster.get(cell.master.address) ?? []), col]);
  }
  const result = new Map<number, string>();
  for (const [master, cols] of byMaster) if (cols.length > 1) for (const col of cols) result.set(col, master);
  return result;
}

/** Distinct non-empty header texts of a row (a merged cell counts once) and how many the caller knows. */
function headerScore(grid: Grid, row: number, matchHeader: HeaderMatcher): number {
  const seen = new Set<string>();
  let score = 0;
  for (let col = 1; col <= grid.width; col += 1) {
    const master = grid.masterOf(row, col);
    if (seen.has(master)) continue;
    seen.add(master);
    const text = grid.text(row, col);
    if (text && matchHeader({ label: text, group: null, sub: null })) score += 1;
  }
  return score;
}

/** Whether `below` is the lower row of a two-row header whose upper row is `top`. */
function isSubHeaderRow(grid: Grid, top: number, below: number): boolean {
  if (below > grid.ws.rowCount) return false;
  const merges = horizontalMerges(grid, top);
  const fresh: number[] = [];
  for (let col = 1; col <= grid.width; col += 1) {
    if (!grid.text(below, col)) continue;
    if (grid.masterOf(below, col) === grid.masterOf(top, col)) continue; // merged down from the top row
    fresh.push(col);
  }
  if (fresh.length === 0) return false;
  // Every new text must sit under a group: a merged top cell, an empty top cell after a group, or a group's first column.
  return fresh.every((col) => merges.has(col) || !grid.text(top, col) || (col < grid.width && !grid.text(top, col + 1) && fresh.includes(col + 1)));
}

/**
 * Whether `above` holds group headers over `row` ("成效" merged over 指标/数值/单位) rather
 * than the table's title: two or more merged groups, or one that does not start at the table's
 * first column, and nothing else except cells merged down into the header row.
 */
function isGroupRowAbove(grid: Grid, above: number, row: number): boolean {
  if (above < 1) return false;
  const merges = horizontalMerges(grid, above);
  if (merges.size === 0) return false;
  const groups = new Set(merges.values());
  const firstUsed = [...Array(grid.width).keys()].map((i) => i + 1).find((col) => grid.text(row, col));
  if (groups.size === 1 && firstUsed !== undefined && merges.has(firstUsed)) return false;
  for (let col = 1; col <= grid.width; col += 1) {
    if (merges.has(col) || !grid.text(above, col)) continue;
    if (grid.masterOf(above, col) !== grid.masterOf(row, col)) return false;
  }
  return true;
}

function buildColumns(grid: Grid, first: number, last: number, matchHeader: HeaderMatcher): Column[] {
  const columns: Column[] = [];
  const keys = new Map<string, number>();
  let lastGroup: string | null = null;
  for (let col = 1; col <= grid.width; col += 1) {
    let top = grid.text(first, col);
    let sub = first === last ? '' : grid.text(last, col);
    const sameCell = first !== last && grid.masterOf(first, col) === grid.masterOf(last, col);
    if (first !== last && !sameCell && !top && sub && lastGroup) top = lastGroup;
    let label: string;
    let group: string | null = null;
    let subLabel: string | null = null;
    if (sameCell || !sub || top === sub) {
      label = top || sub;
      lastGroup = null;
      sub = '';
    } else if (!top) {
      label = sub;
    } else {
      label = `${top}/${sub}`;
      group = top;
      subLabel = sub;
      lastGroup = top;
    }
    if (!label) continue;
    const seen = (keys.get(label) ?? 0) + 1;
    keys.set(label, seen);
    columns.push({
      index: col,
      letter: columnLetter(col),
      label,
      group,
      sub: subLabel,
      key: seen === 1 ? label : `${label}#${seen}`,
      field: matchHeader({ label, group, sub: subLabel }),
    });
  }
  return columns;
}

/** This many empty rows in a row end the table. */
const MAX_BLANK_RUN = 2000;

const NOTE_ROW = /^(注|备注|说明|填表说明|填报说明|制表|填报|填表|联系人|审核人|负责人|数据来源)\s*[:：、]?/;

const SECTION_ROW = /^[一二三四五六七八九十]+[、.．]/;

function ignoredKind(cells: CellData[], grid: Grid, row: number, columns: Column[]): 'blank' | 'ignored' | null {
  const filled = columns.filter((_, i) => cells[i]!.text);
  if (filled.length === 0) return 'blank';
  // One merged cell across the row: a banner or section heading ("一、贸易便利化"), not a record.
  if (filled.length >= 2 && new Set(filled.map((c) => grid.masterOf(row, c.index))).size === 1) return 'ignored';
  if (filled.length === 1) {
    const text = cells[columns.indexOf(filled[0]!)]!.text;
    if (NOTE_ROW.test(text) || SECTION_ROW.test(text)) return 'ignored';
  }
  // The header repeated (a table pasted under another).
  if (filled.length >= 2 && filled.every((c) => [c.label, c.group, c.sub].includes(grid.text(row, c.index)))) return 'ignored';
  return null;
}

function readSheet(ws: ExcelJS.Worksheet, options: ReadOptions, rowsLeft: number): { summary: SheetSummary; rows: SheetRow[] } {
  const summary: SheetSummary = { name: ws.name, rows: 0, skipped: null, title: null, headerRows: null, columns: [], ignoredRows: [] };
  if (ws.state === 'hidden' || ws.state === 'veryHidden') return { summary: { ...summary, skipped: 'hidden' }, rows: [] };
  const grid = gridOf(ws);
  const scan = Math.min(ws.rowCount, options.headerScanRows ?? READ_LIMITS.headerScanRows);
  const minMatches = options.minHeaderMatches ?? 2;
  for (let row = 1; row <= scan; row += 1) {
    if (headerScore(grid, row, options.matchHeader) < minMatches) continue;
    let first = row;
    let last = row;
    if (isSubHeaderRow(grid, row, row + 1)) last = row + 1;
    else if (isGroupRowAbove(grid, row - 1, row)) first = row - 1;
    const columns = buildColumns(grid, first, last, options.matchHeader);
    if (!options.acceptsColumns(columns)) continue;
    summary.headerRows = [first, last];
    summary.columns = columns;
    for (let above = 1; above < first && !summary.title; above += 1) {
      for (let col = 1; col <= grid.width && !summary.title; col += 1) summary.title = grid.text(above, col) || null;
    }
    break;
  }
  if (!summary.headerRows) return { summary: { ...summary, skipped: 'no_header' }, rows: [] };

  const rows: SheetRow[] = [];
  let blanks = 0;
  for (let rowNumber = summary.headerRows[1] + 1; rowNumber <= ws.rowCount; rowNumber += 1) {
    // Templates often format thousands of empty rows: skip them without touching their cells, and stop after a long run.
    if (!ws.findRow(rowNumber)?.hasValues) {
      if ((blanks += 1) > MAX_BLANK_RUN) break;
      continue;
    }
    blanks = 0;
    const cells = summary.columns.map((column) => readCell(ws.getCell(rowNumber, column.index)));
    const kind = ignoredKind(cells, grid, rowNumber, summary.columns);
    if (kind === 'blank') continue;
    if (kind === 'ignored') {
      summary.ignoredRows.push(rowNumber);
      continue;
    }
    if (rows.length >= rowsLeft) throw new WorkbookError('too_many_rows', { limit: options.maxRows ?? READ_LIMITS.maxRows });
    rows.push({ sheet: ws.name, rowNumber, cells: Object.fromEntries(summary.columns.map((column, i) => [column.key, cells[i]!])) });
  }
  summary.rows = rows.length;
  return { summary, rows };
}

/** Reads every sheet that has a recognisable header; the others are listed with the reason they were skipped. */
export async function readWorkbook(input: Buffer | Readable, options: ReadOptions): Promise<WorkbookRead> {
  const maxBytes = options.maxBytes ?? READ_LIMITS.maxBytes;
  const maxRows = options.maxRows ?? READ_LIMITS.maxRows;
  const buffer = await toBuffer(input, maxBytes);
  checkPackage(buffer, { maxBytes, maxUnpackedBytes: options.maxUnpackedBytes ?? READ_LIMITS.maxUnpackedBytes });
  const workbook = new (await loadExcelJS()).Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    throw new WorkbookError('unreadable');
  }
  const sheets: SheetSummary[] = [];
  const rows: SheetRow[] = [];
  for (const ws of workbook.worksheets) {
    const sheet = readSheet(ws, { ...options, maxRows }, maxRows - rows.length);
    sheets.push(sheet.summary);
    rows.push(...sheet.rows);
  }
  return { sheets, rows };
}
