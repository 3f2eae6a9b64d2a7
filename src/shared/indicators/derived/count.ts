/**
 * Counts from other capabilities shown beside the economic figures (recognised innovations,
 * replicated results, delegated items): the number of records, each record an input to link to.
 */
import type { Unit } from '../../indicators.enums.js';
import type { DerivedFigure } from './figure.js';

export function countOf(records: readonly { ref: string }[], unit: Unit = 'item', what: string = ''): DerivedFigure<'count'> {
  const value = String(records.length);
  return {
    method: 'count',
    value,
    exact: value,
    unit,
    qualifier: null,
    approximate: false,
    inputQualifiers: [],
    params: { what },
    inputs: records.map((record) => ({ ref: record.ref, quantity: { value: '1', unit, qualifier: null } })),
  };
}
