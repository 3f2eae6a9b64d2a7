/** 简报 (features/bulletins). Their payloads: src/features/bulletins/bulletins.audit.ts. */
import { defineAuditEntities, defineAuditEvents, type Definitions } from './audit-events.js';

export const BULLETIN_AUDIT_EVENTS = defineAuditEvents({
  'bulletin.created': { entityType: 'bulletin', action: 'create', zh: '新建简报', en: 'Bulletin created' },
  'bulletin.updated': { entityType: 'bulletin', action: 'update', zh: '修改简报', en: 'Bulletin edited' },
  'bulletin.deleted': { entityType: 'bulletin', action: 'delete', zh: '删除简报草稿', en: 'Bulletin draft deleted' },
  'bulletin.transitioned': { entityType: 'bulletin', action: 'transition', zh: '简报印发或撤回', en: 'Bulletin issued or withdrawn' },
});

export const BULLETIN_AUDIT_ENTITIES = defineAuditEntities({
  bulletin: { zh: '简报', en: 'Bulletin' },
});

declare module './audit-events.js' {
  interface AuditEventDefinitions extends Definitions<typeof BULLETIN_AUDIT_EVENTS> {}
}
