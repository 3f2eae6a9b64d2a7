import type { Lang } from '@shared/enums';
import type { DatePrecision } from '../api/types';

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Formats a calendar date ('YYYY', 'YYYY-MM' or 'YYYY-MM-DD', optionally with a time part) the way a
 * Chinese office writes it: 2021年1月5日, or 2021年1月 / 2021年 when only the month or year is known.
 * Parsed by hand: `new Date('2021-01-05')` is UTC and may show the previous day in some time zones.
 */
export function formatDate(value: string | null | undefined, precision: DatePrecision | null | undefined, lang: Lang): string {
  if (!value) return '—';
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
  if (!match) return value;
  const year = match[1] as string;
  const month = match[2] ? Number(match[2]) : undefined;
  const day = match[3] ? Number(match[3]) : undefined;
  const effective: DatePrecision = precision ?? (day ? 'day' : month ? 'month' : 'year');
  if (effective === 'year' || month === undefined) return lang === 'zh' ? `${year}年` : year;
  if (effective === 'month' || day === undefined) {
    return lang === 'zh' ? `${year}年${month}月` : `${EN_MONTHS[month - 1]} ${year}`;
  }
  return lang === 'zh' ? `${year}年${month}月${day}日` : `${EN_MONTHS[month - 1]} ${day}, ${year}`;
}

export type ChinaClock = { year: number; month: number; day: number; hour: number; minute: number };

/**
 * An instant on China's clock (UTC+8, no daylight saving) wherever the browser is: the offices'
 * clock, and the same day boundary the server uses for "not after today". The one place the
 * web app turns an instant into a China date or hour (timestamps, the greeting).
 */
export function chinaClock(instant: Date): ChinaClock {
  const shifted = new Date(instant.getTime() + 8 * 3_600_000);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
  };
}

/** A moment in time (ISO timestamp) on China's clock: 2026年1月5日 14:03, Jan 5, 2026 14:03. */
export function formatDateTime(value: string | null | undefined, lang: Lang): string {
  if (!value) return '—';
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return value;
  const { year: y, month: m, day: d, hour, minute } = chinaClock(instant);
  const pad = (n: number) => String(n).padStart(2, '0');
  const time = `${pad(hour)}:${pad(minute)}`;
  return lang === 'zh' ? `${y}年${m}月${d}日 ${time}` : `${EN_MONTHS[m - 1]} ${d}, ${y} ${time}`;
}

export function formatNumber(value: number | string | null | undefined, lang: Lang): string {
  if (value === null || value === undefined || value === '') return '—';
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(n)) return String(value);
  // Decimal strings from the API keep their own precision; only add grouping separators.
  const fraction = typeof value === 'string' && value.includes('.') ? (value.split('.')[1]?.length ?? 0) : undefined;
  return new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', {
    minimumFractionDigits: fraction,
    maximumFractionDigits: fraction ?? 2,
  }).format(n);
}
