/** What zone events record (their table: src/shared/zones.audit-events.ts). */
import type { ZoneRow } from '../../db/schema.js';
import type { Changed, Created, Payloads } from '../../shared/audit-events.js';
import type { ZONE_AUDIT_EVENTS } from '../../shared/zones.audit-events.js';

declare module '../../shared/audit-events.js' {
  interface AuditEventCatalog
    extends Payloads<
      typeof ZONE_AUDIT_EVENTS,
      {
        'zone.created': Created<ZoneRow>;
        'zone.updated': Changed<ZoneRow>;
      }
    > {}
}
