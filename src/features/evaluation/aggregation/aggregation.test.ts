/**
 * The aggregation engine against the definitions: property tests (fast-check, 1,000 cases each)
 * for what must not change a ranking, and plain reference implementations written from the
 * definitions (objects and loops, nothing shared with the engine) that the engine must equal.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareOutcomes, disagreement, judgeProfiles, krippendorffAlpha, stability } from './analysis.js';
import { aggregate, availableMethods, criterionValues, rescaleToScale, type AggregationMethod } from './methods.js';
import { rankByMethod, rankEntries } from './ranking.js';
import { buildScoreMatrix, type ScoreMatrixInput } from './score-matrix.js';

const RUNS = { numRuns: 1000 };

type Sheet = ScoreMatrixInput['sheets'][number];

/** A stage: 2–9 entries, 1–7 judges, 1–4 criteria, a random incomplete design, scores 0–10 (ties are common). */
const stageArb = fc
  .record({
    entryCount: fc.integer({ min: 2, max: 9 }),
    judgeCount: fc.integer({ min: 1, max: 7 }),
    rawWeights: fc.array(fc.integer({ min: 1, max: 10 }), { minLength: 1, maxLength: 4 }),
  })
  .chain(({ entryCount, judgeCount, rawWeights }) => {
    const total = rawWeights.reduce((a, b) => a + b, 0);
    const weights = rawWeights.map((w) => w / total);
    const cells = entryCount * judgeCount;
    return fc
      .record({
        present: fc.array(fc.boolean(), { minLength: cells, maxLength: cells }),
        scores: fc.array(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: weights.length, maxLength: weights.length }), { minLength: cells, maxLength: cells }),
      })
      .map(({ present, scores }) => {
        const sheets: Sheet[] = [];
        for (let e = 0; e < entryCount; e++)
          for (let j = 0; j < judgeCount; j++) if (present[e * judgeCount + j]) sheets.push({ entry: e, judge: j, scores: scores[e * judgeCount + j]! });
        return { entryCount, judgeCount, weights, sheets } satisfies ScoreMatrixInput;
      });
  });

const idsOf = (n: number) => Array.from({ length: n }, (_, i) => 100 + i);

function ranksBy(input: ScoreMatrixInput, method: AggregationMethod) {
  return Array.from(rankByMethod(buildScoreMatrix(input), method, idsOf(input.entryCount), [0]).ranks);
}

// ── Reference implementations, from the definitions ────────────────────────────────────────
const weightedTotal = (input: ScoreMatrixInput, sheet: Sheet) => sheet.scores.reduce((sum, s, c) => sum + input.weights[c]! * s, 0);
const meanOf = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const popSd = (xs: number[]) => Math.sqrt(meanOf(xs.map((x) => (x - meanOf(xs)) ** 2)));
const zOf = (x: number, xs: number[]) => (popSd(xs) > 1e-12 * Math.max(1, Math.abs(meanOf(xs))) ? (x - meanOf(xs)) / popSd(xs) : 0);

function reference(input: ScoreMatrixInput, method: AggregationMethod): number[] {
  const sheetsOf = (e: number) => input.sheets.filter((s) => s.entry === e);
  const byJudge = (j: number) => input.sheets.filter((s) => s.judge === j);
  return Array.from({ length: input.entryCount }, (_, e) => {
    const sheets = sheetsOf(e);
    if (sheets.length === 0) return Number.NaN;
    if (method === 'mean') return meanOf(sheets.map((s) => weightedTotal(input, s)));
    if (method === 'trimmed_mean') {
      const totals = sheets.map((s) => weightedTotal(input, s)).sort((a, b) => a - b);
      return meanOf(totals.slice(1, -1));
    }
    if (method === 'z_total') return meanOf(sheets.map((s) => zOf(weightedTotal(input, s), byJudge(s.judge).map((o) => weightedTotal(input, o)))));
    return meanOf(sheets.map((s) => input.weights.reduce((sum, w, c) => sum + w * zOf(s.scores[c]!, byJudge(s.judge).map((o) => o.scores[c]!)), 0)));
  });
}

describe('aggregation methods equal their definitions', () => {
  for (const method of ['mean', 'z_total', 'z_criterion'] as const) {
    it(`${method}: the engine equals the reference implementation`, () => {
      fc.assert(
        fc.property(stageArb, (input) => {
          const engine = Array.from(aggregate(buildScoreMatrix(input), method));
          const expected = reference(input, method);
          engine.forEach((v, e) => (Number.isNaN(expected[e]!) ? expect(v).toBeNaN() : expect(v).toBeCloseTo(expected[e]!, 9)));
        }),
        RUNS,
      );
    });
  }

  it('trimmed mean: offered only with five judges on every scored entry, and then equals the reference', () => {
    fc.assert(
      fc.property(stageArb, (input) => {
        const matrix = buildScoreMatrix(input);
        const counts = Array.from({ length: input.entryCount }, (_, e) => input.sheets.filter((s) => s.entry === e).length);
        const offered = availableMethods(matrix).includes('trimmed_mean');
        expect(offered).toBe(counts.every((n) => n === 0 || n >= 5));
        if (!offered) {
          expect(() => aggregate(matrix, 'trimmed_mean')).toThrow(RangeError);
          return;
        }
        const expected = reference(input, 'trimmed_mean');
        Array.from(aggregate(matrix, 'trimmed_mean')).forEach((v, e) => (Number.isNaN(expected[e]!) ? expect(v).toBeNaN() : expect(v).toBeCloseTo(expected[e]!, 9)));
      }),
      RUNS,
    );
  });
});

describe('what must not change a ranking', () => {
  it('permuting the judges (new labels, sheets in another order) changes no rank, under any method', () => {
    fc.assert(
      fc.property(stageArb, fc.integer(), (input, seed) => {
        const permutation = fc.sample(fc.shuffledSubarray(idsOf(input.judgeCount).map((_, j) => j), { minLength: input.judgeCount, maxLength: input.judgeCount }), { seed, numRuns: 1 })[0]!;
        const relabelled = { ...input, sheets: [...input.sheets].reverse().map((s) => ({ ...s, judge: permutation[s.judge]! })) };
        for (const method of availableMethods(buildScoreMatrix(input))) expect(ranksBy(relabelled, method)).toEqual(ranksBy(input, method));
      }),
      RUNS,
    );
  });

  for (const method of ['z_total', 'z_criterion'] as const) {
    it(`${method}: shifting one judge's scores by a constant changes no rank`, () => {
      fc.assert(
        fc.property(stageArb, fc.nat(), fc.integer({ min: -50, max: 50 }), (input, pick, shift) => {
          const judge = pick % input.judgeCount;
          const shifted = { ...input, sheets: input.sheets.map((s) => (s.judge === judge ? { ...s, scores: s.scores.map((x) => x + shift) } : s)) };
          expect(ranksBy(shifted, method)).toEqual(ranksBy(input, method));
        }),
        RUNS,
      );
    });

    it(`${method}: scaling one judge's scores by a positive factor changes no rank`, () => {
      fc.assert(
        fc.property(stageArb, fc.nat(), fc.double({ min: 0.01, max: 100, noNaN: true }), (input, pick, factor) => {
          const judge = pick % input.judgeCount;
          const scaled = { ...input, sheets: input.sheets.map((s) => (s.judge === judge ? { ...s, scores: s.scores.map((x) => x * factor) } : s)) };
          expect(ranksBy(scaled, method)).toEqual(ranksBy(input, method));
        }),
        RUNS,
      );
    });
  }

  it('rescaling z values to the scale keeps every rank', () => {
    fc.assert(
      fc.property(stageArb, (input) => {
        const matrix = buildScoreMatrix(input);
        const z = aggregate(matrix, 'z_total');
        const options = { entryIds: idsOf(input.entryCount), tieBreak: [criterionValues(matrix, 'z_total', 0)] };
        const shown = rescaleToScale(z, 0, 100);
        for (const v of shown) if (!Number.isNaN(v)) expect(v >= 0 && v <= 100).toBe(true);
        expect(Array.from(rankEntries(matrix, shown, options))).toEqual(Array.from(rankEntries(matrix, z, options)));
      }),
      RUNS,
    );
  });
});

describe('ranks', () => {
  const input: ScoreMatrixInput = {
    entryCount: 4,
    judgeCount: 2,
    weights: [0.3, 0.25, 0.25, 0.2],
    sheets: [
      { entry: 0, judge: 0, scores: [8, 8, 8, 8] },
      { entry: 1, judge: 0, scores: [9, 7, 8, 8] },
      { entry: 2, judge: 0, scores: [7, 9, 8, 9] },
      { entry: 0, judge: 1, scores: [8, 8, 8, 8] },
      { entry: 1, judge: 1, scores: [9, 7, 8, 8] },
    ],
  };

  it('start at 1, break ties by the configured criteria then by id, and leave an entry nobody scored unranked', () => {
    const matrix = buildScoreMatrix(input);
    const means = aggregate(matrix, 'mean');
    // 8, 0.3·9 + 0.25·7 + 0.25·8 + 0.2·8 = 8.05 and 0.3·7 + 0.25·9 + 0.25·8 + 0.2·9 = 8.15; entry 3 has no sheet.
    expect(means[1]).toBeCloseTo(8.05, 12);
    expect(Array.from(rankEntries(matrix, means, { entryIds: [10, 11, 12, 13] }))).toEqual([3, 2, 1, 0]);
    // Entry 1 at 0.3·9 + 0.25·7 + 0.25·8 + 0.2·7.75 = 8, level with entry 0.
    const tied = { ...input, sheets: input.sheets.map((s) => (s.entry === 1 ? { ...s, scores: [9, 7, 8, 7.75] } : s)) };
    const tiedMatrix = buildScoreMatrix(tied);
    const tiedMeans = aggregate(tiedMatrix, 'mean');
    expect(tiedMeans[0]).toBeCloseTo(tiedMeans[1]!, 12);
    // By id: entry 0 (id 10) first; by 创新性 (criterion 0): entry 1 (9 > 8) first.
    expect(Array.from(rankEntries(tiedMatrix, tiedMeans, { entryIds: [10, 11, 12, 13] })).slice(0, 2)).toEqual([2, 3]);
    expect(Array.from(rankEntries(tiedMatrix, tiedMeans, { entryIds: [10, 11, 12, 13], tieBreak: [criterionValues(tiedMatrix, 'mean', 0)] })).slice(0, 2)).toEqual([3, 2]);
    expect(Array.from(rankEntries(tiedMatrix, tiedMeans, { entryIds: [11, 10, 12, 13] })).slice(0, 2)).toEqual([3, 2]);
  });

  it('refuses weights that do not sum to 1, two sheets of one judge for one entry, and sheets missing a criterion', () => {
    expect(() => buildScoreMatrix({ ...input, weights: [0.5, 0.25, 0.25, 0.2] })).toThrow(RangeError);
    expect(() => buildScoreMatrix({ ...input, sheets: [...input.sheets, input.sheets[0]!] })).toThrow(RangeError);
    expect(() => buildScoreMatrix({ ...input, sheets: [{ entry: 0, judge: 0, scores: [1, 2, 3] }] })).toThrow(RangeError);
    expect(() => buildScoreMatrix({ ...input, sheets: [{ entry: 9, judge: 0, scores: [1, 2, 3, 4] }] })).toThrow(RangeError);
  });
});

describe('analysis', () => {
  it("Krippendorff's alpha (interval) on his published example is 0.849", () => {
    // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability": 4 coders × 12 units, missing values allowed.
    const data = [
      [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
      [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
      [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
      [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
    ];
    const sheets = data.flatMap((row, judge) => row.flatMap((v, entry) => (v === null ? [] : [{ entry, judge, scores: [v] }])));
    const alpha = krippendorffAlpha(buildScoreMatrix({ entryCount: 12, judgeCount: 4, weights: [1], sheets }));
    expect(alpha).toBeCloseTo(0.849, 3);
  });

  it('disagreement, leniency and agreement from their definitions', () => {
    const sheets = [
      { entry: 0, judge: 0, scores: [6] },
      { entry: 0, judge: 1, scores: [8] },
      { entry: 0, judge: 2, scores: [10] },
      { entry: 1, judge: 0, scores: [4] },
      { entry: 1, judge: 1, scores: [6] },
      { entry: 1, judge: 2, scores: [8] },
      { entry: 2, judge: 0, scores: [5] },
      { entry: 2, judge: 1, scores: [7] },
      { entry: 2, judge: 2, scores: [9] },
    ];
    const matrix = buildScoreMatrix({ entryCount: 3, judgeCount: 3, weights: [1], sheets });
    expect(disagreement(matrix)[0]).toEqual({ sd: Math.sqrt(8 / 3), range: 4 });
    const profiles = judgeProfiles(matrix);
    // Judge 0 is 3 below the other two everywhere; judge 2 three above; all rank alike.
    expect(profiles[0]!.leniency).toBeCloseTo(-3, 12);
    expect(profiles[2]!.leniency).toBeCloseTo(3, 12);
    expect(profiles[1]!.agreement).toBeCloseTo(1, 12);
  });

  it('stability: the range of ranks with each judge left out, and the changes between two methods', () => {
    // Judge 2 alone lifts entry 1 above entry 0.
    const sheets = [
      { entry: 0, judge: 0, scores: [8] },
      { entry: 0, judge: 1, scores: [8] },
      { entry: 0, judge: 2, scores: [5] },
      { entry: 1, judge: 0, scores: [7] },
      { entry: 1, judge: 1, scores: [7] },
      { entry: 1, judge: 2, scores: [10] },
    ];
    const matrix = buildScoreMatrix({ entryCount: 2, judgeCount: 3, weights: [1], sheets });
    const options = { entryIds: [1, 2] };
    const [first, second] = stability(matrix, 'mean', options.entryIds);
    expect(Array.from(rankEntries(matrix, aggregate(matrix, 'mean'), options))).toEqual([2, 1]);
    expect(first).toMatchObject({ best: 1, worst: 2 });
    expect(first!.byJudge.get(2)).toBe(1);
    expect(second).toMatchObject({ best: 1, worst: 2 });
    const award = (_entry: number, rank: number) => (rank === 1 ? '一等奖' : null);
    const changes = compareOutcomes(rankEntries(matrix, aggregate(matrix, 'mean'), options), rankEntries(matrix, aggregate(matrix, 'z_total'), options), award);
    expect(changes.every((c) => c.rankA !== c.rankB || c.outcomeA !== c.outcomeB)).toBe(true);
  });
});
