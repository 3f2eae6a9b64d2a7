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
  /** Per tie-break criterion, in order, its value per entry (criterionValues): higher first. */
  tieBreak?: readonly Float64Array[];
};

/** Ranks (1 = best) of the entries by `values`; 0 for entries without a value. */
export function rankEntries(matrix: ScoreMatrix, values: Float64Array, { entryIds, tieBreak = [] }: RankOptions): Int32Array {
  const keys = Array.from(values, comparisonKey);
  const breakers = tieBreak.map((perEntry) => Array.from(perEntry, comparisonKey));
  const ranked: number[] = [];
  for (let e = 0; e < matrix.entryCount; e++) if (!Number.isNaN(values[e]!)) ranked.push(e);
  ranked.sort((a, b) => {
    if (keys[a] !== keys[b]) return keys[b]! - keys[a]!;
    for (const breaker of breakers) if (breaker[a] !== breaker[b]) return breaker[b]! - breaker[a]!;
    return entryIds[a]! - entryIds[b]!;
  });
  const ranks = new Int32Array(matrix.entryCount);
  ranked.forEach((entry, position) => (ranks[entry] = position + 1));
  return ranks;
}

/** A method's values and ranks, ties broken by the criteria `tieBreak` (indexes) in the method's terms. */
export function rankByMethod(matrix: ScoreMatrix, method: AggregationMethod, entryIds: ArrayLike<number>, tieBreak: readonly number[] = []) {
  const values = aggregate(matrix, method);
  const ranks = rankEntries(matrix, values, { entryIds, tieBreak: tieBreak.map((criterion) => criterionValues(matrix, method, criterion)) });
  return { values, ranks };
}
