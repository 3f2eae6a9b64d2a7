/**
 * A lifecycle as the server holds it: the machine table from shared/<feature>.enums.ts, what
 * each of its decision fields is, the labels its refusals name, and how its parties are decided.
 * From these come the body schema of every transition and every "may this viewer take this step"
 * answer (abilities, the runner's 403 and 409). One definition per feature, in its policy module.
 */
import type { z } from 'zod';
import type { Actor } from '../actor.js';
import type { Label } from '../../shared/enums.js';
import { defineEnumLabels } from '../../shared/messages.js';
import { nextStatus, type DecisionFieldKind, type Machine } from '../../shared/lifecycle.js';
import { transitionBodySchema } from './decision-fields.js';
import { zoneParties, type PartyRules } from './parties.js';

export type LifecycleRules<T extends string, S extends string, F extends string, R extends { status: string }> = {
  /** Names the lifecycle in tests and errors, e.g. 'platform'. */
  name: string;
  machine: Machine<T, S, F>;
  fields: Record<F, DecisionFieldKind>;
  labels: { status: Record<S, Label>; transition: Record<T, Label> };
  parties: PartyRules<R>;
};

export type Lifecycle<T extends string, S extends string, F extends string, R extends { status: string }> = LifecycleRules<T, S, F, R> & {
  transitions: readonly T[];
  /** The body each transition takes, generated from its `needs`. */
  bodies: Record<T, z.ZodType>;
};

/** Checks the table against the rules once, at start-up, and derives the body schemas. */
export function defineLifecycle<T extends string, S extends string, F extends string, R extends { status: string }>(
  rules: LifecycleRules<T, S, F, R>,
): Lifecycle<T, S, F, R> {
  const transitions = Object.keys(rules.machine) as T[];
  for (const transition of transitions) {
    const unknownParty = rules.machine[transition].by.find((party) => !rules.parties[party]);
    if (unknownParty) throw new Error(`${rules.name}.${transition}: no rule decides party '${unknownParty}'`);
  }
  const bodies = Object.fromEntries(transitions.map((t) => [t, transitionBodySchema(rules.machine[t], rules.fields)])) as unknown as Record<T, z.ZodType>;
  // Errors carry raw statuses and transitions (INVALID_TRANSITION); the error handler shows them by these labels.
  defineEnumLabels('status', rules.labels.status);
  defineEnumLabels('transition', rules.labels.transition);
  return { ...rules, transitions, bodies };
}

/** A lifecycle of records that belong to a zone (`zone_path`), with the zone parties (parties.ts). */
export function defineZoneLifecycle<T extends string, S extends string, F extends string, R extends { status: string; zone_path: string }>(
  rules: Omit<LifecycleRules<T, S, F, R>, 'parties'>,
): Lifecycle<T, S, F, R> {
  return defineLifecycle({ ...rules, parties: zoneParties((record: R) => record.zone_path) });
}

/** True when the viewer is one of the parties the transition is for, whatever the record's status (else 403). */
export function mayTake<T extends string, R extends { status: string }>(lifecycle: Lifecycle<T, string, string, R>, actor: Actor | null, record: R, transition: T): boolean {
  if (!actor) return false;
  return lifecycle.machine[transition].by.some((party) => lifecycle.parties[party]!(actor, record));
}

/** May the viewer take `transition` on `record` right now: one of its parties, and the machine has the edge. */
export function canTransition<T extends string, R extends { status: string }>(lifecycle: Lifecycle<T, string, string, R>, actor: Actor | null, record: R, transition: T): boolean {
  return nextStatus(lifecycle.machine, record.status, transition) !== null && mayTake(lifecycle, actor, record, transition);
}

/** One boolean per transition, for the record's `abilities` (the console shows only buttons that work). */
export function transitionAbilities<T extends string, R extends { status: string }>(lifecycle: Lifecycle<T, string, string, R>, actor: Actor | null, record: R): Record<T, boolean> {
  return Object.fromEntries(lifecycle.transitions.map((t) => [t, canTransition(lifecycle, actor, record, t)])) as Record<T, boolean>;
}
