/**
 * What an actor may do with an innovation. Zone staff write their own subtree's records
 * while they are editable; the province office reviews, recognises and replicates.
 */
import { canWriteZone, isInScope, type Actor } from '../../kernel/actor.js';
import {
  EDITABLE_INNOVATION_STATUSES,
  INNOVATION_MACHINE,
  INNOVATION_TRANSITIONS,
  PUBLISHED_INNOVATION_STATUSES,
  type InnovationStatus,
  type InnovationTransition,
} from '../../shared/enums.js';
import type { InnovationDto } from './innovations.schema.js';

type Target = { zone_path: string; status: string };

/** The province office may also correct a record while it is being reviewed. */
const PROVINCE_EDITABLE: readonly InnovationStatus[] = [...EDITABLE_INNOVATION_STATUSES, 'submitted', 'reviewing'];

function isProvince(actor: Actor | null, zonePath: string): boolean {
  return actor?.role === 'province_admin' && isInScope(actor, zonePath);
}

/** May `actor` take `transition` on `target` right now (role, scope and status)? */
export function canTransition(actor: Actor | null, target: Target, transition: InnovationTransition): boolean {
  const edge = INNOVATION_MACHINE[transition];
  if (!(edge.from as readonly string[]).includes(target.status)) return false;
  const by = edge.by as readonly string[];
  if (by.includes('province') && isProvince(actor, target.zone_path)) return true;
  return by.includes('zone') && actor?.role === 'zone_staff' && canWriteZone(actor, target.zone_path);
}

/** True when the actor holds the role the transition needs, whatever the status. */
export function hasTransitionRole(actor: Actor | null, target: Target, transition: InnovationTransition): boolean {
  return INNOVATION_MACHINE[transition].from.some((from) => canTransition(actor, { ...target, status: from }, transition));
}

export function canEdit(actor: Actor | null, target: Target): boolean {
  if (!canWriteZone(actor, target.zone_path)) return false;
  const editable = actor?.role === 'province_admin' ? PROVINCE_EDITABLE : EDITABLE_INNOVATION_STATUSES;
  return editable.includes(target.status as InnovationStatus);
}

/**
 * Zone writers record that a zone in their scope adopted a proven innovation from elsewhere.
 * Zone staff whose scope already contains the innovation's zone have nothing to adopt.
 */
export function canAdopt(actor: Actor | null, target: Target): boolean {
  if (!actor || !['province_admin', 'zone_staff'].includes(actor.role)) return false;
  if (!PUBLISHED_INNOVATION_STATUSES.includes(target.status as InnovationStatus)) return false;
  return actor.role === 'province_admin' || !isInScope(actor, target.zone_path);
}

export function innovationAbilities(actor: Actor | null, target: Target): InnovationDto['abilities'] {
  const transitions = Object.fromEntries(INNOVATION_TRANSITIONS.map((t) => [t, canTransition(actor, target, t)])) as Record<InnovationTransition, boolean>;
  return { update: canEdit(actor, target), adopt: canAdopt(actor, target), attach: canEdit(actor, target), ...transitions };
}
