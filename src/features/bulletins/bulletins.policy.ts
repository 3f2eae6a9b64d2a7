/**
 * Who may do what with 简报: the issuing office's staff and the province office above it compose,
 * edit and issue a draft inside their subtree; only the province office withdraws an issued one.
 */
import { canWriteZone, isZoneWriter, type Actor } from '../../kernel/actor.js';
import { AppError } from '../../kernel/errors.js';
import { defineZoneLifecycle, transitionAbilities } from '../../kernel/lifecycle/index.js';
import {
  BULLETIN_DECISION_FIELDS,
  BULLETIN_MACHINE,
  BULLETIN_STATUS_LABELS,
  BULLETIN_TRANSITION_LABELS,
  type BulletinStatus,
  type BulletinTransition,
} from '../../shared/bulletins.enums.js';
import type { BulletinDto } from './bulletins.schema.js';

type Target = { zone_path: string; status: string };

export const BULLETIN_LIFECYCLE = defineZoneLifecycle<BulletinTransition, BulletinStatus, keyof typeof BULLETIN_DECISION_FIELDS, Target>({
  name: 'bulletin', machine: BULLETIN_MACHINE, fields: BULLETIN_DECISION_FIELDS,
  labels: { status: BULLETIN_STATUS_LABELS, transition: BULLETIN_TRANSITION_LABELS },
});

export function bulletinAbilities(actor: Actor | null, bulletin: Target): BulletinDto['abilities'] {
  const editable = bulletin.status === 'draft' && canWriteZone(actor, bulletin.zone_path);
  return { update: editable, delete: editable, ...transitionAbilities(BULLETIN_LIFECYCLE, actor, bulletin) };
}

/** Staff who see the bulletin's internals (the working note, the history): its office and those above. */
export const seesInternals = (actor: Actor | null, bulletin: Target): boolean => canWriteZone(actor, bulletin.zone_path);

/** Staff routes of 简报 answer roles that hold zones (province office, zone staff); others 403, before any scope check. */
export function requireBulletinStaff(context: { actor: Actor | null }): Actor {
  if (!context.actor) throw new AppError('UNAUTHENTICATED');
  if (!isZoneWriter(context.actor)) throw new AppError('FORBIDDEN');
  return context.actor;
}
