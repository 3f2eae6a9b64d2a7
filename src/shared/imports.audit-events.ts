/** Import batches and what a commit imports, one summary per kind (features/imports). Their payloads: src/features/imports/imports.audit.ts. */
import { defineAuditEntities, defineAuditEvents, type Definitions } from './audit-events.js';

export const IMPORT_AUDIT_EVENTS = defineAuditEvents({
  'innovation.imported': { entityType: 'innovation', action: 'import', zh: '导入制度创新成果', en: 'Innovations imported' },
  'indicator_value.imported': { entityType: 'indicator_value', action: 'import', zh: '导入指标数据', en: 'Indicator values imported' },
  'power.imported': { entityType: 'power_delegation', action: 'import', zh: '导入放权事项清单', en: 'Delegated powers imported' },
  'power.cases_imported': { entityType: 'power_delegation', action: 'import_cases', zh: '导入月度办件量', en: 'Monthly cases imported' },
  'import.transitioned': { entityType: 'import_batch', action: 'transition', zh: '导入批次状态变更', en: 'Import batch status changed' },
});

/** The records these events concern, as the audit list names them. */
export const IMPORT_AUDIT_ENTITIES = defineAuditEntities({
  import_batch: { zh: '导入批次', en: 'Import batch' },
});

declare module './audit-events.js' {
  interface AuditEventDefinitions extends Definitions<typeof IMPORT_AUDIT_EVENTS> {}
}
