/** Who may change a platform: zone writers (province admin, zone staff) inside their subtree. */
import { canWriteZone, type Actor } from '../../kernel/actor.js';
import { defineZoneLifecycle, transitionAbilities } from '../../kernel/lifecycle/index.js';
import {
  PLATFORM_DECISION_FIELDS,
  PLATFORM_MACHINE,
  PLATFORM_STATUS_LABELS,
  PLATFORM_TRANSITION_LABELS,
  type PlatformStatus,
  type PlatformTransition,
} from '../../shared/platforms.enums.js';
import type { PlatformDto } from './platforms.schema.js';

type Target = { zone_path: string; status: string };

/** PLATFORM_MACHINE with its parties: the zone's staff and the province office keep the ledger. */
export const PLATFORM_LIFECYCLE = defineZoneLifecycle<PlatformTransition, PlatformStatus, keyof typeof PLATFORM_DECISION_FIELDS, Target>({
  name: 'platform', machine: PLATFORM_MACHINE, fields: PLATFORM_DECISION_FIELDS,
  labels: { status: PLATFORM_STATUS_LABELS, transition: PLATFORM_TRANSITION_LABELS },
});

export function platformAbilities(actor: Actor | null, platform: Target): PlatformDto['abilities'] {
  return { update: canWriteZone(actor, platform.zone_path), ...transitionAbilities(PLATFORM_LIFECYCLE, actor, platform) };
}
