import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Unit } from '../../indicators.enums.js';
import { FigureError } from '../errors.js';
import { cagr, meanGrowth, yoyGrowth } from './growth.js';
import { spanTotal } from './totals.js';
import type { FigureInput } from './figure.js';

const input = (ref: string, period: string, value: string, unit: Unit = 'cny_100m', qualifier: FigureInput['quantity']['qualifier'] = null): FigureInput => ({ ref, period, quantity: { value, unit, qualifier } });

describe('growth', () => {
  it('德阳: 2020年物流港货运量166.2万吨，同比增长51.1% (2019: 110.0万吨, a test value)', () => {
    const growth = yoyGrowth(input('dy-2020', '2020', '166.2', 't_10k'), input('dy-2019', '2019', '1100000', 't'));
    expect(growth).toMatchObject({ method: 'yoy_growth', value: '51.1', unit: 'percent', approximate: false, params: { from: '2019', to: '2020' } });
    expect(growth.exact).toBe('51.090909090909');
    expect(growth.inputs.map((i) => i.ref)).toEqual(['dy-2020', 'dy-2019']);
  });

  it('资阳: 六家企业产值13.1亿元，增长144.9% (previous year 5.35亿元, a test value)', () => {
    expect(yoyGrowth(input('zy-2020', '2020', '13.1'), input('zy-2019', '2019', '5.35')).value).toBe('144.9');
  });

  // The article gives only the two-year total and the average; the yearly inputs are 示例 values
  // chosen to reproduce both to the printed precision, under both meanings of 年均增长.
  const yibin = [input('yb-2018', '2018', '33.0'), input('yb-2019', '2019', '62.9'), input('yb-2020', '2020', '120.0')];
  it('宜宾: 两年累计进出口182.9亿元，年均增长90.7% (示例 yearly inputs 33.0 / 62.9 / 120.0亿元)', () => {
    expect(spanTotal(yibin.slice(1), '2019', '2020')).toMatchObject({ method: 'span_total', value: '182.9', unit: 'cny_100m' });
    const compound = cagr(yibin[0]!, yibin[2]!);
    expect(compound).toMatchObject({ method: 'cagr', value: '90.7', params: { years: 2, from: '2018', to: '2020' } });
    expect(compound.exact).toBe('90.692517849118');
    const mean = meanGrowth(yibin);
    expect(mean).toMatchObject({ method: 'mean_growth', value: '90.7', params: { years: 2, rates: '90.6,90.8' } });
    expect(mean.exact).toBe('90.692537457243');
  });

  it('CAGR over one year equals year-on-year growth, and so does the mean of one rate (property)', () => {
    const value = fc.integer({ min: 1, max: 10 ** 12 }).map((n) => (n / 1000).toString());
    fc.assert(
      fc.property(value, value, fc.integer({ min: 1901, max: 2100 }), (a, b, year) => {
        const [before, now] = [input('a', String(year - 1), a), input('b', String(year), b)];
        const yoy = yoyGrowth(now, before);
        expect(cagr(before, now)).toMatchObject({ value: yoy.value, exact: yoy.exact });
        expect(meanGrowth([before, now])).toMatchObject({ value: yoy.value, exact: yoy.exact });
      }),
      { numRuns: 1000 },
    );
  });

  it('a qualified input makes the growth approximate', () => {
    const growth = yoyGrowth(input('a', '2020', '110', 'cny_10k', 'about'), input('b', '2019', '100', 'cny_10k'));
    expect(growth).toMatchObject({ value: '10', approximate: true, inputQualifiers: ['about'], qualifier: 'about' });
  });

  it('refuses a zero base, a wrong pairing and other dimensions', () => {
    expect(() => yoyGrowth(input('a', '2020', '1'), input('b', '2019', '0'))).toThrow(expect.objectContaining({ code: 'figure_base_not_positive' }));
    expect(() => yoyGrowth(input('a', '2020', '1'), input('b', '2018', '1'))).toThrow(expect.objectContaining({ code: 'figure_not_year_before' }));
    expect(() => yoyGrowth(input('a', '2020-07', '1'), input('b', '2020-06', '1'))).toThrow(FigureError);
    expect(() => yoyGrowth(input('a', '2020', '1'), input('b', '2019', '1', 'usd_100m'))).toThrow(expect.objectContaining({ code: 'figure_unit_incompatible' }));
    expect(() => cagr(input('a', '2020', '1'), input('b', '2020', '2'))).toThrow(expect.objectContaining({ code: 'figure_bad_span' }));
    expect(() => meanGrowth([input('a', '2018', '1'), input('b', '2020', '2')])).toThrow(expect.objectContaining({ code: 'figure_not_year_before' }));
  });
});
