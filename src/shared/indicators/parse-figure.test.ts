import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UNITS, type Unit } from '../indicators.enums.js';
import { formatQuantity } from './format.js';
import { parseFigure, type ParsedFigure } from './parse-figure.js';

const ok = (value: string, unit: Unit, qualifier: string | null = null, extra: object = {}): ParsedFigure =>
  ({ kind: 'ok', quantity: { value, unit, qualifier, ...extra } }) as ParsedFigure;

describe('figures in cells', () => {
  it('reads values with units, converted exactly to the column unit', () => {
    expect(parseFigure('11.6亿元', { unit: 'cny_100m' })).toEqual(ok('11.6', 'cny_100m'));
    expect(parseFigure('11.6亿元', { unit: 'cny_10k' })).toEqual(ok('116000', 'cny_10k'));
    expect(parseFigure('11.6', { unit: 'cny_100m' })).toEqual(ok('11.6', 'cny_100m'));
    expect(parseFigure('166.2万吨', { unit: 't' })).toEqual(ok('1662000', 't'));
    expect(parseFigure('2739万美元', { unit: 'usd_10k' })).toEqual(ok('2739', 'usd_10k'));
    expect(parseFigure('3000万', { unit: 'cny_100m' })).toEqual(ok('0.3', 'cny_100m'));
    expect(parseFigure(11.6, { unit: 'cny_100m' })).toEqual(ok('11.6', 'cny_100m'));
    expect(parseFigure('第35位', { unit: 'rank' })).toEqual(ok('35', 'rank'));
  });

  it('reads full-width digits and thousands separators', () => {
    expect(parseFigure('１１．６', { unit: 'cny_100m' })).toEqual(ok('11.6', 'cny_100m'));
    expect(parseFigure('１，２３４．５亿元', { unit: 'cny_100m' })).toEqual(ok('1234.5', 'cny_100m'));
    expect(parseFigure(' 1,234.5 ', { unit: 'cny_10k' })).toEqual(ok('1234.5', 'cny_10k'));
    expect(parseFigure('1,23,4', { unit: 'cny_10k' })).toMatchObject({ kind: 'error', code: 'figure_unreadable' });
  });

  it('reads missing markers as missing', () => {
    for (const cell of ['', '  ', '—', '——', '-', '－', '–', '/', '…', null, undefined]) expect(parseFigure(cell, { unit: 'cny_100m' })).toEqual({ kind: 'missing' });
  });

  it('reads percentages and negative growth', () => {
    expect(parseFigure('45.7%', { unit: 'percent' })).toEqual(ok('45.7', 'percent'));
    expect(parseFigure('４５．７％', { unit: 'percent' })).toEqual(ok('45.7', 'percent'));
    expect(parseFigure(45.7, { unit: 'percent' })).toEqual(ok('45.7', 'percent'));
    expect(parseFigure('-3.2%', { unit: 'percent' })).toEqual(ok('-3.2', 'percent'));
    expect(parseFigure('下降3.2%', { unit: 'percent' })).toEqual(ok('-3.2', 'percent'));
    expect(parseFigure('增长51.1%', { unit: 'percent' })).toEqual(ok('51.1', 'percent'));
    expect(parseFigure('－3.2', { unit: 'percent' })).toEqual(ok('-3.2', 'percent'));
    expect(parseFigure('−3.2%', { unit: 'percent' })).toEqual(ok('-3.2', 'percent'));
  });

  it('keeps the qualifiers of statistical writing', () => {
    expect(parseFigure('约110万元', { unit: 'cny_10k' })).toEqual(ok('110', 'cny_10k', 'about'));
    expect(parseFigure('超3000万', { unit: 'cny_10k' })).toEqual(ok('3000', 'cny_10k', 'over'));
    expect(parseFigure('300多', { unit: 'person' })).toEqual(ok('300', 'person', 'more_than'));
    expect(parseFigure('300多人', { unit: 'person' })).toEqual(ok('300', 'person', 'more_than'));
    expect(parseFigure('20余', { unit: 'firm' })).toEqual(ok('20', 'firm', 'odd'));
    expect(parseFigure('2.3万余人', { unit: 'person' })).toEqual(ok('23000', 'person', 'odd'));
    expect(parseFigure('过亿', { unit: 'cny_100m' })).toEqual(ok('1', 'cny_100m', 'past'));
    expect(parseFigure('过亿元', { unit: 'cny_10k' })).toEqual(ok('10000', 'cny_10k', 'past'));
    expect(parseFigure('近1/3', { unit: 'percent' })).toEqual(ok('33.3333333333', 'percent', 'nearly', { fraction: { numerator: 1, denominator: 3 } }));
    expect(parseFigure('约3000多万', { unit: 'cny_10k' })).toMatchObject({ kind: 'error', code: 'figure_two_qualifiers' });
  });

  it('refuses a cell unit of another dimension, with both units for the message', () => {
    expect(parseFigure('11.6亿美元', { unit: 'cny_100m' })).toEqual({ kind: 'error', code: 'figure_unit_mismatch', params: { cell: '亿美元', column: 'unit:cny_100m' } });
    expect(parseFigure('45.7%', { unit: 'cny_100m' })).toMatchObject({ kind: 'error', code: 'figure_unit_mismatch' });
    expect(parseFigure('12万人', { unit: 't' })).toMatchObject({ kind: 'error', code: 'figure_unit_mismatch' });
  });

  it('refuses NUL, broken encodings, oversize and nonsense', () => {
    expect(parseFigure('1\u00002', { unit: 't' })).toMatchObject({ kind: 'error', code: 'figure_bad_characters' });
    expect(parseFigure('12\uD800', { unit: 't' })).toMatchObject({ kind: 'error', code: 'figure_bad_characters' });
    expect(parseFigure('1'.repeat(65), { unit: 't' })).toMatchObject({ kind: 'error', code: 'figure_too_long' });
    expect(parseFigure('1'.repeat(31), { unit: 't' })).toMatchObject({ kind: 'error', code: 'figure_too_many_digits' });
    expect(parseFigure('abc', { unit: 't' })).toMatchObject({ kind: 'error', code: 'figure_unreadable', params: { value: 'abc' } });
    expect(parseFigure('亿元', { unit: 'cny_100m' })).toMatchObject({ kind: 'error', code: 'figure_unreadable' });
    expect(parseFigure(Number.NaN, { unit: 't' })).toMatchObject({ kind: 'error', code: 'figure_unreadable' });
    expect(parseFigure('1/0', { unit: 'percent' })).toMatchObject({ kind: 'error', code: 'figure_bad_fraction' });
    expect(parseFigure('3.5', { unit: 'rank' })).toMatchObject({ kind: 'error', code: 'figure_bad_rank' });
    expect(parseFigure({}, { unit: 't' })).toMatchObject({ kind: 'error', code: 'figure_unreadable' });
  });

  it('never throws, whatever the cell (fuzz)', () => {
    const pieces = fc.constantFrom('约', '超', '过', '近', '多', '余', '万', '亿', '元', '美元', '%', '％', '-', '－', '下降', '第', '位', '/', ',', '.', '．', '1', '０', '9', ' ', '\u0000', '\uD800', '—');
    const cell = fc.oneof(fc.string({ maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 20 }), fc.array(pieces, { maxLength: 12 }).map((p) => p.join('')), fc.double(), fc.constant(null));
    fc.assert(
      fc.property(cell, fc.constantFrom(...UNITS), (value, unit) => {
        const result = parseFigure(value, { unit });
        expect(['ok', 'missing', 'error']).toContain(result.kind);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads back what it writes in Chinese (property)', () => {
    const quantity = fc.record({
      value: fc.tuple(fc.boolean(), fc.nat(10 ** 9), fc.nat(99)).map(([negative, whole, cents]) => {
        const text = cents ? `${whole}.${String(cents).padStart(2, '0')}`.replace(/0$/, '') : String(whole);
        return negative && text !== '0' ? `-${text}` : text;
      }),
      unit: fc.constantFrom(...UNITS.filter((u) => u !== 'rank')),
      qualifier: fc.constantFrom(null, 'about', 'over', 'more_than', 'odd', 'past', 'nearly'),
    });
    fc.assert(
      fc.property(quantity, (q) => {
        expect(parseFigure(formatQuantity(q as never, 'zh'), { unit: q.unit })).toEqual({ kind: 'ok', quantity: q });
      }),
      { numRuns: 1000 },
    );
  });
});
