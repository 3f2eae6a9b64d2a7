import type { Lang } from '@shared/enums';
import { AUDIT_ENTITY_LABELS, AUDIT_EVENTS } from '@shared/audit-catalog';
import type { AuditEventType } from '@shared/audit-events';

/** An entity type's name from the registry (each feature declares its own); an unknown (older) one is shown as stored. */
export function entityTypeLabel(type: string, lang: Lang): string {
  return AUDIT_ENTITY_LABELS[type]?.[lang] ?? type;
}

/** The event's label from the registry; unknown (older or newer) types are shown as they are stored. */
export function eventTypeLabel(type: string, lang: Lang): string {
  return type in AUDIT_EVENTS ? AUDIT_EVENTS[type as AuditEventType][lang] : type;
}
