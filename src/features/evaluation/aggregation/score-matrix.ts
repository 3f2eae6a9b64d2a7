/**
 * The scores of one scored stage, columnar: one score sheet per (entry, judge), each with one
 * score per criterion. Typed arrays, because a national contest's stage can hold millions of
 * scores (10k entries × 50 judges × 5 criteria) and the aggregation walks them several times.
 *
 * Entries and judges are given by dense indexes (0…entryCount−1, 0…judgeCount−1); the caller
 * keeps the mapping to ids. Sheets are kept in canonical order (by entry, then judge) so that
 * every sum is taken in the same order whatever order the sheets came in: permuting the input
 * never changes a result, not even in the last bit.
 */

export type ScoreMatrixInput = {
  entryCount: number;
  judgeCount: number;
  /** Weights of the criteria, summing to 1. */
  weights: readonly number[];
  sheets: ReadonlyArray<{ entry: number; judge: number; scores: readonly number[] }>;
};

export type ScoreMatrix = {
  readonly entryCount: number;
  readonly judgeCount: number;
  readonly criteriaCount: number;
  readonly weights: Float64Array;
  /** Sheet i is entry sheetEntry[i]'s, by judge sheetJudge[i]. */
  readonly sheetEntry: Int32Array;
  readonly sheetJudge: Int32Array;
  /** Row-major: the score of sheet i on criterion c is scores[i * criteriaCount + c]. */
  readonly scores: Float64Array;
  /** Σ weight × score of each sheet. */
  readonly totals: Float64Array;
  /** The sheets of entry e are entryStart[e] … entryStart[e + 1] − 1 (sheets are ordered by entry). */
  readonly entryStart: Int32Array;
};

const WEIGHT_TOLERANCE = 1e-9;

export function buildScoreMatrix(input: ScoreMatrixInput): ScoreMatrix {
  const count = input.sheets.length;
  const criteriaCount = input.weights.length;
  const sheetEntry = new Int32Array(count);
  const sheetJudge = new Int32Array(count);
  const scores = new Float64Array(count * criteriaCount);
  input.sheets.forEach((sheet, i) => {
    if (sheet.scores.length !== criteriaCount) throw new RangeError('a sheet must score every criterion');
    sheetEntry[i] = sheet.entry;
    sheetJudge[i] = sheet.judge;
    for (let c = 0; c < criteriaCount; c++) scores[i * criteriaCount + c] = sheet.scores[c]!;
  });
  return scoreMatrixFromColumns({ entryCount: input.entryCount, judgeCount: input.judgeCount, weights: input.weights, sheetEntry, sheetJudge, scores });
}

/** The same input as columns: sheet i is entry sheetEntry[i]'s by judge sheetJudge[i], its scores row-major in `scores`. */
export type ScoreColumns = { entryCount: number; judgeCount: number; weights: readonly number[]; sheetEntry: Int32Array; sheetJudge: Int32Array; scores: Float64Array };

/**
 * The matrix from columns, without an object per sheet (what the database reader hands over:
 * 500k sheets as objects cost more than the whole aggregation). Sheets are put in canonical order
 * by a counting sort on the entry, then by judge within each entry.
 */
export function scoreMatrixFromColumns(input: ScoreColumns): ScoreMatrix {
  const { entryCount, judgeCount, weights } = input;
  const criteriaCount = weights.length;
  if (criteriaCount === 0) throw new RangeError('a scored stage needs at least one criterion');
  const weightSum = weights.reduce((sum, w) => sum + w, 0);
  if (weights.some((w) => !(w >= 0)) || Math.abs(weightSum - 1) > WEIGHT_TOLERANCE) throw new RangeError('criterion weights must be non-negative and sum to 1');
  const count = input.sheetEntry.length;
  if (input.sheetJudge.length !== count || input.scores.length !== count * criteriaCount) throw new RangeError('a sheet must score every criterion');

  const entryStart = new Int32Array(entryCount + 1);
  for (let i = 0; i < count; i++) {
    const entry = input.sheetEntry[i]!;
    const judge = input.sheetJudge[i]!;
    if (!(entry >= 0 && entry < entryCount && judge >= 0 && judge < judgeCount)) throw new RangeError('a sheet names an unknown entry or judge');
    entryStart[entry + 1]! += 1;
  }
  for (let e = 0; e < entryCount; e++) entryStart[e + 1]! += entryStart[e]!;
  // Counting sort by entry (stable), then by judge within each entry (insertion sort: panels are small and usually in order).
  const order = new Int32Array(count);
  const next = entryStart.slice(0, entryCount);
  for (let i = 0; i < count; i++) order[next[input.sheetEntry[i]!]!++] = i;
  for (let e = 0; e < entryCount; e++) {
    for (let i = entryStart[e]! + 1; i < entryStart[e + 1]!; i++) {
      const sheet = order[i]!;
      let k = i - 1;
      while (k >= entryStart[e]! && input.sheetJudge[order[k]!]! > input.sheetJudge[sheet]!) {
        order[k + 1] = order[k]!;
        k -= 1;
      }
      order[k + 1] = sheet;
    }
  }

  const sheetEntry = new Int32Array(count);
  const sheetJudge = new Int32Array(count);
  const scores = new Float64Array(count * criteriaCount);
  const totals = new Float64Array(count);
  const w = Float64Array.from(weights);
  for (let i = 0; i < count; i++) {
    const from = order[i]!;
    sheetEntry[i] = input.sheetEntry[from]!;
    sheetJudge[i] = input.sheetJudge[from]!;
    if (i > 0 && sheetEntry[i - 1] === sheetEntry[i] && sheetJudge[i - 1] === sheetJudge[i]) throw new RangeError('a judge has two sheets for one entry');
    let total = 0;
    for (let c = 0; c < criteriaCount; c++) {
      const score = input.scores[from * criteriaCount + c]!;
      if (!Number.isFinite(score)) throw new RangeError('scores must be finite numbers');
      scores[i * criteriaCount + c] = score;
      total += w[c]! * score;
    }
    totals[i] = total;
  }
  return { entryCount, judgeCount, criteriaCount, weights: w, sheetEntry, sheetJudge, scores, totals, entryStart };
}

/** How many judges scored each entry. */
export function judgesPerEntry(matrix: ScoreMatrix): Int32Array {
  const counts = new Int32Array(matrix.entryCount);
  for (let e = 0; e < matrix.entryCount; e++) counts[e] = matrix.entryStart[e + 1]! - matrix.entryStart[e]!;
  return counts;
}

/** The same stage without one judge's sheets (for leave-one-out stability). */
export function withoutJudge(matrix: ScoreMatrix, judge: number): ScoreMatrix {
  const keep: number[] = [];
  for (let i = 0; i < matrix.sheetJudge.length; i++) if (matrix.sheetJudge[i] !== judge) keep.push(i);
  const c = matrix.criteriaCount;
  const sheetEntry = new Int32Array(keep.length);
  const sheetJudge = new Int32Array(keep.length);
  const scores = new Float64Array(keep.length * c);
  const totals = new Float64Array(keep.length);
  keep.forEach((from, to) => {
    sheetEntry[to] = matrix.sheetEntry[from]!;
    sheetJudge[to] = matrix.sheetJudge[from]!;
    scores.set(matrix.scores.subarray(from * c, from * c + c), to * c);
    totals[to] = matrix.totals[from]!;
  });
  const entryStart = new Int32Array(matrix.entryCount + 1);
  for (let i = 0; i < keep.length; i++) entryStart[sheetEntry[i]! + 1]! += 1;
  for (let e = 0; e < matrix.entryCount; e++) entryStart[e + 1]! += entryStart[e]!;
  return { ...matrix, sheetEntry, sheetJudge, scores, totals, entryStart };
}

/** Count, sum, lowest and highest of an entry's weighted totals. */
export function entryTotals(matrix: ScoreMatrix, entry: number): { n: number; sum: number; min: number; max: number } {
  const from = matrix.entryStart[entry]!;
  const to = matrix.entryStart[entry + 1]!;
  let sum = 0;
  let max = -Infinity;
  let min = Infinity;
  for (let i = from; i < to; i++) {
    const t = matrix.totals[i]!;
    sum += t;
    if (t > max) max = t;
    if (t < min) min = t;
  }
  return { n: to - from, sum, min, max };
}
