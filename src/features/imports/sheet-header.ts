/**
 * Finding the header of an office table in the first rows of a sheet: titles above it, a
 * two-row header with merged group cells ("成效" over "指标/数值/单位"), and telling data rows
 * from banners, notes and repeated headers. Works on a `Grid` over the rows read so far.
 */
import type { CellData, Column, HeaderMatcher } from './workbook-types.js';
import type { Merge } from './sheet-merges.js';
import { columnLetter } from './xlsx-sheet.js';

export type Grid = {
  width: number;
  /** The cell's text as read (a merged cell reads as its master). */
  text: (row: number, col: number) => string;
  /** The address of the merge's master cell, or the cell's own address. */
  masterOf: (row: number, col: number) => string;
  merge: (row: number, col: number) => Merge | undefined;
};

/** Columns of `row` that belong to a merge spanning two or more columns of that row. */
function horizontalMerges(grid: Grid, row: number): Map<number, string> {
  const byMaster = new Map<string, number[]>();
  for (let col = 1; col <= grid.width; col += 1) {
    const merge = grid.merge(row, col);
    if (!merge || merge.top !== row) continue;
    byMaster.set(merge.master, [...(byMaster.get(merge.master) ?? []), col]);
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

/** A header cell that only states a unit. */
const UNIT_CELL = /^(?:单位[:：])?[（(][^（）()]{1,12}[）)]$/;

/** Whether `below` is the lower row of a two-row header whose upper row is `top`. */
function isSubHeaderRow(grid: Grid, top: number, below: number): boolean {
  const merges = horizontalMerges(grid, top);
  const fresh: number[] = [];
  for (let col = 1; col <= grid.width; col += 1) {
    if (!grid.text(below, col)) continue;
    if (grid.masterOf(below, col) === grid.masterOf(top, col)) continue; // merged down from the top row
    fresh.push(col);
  }
  if (fresh.length === 0) return false;
  // A row of units under the names, as statistics tables print them: "（亿元）", "(%)".
  if (fresh.every((col) => UNIT_CELL.test(grid.text(below, col).trim()))) return true;
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

export type Header = { headerRows: [number, number]; columns: Column[]; title: string | null };

export type HeaderOptions = {
  matchHeader: HeaderMatcher;
  acceptsColumns: (columns: Column[]) => boolean;
  minHeaderMatches: number;
  headerScanRows: number;
};

/** The first row among the first `headerScanRows` that reads as a header the caller accepts, with its title. */
export function findHeader(grid: Grid, options: HeaderOptions): Header | null {
  for (let row = 1; row <= options.headerScanRows; row += 1) {
    if (headerScore(grid, row, options.matchHeader) < options.minHeaderMatches) continue;
    let first = row;
    let last = row;
    if (isSubHeaderRow(grid, row, row + 1)) last = row + 1;
    else if (isGroupRowAbove(grid, row - 1, row)) first = row - 1;
    const columns = buildColumns(grid, first, last, options.matchHeader);
    if (!options.acceptsColumns(columns)) continue;
    let title: string | null = null;
    for (let above = 1; above < first && !title; above += 1) {
      for (let col = 1; col <= grid.width && !title; col += 1) title = grid.text(above, col) || null;
    }
    return { headerRows: [first, last], columns, title };
  }
  return null;
}

const NOTE_ROW = /^(注|备注|说明|资料来源|填表说明|填报说明|制表|填报|填表|联系人|审核人|负责人|数据来源)\s*[:：、]?/;

const SECTION_ROW = /^[一二三四五六七八九十]+[、.．]/;

/** A data row's cells under `columns`, with the master address of each (its own when not merged). */
export function ignoredKind(cells: CellData[], masters: string[], columns: Column[]): 'blank' | 'ignored' | null {
  const filled = columns.flatMap((column, i) => (cells[i]!.text ? [i] : []));
  if (filled.length === 0) return 'blank';
  // One merged cell across the row: a banner or section heading ("一、贸易便利化"), not a record.
  if (filled.length >= 2 && new Set(filled.map((i) => masters[i])).size === 1) return 'ignored';
  if (filled.length === 1) {
    const text = cells[filled[0]!]!.text;
    if (NOTE_ROW.test(text) || SECTION_ROW.test(text)) return 'ignored';
  }
  // The header repeated (a table pasted under another).
  if (filled.length >= 2 && filled.every((i) => [columns[i]!.label, columns[i]!.group, columns[i]!.sub].includes(cells[i]!.text))) return 'ignored';
  return null;
}
