/** What 放权赋能事项 events record (their table: src/shared/powers.audit-events.ts). */
import type { Selectable } from 'kysely';
import type { PowerBatchesTable, PowerCaseMonthsTable, PowerDelegationChangesTable, PowerDelegationEventsTable, PowerDelegationsTable, PowerItemsTable } from '../../db/powers-schema.js';
import type { Changed, Created, Payloads, TransitionPayload } from '../../shared/audit-events.js';
import type { POWER_AUDIT_EVENTS } from '../../shared/powers.audit-events.js';
import type { DelegationTransition } from '../../shared/powers.enums.js';
import type { DelegationRow } from './powers.repo.js';

type Delegation = Selectable<PowerDelegationsTable>;

declare module '../../shared/audit-events.js' {
  interface AuditEventCatalog
    extends Payloads<
      typeof POWER_AUDIT_EVENTS,
      {
        'power.item_created': Created<Selectable<PowerItemsTable>>;
        'power.batch_created': Created<Selectable<PowerBatchesTable>>;
        'power.delegated': Created<Delegation & { change: Selectable<PowerDelegationChangesTable> }>;
        'power.changed': Changed<Delegation> & { after: Delegation & { change?: Selectable<PowerDelegationChangesTable> } };
        'power.transitioned': TransitionPayload<DelegationTransition, DelegationRow, Selectable<PowerDelegationEventsTable>>;
        'power.cases_recorded': { before?: Selectable<PowerCaseMonthsTable>; after: Selectable<PowerCaseMonthsTable> };
      }
    > {}
}
