/**
 * Dates as offices record them: a day, a month ("2021年1月") or just a year. Stored as the
 * first day plus a precision, shown back at that precision.
 */
import { z } from 'zod';

export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
export type PartialDate = { on: string; precision: DatePrecision };

/**
 * The one range every date in Yanzhen falls in. The earliest is before any zone, port or
 * document the offices record; the latest bounds filters. Dates of facts are also not after today.
 */
export const DATE_MIN = '1900-01-01';
export const DATE_MAX = '2100-12-31';

/** 'YYYY-MM-DD' names a day that exists (no 2021-02-30). */
export function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/**
 * A day, month or year something happened in (a zone set up, a step taken, an idea first
 * tried): within the shared range and not after today in China.
 */
export const partialDateField = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { message: 'date_format', abort: true })
  .refine((value) => parsePartialDate(value) !== null, { message: 'date_invalid', abort: true })
  .refine((value) => parsePartialDate(value)!.on <= todayInChina(), { message: 'date_future', abort: true })
  .refine((value) => parsePartialDate(value)!.on >= DATE_MIN, 'date_range');

/** '2021' → 2021-01-01/year, '2021-07' → 2021-07-01/month, '2021-07-15' → day; null if impossible. */
export function parsePartialDate(value: string): PartialDate | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return null;
  const [, year, month, day] = match;
  const on = `${year}-${month ?? '01'}-${day ?? '01'}`;
  if (!isRealDate(on)) return null;
  return { on, precision: day ? 'day' : month ? 'month' : 'year' };
}

/** Chinese office style: 2021年1月5日 / 2021年1月 / 2021年; English: 2021-01-05 / 2021-01 / 2021. */
export function formatPartialDate(on: string | null, precision: DatePrecision | string | null, lang: 'zh' | 'en' = 'zh'): string {
  if (!on) return '';
  const [year, month, day] = on.split('-');
  if (lang === 'en') return precision === 'year' ? year! : precision === 'month' ? `${year}-${month}` : on;
  if (precision === 'year') return `${year}年`;
  if (precision === 'month') return `${year}年${Number(month)}月`;
  return `${year}年${Number(month)}月${Number(day)}日`;
}

/** Today's date ('YYYY-MM-DD') in China time (UTC+8), where the offices are, whatever the server's zone. */
export function todayInChina(now: number = Date.now()): string {
  return new Date(now + 8 * 3_600_000).toISOString().slice(0, 10);
}
