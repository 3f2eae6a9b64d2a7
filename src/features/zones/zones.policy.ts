/** Who may do what with a zone. Zones themselves are public; only the province configures them. */
import { canWriteZone, isProvinceAdmin, type Actor } from '../../kernel/actor.js';
import { ZONE_CHILD_TYPES, type ZoneType } from '../../shared/zones.enums.js';

export type ZoneAbilities = { update: boolean; createChild: boolean; createPlatform: boolean };

export function zoneAbilities(actor: Actor | null, zone: { path: string; type: string }): ZoneAbilities {
  const isAdminInScope = isProvinceAdmin(actor) && canWriteZone(actor, zone.path);
  return {
    update: isAdminInScope,
    createChild: isAdminInScope && ZONE_CHILD_TYPES[zone.type as ZoneType].length > 0,
    createPlatform: canWriteZone(actor, zone.path) && zone.type !== 'country',
  };
}
