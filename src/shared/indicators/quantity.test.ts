import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UNIT_DEFINITIONS, UNITS, type Unit } from '../indicators.enums.js';
import { FigureError } from './errors.js';
import { compare, convert, convertValue, sum, sumQualifier, type Quantity } from './quantity.js';

const decimal = fc
  .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.nat(8))
  .map(([negative, digits, places]) => {
    const text = digits.toString().padStart(places + 1, '0');
    const value = places ? `${text.slice(0, -places)}.${text.slice(-places)}` : text;
    return negative && digits !== 0n ? `-${value}` : value;
  });
const unit = fc.constantFrom(...UNITS);
const pairOfOneDimension = unit.chain((a) => fc.constantFrom(...UNITS.filter((b) => UNIT_DEFINITIONS[b].dimension === UNIT_DEFINITIONS[a].dimension)).map((b) => [a, b] as const));

describe('quantities', () => {
  it('converts exactly between units of one dimension', () => {
    expect(convertValue('11.6', 'cny_100m', 'cny_10k')).toBe('116000');
    expect(convertValue('116000', 'cny_10k', 'cny_100m')).toBe('11.6');
    expect(convertValue('166.2', 't_10k', 't')).toBe('1662000');
    expect(convert({ value: '110', unit: 'cny_10k', qualifier: 'about' }, 'cny_100m')).toEqual({ value: '0.011', unit: 'cny_100m', qualifier: 'about' });
    // 0.1 + 0.2 would not be 0.3 in binary floats.
    expect(sum([{ value: '0.1', unit: 'cny_100m', qualifier: null }, { value: '0.2', unit: 'cny_100m', qualifier: null }]).value).toBe('0.3');
  });

  it('conversion round-trips exactly (property)', () => {
    fc.assert(
      fc.property(decimal, pairOfOneDimension, (value, [from, to]) => {
        const there = convertValue(value, from, to);
        expect(convertValue(there, to, from)).toBe(convertValue(value, from, from));
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses other dimensions with a code and the unit labels', () => {
    expect(() => convertValue('1', 'cny_100m', 'usd_100m')).toThrow(FigureError);
    try {
      sum([{ value: '1', unit: 'cny_100m', qualifier: null }, { value: '1', unit: 'usd_10k', qualifier: null }]);
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ code: 'figure_unit_incompatible', params: { from: 'unit:cny_100m', to: 'unit:usd_10k' } });
    }
    expect(() => compare({ value: '1', unit: 't', qualifier: null }, { value: '1', unit: 'train', qualifier: null })).toThrow(FigureError);
  });

  it('sums in the finest unit and says when the sum is approximate', () => {
    const total = sum([
      { value: '11.6', unit: 'cny_100m', qualifier: null },
      { value: '3000', unit: 'cny_10k', qualifier: 'over' },
      { value: '110', unit: 'cny_10k', qualifier: 'about' },
    ]);
    expect(total).toEqual({ value: '119110', unit: 'cny_10k', qualifier: 'about', approximate: true, inputQualifiers: ['over', 'about'] });
    const exact = sum([{ value: '19.9', unit: 'cny_100m', qualifier: null }]);
    expect(exact).toMatchObject({ approximate: false, inputQualifiers: [], qualifier: null });
  });

  it('bounds of one side add up to a bound of that side', () => {
    expect(sumQualifier([null, 'over', 'odd'])).toBe('over');
    expect(sumQualifier(['nearly', null])).toBe('nearly');
    expect(sumQualifier(['nearly', 'over'])).toBe('about');
    expect(sumQualifier([null, null])).toBeNull();
  });

  it('compares across units of one dimension', () => {
    const a: Quantity = { value: '1.4', unit: 'cny_100m', qualifier: null };
    const b: Quantity = { value: '14000', unit: 'cny_10k', qualifier: null };
    expect(compare(a, b)).toBe(0);
    expect(compare(a, { ...b, value: '13999.99' })).toBe(1);
    fc.assert(
      fc.property(decimal, decimal, pairOfOneDimension, (x, y, [u, v]: readonly [Unit, Unit]) => {
        expect(compare({ value: x, unit: u, qualifier: null }, { value: y, unit: v, qualifier: null })).toBe(-compare({ value: y, unit: v, qualifier: null }, { value: x, unit: u, qualifier: null }) || 0);
      }),
      { numRuns: 1000 },
    );
  });
});
