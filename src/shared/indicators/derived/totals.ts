/**
 * Totals over periods: 两年累计 (a span of periods, 'span_total') and …以来累计 (since a month,
 * 封关以来, 'since_total', from monthly values; convert cumulative reports first with
 * `cumulativeToPeriodic`). Every period of the span must be there exactly once: a gap is an error
 * naming the missing periods, never a smaller total.
 */
import { FigureError } from '../errors.js';
import { periodSpan } from '../periods.js';
import { sum } from '../quantity.js';
import type { DerivedFigure, FigureInput } from './figure.js';

function totalOver<M extends 'span_total' | 'since_total'>(method: M, inputs: readonly FigureInput[], from: string, to: string): DerivedFigure<M> {
  const keys = periodSpan(from, to);
  const byPeriod = new Map<string, FigureInput>();
  for (const input of inputs) {
    if (input.period === undefined || !keys.includes(input.period)) throw new FigureError('figure_outside_span', { period: input.period ?? '', from, to });
    if (byPeriod.has(input.period)) throw new FigureError('figure_period_twice', { period: input.period });
    byPeriod.set(input.period, input);
  }
  const missing = keys.filter((key) => !byPeriod.has(key));
  if (missing.length) throw new FigureError('figure_periods_missing', { periods: missing.join(', ') });
  const ordered = keys.map((key) => byPeriod.get(key)!);
  const total = sum(ordered.map((input) => input.quantity));
  return {
    method,
    value: total.value,
    exact: total.value,
    unit: total.unit,
    qualifier: total.qualifier,
    approximate: total.approximate,
    inputQualifiers: total.inputQualifiers,
    params: { from, to, periods: keys.length },
    inputs: ordered,
  };
}

/** 两年累计: the sum over every period from `from` to `to`. */
export function spanTotal(inputs: readonly FigureInput[], from: string, to: string): DerivedFigure<'span_total'> {
  return totalOver('span_total', inputs, from, to);
}

/** 封关以来累计: the sum of the monthly values since the month `since` up to `through`. */
export function sinceTotal(monthly: readonly FigureInput[], since: string, through: string): DerivedFigure<'since_total'> {
  if (!/^\d{4}-\d{2}$/.test(since)) throw new FigureError('figure_period_not_sub_year', { period: since });
  return totalOver('since_total', monthly, since, through);
}
