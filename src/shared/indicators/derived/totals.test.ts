import { describe, expect, it } from 'vitest';
import { cumulativeToPeriodic } from '../cumulative-periods.js';
import { sinceTotal, spanTotal } from './totals.js';
import type { FigureInput } from './figure.js';

const month = (period: string, value: string, qualifier: FigureInput['quantity']['qualifier'] = null): FigureInput => ({ ref: `zb-${period}`, period, quantity: { value, unit: 'cny_100m', qualifier } });

describe('totals over periods', () => {
  it('宜宾综保区: 自今年初封关以来实现外贸进出口19.9亿元 (示例 monthly values, from cumulative reports)', () => {
    // Year-to-date reports (累计值) as the customs office publishes them; the months derive from them.
    const cumulative = { '2020-01': '0.8', '2020-02': '1.5', '2020-03': '3.1', '2020-04': '4.9', '2020-05': '6.6', '2020-06': '8.8', '2020-07': '10.7', '2020-08': '12.9', '2020-09': '15.0', '2020-10': '17.4', '2020-11': '19.9' };
    const monthly = cumulativeToPeriodic(cumulative, '2020-01', '2020-11').map((v) => month(v.period, v.value!));
    const total = sinceTotal(monthly, '2020-01', '2020-11');
    expect(total).toMatchObject({ method: 'since_total', value: '19.9', unit: 'cny_100m', params: { from: '2020-01', to: '2020-11', periods: 11 } });
    expect(total.inputs).toHaveLength(11);
  });

  it('a gap is an error naming the missing periods, never a smaller total', () => {
    expect(() => sinceTotal([month('2020-01', '1'), month('2020-03', '1')], '2020-01', '2020-03')).toThrow(expect.objectContaining({ code: 'figure_periods_missing', params: { periods: '2020-02' } }));
    expect(() => spanTotal([month('2020-01', '1'), month('2020-01', '1')], '2020-01', '2020-01')).toThrow(expect.objectContaining({ code: 'figure_period_twice' }));
    expect(() => spanTotal([month('2021-01', '1')], '2020-01', '2020-02')).toThrow(expect.objectContaining({ code: 'figure_outside_span' }));
  });

  it('sums across units and carries the bound of qualified inputs', () => {
    const total = spanTotal([month('2019', '3000', 'over'), { ...month('2020', '2', 'odd') }].map((i, n) => (n === 0 ? { ...i, quantity: { ...i.quantity, unit: 'cny_10k' as const } } : i)), '2019', '2020');
    expect(total).toMatchObject({ value: '23000', unit: 'cny_10k', qualifier: 'over', approximate: true, inputQualifiers: ['over', 'odd'] });
  });
});
