/**
 * The shape every lifecycle table has (PLATFORM_MACHINE, INNOVATION_MACHINE, each in its
 * feature's `<feature>.enums.ts`, and the tables of features still to come), and the questions
 * about it both the API and the web ask. A table is the documentation of its process: one row
 * per transition says where it may start (`from`), where it leads (`to`), who may take it
 * (`by`), what the decision must or may record (`needs`) and which facts of the decision are
 * copied onto the record (`sets`).
 *
 * No zod here: the web imports this file; the server's schemas for each field kind live in
 * src/kernel/lifecycle/decision-fields.ts.
 */
import { LIMITS } from './limits.js';

/**
 * Who may take a transition, resolved by the server against the viewer and the record:
 * `zone` = staff of the record's zone (or above it), `province` = the province office with the
 * record in scope, `owner` = the account that made the record (e.g. an import batch).
 */
export type Party = 'zone' | 'province' | 'owner';

/** Whether a decision field must be filled in or may be. */
export type Need = 'required' | 'optional';

/**
 * What a decision field is, in the few kinds the offices record. The body key (e.g. `occurredOn`)
 * is the machine's; the kind says how it is checked and how a form asks for it.
 */
export const DECISION_FIELD_KINDS = {
  /** An opinion or a reason (认定意见, 退回意见). */
  comment: { input: 'text', max: 2000 },
  /** A working note about the step. */
  note: { input: 'text', max: LIMITS.textMax },
  /** A document number (文号), e.g. 川自贸办〔2021〕3号. */
  document: { input: 'line', max: LIMITS.documentMax },
  /** A batch (第几批). */
  batch: { input: 'line', max: 60 },
  /** A day the decision was taken, not after today. */
  day: { input: 'day' },
  /** A day, month or year a step happened in (the sources often give only 2021年1月), not after today. */
  partialDate: { input: 'partialDate' },
} as const satisfies Record<string, { input: 'text' | 'line' | 'day' | 'partialDate'; max?: number }>;
export type DecisionFieldKind = keyof typeof DECISION_FIELD_KINDS;

/**
 * One transition. `sets` maps a column of the record to the body field whose value it takes
 * (null when the field was left out); `<field>.precision` takes a date field's precision.
 */
export type Edge<S extends string = string, F extends string = string> = {
  readonly from: readonly S[];
  readonly to: S;
  readonly by: readonly Party[];
  readonly needs: { readonly [K in F]?: Need };
  readonly sets?: { readonly [column: string]: F | `${F}.precision` };
};

export type Machine<T extends string = string, S extends string = string, F extends string = string> = { readonly [K in T]: Edge<S, F> };

/** The status `transition` leads to from `from`, or null when the machine has no such edge. */
export function nextStatus<T extends string, S extends string>(machine: Machine<T, S>, from: string, transition: T): S | null {
  const edge = machine[transition];
  return (edge.from as readonly string[]).includes(from) ? edge.to : null;
}

/** The transitions that may start from `status`, in the table's order. */
export function transitionsFrom<T extends string>(machine: Machine<T>, status: string): T[] {
  return (Object.keys(machine) as T[]).filter((transition) => nextStatus(machine, status, transition) !== null);
}

/** The fields a transition records, in the table's order, each with whether it is required. */
export function fieldsOf<F extends string>(edge: Edge<string, F>): { name: F; need: Need }[] {
  return (Object.entries(edge.needs) as [F, Need][]).map(([name, need]) => ({ name, need }));
}
