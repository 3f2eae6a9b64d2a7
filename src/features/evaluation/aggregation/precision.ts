/**
 * Aggregated values are compared at nine decimal places: two values equal in exact arithmetic
 * but summed in another order (a judge relabelled, one judge's scores rescaled under a z-score)
 * may differ in the last bit, and must still tie.
 */
const PRECISION = 1e9;

/** The integer a value is compared by (ties are equal keys). */
export function comparisonKey(value: number): number {
  return Math.round(value * PRECISION);
}

/** The value rounded to the precision it is compared at. */
export function atComparisonPrecision(value: number): number {
  return comparisonKey(value) / PRECISION;
}
