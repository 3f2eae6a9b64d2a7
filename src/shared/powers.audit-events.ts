/** 放权赋能事项 and 通办 (features/powers). Their payloads: src/features/powers/powers.audit.ts. */
import { defineAuditEntities, defineAuditEvents, type Definitions } from './audit-events.js';

export const POWER_AUDIT_EVENTS = defineAuditEvents({
  'power.item_created': { entityType: 'power_item', action: 'create', zh: '新建事项', en: 'Catalogue item created' },
  'power.batch_created': { entityType: 'power_batch', action: 'create', zh: '新建放权批次', en: 'Delegation batch created' },
  'power.delegated': { entityType: 'power_delegation', action: 'create', zh: '下放（委托、授权）事项', en: 'Power delegated' },
  'power.changed': { entityType: 'power_delegation', action: 'update', zh: '调整下放事项', en: 'Delegated power changed' },
  'power.transitioned': { entityType: 'power_delegation', action: 'transition', zh: '事项承接、运行或收回', en: 'Delegation taken up, started or withdrawn' },
  'power.cases_recorded': { entityType: 'power_delegation', action: 'cases', zh: '录入办件量', en: 'Cases recorded' },
});

export const POWER_AUDIT_ENTITIES = defineAuditEntities({
  power_item: { zh: '事项', en: 'Catalogue item' },
  power_batch: { zh: '放权批次', en: 'Delegation batch' },
  power_delegation: { zh: '下放事项', en: 'Delegated power' },
});

declare module './audit-events.js' {
  interface AuditEventDefinitions extends Definitions<typeof POWER_AUDIT_EVENTS> {}
}
