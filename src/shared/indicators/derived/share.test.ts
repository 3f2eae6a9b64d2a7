import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec } from '../decimal.js';
import { share, sharesOfTotal } from './share.js';
import type { FigureInput } from './figure.js';

const f = (ref: string, value: string, unit: FigureInput['quantity']['unit'] = 'cny_100m'): FigureInput => ({ ref, period: '2020', quantity: { value, unit, qualifier: null } });

describe('shares', () => {
  it('南充: 外贸进出口总额34.2亿元，占全市进出口总额的96% (city total 35.6亿元, a test value)', () => {
    const figure = share(f('nc-zone', '34.2'), f('nc-city', '356000', 'cny_10k'), 0);
    expect(figure).toMatchObject({ method: 'share', value: '96', unit: 'percent', params: { places: 0, complete: false } });
    expect(figure.exact).toBe('96.067415730337');
    expect(share(f('nc-zone', '34.2'), f('nc-city', '35.6')).value).toBe('96.1');
  });

  it('refuses a zero parent', () => {
    expect(() => share(f('a', '1'), f('b', '0'))).toThrow(expect.objectContaining({ code: 'figure_parent_not_positive' }));
  });

  it('complete children: rounded shares add up to exactly 100, each within one last place (property)', () => {
    const child = fc.integer({ min: 0, max: 10 ** 9 }).map((n) => new Dec(n).div(100).toFixed());
    fc.assert(
      fc.property(fc.array(child, { minLength: 1, maxLength: 40 }), fc.constantFrom(0, 1, 2), (values, places) => {
        const parentValue = values.reduce((a, b) => a.plus(b), new Dec(0));
        fc.pre(parentValue.gt(0));
        const children = values.map((v, i) => f(`c${i}`, v));
        const { complete, shares } = sharesOfTotal(children, f('p', parentValue.toFixed()), places);
        expect(complete).toBe(true);
        expect(shares.reduce((a, s) => a.plus(s.value), new Dec(0)).eq(100)).toBe(true);
        const last = new Dec(10).pow(-places);
        for (const s of shares) expect(new Dec(s.value).minus(s.exact).abs().lt(last)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('incomplete children are rounded each on its own and say so', () => {
    const { complete, shares } = sharesOfTotal([f('a', '1'), f('b', '1')], f('p', '3'));
    expect(complete).toBe(false);
    expect(shares.map((s) => s.value)).toEqual(['33.3', '33.3']);
    const thirds = sharesOfTotal([f('a', '1'), f('b', '1'), f('c', '1')], f('p', '3'));
    expect(thirds.shares.map((s) => s.value)).toEqual(['33.4', '33.3', '33.3']);
  });
});
