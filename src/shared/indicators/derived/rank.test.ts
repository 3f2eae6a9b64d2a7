import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatRankChange } from '../format.js';
import { countOf } from './count.js';
import { rankChange, rankOf, rankPeers } from './rank.js';
import type { FigureInput } from './figure.js';

const peer = (ref: string, value: string, qualifier: FigureInput['quantity']['qualifier'] = null): FigureInput => ({ ref, zone: ref, period: '2020', quantity: { value, unit: 'cny_100m', qualifier } });

describe('ranks', () => {
  it('competition ranking "1224", both directions, missing values unranked', () => {
    const peers = [peer('a', '5'), peer('b', '9'), peer('c', '5'), peer('d', '1'), { ref: 'e', quantity: null }];
    const high = rankPeers(peers, 'higher_is_better');
    expect(high.ranked.map((p) => [p.input.ref, p.rank])).toEqual([['b', 1], ['a', 2], ['c', 2], ['d', 4]]);
    expect(high).toMatchObject({ of: 4, unranked: ['e'] });
    const low = rankPeers(peers, 'lower_is_better');
    expect(low.ranked.map((p) => [p.input.ref, p.rank])).toEqual([['d', 1], ['a', 2], ['c', 2], ['b', 4]]);
    expect(rankOf(high, 'c')).toMatchObject({ method: 'rank', value: '2', params: { of: 4, ties: 2 }, approximate: false });
    expect(() => rankOf(high, 'e')).toThrow(expect.objectContaining({ code: 'figure_not_ranked' }));
  });

  it('harmonises units and flags qualified peers', () => {
    const ranking = rankPeers([peer('a', '1.5'), { ...peer('b', '14000', 'about'), quantity: { value: '14000', unit: 'cny_10k', qualifier: 'about' } }], 'higher_is_better');
    expect(ranking.ranked.map((p) => p.input.ref)).toEqual(['a', 'b']);
    expect(rankOf(ranking, 'a')).toMatchObject({ approximate: true, inputQualifiers: ['about'] });
  });

  it('is a permutation-consistent ranking (property)', () => {
    const values = fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 30 });
    const withPermutation = values.chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray([...list.keys()], { minLength: list.length, maxLength: list.length })));
    fc.assert(
      fc.property(withPermutation, fc.constantFrom('higher_is_better' as const, 'lower_is_better' as const), ([list, permutation], direction) => {
        const peers = list.map((v, i) => peer(`z${i}`, String(v)));
        const shuffled = permutation.map((i) => peers[i]!);
        const rank = (ps: FigureInput[]) => new Map(rankPeers(ps, direction).ranked.map((p) => [p.input.ref, p.rank]));
        const a = rank(peers);
        expect(rank(shuffled)).toEqual(a);
        // Each rank is 1 + the number of strictly better peers; every peer ranked once.
        expect(a.size).toBe(list.length);
        list.forEach((v, i) => {
          const better = list.filter((w) => (direction === 'higher_is_better' ? w > v : w < v)).length;
          expect(a.get(`z${i}`)).toBe(better + 1);
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('临港经开区: 在全国219家国家级经开区综合排名由2018年的43位升至2020年的35位 (published ranks)', () => {
    const change = rankChange(
      { ref: 'pub-2018', rank: 43, period: '2018', of: 219, source: 'published', publisher: { zh: '商务部', en: 'Ministry of Commerce' } },
      { ref: 'pub-2020', rank: 35, period: '2020', of: 219, source: 'published' },
    );
    expect(change).toMatchObject({ method: 'rank_change', value: '8', params: { fromRank: 43, toRank: 35, of: 219, fromSource: 'published' } });
    expect(formatRankChange({ from: 43, to: 35 }, 'zh')).toBe('由第43位升至第35位');
  });

  it('眉山: 实际利用外资从2019年全省第4位跃升至2020年第2位; a computed rank as one end', () => {
    const ranking = rankPeers([peer('成都', '90'), peer('眉山', '8'), peer('德阳', '6')], 'higher_is_better');
    const now = rankOf(ranking, '眉山');
    const change = rankChange({ ref: 'pub-2019', rank: 4, period: '2019', source: 'published' }, { ref: 'ranking-2020', rank: Number(now.value), period: '2020', source: 'computed' });
    expect(change.value).toBe('2');
    expect(formatRankChange({ from: 4, to: 2, scope: { zh: '全省', en: 'the province' } }, 'zh')).toBe('由全省第4位跃升至第2位');
    expect(rankChange({ ref: 'a', rank: 2, period: '2019', source: 'computed' }, { ref: 'b', rank: 5, period: '2020', source: 'computed' }).value).toBe('-3');
    expect(() => rankChange({ ref: 'a', rank: 0, period: '2019', source: 'computed' }, { ref: 'b', rank: 5, period: '2020', source: 'computed' })).toThrow(expect.objectContaining({ code: 'figure_bad_rank' }));
  });

  it('counts records beside the figures (22 results, 6 replicated)', () => {
    const results = Array.from({ length: 22 }, (_, i) => ({ ref: `innovation-${i}` }));
    expect(countOf(results, 'item')).toMatchObject({ method: 'count', value: '22', unit: 'item' });
    expect(countOf(results.slice(0, 6)).inputs.map((i) => i.ref)).toEqual(results.slice(0, 6).map((r) => r.ref));
  });
});
