/** Unit conversion is a shift of the decimal point: exact both ways, never through a float; other dimensions are refused. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UNIT_DEFINITIONS, UNITS, type Unit } from '../../shared/indicators.enums.js';
import { AppError } from '../../kernel/errors.js';
import { canonicalDecimal, convertValue, periodIsOfKind } from './indicator-units.js';

const decimal = fc
  .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 15n - 1n }), fc.option(fc.stringMatching(/^\d{1,8}$/), { nil: undefined }))
  .map(([negative, whole, fraction]) => `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`);
const sameDimension = fc.constantFrom(...UNITS).chain((from) =>
  fc.constantFrom(...UNITS.filter((to) => UNIT_DEFINITIONS[to].dimension === UNIT_DEFINITIONS[from].dimension)).map((to) => [from, to] as [Unit, Unit]),
);

describe('unit conversion', () => {
  it('shifts the decimal point exactly (116000 万元 is 11.6 亿元)', () => {
    expect(convertValue('116000', 'cny_10k', 'cny_100m')).toBe('11.6');
    expect(convertValue('11.6', 'cny_100m', 'cny_10k')).toBe('116000');
    expect(convertValue('0.3', 'cny_100m', 'cny')).toBe('30000000');
    expect(convertValue('123456789012345.12345678', 'cny', 'cny_100m')).toBe('1234567.8901234512345678');
    expect(convertValue('166.2', 't_10k', 't')).toBe('1662000');
  });

  it('round-trips exactly between any two units of one dimension', () => {
    fc.assert(
      fc.property(decimal, sameDimension, (value, [from, to]) => {
        expect(convertValue(convertValue(value, from, to), to, from)).toBe(canonicalDecimal(value));
      }),
    );
  });

  it('refuses units of different dimensions (亿元 and 亿美元 never mix)', () => {
    expect(() => convertValue('1', 'usd_100m', 'cny_100m')).toThrow(AppError);
    expect(() => convertValue('1', 'percent', 'rank')).toThrow(/INDICATOR_UNIT_INCOMPATIBLE/);
  });
});

describe('period keys', () => {
  it.each([
    ['2020', 'year', true], ['2020Q3', 'quarter', true], ['2020-07', 'month', true],
    ['2020', 'month', false], ['2020-07', 'quarter', false], ['2020Q5', 'quarter', false], ['2020-13', 'month', false],
  ] as const)('%s is a %s: %s', (period, kind, expected) => {
    expect(periodIsOfKind(period, kind)).toBe(expected);
  });
});
