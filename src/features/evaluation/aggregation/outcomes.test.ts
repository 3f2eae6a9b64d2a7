import { describe, expect, it } from 'vitest';
import { advancing, awards, type RankedEntry } from './outcomes.js';

// Eight entries in two groups (0 = 初创组, 1 = 成长组), ranked 1…8 overall; entry 8 unranked.
const ranked: RankedEntry[] = [
  { entry: 10, category: 0, value: 91, rank: 1 },
  { entry: 11, category: 1, value: 88, rank: 2 },
  { entry: 12, category: 0, value: 85, rank: 3 },
  { entry: 13, category: 0, value: 80, rank: 4 },
  { entry: 14, category: 1, value: 79.5, rank: 5 },
  { entry: 15, category: 1, value: 70, rank: 6 },
  { entry: 16, category: 0, value: 69, rank: 7 },
  { entry: 17, category: 1, value: 60, rank: 8 },
  { entry: 18, category: 1, value: Number.NaN, rank: 0 },
];

describe('advancement', () => {
  it('takes the top N overall or per category, a cutoff, or a quota per category', () => {
    expect(advancing(ranked, { kind: 'top_n', n: 3, per: 'overall' })).toEqual([10, 11, 12]);
    expect(advancing(ranked, { kind: 'top_n', n: 2, per: 'category' })).toEqual([10, 11, 12, 14]);
    expect(advancing(ranked, { kind: 'cutoff', minScore: 79.5 })).toEqual([10, 11, 12, 13, 14]);
    expect(advancing(ranked, { kind: 'quota', quotas: new Map([[0, 1], [1, 3]]) })).toEqual([10, 11, 14, 15]);
  });

  it('keeps a manual decision in rank order, and refuses one naming an entry the stage did not rank', () => {
    expect(advancing(ranked, { kind: 'manual', entries: [16, 10, 16] })).toEqual([10, 16]);
    expect(() => advancing(ranked, { kind: 'manual', entries: [18] })).toThrow(RangeError);
  });
});

describe('awards', () => {
  it('go tier by tier down the ranking overall (一等奖 2, 二等奖 3) or within each category (十佳: 2 per domain)', () => {
    const overall = awards(ranked, [{ name: '一等奖', count: 2 }, { name: '二等奖', count: 3 }], 'overall');
    expect([...overall]).toEqual([[10, '一等奖'], [11, '一等奖'], [12, '二等奖'], [13, '二等奖'], [14, '二等奖']]);
    const perDomain = awards(ranked, [{ name: '十佳案例', count: 2 }], 'category');
    expect([...perDomain.keys()].sort()).toEqual([10, 11, 12, 14]);
    expect(perDomain.has(18)).toBe(false);
  });
});
