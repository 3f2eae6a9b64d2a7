/** The system's own audit events (the demo loader); their payloads are plain counts, so they are declared here too. */
import { defineAuditEntities, defineAuditEvents, type Definitions, type Payloads } from './audit-events.js';

export const SYSTEM_AUDIT_EVENTS = defineAuditEvents({
  'system.demo_loaded': { entityType: 'system', action: 'load_demo', zh: '载入演示数据', en: 'Demo data loaded' },
});

/** The records these events concern, as the audit list names them. */
export const SYSTEM_AUDIT_ENTITIES = defineAuditEntities({
  system: { zh: '系统', en: 'System' },
});

declare module './audit-events.js' {
  interface AuditEventDefinitions extends Definitions<typeof SYSTEM_AUDIT_EVENTS> {}
  interface AuditEventCatalog
    extends Payloads<
      typeof SYSTEM_AUDIT_EVENTS,
      {
        /** How many records of each kind the demo data set loaded. */
        'system.demo_loaded': { after: Readonly<Record<string, number>> };
      }
    > {}
}
