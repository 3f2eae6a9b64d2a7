/**
 * The rows of one worksheet part, streamed: each <row> is handed over as soon as it is
 * parsed and then forgotten, so a sheet of any length costs the memory of one chunk plus the
 * rows the caller keeps. Cell values are typed as ExcelJS's workbook loader types them
 * (shared strings, numbers, booleans, dates by number format, formulas by their result).
 */
import { detach, feedXml, localName, type WorkbookParts } from './xlsx-parts.js';

export type CellValue = string | number | boolean | Date | null;
export type RawCell = { value: CellValue; numFmt: string | null };
export type RawRow = {
  r: number;
  /** Cells by column number, up to MAX_COLUMNS. */
  cells: (RawCell | undefined)[];
  /** The right-most column with a cell element (styled empty cells count, as in ExcelJS). */
  maxCol: number;
  /** Whether any cell, in any column, has a value (an empty string, an error and a formula count). */
  hasValues: boolean;
};

/** Columns beyond this are never read. */
export const MAX_COLUMNS = 200;
/** Excel's last row. */
export const MAX_ROW = 1_048_576;

export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export const cellAddress = (row: number, col: number) => `${columnLetter(col)}${row}`;

const ADDRESS = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

function columnNumber(letters: string): number {
  let col = 0;
  for (const letter of letters.toUpperCase()) col = col * 26 + letter.charCodeAt(0) - 64;
  return col;
}

export function decodeAddress(ref: string): { row: number; col: number } | null {
  const match = ADDRESS.exec(ref.trim());
  if (!match) return null;
  const row = Number(match[2]);
  return row >= 1 ? { row, col: columnNumber(match[1]!) } : null;
}

/** ExcelJS's test for a date format: date or time codes outside quotes and brackets. */
function isDateFormat(numFmt: string | null): boolean {
  return !!numFmt && /[ymdhMsb]+/.test(numFmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

function excelDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

type CellState = { col: number; type: string; numFmt: string | null; formula: boolean; v: string | null; inline: string | null };

/** A cell's value from its type attribute `t` and its <v>, <is> and <f> contents. */
function cellValue(cell: CellState, parts: WorkbookParts): { value: CellValue; hasValue: boolean } {
  const text = cell.v === null && cell.inline === null ? null : (cell.v ?? '') + (cell.inline ?? '');
  const number = (raw: string) => {
    const n = parseFloat(raw);
    if (Number.isNaN(n)) return null;
    return isDateFormat(cell.numFmt) ? excelDate(n, parts.date1904) : n;
  };
  if (cell.formula) {
    // A formula counts as content even without a cached result; the result is what it shows.
    if (!text) return { value: null, hasValue: true };
    if (cell.type === 'str') return { value: detach(text), hasValue: true };
    if (cell.type === 'b') return { value: parseInt(text, 10) !== 0, hasValue: true };
    if (cell.type === 'e') return { value: null, hasValue: true };
    return { value: number(text), hasValue: true };
  }
  if (text === null) return { value: null, hasValue: false };
  switch (cell.type) {
    case 's':
      return { value: parts.sharedStrings[parseInt(text, 10)] ?? null, hasValue: true };
    case 'str':
    case 'inlineStr':
      return { value: detach(text), hasValue: true };
    case 'b':
      return { value: parseInt(text, 10) !== 0, hasValue: true };
    case 'e':
      return { value: null, hasValue: true };
    default:
      return { value: number(text), hasValue: true };
  }
}

/**
 * The sheet's rows in order, a batch per chunk read; reading stops at </sheetData> (what
 * follows is read by `readMerges`), or when the caller stops iterating.
 */
export async function* sheetRows(chunks: AsyncIterable<Buffer>, parts: WorkbookParts): AsyncGenerator<RawRow[]> {
  let batch: RawRow[] = [];
  let inRows = false;
  let ended = false;
  let row: RawRow | null = null;
  let lastRow = 0;
  let lastCol = 0;
  let cell: CellState | null = null;
  let capture: 'v' | 'f' | 't' | null = null;
  let phonetic = false;
  const events = feedXml(chunks, {
    open: (tag) => {
      const name = localName(tag.name);
      if (name === 'sheetData') inRows = true;
      else if (name === 'row' && inRows) {
        const r = parseInt(tag.attributes.r ?? '', 10) || lastRow + 1;
        row = { r, cells: [], maxCol: 0, hasValues: false };
        lastRow = r;
        lastCol = 0;
      } else if (name === 'c' && row) {
        const ref = tag.attributes.r;
        const col = (ref ? decodeAddress(ref)?.col : undefined) ?? lastCol + 1;
        lastCol = col;
        const style = parseInt(tag.attributes.s ?? '0', 10) || 0;
        cell = { col, type: tag.attributes.t ?? 'n', numFmt: parts.numFmt(style), formula: false, v: null, inline: null };
      } else if (cell) {
        if (name === 'v') {
          capture = 'v';
          cell.v ??= '';
        } else if (name === 'f') {
          capture = 'f';
          // A shared formula's other cells have an empty <f t="shared" si="…"/>.
          if (tag.attributes.t) cell.formula = true;
        } else if (name === 'is') cell.inline ??= '';
        else if (name === 'rPh') phonetic = true;
        else if (name === 't' && cell.inline !== null && !phonetic) capture = 't';
      }
    },
    text: (text) => {
      if (!cell || !capture) return;
      if (capture === 'v') cell.v = (cell.v ?? '') + text;
      else if (capture === 't') cell.inline = (cell.inline ?? '') + text;
      else if (text) cell.formula = true;
    },
    close: (tag) => {
      const name = localName(tag.name);
      if (name === 'v' || name === 'f' || name === 't') capture = null;
      else if (name === 'rPh') phonetic = false;
      else if (name === 'c' && row && cell) {
        const { value, hasValue } = cellValue(cell, parts);
        if (cell.col <= MAX_COLUMNS) row.cells[cell.col] = { value, numFmt: cell.numFmt };
        row.maxCol = Math.max(row.maxCol, cell.col);
        if (hasValue) row.hasValues = true;
        cell = null;
      } else if (name === 'row' && row) {
        batch.push(row);
        row = null;
      } else if (name === 'sheetData') {
        inRows = false;
        ended = true;
      }
    },
  });
  for await (const _ of events) {
    if (batch.length > 0) {
      yield batch;
      batch = [];
    }
    if (ended) return;
  }
}
