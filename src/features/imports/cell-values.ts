/**
 * Reading values the way Chinese offices type them into spreadsheets: full-width digits and
 * spaces, numbers kept as text, quantities with their unit ("约110万元", "1.4亿元", "30%"),
 * and dates as Excel dates or as text ("2021年7月", "2021.7", "2021-07").
 */
import { parsePartialDate } from '../../shared/partial-date.js';

/** Full-width ASCII (！-～) to half-width and the ideographic space to a space. Only for values, never prose. */
export function halfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** Half-width with every kind of white space removed: the form used to compare labels and codes. */
export function compact(text: string): string {
  return halfWidth(text).replace(/\s+/g, '');
}

/** A JS number as a decimal string without binary-float noise (0.1 + 0.2 → "0.3"); null when it cannot be one. */
export function numberToDecimal(value: number): string | null {
  if (!Number.isFinite(value) || Math.abs(value) >= 1e12) return null;
  if (Number.isInteger(value)) return String(value);
  const fixed = value.toFixed(4).replace(/0+$/, '').replace(/\.$/, '');
  return fixed === '-0' ? '0' : fixed;
}

export type Quantity = {
  /** Decimal string, at most 12 integer and 4 fraction digits. */
  value: string;
  unit: string | null;
  /** Words around the number that change its meaning ("约", "以上", "压缩"): keep the original text then. */
  qualified: boolean;
};

const PREFIXES = ['大约', '约计', '约', '近', '将近', '超过', '超', '逾', '达到', '达', '高达', '共计', '共', '累计', '合计', '压缩', '缩短', '减少', '下降', '降低', '提升', '提高', '增长', '增加', '节约', '节省'];
const SUFFIXES = ['以上', '以下', '左右', '上下', '之多', '余', '多', '+'];

/**
 * "110万元" → {value: "110", unit: "万元"}; "约110万元" → qualified; "1,234.5" → "1234.5".
 * Null when the text is not one number with an optional unit.
 */
export function parseQuantity(input: string | number): Quantity | null {
  if (typeof input === 'number') {
    const value = numberToDecimal(input);
    return value === null ? null : { value, unit: null, qualified: false };
  }
  let text = compact(input);
  if (!text) return null;
  let qualified = false;
  for (const prefix of PREFIXES) {
    if (text.startsWith(prefix)) {
      text = text.slice(prefix.length);
      qualified = true;
      break;
    }
  }
  const match = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(余|多)?([^\d]*)$/.exec(text);
  if (!match) return null;
  const [, sign, whole, fraction = '', roughly, rest = ''] = match;
  if (roughly) qualified = true;
  let unit = rest;
  for (const suffix of SUFFIXES) {
    if (unit.endsWith(suffix) && unit.length > 0) {
      unit = unit.slice(0, -suffix.length);
      qualified = true;
      break;
    }
  }
  if (unit.length > 20 || /[,.，。；;]/.test(unit)) return null;
  const digits = whole!.replace(/,/g, '');
  if (digits.replace(/^0+(?=\d)/, '').length > 12 || fraction.length > 5) return null;
  const value = `${sign === '-' ? '-' : ''}${digits.replace(/^0+(?=\d)/, '')}${fraction}`;
  if (!/^-?\d{1,12}(\.\d{1,4})?$/.test(value)) return null;
  return { value, unit: unit || null, qualified };
}

/** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' as partialDateField expects, or null. */
export type PartialDateText = string;

/** Days from Excel's epoch (1899-12-30, the 1900 system) to a UTC date. */
function fromExcelSerial(serial: number): Date {
  return new Date(Math.round((serial - 25569) * 86_400_000));
}

/** The precision an Excel number format shows: 'yyyy"年"m"月"' is a month, 'yyyy' a year. */
export function precisionOfFormat(numFmt: string | null | undefined): 'day' | 'month' | 'year' {
  if (!numFmt) return 'day';
  // Drop quoted literals ("年") and escaped characters before looking for d / m.
  const codes = numFmt.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[[^\]]*\]/g, '').toLowerCase();
  if (codes.includes('d')) return 'day';
  if (codes.includes('m')) return 'month';
  if (codes.includes('y') || codes.includes('e')) return 'year';
  return 'day';
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function checked(year: number, month?: number, day?: number): PartialDateText | null {
  if (year < 1900 || year > 2100) return null;
  const text = month === undefined ? String(year) : day === undefined ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
  return parsePartialDate(text) ? text : null;
}

function fromDate(date: Date, precision: 'day' | 'month' | 'year'): PartialDateText | null {
  if (Number.isNaN(date.getTime())) return null;
  const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
  return precision === 'year' ? checked(y) : precision === 'month' ? checked(y, m) : checked(y, m, d);
}

/**
 * A date as offices record it, at the precision they gave: an Excel date (precision from its
 * format), a year number, an Excel serial number, or text such as "2021年7月", "2021.7",
 * "2021-07", "2021/7/5", "20210705", "2021年上半年" (a year).
 */
export function parseOfficeDate(value: string | number | Date, numFmt?: string | null): PartialDateText | null {
  if (value instanceof Date) return fromDate(value, precisionOfFormat(numFmt));
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value >= 1900 && value <= 2100) return checked(value);
    if (!Number.isInteger(value) && value > 1900 && value < 2101) {
      // 2021.7 typed into a number cell: year.month. Two fixed decimals in the format keep "2021.10" apart from "2021.1".
      const decimals = /\.(0+)(?![^"]*")/.exec(numFmt ?? '')?.[1]?.length;
      return parseOfficeDate(decimals ? value.toFixed(decimals) : String(value));
    }
    if (value >= 20_000 && value < 80_000) return fromDate(fromExcelSerial(value), precisionOfFormat(numFmt));
    return null;
  }
  const text = compact(value);
  if (!text) return null;
  let m = /^(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})[日号])?)?$/.exec(text);
  if (m) return checked(Number(m[1]), m[2] ? Number(m[2]) : undefined, m[3] ? Number(m[3]) : undefined);
  m = /^(\d{4})年?(?:上半年|下半年|年初|年中|年底|年末|初|中|底|末|以来|全年|第?[一二三四1-4]季度)$/.exec(text);
  if (m) return checked(Number(m[1]));
  m = /^(\d{4})([.\-/])(\d{1,2})(?:\2(\d{1,2}))?$/.exec(text);
  if (m) return checked(Number(m[1]), Number(m[3]), m[4] ? Number(m[4]) : undefined);
  m = /^(\d{4})(\d{2})(\d{2})?$/.exec(text);
  if (m) return checked(Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : undefined);
  m = /^(\d{4})$/.exec(text);
  if (m) return checked(Number(m[1]));
  return null;
}

/** "市商务局、宜宾海关；市税务局" → three names; blanks and repeats dropped. */
export function splitList(text: string): string[] {
  const items = text
    .split(/[、，,;；\n\r|｜]+/)
    .map((item) => item.trim())
    .filter(Boolean);
  return [...new Set(items)];
}

export { protectFromFormula, unprotectFormula } from '../files/spreadsheet-cells.js';
