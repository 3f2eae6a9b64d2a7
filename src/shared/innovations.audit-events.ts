/** Innovation records, their lifecycle and adoptions (features/innovations). Their payloads: src/features/innovations/innovations.audit.ts. */
import { defineAuditEntities, defineAuditEvents, type Definitions } from './audit-events.js';

export const INNOVATION_AUDIT_EVENTS = defineAuditEvents({
  'innovation.created': { entityType: 'innovation', action: 'create', zh: '新增制度创新成果', en: 'Innovation created' },
  'innovation.updated': { entityType: 'innovation', action: 'update', zh: '修改制度创新成果', en: 'Innovation updated' },
  'innovation.transitioned': { entityType: 'innovation', action: 'transition', zh: '制度创新成果状态变更', en: 'Innovation status changed' },
  'innovation.adopted': { entityType: 'innovation', action: 'adopt', zh: '登记复制推广', en: 'Adoption recorded' },
});

/** The records these events concern, as the audit list names them. */
export const INNOVATION_AUDIT_ENTITIES = defineAuditEntities({
  innovation: { zh: '制度创新成果', en: 'Innovation' },
});

declare module './audit-events.js' {
  interface AuditEventDefinitions extends Definitions<typeof INNOVATION_AUDIT_EVENTS> {}
}
