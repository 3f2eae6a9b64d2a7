/** What 简报 events record (their table: src/shared/bulletins.audit-events.ts). */
import type { Selectable } from 'kysely';
import type { BulletinEventsTable, BulletinsTable } from '../../db/reporting-schema.js';
import type { Changed, Created, Payloads, TransitionPayload } from '../../shared/audit-events.js';
import type { BULLETIN_AUDIT_EVENTS } from '../../shared/bulletins.audit-events.js';
import type { BulletinTransition } from '../../shared/bulletins.enums.js';
import type { BulletinRow } from './bulletins.repo.js';

/** The bulletin's row without its frozen document (the event row and the record say what was issued). */
export type BulletinAuditRow = Omit<Selectable<BulletinsTable>, 'frozen'> & { sections: number; figures: number };

declare module '../../shared/audit-events.js' {
  interface AuditEventCatalog
    extends Payloads<
      typeof BULLETIN_AUDIT_EVENTS,
      {
        'bulletin.created': Created<BulletinAuditRow>;
        'bulletin.updated': Changed<BulletinAuditRow>;
        'bulletin.deleted': { before: BulletinAuditRow };
        'bulletin.transitioned': TransitionPayload<BulletinTransition, BulletinRow, Selectable<BulletinEventsTable>>;
      }
    > {}
}
