/**
 * What an actor may do with an innovation. Zone staff write their own subtree's records
 * while they are editable; the province office reviews, recognises and replicates.
 */
import { canWriteZone, isInScope, isProvinceAdmin, isZoneWriter, type Actor } from '../../kernel/actor.js';
import { defineZoneLifecycle, transitionAbilities } from '../../kernel/lifecycle/index.js';
import {
  EDITABLE_INNOVATION_STATUSES,
  INNOVATION_DECISION_FIELDS,
  INNOVATION_MACHINE,
  INNOVATION_STATUS_LABELS,
  INNOVATION_TRANSITION_LABELS,
  PUBLISHED_INNOVATION_STATUSES,
  type InnovationStatus,
  type InnovationTransition,
} from '../../shared/innovations.enums.js';
import type { InnovationDto } from './innovations.schema.js';

type Target = { zone_path: string; status: InnovationStatus };

/** The province office may also correct a record while it is being reviewed. */
const PROVINCE_EDITABLE: readonly InnovationStatus[] = [...EDITABLE_INNOVATION_STATUSES, 'submitted', 'reviewing'];

/** INNOVATION_MACHINE with its parties: `zone` = staff of the record's zone subtree, `province` = the province office. */
export const INNOVATION_LIFECYCLE = defineZoneLifecycle<InnovationTransition, InnovationStatus, keyof typeof INNOVATION_DECISION_FIELDS, Target>({
  name: 'innovation', machine: INNOVATION_MACHINE, fields: INNOVATION_DECISION_FIELDS,
  labels: { status: INNOVATION_STATUS_LABELS, transition: INNOVATION_TRANSITION_LABELS },
});

export function canEdit(actor: Actor | null, target: Target): boolean {
  if (!canWriteZone(actor, target.zone_path)) return false;
  const editable = isProvinceAdmin(actor) ? PROVINCE_EDITABLE : EDITABLE_INNOVATION_STATUSES;
  return editable.includes(target.status);
}

/**
 * Zone writers record that a zone in their scope adopted a proven innovation from elsewhere.
 * Zone staff whose scope already contains the innovation's zone have nothing to adopt.
 */
export function canAdopt(actor: Actor | null, target: Target): boolean {
  if (!isZoneWriter(actor)) return false;
  if (!PUBLISHED_INNOVATION_STATUSES.includes(target.status)) return false;
  return isProvinceAdmin(actor) || !isInScope(actor, target.zone_path);
}

export function innovationAbilities(actor: Actor | null, target: Target): InnovationDto['abilities'] {
  return { update: canEdit(actor, target), adopt: canAdopt(actor, target), attach: canEdit(actor, target), ...transitionAbilities(INNOVATION_LIFECYCLE, actor, target) };
}
