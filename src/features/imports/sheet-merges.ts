/**
 * Merged ranges of a sheet while its rows stream by. A sheet lists its <mergeCells> after
 * its rows, so `readMerges` goes through the part once first, only looking for those tags
 * (the rows are not parsed); `MergeSweep` then follows the rows downwards and knows, for the
 * current row, which merge covers each column and the value of each merge's master cell.
 */
import type { RawCell } from './xlsx-sheet.js';
import { cellAddress, decodeAddress, MAX_COLUMNS, MAX_ROW } from './xlsx-sheet.js';

export type Merge = {
  top: number;
  left: number;
  bottom: number;
  right: number;
  /** The top-left cell, e.g. 'C4', which holds the merge's value. */
  master: string;
  /** The master cell as read, once the sweep has passed its row. */
  value?: RawCell;
};

/**
 * More merged ranges than this in one sheet is not an office table. Templates merge a few
 * cells on each of their pre-formatted rows, hence the room; ranges are kept as 16 bytes each.
 */
export const MAX_MERGES = 1_000_000;

export class TooManyMerges extends Error {}

/** Merged ranges as read, four numbers each (top, left, bottom, right). */
export type MergeList = { count: number; ranges: Int32Array };

const END_OF_ROWS = /<\/(?:[\w.-]+:)?sheetData\s*>|<(?:[\w.-]+:)?sheetData\b[^>]*\/>/;
const MERGE_CELL = /<(?:[\w.-]+:)?mergeCell\s[^>]*?\bref\s*=\s*(["'])([^"']*)\1/g;
const END_OF_MERGES = /<\/(?:[\w.-]+:)?mergeCells\s*>/;
/** What is kept of a chunk's end for a tag that continues in the next chunk. */
const CARRY = 4096;

/** The sheet's merged ranges, read from the raw XML after </sheetData> (tags are ASCII: no decoding needed). */
export async function readMerges(chunks: AsyncIterable<Buffer>, max = MAX_MERGES): Promise<MergeList> {
  let ranges = new Int32Array(64);
  let count = 0;
  const add = (ref: string) => {
    const [from, to] = ref.split(':');
    const a = from ? decodeAddress(from) : null;
    const b = to ? decodeAddress(to) : null;
    if (!a || !b || (a.row === b.row && a.col === b.col)) return;
    if (count === max) throw new TooManyMerges(`more than ${max} merged ranges`);
    if (4 * count === ranges.length) {
      const grown = new Int32Array(ranges.length * 2);
      grown.set(ranges);
      ranges = grown;
    }
    ranges.set([Math.min(a.row, b.row), Math.min(a.col, b.col), Math.min(Math.max(a.row, b.row), MAX_ROW), Math.min(Math.max(a.col, b.col), 16_384)], 4 * count);
    count += 1;
  };
  const take = (text: string) => {
    for (const match of text.matchAll(MERGE_CELL)) add(match[2]!);
    return END_OF_MERGES.test(text);
  };
  const list = () => ({ count, ranges: ranges.subarray(0, 4 * count) });
  let carry = '';
  let afterRows = false;
  for await (const chunk of chunks) {
    let text = carry + chunk.toString('latin1');
    if (!afterRows) {
      const end = END_OF_ROWS.exec(text);
      carry = text.slice(-64);
      if (!end) continue;
      afterRows = true;
      text = text.slice(end.index + end[0].length);
    }
    const cut = text.lastIndexOf('<');
    if (take(cut < 0 ? text : text.slice(0, cut))) return list(); // the rest of the part is not needed
    carry = cut < 0 ? '' : text.slice(cut, cut + CARRY);
  }
  if (afterRows) take(carry);
  return list();
}

/**
 * Follows the rows downwards (`advance` with increasing row numbers). Overlapping ranges are
 * not valid in a workbook; should a file have them, the first listed wins.
 */
export class MergeSweep {
  private readonly ranges: Int32Array;
  /** Indices of the ranges by top row (stable: among equal tops, the file's order). */
  private readonly byTop: Uint32Array;
  private next = 0;
  private row = 0;
  /** The merge covering each column (≤ MAX_COLUMNS) of the current row. */
  private readonly columns: (Merge | undefined)[] = [];
  private readonly endingAt = new Map<number, Merge[]>();
  private active = 0;
  private wide = 0;
  /** Merges whose top row is the current row. */
  startedHere: Merge[] = [];
  /** The last row any merge covers (0 without merges). */
  readonly lastRow: number;

  constructor({ count, ranges }: MergeList) {
    this.ranges = ranges;
    this.byTop = Uint32Array.from({ length: count }, (_, i) => i).sort((a, b) => ranges[4 * a]! - ranges[4 * b]!);
    let last = 0;
    for (let i = 0; i < count; i += 1) last = Math.max(last, ranges[4 * i + 2]!);
    this.lastRow = last;
  }

  /** No merge covers `row` and none starts there: rows from here to `nextStart` need no look-up. */
  idleAt(row: number): boolean {
    if (row > this.row) this.drop(row);
    return this.active === 0 && this.nextStart > row;
  }

  get nextStart(): number {
    return this.next < this.byTop.length ? this.ranges[4 * this.byTop[this.next]!]! : Infinity;
  }

  advance(row: number): void {
    if (row <= this.row) return;
    this.drop(row);
    this.row = row;
    this.startedHere = [];
    while (this.nextStart <= row) {
      const at = 4 * this.byTop[this.next++]!;
      const [top, left, bottom, right] = [this.ranges[at]!, this.ranges[at + 1]!, this.ranges[at + 2]!, this.ranges[at + 3]!];
      if (bottom < row) continue;
      // Only the merges the sweep is in become objects.
      const merge: Merge = { top, left, bottom, right, master: cellAddress(top, left) };
      this.add(merge);
      if (top === row) this.startedHere.push(merge);
    }
  }

  /** The merge covering `col` of the current row. */
  at(col: number): Merge | undefined {
    return this.columns[col];
  }

  /** The covers of the current row's columns, for rows that are looked at again later (the header). */
  snapshot(): (Merge | undefined)[] {
    return this.columns.slice();
  }

  /** Whether the current row holds a merged cell other than a master (such a row has content, as in ExcelJS). */
  coversRow(): boolean {
    return this.wide > 0 || this.active > this.startedHere.length;
  }

  private add(merge: Merge): void {
    this.active += 1;
    if (merge.right > merge.left) this.wide += 1;
    for (let col = merge.left; col <= Math.min(merge.right, MAX_COLUMNS); col += 1) this.columns[col] ??= merge;
    const ending = this.endingAt.get(merge.bottom + 1);
    if (ending) ending.push(merge);
    else this.endingAt.set(merge.bottom + 1, [merge]);
  }

  /** Forgets the merges that end above `row`. */
  private drop(row: number): void {
    if (this.active === 0) {
      this.row = Math.max(this.row, row - 1);
      return;
    }
    for (let r = this.row + 1; r <= row; r += 1) {
      for (const merge of this.endingAt.get(r) ?? []) {
        this.active -= 1;
        if (merge.right > merge.left) this.wide -= 1;
        for (let col = merge.left; col <= Math.min(merge.right, MAX_COLUMNS); col += 1) if (this.columns[col] === merge) this.columns[col] = undefined;
      }
      this.endingAt.delete(r);
    }
  }
}
