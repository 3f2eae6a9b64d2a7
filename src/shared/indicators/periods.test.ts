import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec, decString } from './decimal.js';
import { cumulativeToPeriodic, periodicToCumulative } from './cumulative-periods.js';
import { FigureError } from './errors.js';
import { formatPeriod, formatYearToDate, parsePeriod, periodKey, periodSpan, previousPeriod, samePeriodLastYear, shiftPeriod, yearsBetween } from './periods.js';

const period = fc.oneof(
  fc.integer({ min: 1900, max: 2100 }).map((year) => ({ kind: 'year' as const, year })),
  fc.record({ kind: fc.constant('quarter' as const), year: fc.integer({ min: 1900, max: 2100 }), quarter: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ kind: fc.constant('month' as const), year: fc.integer({ min: 1900, max: 2100 }), month: fc.integer({ min: 1, max: 12 }) }),
);

describe('periods', () => {
  it('parses and writes keys', () => {
    expect(parsePeriod('2020')).toEqual({ kind: 'year', year: 2020 });
    expect(parsePeriod('2020Q3')).toEqual({ kind: 'quarter', year: 2020, quarter: 3 });
    expect(parsePeriod('2020-07')).toEqual({ kind: 'month', year: 2020, month: 7 });
    for (const bad of ['2020Q5', '2020-13', '2020-7', '20200', '1899', '2020q3', '', '２０２０']) expect(parsePeriod(bad)).toBeNull();
    expect(formatPeriod('2020', 'zh')).toBe('2020年');
    expect(formatPeriod('2020Q3', 'zh')).toBe('2020年第三季度');
    expect(formatPeriod('2020-07', 'zh')).toBe('2020年7月');
    expect(formatPeriod('2020Q3', 'en')).toBe('Q3 2020');
    expect(formatPeriod('2020-07', 'en')).toBe('July 2020');
    expect(formatYearToDate('2020-07', 'zh')).toBe('2020年1—7月');
    expect(formatYearToDate('2020-07', 'en')).toBe('January–July 2020');
  });

  it('key → period → key round-trips, and steps invert (property)', () => {
    fc.assert(
      fc.property(period, fc.integer({ min: -50, max: 50 }), (p, steps) => {
        const key = periodKey(p);
        expect(parsePeriod(key)).toEqual(p);
        const moved = shiftPeriod(key, steps);
        if (moved !== null) expect(shiftPeriod(moved, -steps)).toBe(key);
      }),
      { numRuns: 1000 },
    );
  });

  it('steps to the previous period and to the same period a year earlier', () => {
    expect(previousPeriod('2020-01')).toBe('2019-12');
    expect(previousPeriod('2020Q1')).toBe('2019Q4');
    expect(previousPeriod('2020')).toBe('2019');
    expect(samePeriodLastYear('2020-07')).toBe('2019-07');
    expect(samePeriodLastYear('2020Q3')).toBe('2019Q3');
    expect(previousPeriod('1900')).toBeNull();
    expect(periodSpan('2019-11', '2020-02')).toEqual(['2019-11', '2019-12', '2020-01', '2020-02']);
    expect(yearsBetween('2018', '2020')).toBe(2);
    expect(() => periodSpan('2020', '2020-01')).toThrow(FigureError);
    expect(() => periodSpan('2021', '2020')).toThrow(FigureError);
  });
});

describe('monthly ↔ cumulative (累计值)', () => {
  it('derives months from year-to-date values, January its own, resetting each year', () => {
    const cumulative = { '2020-11': '100', '2020-12': '130.5', '2021-01': '12', '2021-02': '30' };
    expect(cumulativeToPeriodic(cumulative, '2020-12', '2021-02')).toEqual([
      { period: '2020-12', value: '30.5', missing: [] },
      { period: '2021-01', value: '12', missing: [] },
      { period: '2021-02', value: '18', missing: [] },
    ]);
  });

  it('says which inputs are missing instead of guessing', () => {
    // 1—2月 published together: February's month value cannot be separated from January's.
    expect(cumulativeToPeriodic({ '2021-02': '30', '2021-03': '41' }, '2021-02', '2021-03')).toEqual([
      { period: '2021-02', value: null, missing: ['2021-01'] },
      { period: '2021-03', value: '11', missing: [] },
    ]);
    expect(periodicToCumulative({ '2021-01': '1', '2021-03': '2' }, '2021-01', '2021-03')).toEqual([
      { period: '2021-01', value: '1', missing: [] },
      { period: '2021-02', value: null, missing: ['2021-02'] },
      { period: '2021-03', value: null, missing: ['2021-02'] },
    ]);
    expect(() => periodicToCumulative({}, '2020', '2021')).toThrow(FigureError);
  });

  it('round-trips both ways, for months and quarters (property)', () => {
    const values = fc.array(fc.integer({ min: -(10 ** 9), max: 10 ** 9 }).map((n) => decString(new Dec(n).div(100))), { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(values, fc.constantFrom('2019-10', '2020Q2'), (list, start) => {
        const keys = periodSpan(start, shiftPeriod(start, list.length - 1)!);
        // The year's earlier periods are needed for the cumulative; give them too.
        const first = start.includes('Q') ? `${start.slice(0, 4)}Q1` : `${start.slice(0, 4)}-01`;
        const all = periodSpan(first, keys.at(-1)!);
        const periodic = Object.fromEntries(all.map((k, i) => [k, list[i % list.length]!]));
        const cumulative = Object.fromEntries(periodicToCumulative(periodic, first, keys.at(-1)!).map((v) => [v.period, v.value]));
        expect(cumulativeToPeriodic(cumulative, first, keys.at(-1)!).map((v) => v.value)).toEqual(all.map((k) => periodic[k]));
        const again = Object.fromEntries(cumulativeToPeriodic(cumulative, first, keys.at(-1)!).map((v) => [v.period, v.value]));
        expect(periodicToCumulative(again, first, keys.at(-1)!).map((v) => v.value)).toEqual(all.map((k) => cumulative[k]));
      }),
      { numRuns: 1000 },
    );
  });
});
