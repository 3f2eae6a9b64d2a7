/**
 * How the parties a machine names in `by` (shared/lifecycle.ts: zone, province, owner) are
 * decided for one viewer and one record. A feature picks the rules that fit its records.
 */
import { canWriteZone, isInScope, type Actor } from '../actor.js';
import type { Party } from '../../shared/lifecycle.js';

export type PartyRule<R> = (actor: Actor, record: R) => boolean;
export type PartyRules<R> = Partial<Record<Party, PartyRule<R>>>;

/**
 * For records that belong to a zone: `province` is the province office with the record in
 * scope; `zone` is zone staff whose subtree holds the record.
 */
export function zoneParties<R>(zonePathOf: (record: R) => string): PartyRules<R> {
  return {
    province: (actor, record) => actor.role === 'province_admin' && isInScope(actor, zonePathOf(record)),
    zone: (actor, record) => actor.role === 'zone_staff' && canWriteZone(actor, zonePathOf(record)),
  };
}

/** For records one account made and only it may move on (e.g. an import batch). */
export function ownerParty<R>(ownerIdOf: (record: R) => number | null): PartyRules<R> {
  return { owner: (actor, record) => ownerIdOf(record) === actor.id };
}
