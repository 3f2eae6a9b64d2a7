/** Open platform records and their lifecycle (features/platforms). Their payloads: src/features/platforms/platforms.audit.ts. */
import { defineAuditEntities, defineAuditEvents, type Definitions } from './audit-events.js';

export const PLATFORM_AUDIT_EVENTS = defineAuditEvents({
  'platform.created': { entityType: 'platform', action: 'create', zh: '新增开放平台', en: 'Platform created' },
  'platform.updated': { entityType: 'platform', action: 'update', zh: '修改开放平台', en: 'Platform updated' },
  'platform.transitioned': { entityType: 'platform', action: 'transition', zh: '开放平台状态变更', en: 'Platform status changed' },
});

/** The records these events concern, as the audit list names them. */
export const PLATFORM_AUDIT_ENTITIES = defineAuditEntities({
  platform: { zh: '开放平台', en: 'Platform' },
});

declare module './audit-events.js' {
  interface AuditEventDefinitions extends Definitions<typeof PLATFORM_AUDIT_EVENTS> {}
}
