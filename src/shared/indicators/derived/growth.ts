/**
 * Growth figures. 同比增长 compares a period with the same period a year earlier. 年均增长 has two
 * meanings in bulletins and the method says which: the compound rate (CAGR, 'cagr'), and the
 * arithmetic mean of the yearly rates ('mean_growth'). For a single year both equal 同比.
 */
import { Dec } from '../decimal.js';
import { FigureError } from '../errors.js';
import { samePeriodLastYear, yearsBetween } from '../periods.js';
import { harmonise } from '../quantity.js';
import { percentFigure, type DerivedFigure, type FigureInput } from './figure.js';

function positiveBase(base: Dec, input: FigureInput): void {
  if (!base.gt(0)) throw new FigureError('figure_base_not_positive', { ref: input.ref, period: input.period ?? '' });
}

/** (current ÷ previous − 1) × 100, both in one unit. */
function growthPercent(current: FigureInput, previous: FigureInput): Dec {
  const [now, before] = harmonise([current.quantity, previous.quantity]);
  positiveBase(before!, previous);
  return now!.div(before!).minus(1).times(100);
}

/** 同比增长 of `current` over `previous` (which, when both periods are given, must be the same period a year earlier). */
export function yoyGrowth(current: FigureInput, previous: FigureInput): DerivedFigure<'yoy_growth'> {
  if (current.period !== undefined && previous.period !== undefined && samePeriodLastYear(current.period) !== previous.period) {
    throw new FigureError('figure_not_year_before', { period: current.period, previous: previous.period });
  }
  return percentFigure('yoy_growth', growthPercent(current, previous), [current, previous], { from: previous.period ?? '', to: current.period ?? '' });
}

/** The whole years between two inputs: from their periods, or as given. */
function spanYears(first: FigureInput, last: FigureInput, years?: number): number {
  const n = years ?? (first.period !== undefined && last.period !== undefined ? yearsBetween(first.period, last.period) : Number.NaN);
  if (!Number.isInteger(n) || n < 1) throw new FigureError('figure_bad_span', { from: first.period ?? '', to: last.period ?? '' });
  return n;
}

/** 年均增长（复合）: ((last ÷ first)^(1/years) − 1) × 100, `years` from the periods (2018 → 2020 is 2). */
export function cagr(first: FigureInput, last: FigureInput, years?: number): DerivedFigure<'cagr'> {
  const n = spanYears(first, last, years);
  const [end, start] = harmonise([last.quantity, first.quantity]);
  positiveBase(start!, first);
  const ratio = end!.div(start!);
  const rate = (n === 1 ? ratio : ratio.pow(new Dec(1).div(n))).minus(1).times(100);
  return percentFigure('cagr', rate, [first, last], { from: first.period ?? '', to: last.period ?? '', years: n });
}

/**
 * 年均增长（算术平均）: the mean of the year-on-year rates of consecutive yearly inputs
 * (oldest first; three inputs give two rates). The rates themselves are in `params`.
 */
export function meanGrowth(series: readonly FigureInput[]): DerivedFigure<'mean_growth'> {
  if (series.length < 2) throw new FigureError('figure_bad_span', { from: series[0]?.period ?? '', to: series.at(-1)?.period ?? '' });
  const rates = series.slice(1).map((input, i) => {
    if (input.period !== undefined && series[i]!.period !== undefined && samePeriodLastYear(input.period) !== series[i]!.period) {
      throw new FigureError('figure_not_year_before', { period: input.period, previous: series[i]!.period! });
    }
    return growthPercent(input, series[i]!);
  });
  const mean = rates.reduce((acc, rate) => acc.plus(rate), new Dec(0)).div(rates.length);
  return percentFigure('mean_growth', mean, [...series], { from: series[0]!.period ?? '', to: series.at(-1)!.period ?? '', years: rates.length, rates: rates.map((r) => r.toDecimalPlaces(1).toFixed()).join(',') });
}
