/**
 * Period keys of indicator values: '2020' (year), '2020Q3' (quarter), '2020-07' (month), written
 * 2020年 / 2020年第三季度 / 2020年7月 and 2020 / Q3 2020 / July 2020. Periods of one kind are
 * ordered by an index (months since year 0 and so on) so spans and steps are arithmetic.
 */
import type { Lang } from '../enums.js';
import type { PeriodKind } from '../indicators.enums.js';
import { FigureError } from './errors.js';

export type Period = { kind: 'year'; year: number } | { kind: 'quarter'; year: number; quarter: number } | { kind: 'month'; year: number; month: number };

/** The years a period may fall in (the range of every date in Yanzhen). */
export const PERIOD_YEAR_MIN = 1900;
export const PERIOD_YEAR_MAX = 2100;

const PER_YEAR: Record<PeriodKind, number> = { year: 1, quarter: 4, month: 12 };
const ZH_QUARTER = ['一', '二', '三', '四'];
const EN_MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The period a key names, or null if it names none ('2020Q5', '2020-13', '20200'). */
export function parsePeriod(key: string): Period | null {
  const match = /^(\d{4})(?:Q([1-4])|-(0[1-9]|1[0-2]))?$/.exec(key);
  if (!match) return null;
  const year = Number(match[1]);
  if (year < PERIOD_YEAR_MIN || year > PERIOD_YEAR_MAX) return null;
  if (match[2]) return { kind: 'quarter', year, quarter: Number(match[2]) };
  if (match[3]) return { kind: 'month', year, month: Number(match[3]) };
  return { kind: 'year', year };
}

export function periodKey(period: Period): string {
  if (period.kind === 'year') return String(period.year);
  if (period.kind === 'quarter') return `${period.year}Q${period.quarter}`;
  return `${period.year}-${String(period.month).padStart(2, '0')}`;
}

function requirePeriod(key: string): Period {
  const period = parsePeriod(key);
  if (!period) throw new FigureError('figure_bad_period', { period: key });
  return period;
}

/** The period's place within its year: 1 for a year, 1–4 for a quarter, 1–12 for a month. */
export function stepInYear(period: Period): number {
  return period.kind === 'year' ? 1 : period.kind === 'quarter' ? period.quarter : period.month;
}

export function periodIndex(period: Period): number {
  return period.year * PER_YEAR[period.kind] + stepInYear(period) - 1;
}

function fromIndex(kind: PeriodKind, index: number): Period {
  const year = Math.floor(index / PER_YEAR[kind]);
  const step = (index % PER_YEAR[kind]) + 1;
  return kind === 'year' ? { kind, year } : kind === 'quarter' ? { kind, year, quarter: step } : { kind, year, month: step };
}

/** The key `steps` periods of the same kind later (earlier if negative), or null outside the range. */
export function shiftPeriod(key: string, steps: number): string | null {
  const period = requirePeriod(key);
  const next = fromIndex(period.kind, periodIndex(period) + steps);
  return next.year < PERIOD_YEAR_MIN || next.year > PERIOD_YEAR_MAX ? null : periodKey(next);
}

/** 2020-07 → 2020-06, 2020Q1 → 2019Q4, 2020 → 2019. */
export const previousPeriod = (key: string): string | null => shiftPeriod(key, -1);

/** 同期: 2020-07 → 2019-07, 2020Q3 → 2019Q3, 2020 → 2019. */
export const samePeriodLastYear = (key: string): string | null => shiftPeriod(key, -PER_YEAR[requirePeriod(key).kind]);

/** Every key from `from` to `to` inclusive; both of one kind, `from` not after `to`. */
export function periodSpan(from: string, to: string): string[] {
  const [a, b] = [requirePeriod(from), requirePeriod(to)];
  if (a.kind !== b.kind) throw new FigureError('figure_period_kinds_differ', { from, to });
  if (periodIndex(a) > periodIndex(b)) throw new FigureError('figure_span_reversed', { from, to });
  return Array.from({ length: periodIndex(b) - periodIndex(a) + 1 }, (_, i) => periodKey(fromIndex(a.kind, periodIndex(a) + i)));
}

/** Whole years between two period keys of one kind (2018 → 2020 is 2; 2019-12 → 2020-12 is 1). */
export function yearsBetween(from: string, to: string): number {
  const [a, b] = [requirePeriod(from), requirePeriod(to)];
  if (a.kind !== b.kind) throw new FigureError('figure_period_kinds_differ', { from, to });
  return (periodIndex(b) - periodIndex(a)) / PER_YEAR[a.kind];
}

/** 2020年 / 2020年第三季度 / 2020年7月; 2020 / Q3 2020 / July 2020. */
export function formatPeriod(key: string, lang: Lang): string {
  const period = requirePeriod(key);
  if (period.kind === 'year') return lang === 'zh' ? `${period.year}年` : String(period.year);
  if (period.kind === 'quarter') return lang === 'zh' ? `${period.year}年第${ZH_QUARTER[period.quarter - 1]}季度` : `Q${period.quarter} ${period.year}`;
  return lang === 'zh' ? `${period.year}年${period.month}月` : `${EN_MONTH[period.month - 1]} ${period.year}`;
}

/** A cumulative figure's span as offices head it: 2020年1—7月 / 2020年1—3季度; January–July 2020. */
export function formatYearToDate(key: string, lang: Lang): string {
  const period = requirePeriod(key);
  if (period.kind === 'year') return formatPeriod(key, lang);
  const step = stepInYear(period);
  if (step === 1) return formatPeriod(key, lang);
  if (period.kind === 'quarter') return lang === 'zh' ? `${period.year}年1—${step}季度` : `Q1–Q${step} ${period.year}`;
  return lang === 'zh' ? `${period.year}年1—${step}月` : `January–${EN_MONTH[step - 1]} ${period.year}`;
}
