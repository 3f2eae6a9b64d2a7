/** What platform events record (their table: src/shared/platforms.audit-events.ts). */
import type { Selectable } from 'kysely';
import type { PlatformEventsTable, PlatformsTable } from '../../db/schema.js';
import type { Changed, Created, Payloads, TransitionPayload } from '../../shared/audit-events.js';
import type { PlatformTransition } from '../../shared/platforms.enums.js';
import type { PLATFORM_AUDIT_EVENTS } from '../../shared/platforms.audit-events.js';

type PlatformRow = Selectable<PlatformsTable>;

declare module '../../shared/audit-events.js' {
  interface AuditEventCatalog
    extends Payloads<
      typeof PLATFORM_AUDIT_EVENTS,
      {
        'platform.created': Created<PlatformRow>;
        'platform.updated': Changed<PlatformRow>;
        'platform.transitioned': TransitionPayload<PlatformTransition, PlatformRow, Selectable<PlatformEventsTable>>;
      }
    > {}
}
