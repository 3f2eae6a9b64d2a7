/** Who may change a platform: zone writers (province admin, zone staff) inside their subtree. */
import { canWriteZone, type Actor } from '../../kernel/actor.js';
import { PLATFORM_MACHINE, PLATFORM_TRANSITIONS, type PlatformStatus, type PlatformTransition } from '../../shared/enums.js';
import type { PlatformDto } from './platforms.schema.js';

export function platformAbilities(actor: Actor | null, platform: { zone_path: string; status: string }): PlatformDto['abilities'] {
  const canWrite = canWriteZone(actor, platform.zone_path);
  const can = (transition: PlatformTransition) =>
    canWrite && (PLATFORM_MACHINE[transition].from as readonly string[]).includes(platform.status);
  return {
    update: canWrite,
    ...(Object.fromEntries(PLATFORM_TRANSITIONS.map((t) => [t, can(t)])) as Record<PlatformTransition, boolean>),
  };
}

/** The status a transition leads to, or null when the machine has no such edge from `from`. */
export function nextStatus(from: string, transition: PlatformTransition): PlatformStatus | null {
  const edge = PLATFORM_MACHINE[transition];
  return (edge.from as readonly string[]).includes(from) ? edge.to : null;
}
