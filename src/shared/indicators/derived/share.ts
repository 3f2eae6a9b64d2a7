/**
 * 占…比重: a child's share of its parent's total (南充 34.2亿元 占全市96%). For all the children
 * of a parent, when they are complete (their values add up exactly to the parent's), the rounded
 * shares are apportioned by largest remainder so they add up to exactly 100 at the shown
 * precision; each stays within one last place of its own half-up rounding.
 */
import { Dec, roundTo, ROUNDING } from '../decimal.js';
import { FigureError } from '../errors.js';
import { harmonise, sum } from '../quantity.js';
import { percentFigure, type DerivedFigure, type FigureInput } from './figure.js';

function shareExact(child: Dec, parent: Dec, parentInput: FigureInput): Dec {
  if (!parent.gt(0)) throw new FigureError('figure_parent_not_positive', { ref: parentInput.ref });
  return child.div(parent).times(100);
}

/** The share of `child` in `parent`, in percent, to `places` decimals (bulletins often print whole percents: places 0). */
export function share(child: FigureInput, parent: FigureInput, places: number = ROUNDING.percentPlaces): DerivedFigure<'share'> {
  const [c, p] = harmonise([child.quantity, parent.quantity]);
  return percentFigure('share', shareExact(c!, p!, parent), [child, parent], { complete: false }, places);
}

export type Shares = { complete: boolean; shares: DerivedFigure<'share'>[] };

/** Every child's share of `parent`; `complete` when the children add up to the parent exactly. */
export function sharesOfTotal(children: readonly FigureInput[], parent: FigureInput, places: number = ROUNDING.percentPlaces): Shares {
  if (children.length === 0) throw new FigureError('figure_no_inputs');
  const values = harmonise([parent.quantity, ...children.map((c) => c.quantity)]);
  const parentValue = values[0]!;
  const exact = values.slice(1).map((value) => shareExact(value, parentValue, parent));
  const complete = new Dec(sum(children.map((c) => c.quantity)).value).eq(harmonise([parent.quantity], sum(children.map((c) => c.quantity)).unit)[0]!);
  const figures = exact.map((e, i) => percentFigure('share', e, [children[i]!, parent], { complete }, places));
  if (!complete) return { complete, shares: figures };
  // Largest remainder: floor every share to the last place, then hand the missing units to the largest remainders (ties: input order).
  const unit = new Dec(10).pow(-places);
  const floors = exact.map((e) => e.toDecimalPlaces(places, Dec.ROUND_FLOOR));
  const missingUnits = new Dec(100).minus(floors.reduce((a, b) => a.plus(b), new Dec(0))).div(unit).round().toNumber();
  const order = exact.map((e, i) => ({ i, remainder: e.minus(floors[i]!) })).sort((a, b) => b.remainder.comparedTo(a.remainder) || a.i - b.i);
  for (const { i } of order.slice(0, missingUnits)) floors[i] = floors[i]!.plus(unit);
  return { complete, shares: figures.map((figure, i) => ({ ...figure, value: roundTo(floors[i]!, places), params: { ...figure.params, apportioned: true } })) };
}

