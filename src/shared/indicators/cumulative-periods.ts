/**
 * Monthly (or quarterly) values and the cumulative-to-date values (累计值, year-to-date) offices
 * often publish instead, each derived from the other. The cumulative resets each January. A
 * missing input is never guessed: the result for that period is null with the reason and the
 * periods it lacked, so the UI can say "7月的当月值缺失：缺少6月累计值".
 */
import { Dec, decString } from './decimal.js';
import { FigureError } from './errors.js';
import { parsePeriod, periodKey, periodSpan, stepInYear, type Period } from './periods.js';

export type PeriodValue = { period: string; value: string | null; missing: string[] };
export type ValuesByPeriod = Readonly<Record<string, string | null | undefined>>;

function subYearPeriod(key: string): Period {
  const period = parsePeriod(key);
  if (!period || period.kind === 'year') throw new FigureError('figure_period_not_sub_year', { period: key });
  return period;
}

/** The periods of `key`'s year up to and including it (2020-03 → 2020-01, 2020-02, 2020-03). */
function yearToDate(key: string): string[] {
  const period = subYearPeriod(key);
  const first = periodKey(period.kind === 'quarter' ? { kind: 'quarter', year: period.year, quarter: 1 } : { kind: 'month', year: period.year, month: 1 });
  return periodSpan(first, key);
}

const present = (values: ValuesByPeriod, key: string) => values[key] !== null && values[key] !== undefined;

/**
 * The value of each period of `from`..`to` from cumulative values: the period's cumulative less
 * the one before it in the same year (January's is its own).
 */
export function cumulativeToPeriodic(cumulative: ValuesByPeriod, from: string, to: string): PeriodValue[] {
  return periodSpan(from, to).map((key) => {
    const period = subYearPeriod(key);
    const before = stepInYear(period) === 1 ? null : yearToDate(key).at(-2)!;
    const needed = before ? [key, before] : [key];
    const missing = needed.filter((k) => !present(cumulative, k));
    if (missing.length) return { period: key, value: null, missing };
    const value = new Dec(cumulative[key]!).minus(before ? cumulative[before]! : 0);
    return { period: key, value: decString(value), missing: [] };
  });
}

/** The cumulative-to-date value of each period of `from`..`to` from periodic values: the sum since January. */
export function periodicToCumulative(periodic: ValuesByPeriod, from: string, to: string): PeriodValue[] {
  return periodSpan(from, to).map((key) => {
    const months = yearToDate(key);
    const missing = months.filter((k) => !present(periodic, k));
    if (missing.length) return { period: key, value: null, missing };
    return { period: key, value: decString(months.reduce((acc, k) => acc.plus(periodic[k]!), new Dec(0))), missing: [] };
  });
}
