/** The shapes the workbook reader gives its callers (and sheet-header.ts builds on). */

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
