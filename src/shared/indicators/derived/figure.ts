/**
 * The shape of every derived figure: the value (rounded by the one rule in `decimal.ts`) and the
 * unrounded one, a machine-readable method, its parameters and the inputs it was computed from
 * (each with an opaque `ref` the caller links to, e.g. a stored value's id), so the UI can show
 * "how it was computed" and link to every input. Built on a qualified input, it is approximate.
 */
import type { Qualifier, Unit } from '../../indicators.enums.js';
import { roundTo, ROUNDING, type Dec } from '../decimal.js';
import { accuracyOf, type Accuracy, type Quantity } from '../quantity.js';

export const DERIVED_METHODS = ['yoy_growth', 'cagr', 'mean_growth', 'span_total', 'since_total', 'share', 'rank', 'rank_change', 'count'] as const;
export type DerivedMethod = (typeof DERIVED_METHODS)[number];

/** One input of a derived figure: what it is (`ref`), its value, and where and when if known. */
export type FigureInput = { ref: string; quantity: Quantity; period?: string; zone?: string };

export type DerivedParams = Record<string, string | number | boolean>;

export type DerivedFigure<M extends DerivedMethod = DerivedMethod> = Accuracy & {
  method: M;
  /** As shown: percent figures to ROUNDING.percentPlaces, totals and ranks exact. */
  value: string;
  /** To ROUNDING.exactPlaces, for further computation and checks. */
  exact: string;
  unit: Unit;
  /** The qualifier to write the value with: a sum's bound (超…) or 约 for anything else built on qualified inputs. */
  qualifier: Qualifier | null;
  params: DerivedParams;
  inputs: FigureInput[];
};

/** A percent figure (growth, share) from its unrounded value. */
export function percentFigure<M extends DerivedMethod>(method: M, exact: Dec, inputs: FigureInput[], params: DerivedParams, places: number = ROUNDING.percentPlaces): DerivedFigure<M> {
  const accuracy = accuracyOf(inputs.map((input) => input.quantity));
  return {
    method,
    value: roundTo(exact, places),
    exact: roundTo(exact, ROUNDING.exactPlaces),
    unit: 'percent',
    qualifier: accuracy.approximate ? 'about' : null,
    params: { ...params, places },
    inputs,
    ...accuracy,
  };
}
