/** What attachment events record (their table: src/shared/files.audit-events.ts). */
import type { Selectable } from 'kysely';
import type { AttachmentsTable } from '../../db/schema.js';
import type { Created, Deleted, Payloads } from '../../shared/audit-events.js';
import type { FILE_AUDIT_EVENTS } from '../../shared/files.audit-events.js';

type AttachmentRow = Selectable<AttachmentsTable>;

declare module '../../shared/audit-events.js' {
  interface AuditEventCatalog
    extends Payloads<
      typeof FILE_AUDIT_EVENTS,
      {
        'attachment.uploaded': Created<AttachmentRow>;
        'attachment.deleted': Deleted<AttachmentRow>;
      }
    > {}
}
