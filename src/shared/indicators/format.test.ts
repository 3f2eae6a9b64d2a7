import { describe, expect, it } from 'vitest';
import { formatGrowth, formatNumber, formatQuantity, formatRankChange } from './format.js';
import type { Quantity } from './quantity.js';

const q = (value: string, unit: Quantity['unit'], qualifier: Quantity['qualifier'] = null): Quantity => ({ value, unit, qualifier });

describe('figures written back', () => {
  it('in Chinese statistical writing', () => {
    expect(formatQuantity(q('110', 'cny_10k', 'about'), 'zh')).toBe('约110万元');
    expect(formatQuantity(q('3000', 'cny_10k', 'over'), 'zh')).toBe('超3000万元');
    expect(formatQuantity(q('300', 'person', 'more_than'), 'zh')).toBe('300多人');
    expect(formatQuantity(q('2.3', 'person_10k', 'odd'), 'zh')).toBe('2.3万余人');
    expect(formatQuantity(q('20', 'firm', 'odd'), 'zh')).toBe('20余家');
    expect(formatQuantity(q('1', 'cny_100m', 'past'), 'zh')).toBe('过亿元');
    expect(formatQuantity(q('2739', 'usd_10k'), 'zh')).toBe('2739万美元');
    expect(formatQuantity(q('45.7', 'percent'), 'zh')).toBe('45.7%');
    expect(formatQuantity(q('-3.2', 'percent'), 'zh')).toBe('−3.2%');
    expect(formatQuantity(q('35', 'rank'), 'zh')).toBe('第35位');
    expect(formatQuantity({ ...q('33.3333333333', 'percent', 'nearly'), fraction: { numerator: 1, denominator: 3 } }, 'zh')).toBe('近1/3');
  });

  it('in English with thousands separators', () => {
    expect(formatQuantity(q('110', 'cny_10k', 'about'), 'en')).toBe('about 1.1 million yuan');
    expect(formatQuantity(q('11.6', 'cny_100m'), 'en')).toBe('1.16 billion yuan');
    expect(formatQuantity(q('2.3', 'person_10k', 'odd'), 'en')).toBe('23,000-odd people');
    expect(formatQuantity(q('300', 'person', 'more_than'), 'en')).toBe('more than 300 people');
    expect(formatQuantity(q('1', 'cny_100m', 'past'), 'en')).toBe('over 100 million yuan');
    expect(formatQuantity(q('-3.2', 'percent'), 'en')).toBe('−3.2%');
    expect(formatQuantity(q('2', 'rank'), 'en')).toBe('2nd');
    expect(formatQuantity({ ...q('33.3333333333', 'percent', 'nearly'), fraction: { numerator: 1, denominator: 3 } }, 'en')).toBe('nearly 1/3');
    expect(formatNumber('1234567.25', 'en')).toBe('1,234,567.25');
    expect(formatNumber('1234567.25', 'zh')).toBe('1234567.25');
  });

  it('normalises the unit only when asked', () => {
    expect(formatQuantity(q('116000', 'cny_10k'), 'zh')).toBe('116000万元');
    expect(formatQuantity(q('116000', 'cny_10k'), 'zh', { normalise: true })).toBe('11.6亿元');
    expect(formatQuantity(q('0.5', 'cny_100m'), 'zh', { normalise: true })).toBe('5000万元');
    expect(formatQuantity(q('8000', 'person'), 'zh', { normalise: true })).toBe('8000人');
    expect(formatQuantity(q('0.3', 'person'), 'zh', { normalise: true })).toBe('0.3人');
  });

  it('words growth and rank changes', () => {
    expect(formatGrowth('51.1', 'zh')).toBe('增长51.1%');
    expect(formatGrowth('-3.2', 'zh')).toBe('下降3.2%');
    expect(formatGrowth('-3.2', 'en')).toBe('down 3.2%');
    expect(formatRankChange({ from: 43, to: 35 }, 'zh')).toBe('由第43位升至第35位');
    expect(formatRankChange({ from: 4, to: 2, scope: { zh: '全省', en: 'the province' } }, 'zh')).toBe('由全省第4位跃升至第2位');
    expect(formatRankChange({ from: 9, to: 7, scope: { zh: '全省', en: 'the province' } }, 'en')).toBe('up from 9th to 7th in the province');
    expect(formatRankChange({ from: 2, to: 5 }, 'zh')).toBe('由第2位降至第5位');
  });
});
