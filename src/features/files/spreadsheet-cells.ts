/**
 * What every .xlsx the app writes or reads back shares, whichever feature it belongs to (an import's
 * template, an export, a dashboard's table): the media type and the guard against formula injection.
 */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Text that Excel would turn into a formula when someone edits the cell (=, +, -, @, tab, CR)
 * is written with a leading apostrophe, Excel's own "this is text" mark; ExcelJS cannot set
 * the quotePrefix style. A text that itself starts with an apostrophe gets one more, so that
 * reading strips exactly one and every text round-trips unchanged.
 */
const FORMULA_START = /^[=+\-@\t\r']/;
export function protectFromFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The inverse of protectFromFormula, for cells read back from a file we (or Excel) wrote. */
export function unprotectFormula(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}
