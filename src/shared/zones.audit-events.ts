/** Zone records (features/zones). Their payloads: src/features/zones/zones.audit.ts. */
import { defineAuditEntities, defineAuditEvents, type Definitions } from './audit-events.js';

export const ZONE_AUDIT_EVENTS = defineAuditEvents({
  'zone.created': { entityType: 'zone', action: 'create', zh: '新增区域', en: 'Zone created' },
  'zone.updated': { entityType: 'zone', action: 'update', zh: '修改区域', en: 'Zone updated' },
});

/** The records these events concern, as the audit list names them. */
export const ZONE_AUDIT_ENTITIES = defineAuditEntities({
  zone: { zh: '区域', en: 'Zone' },
});

declare module './audit-events.js' {
  interface AuditEventDefinitions extends Definitions<typeof ZONE_AUDIT_EVENTS> {}
}
