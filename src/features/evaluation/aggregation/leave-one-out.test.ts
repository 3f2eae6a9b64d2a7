/** The one-pass leave-one-out equals the plain definition (`stability`: the stage recomputed without each judge). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stability } from './analysis.js';
import { fastStability } from './leave-one-out.js';
import { AGGREGATION_METHODS, availableMethods } from './methods.js';
import { buildScoreMatrix, type ScoreMatrixInput } from './score-matrix.js';

/** 2–8 entries, 1–8 judges (so the trimmed mean is sometimes offered, and sometimes lost when a judge leaves), 1–3 criteria, scores 0–6 (many ties). */
const stageArb = fc
  .record({ entryCount: fc.integer({ min: 2, max: 8 }), judgeCount: fc.integer({ min: 1, max: 8 }), rawWeights: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 3 }) })
  .chain(({ entryCount, judgeCount, rawWeights }) => {
    const weights = rawWeights.map((w) => w / rawWeights.reduce((a, b) => a + b, 0));
    const cells = entryCount * judgeCount;
    return fc
      .record({
        absent: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: cells, maxLength: cells }),
        scores: fc.array(fc.array(fc.integer({ min: 0, max: 6 }), { minLength: weights.length, maxLength: weights.length }), { minLength: cells, maxLength: cells }),
        tieBreak: fc.boolean(),
      })
      .map(({ absent, scores, tieBreak }) => {
        const sheets: ScoreMatrixInput['sheets'][number][] = [];
        // Mostly complete designs (one cell in six missing), as assignments give.
        for (let i = 0; i < cells; i++) if (absent[i] !== 0) sheets.push({ entry: Math.floor(i / judgeCount), judge: i % judgeCount, scores: scores[i]! });
        return { input: { entryCount, judgeCount, weights, sheets } satisfies ScoreMatrixInput, tieBreak: tieBreak ? [0] : [] };
      });
  });

describe('fastStability', () => {
  for (const method of AGGREGATION_METHODS) {
    it(`equals stability for ${method}`, () => {
      fc.assert(
        fc.property(stageArb, ({ input, tieBreak }) => {
          const matrix = buildScoreMatrix(input);
          if (!availableMethods(matrix).includes(method)) return;
          const ids = Array.from({ length: input.entryCount }, (_, i) => 10 + i);
          expect(fastStability(matrix, method, ids, tieBreak)).toEqual(stability(matrix, method, ids, tieBreak));
        }),
        { numRuns: 1000 },
      );
    });
  }
});
