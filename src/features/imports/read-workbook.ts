/**
 * A generic reader for .xlsx files as offices make them: a title row above the header,
 * two-row headers with merged group cells ("成效" over "指标/数值/单位"), several sheets,
 * blank and note rows, merged data cells. It returns every data row with its cells keyed by
 * the column header; what the columns mean is the caller's business (`matchHeader`).
 *
 * Limits are checked before anything is unpacked: the file size, the declared unpacked size
 * of the archive (a zip bomb is refused from its directory). The sheets are then streamed:
 * rows are parsed one by one and dropped unless they are data rows, the row limit is checked
 * as each data row is read, and reading stops there (or after a long blank run) without
 * parsing the rest. Only the rows kept, the shared strings and one chunk of XML are in memory.
 */
import type { Readable } from 'node:stream';
import { officeKind, readZipDirectory, unpackedSize, type ZipEntry } from '../files/zip-directory.js';
import { numberToDecimal, unprotectFormula } from './cell-values.js';
import { toStorableText } from '../../shared/schemas.js';
import { findHeader, ignoredKind, type Grid, type Header } from './sheet-header.js';
import { MergeSweep, readMerges, TooManyMerges, type Merge } from './sheet-merges.js';
import { readWorkbookParts, type SheetEntry, type WorkbookParts } from './xlsx-parts.js';
import { cellAddress, MAX_COLUMNS, sheetRows, type CellValue, type RawCell, type RawRow } from './xlsx-sheet.js';
import { PackageError, packageParts, partChunks } from './xlsx-zip.js';

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
export type { CellData, Column, SheetRow, SheetSkipReason, SheetSummary, HeaderMatcher } from './workbook-types.js';
import type { CellData, Column, SheetRow, SheetSkipReason, SheetSummary, HeaderMatcher } from './workbook-types.js';

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
function checkPackage(buffer: Buffer, options: Required<Pick<ReadOptions, 'maxBytes' | 'maxUnpackedBytes'>>): ZipEntry[] {
  if (buffer.length > options.maxBytes) throw new WorkbookError('too_large', { limit: `${Math.round(options.maxBytes / 1024 / 1024)} MB` });
  if (buffer.subarray(0, 8).equals(CFB_SIGNATURE)) throw new WorkbookError('xls_or_encrypted');
  const entries = readZipDirectory(buffer);
  if (!entries || officeKind(entries) !== 'xlsx') throw new WorkbookError('not_xlsx');
  if (entries.length > 10_000 || unpackedSize(entries) > options.maxUnpackedBytes) {
    throw new WorkbookError('unpacked_too_large', { limit: `${Math.round(options.maxUnpackedBytes / 1024 / 1024)} MB` });
  }
  return entries;
}

function isoDate(date: Date): string {
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
}

function cellText(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberToDecimal(value) ?? String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return isoDate(value);
}

/** `raw` is the cell as read, or its merge's master cell: a zone merged down a block of rows fills every row. */
function readCell(address: string, raw: RawCell | undefined): CellData {
  const value = raw?.value ?? null;
  const text = cellText(value);
  // Escapes such as _x0000_ decode into NUL; text the database cannot hold becomes U+FFFD
  // here, and the field schemas then refuse it as a row error instead of failing later.
  return {
    address,
    value: typeof value === 'string' ? toStorableText(unprotectFormula(value)) : value,
    text: toStorableText(unprotectFormula(text.replace(/\r\n?/g, '\n').replace(/_x000D_/g, '')).trim()),
    numFmt: raw?.numFmt ?? null,
  };
}

/** A row being looked at: its cells (none for a row only merges reach) and the merge over each column. */
type RowView = { raw: RawRow | undefined; covers: (col: number) => Merge | undefined; hasValues: boolean };

const rawCell = (view: RowView | undefined, col: number): RawCell | undefined => {
  const merge = view?.covers(col);
  return merge ? merge.value : view?.raw?.cells[col];
};

/** This many empty rows in a row end the table. */
const MAX_BLANK_RUN = 2000;

type SheetOptions = Required<Omit<ReadOptions, 'maxBytes' | 'maxUnpackedBytes'>>;

/**
 * Takes a sheet's rows in order. The first `headerScanRows + 1` rows are kept until the header
 * is found among them; after that each row is classified as it arrives and kept only when it
 * is a data row. `done` says the table has ended and the rest of the sheet need not be read.
 */
class SheetReader {
  readonly summary: SheetSummary;
  readonly rows: SheetRow[] = [];
  done = false;
  private readonly window: number;
  private readonly buffered = new Map<number, RowView>();
  private header: Header | null | undefined;
  private blanks = 0;
  private last = 0;
  /** The right-most column the kept rows reach with a cell or a merge. */
  private width = 0;

  constructor(
    name: string,
    private readonly sweep: MergeSweep,
    private readonly options: SheetOptions,
    private readonly rowsLeft: number,
  ) {
    this.summary = { name, rows: 0, skipped: null, title: null, headerRows: null, columns: [], ignoredRows: [] };
    this.window = options.headerScanRows + 1;
  }

  /** A <row> element; the rows above it that have none are blank unless a merge reaches them. */
  row(raw: RawRow): void {
    if (raw.r <= this.last) return; // rows out of order or repeated are not a table
    this.skipTo(raw.r);
    if (!this.done) this.visit(raw.r, raw);
  }

  /** The end of the sheet: rows that only merges reach below the last row element, then the header if not decided yet. */
  finish(): void {
    if (!this.done) this.skipTo(this.sweep.lastRow + 1);
    if (!this.done && this.header === undefined) this.decide();
    this.summary.rows = this.rows.length;
  }

  private skipTo(end: number): void {
    for (let r = this.last + 1; r < end && !this.done; ) {
      if (this.sweep.idleAt(r)) {
        const until = Math.min(end, this.sweep.nextStart);
        this.blank(r, until);
        r = until;
      } else {
        this.visit(r, undefined);
        r += 1;
      }
    }
  }

  /** Rows from..until-1 hold nothing. */
  private blank(from: number, until: number): void {
    if (this.header === undefined) {
      if (until - 1 <= this.window) {
        this.last = until - 1;
        return;
      }
      this.last = Math.max(this.last, this.window);
      this.decide();
      if (this.done) return;
      from = Math.max(from, this.window + 1);
    }
    this.last = until - 1;
    this.count(until - from);
  }

  private count(blankRows: number): void {
    // Templates often format thousands of empty rows: they are passed over, and a long run ends the table.
    this.blanks += blankRows;
    if (this.blanks > MAX_BLANK_RUN) this.done = true;
  }

  private visit(r: number, raw: RawRow | undefined): void {
    this.sweep.advance(r);
    for (const merge of this.sweep.startedHere) merge.value = raw?.cells[merge.left];
    const hasValues = (raw?.hasValues ?? false) || this.sweep.coversRow();
    if (this.header === undefined) {
      if (r <= this.window) {
        const covers = this.sweep.snapshot();
        this.buffered.set(r, { raw, covers: (col) => covers[col], hasValues });
        this.width = Math.max(this.width, raw?.maxCol ?? 0);
        for (const merge of covers) if (merge) this.width = Math.max(this.width, merge.right);
        this.last = r;
        return;
      }
      this.decide();
      if (this.done) return;
    }
    this.last = r;
    this.data(r, { raw, covers: (col) => this.sweep.at(col), hasValues });
  }

  /** Finds the header in the rows kept so far, then reads the rows below it that were kept with them. */
  private decide(): void {
    const rows = this.buffered;
    const grid: Grid = {
      width: Math.min(this.width, MAX_COLUMNS),
      text: (row, col) => (rows.has(row) ? readCell('', rawCell(rows.get(row), col)).text : ''),
      masterOf: (row, col) => rows.get(row)?.covers(col)?.master ?? cellAddress(row, col),
      merge: (row, col) => rows.get(row)?.covers(col),
    };
    this.header = findHeader(grid, {
      matchHeader: this.options.matchHeader,
      acceptsColumns: this.options.acceptsColumns,
      minHeaderMatches: this.options.minHeaderMatches,
      headerScanRows: this.options.headerScanRows,
    });
    if (!this.header) {
      this.summary.skipped = 'no_header';
      this.done = true;
      return;
    }
    Object.assign(this.summary, { headerRows: this.header.headerRows, columns: this.header.columns, title: this.header.title });
    for (let r = this.header.headerRows[1] + 1; r <= Math.min(this.window, this.last) && !this.done; r += 1) {
      const view = rows.get(r);
      if (view) this.data(r, view);
      else this.count(1);
    }
    this.buffered.clear();
  }

  private data(r: number, view: RowView): void {
    if (!view.hasValues) return this.count(1);
    this.blanks = 0;
    const columns = this.summary.columns;
    const cells = columns.map((column) => readCell(cellAddress(r, column.index), rawCell(view, column.index)));
    const masters = columns.map((column, i) => view.covers(column.index)?.master ?? cells[i]!.address);
    const kind = ignoredKind(cells, masters, columns);
    if (kind === 'blank') return;
    if (kind === 'ignored') {
      this.summary.ignoredRows.push(r);
      return;
    }
    if (this.rows.length >= this.rowsLeft) throw new WorkbookError('too_many_rows', { limit: this.options.maxRows });
    this.rows.push({ sheet: this.summary.name, rowNumber: r, cells: Object.fromEntries(columns.map((column, i) => [column.key, cells[i]!])) });
  }
}

type Part = (path: string) => AsyncIterable<Buffer> | null;

async function* nothing(): AsyncGenerator<Buffer> {}

async function readSheet(open: Part, parts: WorkbookParts, sheet: SheetEntry, options: SheetOptions, rowsLeft: number): Promise<SheetReader> {
  // A sheet part the package lacks reads as an empty sheet.
  const merges = await readMerges(open(sheet.path) ?? nothing());
  const reader = new SheetReader(sheet.name, new MergeSweep(merges), options, rowsLeft);
  rows: for await (const batch of sheetRows(open(sheet.path) ?? nothing(), parts)) {
    for (const row of batch) {
      reader.row(row);
      if (reader.done) break rows; // leaving the loop stops the parser and the inflater
    }
  }
  reader.finish();
  return reader;
}

/** A damaged package (bad zip entries, deflate data or XML) is 'unreadable'; programming errors are not hidden. */
function isDamage(error: unknown): boolean {
  if (error instanceof PackageError || error instanceof TooManyMerges) return true;
  return error instanceof Error && !(error instanceof TypeError || error instanceof RangeError || error instanceof ReferenceError);
}

/** Reads every sheet that has a recognisable header; the others are listed with the reason they were skipped. */
export async function readWorkbook(input: Buffer | Readable, options: ReadOptions): Promise<WorkbookRead> {
  const maxBytes = options.maxBytes ?? READ_LIMITS.maxBytes;
  const maxRows = options.maxRows ?? READ_LIMITS.maxRows;
  const buffer = await toBuffer(input, maxBytes);
  const directory = checkPackage(buffer, { maxBytes, maxUnpackedBytes: options.maxUnpackedBytes ?? READ_LIMITS.maxUnpackedBytes });
  const sheetOptions: SheetOptions = {
    matchHeader: options.matchHeader,
    acceptsColumns: options.acceptsColumns,
    minHeaderMatches: options.minHeaderMatches ?? 2,
    maxRows,
    headerScanRows: options.headerScanRows ?? READ_LIMITS.headerScanRows,
  };
  const sheets: SheetSummary[] = [];
  const rows: SheetRow[] = [];
  try {
    const entries = packageParts(buffer, directory);
    const open: Part = (path) => {
      const part = entries.get(path);
      return part ? partChunks(buffer, part) : null;
    };
    const workbook = await readWorkbookParts(open);
    for (const sheet of workbook.sheets) {
      if (sheet.state === 'hidden' || sheet.state === 'veryHidden') {
        sheets.push({ name: sheet.name, rows: 0, skipped: 'hidden', title: null, headerRows: null, columns: [], ignoredRows: [] });
        continue;
      }
      const read = await readSheet(open, workbook, sheet, sheetOptions, maxRows - rows.length);
      sheets.push(read.summary);
      rows.push(...read.rows);
    }
  } catch (error) {
    if (error instanceof WorkbookError || !isDamage(error)) throw error;
    throw new WorkbookError('unreadable');
  }
  return { sheets, rows };
}
