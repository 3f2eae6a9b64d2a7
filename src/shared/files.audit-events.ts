/** Attachments (features/files). Their payloads: src/features/files/files.audit.ts. */
import { defineAuditEntities, defineAuditEvents, type Definitions } from './audit-events.js';

export const FILE_AUDIT_EVENTS = defineAuditEvents({
  'attachment.uploaded': { entityType: 'attachment', action: 'upload', zh: '上传附件', en: 'Attachment uploaded' },
  'attachment.deleted': { entityType: 'attachment', action: 'delete', zh: '删除附件', en: 'Attachment deleted' },
});

/** The records these events concern, as the audit list names them. */
export const FILE_AUDIT_ENTITIES = defineAuditEntities({
  attachment: { zh: '附件', en: 'Attachment' },
});

declare module './audit-events.js' {
  interface AuditEventDefinitions extends Definitions<typeof FILE_AUDIT_EVENTS> {}
}
