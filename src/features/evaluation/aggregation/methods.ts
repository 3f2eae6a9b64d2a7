/**
 * The aggregation methods a scored stage may use, as the issue defines them (so anyone can
 * reproduce a result from the published scores):
 *   - a judge's weighted total for an entry = Σ weight × score over the criteria;
 *   - mean: the mean over the entry's judges of their weighted totals;
 *   - trimmed mean: drop one highest and one lowest weighted total, mean of the rest (only when
 *     every scored entry has at least 5 judges);
 *   - z-score (total): per judge, z = (weighted total − the judge's mean) / the judge's population
 *     standard deviation over the entries the judge scored; the entry's value is the mean of its
 *     judges' z (a judge whose totals are all equal discriminates nothing: z = 0);
 *   - z-score (per criterion): the same per judge and criterion, then the weighted sum per judge,
 *     then the mean over the entry's judges.
 * Each returns one value per entry, NaN for an entry nobody scored.
 */
import { atComparisonPrecision } from './precision.js';
import type { ScoreMatrix } from './score-matrix.js';
import { entryTotals, judgesPerEntry } from './score-matrix.js';

import { AGGREGATION_METHODS, type AggregationMethod } from '../../../shared/evaluation.enums.js';
// The list is shared with the web (the method picker); the kernel computes them.
export { AGGREGATION_METHODS, type AggregationMethod };

/** Fewest judges per entry for the trimmed mean: with fewer, dropping two totals leaves too little. */
export const TRIMMED_MEAN_MIN_JUDGES = 5;

/** The methods this stage's scores allow (the trimmed mean needs ≥ 5 judges on every scored entry). */
export function availableMethods(matrix: ScoreMatrix): AggregationMethod[] {
  const counts = judgesPerEntry(matrix);
  const trimmable = counts.every((n) => n === 0 || n >= TRIMMED_MEAN_MIN_JUDGES);
  return AGGREGATION_METHODS.filter((method) => method !== 'trimmed_mean' || trimmable);
}

export function aggregate(matrix: ScoreMatrix, method: AggregationMethod): Float64Array {
  switch (method) {
    case 'trimmed_mean':
      return trimmedMean(matrix);
    default:
      return meanOfSheets(matrix, sheetValues(matrix, method));
  }
}

/** Per entry, the mean of a per-sheet value over its sheets. */
function meanOfSheets(matrix: ScoreMatrix, perSheet: Float64Array): Float64Array {
  const values = new Float64Array(matrix.entryCount);
  for (let e = 0; e < matrix.entryCount; e++) {
    const from = matrix.entryStart[e]!;
    const to = matrix.entryStart[e + 1]!;
    let sum = 0;
    for (let i = from; i < to; i++) sum += perSheet[i]!;
    values[e] = to > from ? sum / (to - from) : Number.NaN;
  }
  return values;
}

function trimmedMean(matrix: ScoreMatrix): Float64Array {
  const values = new Float64Array(matrix.entryCount);
  for (let e = 0; e < matrix.entryCount; e++) {
    const { n, sum, min, max } = entryTotals(matrix, e);
    if (n === 0) {
      values[e] = Number.NaN;
      continue;
    }
    if (n < TRIMMED_MEAN_MIN_JUDGES) throw new RangeError(`the trimmed mean needs at least ${TRIMMED_MEAN_MIN_JUDGES} judges per entry`);
    values[e] = (sum - max - min) / (n - 2);
  }
  return values;
}

/**
 * z of a per-sheet value against each judge's own mean and population standard deviation.
 * `values` is read at `index * stride + offset`, so one criterion's column of the score array
 * serves as well as the totals.
 */
function judgeZ(matrix: ScoreMatrix, values: Float64Array, stride: number, offset: number): Float64Array {
  const judges = matrix.judgeCount;
  const count = new Float64Array(judges);
  const sum = new Float64Array(judges);
  const sheets = matrix.sheetJudge.length;
  for (let i = 0; i < sheets; i++) {
    const j = matrix.sheetJudge[i]!;
    count[j]! += 1;
    sum[j]! += values[i * stride + offset]!;
  }
  const mean = new Float64Array(judges);
  for (let j = 0; j < judges; j++) mean[j] = count[j]! > 0 ? sum[j]! / count[j]! : 0;
  // Second pass for the variance: stable where totals are large and close together.
  const squares = new Float64Array(judges);
  for (let i = 0; i < sheets; i++) {
    const j = matrix.sheetJudge[i]!;
    const d = values[i * stride + offset]! - mean[j]!;
    squares[j]! += d * d;
  }
  const sd = new Float64Array(judges);
  for (let j = 0; j < judges; j++) sd[j] = count[j]! > 0 ? Math.sqrt(squares[j]! / count[j]!) : 0;
  const z = new Float64Array(sheets);
  for (let i = 0; i < sheets; i++) {
    const j = matrix.sheetJudge[i]!;
    // A judge whose values are all equal (up to rounding) ranks nothing: every z is 0.
    z[i] = sd[j]! > 1e-12 * Math.max(1, Math.abs(mean[j]!)) ? (values[i * stride + offset]! - mean[j]!) / sd[j]! : 0;
  }
  return z;
}

/**
 * What a tie-break criterion compares for an entry: its mean score on that criterion, in the
 * method's own terms — raw for the mean methods, the judges' z on that criterion for the z
 * methods (so a judge's shifted or rescaled scores move no tie-break either).
 */
export function criterionValues(matrix: ScoreMatrix, method: AggregationMethod, criterion: number): Float64Array {
  return meanOfSheets(matrix, criterionSheetValues(matrix, method, criterion));
}

/** Per sheet, what criterionValues averages: the raw score on the criterion, or its judge's z on it. */
export function criterionSheetValues(matrix: ScoreMatrix, method: AggregationMethod, criterion: number): Float64Array {
  const z = method === 'z_total' || method === 'z_criterion';
  return remembered(matrix, `criterion:${z ? 'z' : 'raw'}:${criterion}`, () => computeCriterionSheetValues(matrix, method, criterion));
}

function computeCriterionSheetValues(matrix: ScoreMatrix, method: AggregationMethod, criterion: number): Float64Array {
  const c = matrix.criteriaCount;
  if (method === 'z_total' || method === 'z_criterion') return judgeZ(matrix, matrix.scores, c, criterion);
  const column = new Float64Array(matrix.sheetJudge.length);
  for (let i = 0; i < column.length; i++) column[i] = matrix.scores[i * c + criterion]!;
  return column;
}

/**
 * Per sheet, the value a method averages over an entry's sheets: the weighted total (mean; the
 * trimmed mean drops the extremes of it), the judge's z of it, or the judge's weighted criterion z.
 * Each depends only on the sheet's own judge's sheets, which is what makes leave-one-out cheap.
 */
export function sheetValues(matrix: ScoreMatrix, method: AggregationMethod): Float64Array {
  return remembered(matrix, `sheet:${method}`, () => computeSheetValues(matrix, method));
}

/**
 * Per-sheet values are asked for several times over one matrix (the ranking, the tie-breaks, each
 * left-out judge, the analysis beside the results): kept with the matrix, which never changes.
 * Callers must not write into what they get.
 */
const REMEMBERED = new WeakMap<ScoreMatrix, Map<string, Float64Array>>();
function remembered(matrix: ScoreMatrix, key: string, compute: () => Float64Array): Float64Array {
  let kept = REMEMBERED.get(matrix);
  if (!kept) REMEMBERED.set(matrix, (kept = new Map()));
  let values = kept.get(key);
  if (!values) kept.set(key, (values = compute()));
  return values;
}

function computeSheetValues(matrix: ScoreMatrix, method: AggregationMethod): Float64Array {
  switch (method) {
    case 'mean':
    case 'trimmed_mean':
      return matrix.totals;
    case 'z_total':
      return judgeZ(matrix, matrix.totals, 1, 0);
    case 'z_criterion':
      return criterionZ(matrix);
  }
}

function criterionZ(matrix: ScoreMatrix): Float64Array {
  const weighted = new Float64Array(matrix.sheetJudge.length);
  for (let k = 0; k < matrix.criteriaCount; k++) {
    const z = criterionSheetValues(matrix, 'z_criterion', k);
    const w = matrix.weights[k]!;
    for (let i = 0; i < weighted.length; i++) weighted[i]! += w * z[i]!;
  }
  return weighted;
}

/**
 * z values shown on the stage's scale: the lowest entry at the scale's minimum, the highest at its
 * maximum, linearly between (so ranks never change); all equal → the middle of the scale.
 */
export function rescaleToScale(raw: Float64Array, scaleMin: number, scaleMax: number): Float64Array {
  // At the precision values are compared at: a spread of rounding noise between tied values is no spread.
  // Loops rather than map(): this runs once per left-out judge at 10k entries.
  const values = new Float64Array(raw.length);
  let low = Infinity;
  let high = -Infinity;
  for (let i = 0; i < raw.length; i++) {
    const v = atComparisonPrecision(raw[i]!);
    values[i] = v;
    if (Number.isNaN(v)) continue;
    if (v < low) low = v;
    if (v > high) high = v;
  }
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (Number.isNaN(v)) continue;
    values[i] = high > low ? scaleMin + ((v - low) / (high - low)) * (scaleMax - scaleMin) : (scaleMin + scaleMax) / 2;
  }
  return values;
}
