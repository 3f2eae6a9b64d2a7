/** What innovation events record (their table: src/shared/innovations.audit-events.ts). */
import type { Selectable } from 'kysely';
import type { InnovationAdoptionsTable, InnovationEventsTable, InnovationsTable } from '../../db/schema.js';
import type { Changed, Created, Payloads, TransitionPayload } from '../../shared/audit-events.js';
import type { InnovationTransition } from '../../shared/innovations.enums.js';
import type { INNOVATION_AUDIT_EVENTS } from '../../shared/innovations.audit-events.js';

type InnovationRow = Selectable<InnovationsTable>;

declare module '../../shared/audit-events.js' {
  interface AuditEventCatalog
    extends Payloads<
      typeof INNOVATION_AUDIT_EVENTS,
      {
        'innovation.created': Created<InnovationRow>;
        'innovation.updated': Changed<InnovationRow>;
        'innovation.transitioned': TransitionPayload<InnovationTransition, InnovationRow, Selectable<InnovationEventsTable>>;
        /** The adoption row; the entry's entity is the innovation adopted. */
        'innovation.adopted': Created<Selectable<InnovationAdoptionsTable>>;
      }
    > {}
}
