/**
 * A figure as offices state it: a decimal value, a unit and the qualifier it was written with
 * (约110万元 is { value: '110', unit: 'cny_10k', qualifier: 'about' }). Units of one dimension
 * convert exactly (a shift of the decimal point); other dimensions are refused with a FigureError.
 */
import { UNIT_DEFINITIONS, type Qualifier, type Unit, type UnitDimension } from '../indicators.enums.js';
import { Dec, decString } from './decimal.js';
import { FigureError } from './errors.js';
import { unitParam } from './messages.js';

export type Quantity = {
  value: string;
  unit: Unit;
  qualifier: Qualifier | null;
  /**
   * A share written as a fraction (近1/3): the value is its percent to 10 places, computed
   * with; the fraction is how it was written, shown back. Only on 'percent' quantities.
   */
  fraction?: { numerator: number; denominator: number };
};

/**
 * What a figure built on other figures says about its accuracy: approximate as soon as one
 * input is qualified, with those inputs' qualifiers (distinct, in input order), so the reader
 * sees "约" and why.
 */
export type Accuracy = { approximate: boolean; inputQualifiers: Qualifier[] };

/**
 * Which side of the true value a qualified figure lies on: 超/多/余/过 state a lower bound,
 * 近 an upper bound, 约 either side.
 */
export const QUALIFIER_BOUND = {
  about: 'either',
  over: 'lower',
  more_than: 'lower',
  odd: 'lower',
  past: 'lower',
  nearly: 'upper',
} as const satisfies Record<Qualifier, 'lower' | 'upper' | 'either'>;

export const dimensionOf = (unit: Unit): UnitDimension => UNIT_DEFINITIONS[unit].dimension;
export const exponentOf = (unit: Unit): number => UNIT_DEFINITIONS[unit].exponent;

export function sameDimension(a: Unit, b: Unit): boolean {
  return dimensionOf(a) === dimensionOf(b);
}

function requireSameDimension(from: Unit, to: Unit): void {
  if (sameDimension(from, to)) return;
  throw new FigureError('figure_unit_incompatible', { from: unitParam(from), to: unitParam(to) });
}

/** `value` (a decimal string in `from`) in `to`: exact, e.g. 11.6 亿元 → 116000 万元. */
export function convertValue(value: string, from: Unit, to: Unit): string {
  requireSameDimension(from, to);
  return decString(new Dec(value).times(new Dec(10).pow(exponentOf(from) - exponentOf(to))));
}

/** The quantity in another unit of its dimension, qualifier and fraction kept (约110万元 = 约0.011亿元). */
export function convert(quantity: Quantity, to: Unit): Quantity {
  return { ...quantity, value: convertValue(quantity.value, quantity.unit, to), unit: to };
}

/** The unit all of `units` convert to without a fraction of their smallest step: the smallest exponent. */
export function commonUnit(units: readonly Unit[]): Unit {
  if (units.length === 0) throw new FigureError('figure_no_inputs');
  for (const unit of units) requireSameDimension(units[0]!, unit);
  return units.reduce((best, unit) => (exponentOf(unit) < exponentOf(best) ? unit : best));
}

/** The accuracy of a figure built on `inputs`. */
export function accuracyOf(inputs: readonly Pick<Quantity, 'qualifier'>[]): Accuracy {
  const inputQualifiers = [...new Set(inputs.map((input) => input.qualifier).filter((q): q is Qualifier => q !== null))];
  return { approximate: inputQualifiers.length > 0, inputQualifiers };
}

/**
 * The qualifier a sum carries: bounds of one side add up to a bound of that side (超3000万 +
 * 超1000万 is 超4000万; exact + 近x is 近…), anything mixed is 约.
 */
export function sumQualifier(qualifiers: readonly (Qualifier | null)[]): Qualifier | null {
  const bounds = new Set(qualifiers.filter((q): q is Qualifier => q !== null).map((q) => QUALIFIER_BOUND[q]));
  if (bounds.size === 0) return null;
  if (bounds.size === 1 && bounds.has('lower')) return 'over';
  if (bounds.size === 1 && bounds.has('upper')) return 'nearly';
  return 'about';
}

/** The sum of quantities of one dimension, in their common unit, exact. */
export function sum(quantities: readonly Quantity[]): Quantity & Accuracy {
  const unit = commonUnit(quantities.map((q) => q.unit));
  const total = quantities.reduce((acc, q) => acc.plus(convertValue(q.value, q.unit, unit)), new Dec(0));
  return { value: decString(total), unit, qualifier: sumQualifier(quantities.map((q) => q.qualifier)), ...accuracyOf(quantities) };
}

/** −1, 0 or 1 as `a` is less than, equal to or more than `b` (units harmonised; qualifiers not considered). */
export function compare(a: Quantity, b: Quantity): -1 | 0 | 1 {
  requireSameDimension(a.unit, b.unit);
  const unit = commonUnit([a.unit, b.unit]);
  return new Dec(convertValue(a.value, a.unit, unit)).comparedTo(convertValue(b.value, b.unit, unit)) as -1 | 0 | 1;
}

/** Values of `quantities` as decimals in one unit (the common one unless given). */
export function harmonise(quantities: readonly Quantity[], unit: Unit = commonUnit(quantities.map((q) => q.unit))): Dec[] {
  return quantities.map((q) => new Dec(convertValue(q.value, q.unit, unit)));
}
