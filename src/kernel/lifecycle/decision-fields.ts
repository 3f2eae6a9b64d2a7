/**
 * The server's schema for each decision field kind (DECISION_FIELD_KINDS in shared/lifecycle.ts),
 * and the body schema of one transition generated from its `needs`: required fields are required,
 * optional ones optional, nothing else accepted. The OpenAPI document shows exactly this.
 */
import { z } from 'zod';
import { DECISION_FIELD_KINDS, fieldsOf, type DecisionFieldKind, type Edge } from '../../shared/lifecycle.js';
import { nameField, pastDateField, textField } from '../../shared/schemas.js';
import { partialDateField } from '../../shared/partial-date.js';

const FIELD_SCHEMAS = {
  comment: textField(DECISION_FIELD_KINDS.comment.max),
  note: textField(DECISION_FIELD_KINDS.note.max),
  document: textField(DECISION_FIELD_KINDS.document.max),
  batch: nameField(DECISION_FIELD_KINDS.batch.max),
  day: pastDateField,
  partialDate: partialDateField,
} satisfies Record<DecisionFieldKind, z.ZodType<string>>;

/** What a decision recorded, each field trimmed; null when left out or blank. */
export type Decision<F extends string = string> = Record<F, string | null>;

/**
 * A required field must hold something after trimming (a blank 文号 is no 文号); an optional one
 * may be left out, null or blank, all meaning "not recorded".
 */
export function transitionBodySchema<F extends string>(edge: Edge<string, F>, fields: Record<F, DecisionFieldKind>) {
  const shape = Object.fromEntries(
    fieldsOf(edge).map(({ name, need }) => {
      const schema = FIELD_SCHEMAS[fields[name]];
      return [name, need === 'required' ? schema.refine((value) => value !== '', 'required') : schema.nullable().optional()];
    }),
  );
  return z.strictObject(shape);
}

/** The parsed body as a Decision over every field the machine knows (those the step does not take are null). */
export function toDecision<F extends string>(fields: Record<F, DecisionFieldKind>, parsed: Record<string, unknown>): Decision<F> {
  const names = Object.keys(fields) as F[];
  return Object.fromEntries(names.map((name) => [name, typeof parsed[name] === 'string' && parsed[name] !== '' ? parsed[name] : null])) as Decision<F>;
}
