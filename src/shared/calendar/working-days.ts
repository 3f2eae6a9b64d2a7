/**
 * Working days in mainland China: weekends and statutory holidays off, adjusted working days
 * (调休, a Saturday or Sunday worked) on, from the State Council's yearly arrangements as the
 * kept package chinese-days carries them. A year the package has no arrangement for (the next
 * year before its arrangement is published, or years before 2004) is refused rather than guessed:
 * counting by weekdays alone would end a 公示 period or a processing time on a holiday.
 *
 * Dates are calendar dates in China, written YYYY-MM-DD.
 */
import chineseDays from 'chinese-days';

export class CalendarYearNotCovered extends RangeError {
  constructor(readonly year: number) {
    super(`no holiday arrangement for ${year}`);
    this.name = 'CalendarYearNotCovered';
  }
}

const covered = new Map<number, boolean>();

/** Whether the package has the year's holiday arrangement (it lists the year's statutory holidays). */
export function isYearCovered(year: number): boolean {
  let known = covered.get(year);
  if (known === undefined) {
    known = Number.isInteger(year) && year >= 1900 && year <= 2200 && chineseDays.getHolidaysInRange(`${year}-01-01`, `${year}-12-31`, false).length > 0;
    covered.set(year, known);
  }
  return known;
}

/** The years with an arrangement, around `around` (the first and last of the unbroken run through it). */
export function coveredYears(around: number): { first: number; last: number } | null {
  if (!isYearCovered(around)) return null;
  let first = around;
  let last = around;
  while (isYearCovered(first - 1)) first -= 1;
  while (isYearCovered(last + 1)) last += 1;
  return { first, last };
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parse(date: string): number {
  const match = DATE.exec(date);
  const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : Number.NaN;
  if (!match || Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date) throw new RangeError(`not a date: ${date}`);
  return ms;
}

const DAY_MS = 86_400_000;
const format = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function isWorkingDay(date: string): boolean {
  const year = new Date(parse(date)).getUTCFullYear();
  if (!isYearCovered(year)) throw new CalendarYearNotCovered(year);
  return chineseDays.isWorkday(date);
}

/** The `n`th working day counting from `start` itself (n ≥ 1): a 公示 of 5 working days from a Monday ends on Friday. */
export function nthWorkingDay(start: string, n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError('the number of working days must be a positive integer');
  let ms = parse(start);
  let counted = isWorkingDay(format(ms)) ? 1 : 0;
  while (counted < n) {
    ms += DAY_MS;
    if (isWorkingDay(format(ms))) counted += 1;
  }
  return format(ms);
}

/** Working days after `from` up to and including `to` (a case received on `from` and completed on `to`); 0 when `to` is not after `from`. */
export function workingDaysBetween(from: string, to: string): number {
  const end = parse(to);
  let count = 0;
  for (let ms = parse(from) + DAY_MS; ms <= end; ms += DAY_MS) if (isWorkingDay(format(ms))) count += 1;
  return count;
}
