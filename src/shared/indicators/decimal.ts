/**
 * The one decimal context of indicator figures, and the one rounding rule. Values travel as
 * decimal strings ('11.6', '-3.2'); every arithmetic step goes through `Dec`, never a binary
 * float. 64 significant digits hold any figure a statistics office writes (parse-figure refuses
 * more than 30 digits) shifted by any unit exponent, so unit conversion and sums are exact;
 * only division and roots round, at the 64th digit, long before the published precision.
 */
import { Decimal } from 'decimal.js';

export const Dec = Decimal.clone({ precision: 64, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -9e15, toExpPos: 9e15 });
export type Dec = InstanceType<typeof Dec>;

/**
 * Rounding of derived figures, decided once: growth rates, average growth and shares are shown
 * to 0.1 percentage point, half-up (away from zero on a tie: 90.65 → 90.7, −3.25 → −3.3), as
 * Chinese statistical bulletins print them. Sums keep every digit of their inputs (exact).
 * The unrounded value travels beside the rounded one (`exact`), so nothing compounds rounding.
 */
export const ROUNDING = { percentPlaces: 1, exactPlaces: 12, mode: Decimal.ROUND_HALF_UP } as const;

/** The canonical string of a decimal: no exponent, no trailing zeros, no '-0'. */
export function decString(value: Dec): string {
  return value.isZero() ? '0' : value.toFixed();
}

/** Half-up to `places` decimals, trailing zeros kept off ('96', '90.7'). */
export function roundTo(value: Dec, places: number): string {
  return decString(value.toDecimalPlaces(places, ROUNDING.mode));
}

/** A canonical decimal string, or null if `text` is not one ('1.50' → '1.5'). */
export function canonicalDecimal(text: string): string | null {
  if (!/^-?\d+(\.\d+)?$/.test(text)) return null;
  return decString(new Dec(text));
}
