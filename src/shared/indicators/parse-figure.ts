/**
 * Reads a figure from a cell as statistics offices write them: "11.6亿元", "约110万元",
 * full-width "１１．６", "1,234.5", "—" / "-" / "－" / "" for missing, "45.7%" or 45.7 in a
 * percent column, "-3.2%" / "下降3.2%", "300多", "20余", "过亿", "超3000万", "近1/3", "第35位".
 * A unit in the cell wins over the column's if they share a dimension (converted exactly to the
 * column's unit) and is refused otherwise. Never throws: bad input is an error result with a
 * code and parameters for the preview to localise.
 */
import { type Qualifier, type Unit, type UnitDimension } from '../indicators.enums.js';
import { Dec, decString, roundTo } from './decimal.js';
import type { FigureErrorCode, FigureErrorParams } from './errors.js';
import { unitParam } from './messages.js';
import { dimensionOf, exponentOf, type Quantity } from './quantity.js';

export const FIGURE_CELL_MAX_LENGTH = 64;
/** More significant digits than any office prints; keeps every later step exact in `Dec`. */
export const FIGURE_MAX_DIGITS = 30;
/** A fraction's percent is kept to this many places (1/3 → 33.3333333333). */
export const FRACTION_PERCENT_PLACES = 10;

export type ParsedFigure =
  | { kind: 'ok'; quantity: Quantity }
  | { kind: 'missing' }
  | { kind: 'error'; code: FigureErrorCode; params: FigureErrorParams };

const PREFIX: Record<string, Qualifier> = { 约: 'about', 大约: 'about', 超过: 'over', 超: 'over', 逾: 'over', 过: 'past', 近: 'nearly', 将近: 'nearly', 接近: 'nearly' };
const SUFFIX: Record<string, Qualifier> = { 多: 'more_than', 余: 'odd' };
// '−' (U+2212) is the minus the formatter prints; NFKC leaves it as it is.
const NEGATIVE = ['-', '−', '下降', '减少', '降低', '下滑'];
const SIGN_WORDS = [...NEGATIVE, '+', '增长', '增加', '上升', '提高'];
const MAGNITUDE: Record<string, number> = { 万亿: 12, 千万: 7, 百万: 6, 十万: 5, 亿: 8, 万: 4, 千: 3 };
const BASE: Record<string, UnitDimension> = { 美元: 'usd', 元: 'cny', 吨: 'tonne', 列: 'train', 个: 'item', 家: 'firm', 人次: 'person_time', 人: 'person', '%': 'percent', 位: 'rank', 名: 'rank' };

const alternatives = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[+%]/g, '\\$&')).join('|');
const QUALIFIER_WORDS = alternatives(Object.keys(PREFIX));
const FIGURE = new RegExp(
  `^(${QUALIFIER_WORDS})?(${alternatives(SIGN_WORDS)})?(${QUALIFIER_WORDS})?(第)?` +
    `(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\d+/\\d+)?` +
    `([多余])?(${alternatives(Object.keys(MAGNITUDE))})?([多余])?(${alternatives(Object.keys(BASE))})?([多余])?$`,
);
const MISSING = /^(?:[-—–―‐‒]+|\/|…+|\.{2,})?$/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;

const error = (code: FigureErrorCode, params: FigureErrorParams = {}): ParsedFigure => ({ kind: 'error', code, params });


/** The figure in a cell of a column whose unit is `column.unit`. */
export function parseFigure(cell: unknown, column: { unit: Unit }): ParsedFigure {
  if (cell === null || cell === undefined) return { kind: 'missing' };
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return error('figure_unreadable', { value: String(cell) });
    return parseText(decString(new Dec(cell)), column.unit);
  }
  if (typeof cell !== 'string') return error('figure_unreadable', { value: '' });
  if (cell.length > FIGURE_CELL_MAX_LENGTH) return error('figure_too_long', { limit: FIGURE_CELL_MAX_LENGTH });
  if (LONE_SURROGATE.test(cell)) return error('figure_bad_characters');
  const text = cell.normalize('NFKC').replace(/\s+/gu, '');
  if (CONTROL.test(text)) return error('figure_bad_characters');
  if (MISSING.test(text)) return { kind: 'missing' };
  return parseText(text, column.unit);
}

function parseText(text: string, column: Unit): ParsedFigure {
  const match = FIGURE.exec(text);
  if (!match) return error('figure_unreadable', { value: text });
  const [, prefix1, sign, prefix2, ordinal, number, suffix1, magnitude, suffix2, base, suffix3] = match;
  const words = [prefix1, prefix2].filter(Boolean).map((w) => PREFIX[w!]!).concat([suffix1, suffix2, suffix3].filter(Boolean).map((w) => SUFFIX[w!]!));
  if (words.length > 1) return error('figure_two_qualifiers', { value: text });
  const qualifier = words[0] ?? null;
  const columnDimension = dimensionOf(column);
  // A suffix before the magnitude (300多万) and one after it (300万多) mean the same; a suffix after the base (300人多) is not written.
  if (suffix3) return error('figure_unreadable', { value: text });

  if (base !== undefined && BASE[base] !== columnDimension) return error('figure_unit_mismatch', { cell: `${magnitude ?? ''}${base}`, column: unitParam(column) });
  if (ordinal && columnDimension !== 'rank') return error('figure_unreadable', { value: text });
  if (number === undefined && (magnitude === undefined || qualifier === null)) return error('figure_unreadable', { value: text });
  const negative = sign !== undefined && NEGATIVE.includes(sign);

  if (number?.includes('/')) {
    const [numerator, denominator] = number.split('/').map(Number) as [number, number];
    if (columnDimension !== 'percent' || magnitude || base || negative) return error('figure_unreadable', { value: text });
    if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator === 0 || numerator > denominator) return error('figure_bad_fraction', { value: text });
    const value = roundTo(new Dec(numerator).div(denominator).times(100), FRACTION_PERCENT_PLACES);
    return { kind: 'ok', quantity: { value, unit: column, qualifier, fraction: { numerator, denominator } } };
  }

  const digits = (number ?? '1').replace(/,/g, '');
  if (digits.replace(/^0+/, '').replace('.', '').length > FIGURE_MAX_DIGITS) return error('figure_too_many_digits', { limit: FIGURE_MAX_DIGITS });
  if (magnitude && (columnDimension === 'percent' || columnDimension === 'rank')) return error('figure_unreadable', { value: text });
  let value = new Dec(digits);
  if (negative) value = value.neg();
  // A cell that names a magnitude or a base unit states its own unit: shift it into the column's.
  if (magnitude !== undefined || base !== undefined) value = value.times(new Dec(10).pow((magnitude ? MAGNITUDE[magnitude]! : 0) - exponentOf(column)));
  if (columnDimension === 'rank' && (!value.isInteger() || value.lt(1))) return error('figure_bad_rank', { value: text });
  return { kind: 'ok', quantity: { value: decString(value), unit: column, qualifier } };
}
