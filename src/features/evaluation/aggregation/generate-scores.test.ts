import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateScores } from './generate-scores.js';
import { rankByMethod } from './ranking.js';
import { buildScoreMatrix } from './score-matrix.js';

const weights = [0.3, 0.25, 0.25, 0.2];

describe('generated demo scores', () => {
  it('make the engine itself produce the wanted order, under every method asked for', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 30 }), fc.integer({ min: 3, max: 9 }), fc.integer(), (entries, judges, seed) => {
        const order = fc.sample(fc.shuffledSubarray([...Array(entries).keys()], { minLength: entries, maxLength: entries }), { seed, numRuns: 1 })[0]!;
        const judgesOf = () => [...Array(judges).keys()];
        const sheets = generateScores({ order, judgesOf, judgeCount: judges, weights, scale: { min: 0, max: 100 }, methods: ['mean', 'z_total'], seed });
        const matrix = buildScoreMatrix({ entryCount: entries, judgeCount: judges, weights, sheets });
        for (const method of ['mean', 'z_total'] as const) {
          const { ranks } = rankByMethod(matrix, method, order.map((_, e) => e + 1));
          expect(order.map((entry) => ranks[entry])).toEqual(order.map((_, place) => place + 1));
        }
        for (const sheet of sheets) for (const score of sheet.scores) expect(Number.isInteger(score) && score >= 0 && score <= 100).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('reach 88 entries with scores in tenths, as a contest’s 海选 would need', () => {
    const order = [...Array(88).keys()].reverse();
    const sheets = generateScores({ order, judgesOf: () => [0, 1, 2, 3, 4], judgeCount: 5, weights, scale: { min: 0, max: 100, step: 0.1 }, methods: ['mean'], seed: 2021 });
    const { ranks } = rankByMethod(buildScoreMatrix({ entryCount: 88, judgeCount: 5, weights, sheets }), 'mean', order.map((_, e) => e + 1));
    expect(order.map((entry) => ranks[entry])).toEqual(order.map((_, place) => place + 1));
  });
});
