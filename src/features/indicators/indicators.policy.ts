/**
 * Who may do what with indicators. Definitions are the province office's (one list for every
 * zone, so figures compare). Values are zone data: the zone's staff and the province office
 * enter, correct and publish them inside their subtree. Every staff route needs a role with a zone.
 */
import { canWriteZone, isProvinceAdmin, isZoneWriter, type Actor } from '../../kernel/actor.js';
import { AppError } from '../../kernel/errors.js';
import type { IndicatorDto, IndicatorValueDto } from './indicators.schema.js';

export function definitionAbilities(actor: Actor | null): IndicatorDto['abilities'] {
  return { update: isProvinceAdmin(actor) };
}

export function valueAbilities(actor: Actor | null, value: { zone_path: string; superseded_at: Date | null; published_at: Date | null }): IndicatorValueDto['abilities'] {
  const current = value.superseded_at === null;
  const writer = canWriteZone(actor, value.zone_path);
  return { correct: writer && current, publish: writer && current && value.published_at === null };
}

/** Staff routes of indicator values (reads and writes) answer roles that hold zones (province office, zone staff); others 403, before any scope check. */
export function requireIndicatorStaff(actor: Actor | null): asserts actor is Actor {
  if (!actor) throw new AppError('UNAUTHENTICATED');
  if (!isZoneWriter(actor)) throw new AppError('FORBIDDEN');
}

export function requireDefinitionEditor(actor: Actor | null): void {
  if (!actor) throw new AppError('UNAUTHENTICATED');
  if (!isProvinceAdmin(actor)) throw new AppError('FORBIDDEN');
}
