/**
 * The two checks every value passes before it is stored: its period key is of the definition's
 * kind, and its unit converts to the definition's exactly. Units of one dimension differ by a
 * power of ten, so a conversion is a shift of the decimal point (decimal.js, never a float):
 * 116000 万元 is stored as 11.6 亿元, digit for digit. Other dimensions are refused, not mixed.
 */
import { Decimal as DecimalJs } from 'decimal.js';
import { AppError } from '../../kernel/errors.js';
import './indicators.messages.js';
import { UNIT_DEFINITIONS, type PeriodKind, type Unit } from '../../shared/indicators.enums.js';

/** Precision far above any stored value (15 + 8 digits, shifted by up to 8): products are never rounded. */
const Decimal = DecimalJs.clone({ precision: 100, toExpNeg: -100, toExpPos: 100 });
type DecimalValue = DecimalJs.Value;

const PERIOD_PATTERNS: Record<PeriodKind, RegExp> = {
  year: /^\d{4}$/,
  quarter: /^\d{4}Q[1-4]$/,
  month: /^\d{4}-(0[1-9]|1[0-2])$/,
};

export function periodIsOfKind(period: string, kind: PeriodKind): boolean {
  return PERIOD_PATTERNS[kind].test(period);
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
  const source = UNIT_DEFINITIONS[from];
  const target = UNIT_DEFINITIONS[to];
  if (source.dimension !== target.dimension) throw new AppError('INDICATOR_UNIT_INCOMPATIBLE', { unit: from, expected: to });
  return canonicalDecimal(new Decimal(value).mul(new Decimal(10).pow(source.exponent - target.exponent)));
}

/** One spelling per number ('11.60' and '11.6' are the same value): what is stored and compared. */
export function canonicalDecimal(value: DecimalValue): string {
  const decimal = new Decimal(value);
  return decimal.isZero() ? '0' : decimal.toFixed();
}
