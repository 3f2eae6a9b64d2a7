/**
 * Leave-one-out at the size of a national contest. `stability` (analysis.ts) states the
 * definition plainly — the whole stage recomputed without each judge's sheets — and costs
 * judges × a full recompute with copies (about 10 s at 10k entries × 50 judges). Here the same
 * answer in one pass per judge without copying: every method averages a per-sheet value that
 * depends only on that sheet's judge (`sheetValues`: a weighted total, that judge's z, that
 * judge's weighted criterion z), so without judge j each entry's value is the mean of its other
 * sheets' values, summed in the same order as the full recompute would (so ties at the
 * comparison precision fall the same way), and the trimmed mean drops the extremes of what
 * remains. `leave-one-out.test.ts` checks it equals `stability` on random stages.
 */
import type { Stability } from './analysis.js';
import { criterionSheetValues, sheetValues, TRIMMED_MEAN_MIN_JUDGES, type AggregationMethod } from './methods.js';
import { rankByMethod, rankEntries } from './ranking.js';
import type { ScoreMatrix } from './score-matrix.js';

/** Per entry, the mean of `perSheet` over its sheets not by `judge` (NaN when none is left). */
function meanWithout(matrix: ScoreMatrix, perSheet: Float64Array, judge: number): Float64Array {
  const values = new Float64Array(matrix.entryCount);
  for (let e = 0; e < matrix.entryCount; e++) {
    let sum = 0;
    let n = 0;
    for (let i = matrix.entryStart[e]!; i < matrix.entryStart[e + 1]!; i++) {
      if (matrix.sheetJudge[i] === judge) continue;
      sum += perSheet[i]!;
      n += 1;
    }
    values[e] = n > 0 ? sum / n : Number.NaN;
  }
  return values;
}

/** The trimmed mean of the totals without `judge`'s sheets. */
function trimmedWithout(matrix: ScoreMatrix, judge: number): Float64Array {
  const values = new Float64Array(matrix.entryCount);
  for (let e = 0; e < matrix.entryCount; e++) {
    let sum = 0;
    let n = 0;
    let min = Infinity;
    let max = -Infinity;
    for (let i = matrix.entryStart[e]!; i < matrix.entryStart[e + 1]!; i++) {
      if (matrix.sheetJudge[i] === judge) continue;
      const t = matrix.totals[i]!;
      sum += t;
      n += 1;
      if (t > max) max = t;
      if (t < min) min = t;
    }
    values[e] = n > 0 ? (sum - max - min) / (n - 2) : Number.NaN;
  }
  return values;
}

/** Whether every entry still has none or at least TRIMMED_MEAN_MIN_JUDGES judges without `judge` (availableMethods' rule). */
function trimmableWithout(matrix: ScoreMatrix, judge: number): boolean {
  for (let e = 0; e < matrix.entryCount; e++) {
    let n = 0;
    for (let i = matrix.entryStart[e]!; i < matrix.entryStart[e + 1]!; i++) if (matrix.sheetJudge[i] !== judge) n += 1;
    if (n > 0 && n < TRIMMED_MEAN_MIN_JUDGES) return false;
  }
  return true;
}

/**
 * Calls `visit(judge, ranks, values)` with the stage's ranks and values without each judge in turn (0 = unranked), as
 * `stability` defines them (the trimmed mean falls back to the mean where the smaller panel no
 * longer allows it).
 */
export function forEachLeaveOut(matrix: ScoreMatrix, method: AggregationMethod, entryIds: ArrayLike<number>, tieBreak: readonly number[], visit: (judge: number, ranks: Int32Array, values: Float64Array) => void): void {
  const breakersOf = (m: AggregationMethod) => tieBreak.map((criterion) => criterionSheetValues(matrix, m, criterion));
  const near = rankByMethod(matrix, method, entryIds, tieBreak).ranks;
  for (let j = 0; j < matrix.judgeCount; j++) {
    const m: AggregationMethod = method === 'trimmed_mean' && !trimmableWithout(matrix, j) ? 'mean' : method;
    const values = m === 'trimmed_mean' ? trimmedWithout(matrix, j) : meanWithout(matrix, sheetValues(matrix, m), j);
    const ranks = rankEntries(matrix, values, { entryIds, tieBreak: () => breakersOf(m).map((column) => meanWithout(matrix, column, j)), near });
    visit(j, ranks, values);
  }
}

/** The same answer as `stability` (analysis.ts), in one pass per judge. */
export function fastStability(matrix: ScoreMatrix, method: AggregationMethod, entryIds: ArrayLike<number>, tieBreak: readonly number[] = []): Stability[] {
  const full = rankByMethod(matrix, method, entryIds, tieBreak).ranks;
  const result: Stability[] = Array.from(full, (rank) => ({ best: rank, worst: rank, byJudge: new Map<number, number>() }));
  forEachLeaveOut(matrix, method, entryIds, tieBreak, (judge, ranks) => {
    for (let e = 0; e < matrix.entryCount; e++) {
      if (!scoredBy(matrix, e, judge)) continue;
      const rank = ranks[e]!;
      const entry = result[e]!;
      entry.byJudge.set(judge, rank);
      if (rank === 0) continue;
      entry.best = entry.best === 0 ? rank : Math.min(entry.best, rank);
      entry.worst = Math.max(entry.worst, rank);
    }
  });
  return result;
}

/** Whether `judge` scored entry `e` (its sheets are ordered by judge: a binary search). */
export function scoredBy(matrix: ScoreMatrix, e: number, judge: number): boolean {
  let low = matrix.entryStart[e]!;
  let high = matrix.entryStart[e + 1]! - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const j = matrix.sheetJudge[mid]!;
    if (j === judge) return true;
    if (j < judge) low = mid + 1;
    else high = mid - 1;
  }
  return false;
}
