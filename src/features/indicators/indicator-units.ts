/**
 * The two checks every value passes before it is stored: its period key is of the definition's
 * kind, and its unit converts to the definition's exactly. The arithmetic is the shared indicator
 * library's (src/shared/indicators: a power-of-ten shift in decimal.js, never a float), so the
 * server stores 116000 万元 as 11.6 亿元 digit for digit, as the import engine and the pages
 * compute it; here its refusals become the API's localised 400s.
 */
import { AppError } from '../../kernel/errors.js';
import './indicators.messages.js';
import type { PeriodKind, Unit } from '../../shared/indicators.enums.js';
import { Dec, decString } from '../../shared/indicators/decimal.js';
import { parsePeriod } from '../../shared/indicators/periods.js';
import { sameDimension, convertValue as convertExactly } from '../../shared/indicators/quantity.js';

export function periodIsOfKind(period: string, kind: PeriodKind): boolean {
  return parsePeriod(period)?.kind === kind;
}

/** Refuses a period key of another kind than the definition's (400, localised). */
export function assertPeriodKind(period: string, kind: PeriodKind): void {
  if (!periodIsOfKind(period, kind)) throw new AppError('INDICATOR_PERIOD_KIND', { period, kind });
}

/**
 * `value` in `from` expressed in `to`, as a plain decimal string without exponent or trailing
 * zeros ('116000' 万元 → '11.6' 亿元). Refuses units of different dimensions.
 */
export function convertValue(value: string, from: Unit, to: Unit): string {
  if (!sameDimension(from, to)) throw new AppError('INDICATOR_UNIT_INCOMPATIBLE', { unit: from, expected: to });
  return convertExactly(value, from, to);
}

/** One spelling per number ('11.60' and '11.6' are the same value): what is stored and compared. */
export function canonicalDecimal(value: string | number): string {
  return decString(new Dec(value));
}
