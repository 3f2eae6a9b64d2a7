/**
 * Ranks from aggregated values: higher first, ties broken by the stage's tie-break criteria (the
 * entry's value on each, higher first, in the order configured: see criterionValues), then by entry id
 * ascending; ranks start at 1 and are distinct. An entry nobody scored gets no rank (0).
 * Values are compared at nine decimal places (precision.ts).
 */
import { aggregate, criterionValues, type AggregationMethod } from './methods.js';
import { comparisonKey } from './precision.js';
import type { ScoreMatrix } from './score-matrix.js';


export type RankOptions = {
  /** The entries' ids, by dense index: the last tie-break. */
  entryIds: ArrayLike<number>;
  /**
   * Per tie-break criterion, in order, its value per entry (criterionValues): higher first. May be
   * given as a function, called only when two values tie: working the columns out is most of a
   * left-out judge's cost, and at a national contest's size ties are rare.
   */
  tieBreak?: readonly Float64Array[] | (() => readonly Float64Array[]);
  /**
   * Ranks of a ranking close to this one (the full panel's, when one judge is left out): the
   * entries are sorted starting from that order, which the sort finishes in far fewer comparisons
   * than from index order. The result is the same either way — the order is total (ids last).
   */
  near?: Int32Array;
};

/** Ranks (1 = best) of the entries by `values`; 0 for entries without a value. */
export function rankEntries(matrix: ScoreMatrix, values: Float64Array, { entryIds, tieBreak = [], near }: RankOptions): Int32Array {
  const keys = Array.from(values, comparisonKey);
  const ranked: number[] = [];
  for (const e of startingOrder(matrix.entryCount, near)) if (!Number.isNaN(values[e]!)) ranked.push(e);
  // The tie-break keys are worked out at the first tie, if there is one.
  let breakers: number[][] | undefined;
  const breakersAtTie = () => (breakers ??= (typeof tieBreak === 'function' ? tieBreak() : tieBreak).map((perEntry) => Array.from(perEntry, comparisonKey)));
  ranked.sort((a, b) => {
    if (keys[a] !== keys[b]) return keys[b]! - keys[a]!;
    for (const breaker of breakersAtTie()) if (breaker[a] !== breaker[b]) return breaker[b]! - breaker[a]!;
    return entryIds[a]! - entryIds[b]!;
  });
  const ranks = new Int32Array(matrix.entryCount);
  ranked.forEach((entry, position) => (ranks[entry] = position + 1));
  return ranks;
}

/** Entry indexes in the order of `near`'s ranks (unranked ones after), or in index order. */
function startingOrder(entryCount: number, near: Int32Array | undefined): Int32Array {
  const order = new Int32Array(entryCount);
  if (!near) {
    for (let e = 0; e < entryCount; e++) order[e] = e;
    return order;
  }
  let unranked = entryCount;
  for (let e = entryCount - 1; e >= 0; e--) if (!(near[e]! > 0)) order[--unranked] = e;
  for (let e = 0; e < entryCount; e++) if (near[e]! > 0) order[near[e]! - 1] = e;
  return order;
}

/** A method's values and ranks, ties broken by the criteria `tieBreak` (indexes) in the method's terms. */
export function rankByMethod(matrix: ScoreMatrix, method: AggregationMethod, entryIds: ArrayLike<number>, tieBreak: readonly number[] = []) {
  const values = aggregate(matrix, method);
  const ranks = rankEntries(matrix, values, { entryIds, tieBreak: tieBreak.map((criterion) => criterionValues(matrix, method, criterion)) });
  return { values, ranks };
}
