/**
 * Who may do what with 放权赋能事项: the province office keeps the catalogue, issues batches,
 * delegates powers to the zones under it and takes them back; a receiving zone's staff take a
 * delegation up, start it running and record its cases, for their own zone only. Every staff
 * route needs a role that holds zones.
 */
import { canWriteZone, isProvinceAdmin, isZoneWriter, type Actor } from '../../kernel/actor.js';
import { AppError } from '../../kernel/errors.js';
import { defineZoneLifecycle, transitionAbilities } from '../../kernel/lifecycle/index.js';
import {
  DELEGATION_DECISION_FIELDS,
  DELEGATION_MACHINE,
  DELEGATION_STATUS_LABELS,
  DELEGATION_TRANSITION_LABELS,
  type DelegationStatus,
  type DelegationTransition,
} from '../../shared/powers.enums.js';

type Target = { zone_path: string; status: string };

export const DELEGATION_LIFECYCLE = defineZoneLifecycle<DelegationTransition, DelegationStatus, keyof typeof DELEGATION_DECISION_FIELDS, Target>({
  name: 'power_delegation',
  machine: DELEGATION_MACHINE,
  fields: DELEGATION_DECISION_FIELDS,
  labels: { status: DELEGATION_STATUS_LABELS, transition: DELEGATION_TRANSITION_LABELS },
});

export function delegationAbilities(actor: Actor | null, delegation: Target) {
  const live = delegation.status !== 'revoked';
  return {
    change: live && isProvinceAdmin(actor) && canWriteZone(actor, delegation.zone_path),
    recordCases: delegation.status === 'in_operation' && actor?.role === 'zone_staff' && canWriteZone(actor, delegation.zone_path),
    ...transitionAbilities(DELEGATION_LIFECYCLE, actor, delegation),
  };
}

/** Staff routes answer roles that hold zones (province office, zone staff); others 403, before any scope check. */
export function requirePowerStaff(actor: Actor | null): asserts actor is Actor {
  if (!actor) throw new AppError('UNAUTHENTICATED');
  if (!isZoneWriter(actor)) throw new AppError('FORBIDDEN');
}

/** The catalogue and the batches are the province office's. */
export function requireCatalogueKeeper(actor: Actor | null): asserts actor is Actor {
  if (!actor) throw new AppError('UNAUTHENTICATED');
  if (!isProvinceAdmin(actor)) throw new AppError('FORBIDDEN');
}

/** 办件量 are the receiving zone's own record: its staff enter them, for their zone only. */
export function requireCaseRecorder(actor: Actor | null, delegation: Target): void {
  if (!(actor?.role === 'zone_staff' && canWriteZone(actor, delegation.zone_path))) throw new AppError('FORBIDDEN');
}
