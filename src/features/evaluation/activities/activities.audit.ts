/** What the non-scored stages' audit events record (their table: src/shared/stage-activities.audit-events.ts). The entity is always the stage. */
import type { Selectable } from 'kysely';
import type { StageActivityRulesTable, StageAttendanceTable, StageChecklistItemsTable, StageChecksTable, StageOutcomesTable, StageSessionsTable } from '../../../db/schema.js';
import type { Changed, Created, Deleted, Payloads } from '../../../shared/audit-events.js';
import type { STAGE_ACTIVITY_AUDIT_EVENTS } from '../../../shared/stage-activities.audit-events.js';

type Check = Selectable<StageChecksTable>;
type Attendance = Selectable<StageAttendanceTable>;
type Outcome = Selectable<StageOutcomesTable>;

declare module '../../../shared/audit-events.js' {
  interface AuditEventCatalog
    extends Payloads<
      typeof STAGE_ACTIVITY_AUDIT_EVENTS,
      {
        /** The checklist as one set, before and after. */
        'stage_checklist.set': Changed<Selectable<StageChecklistItemsTable>[]>;
        /** The checks the request wrote, as they were (absent: none) and are. */
        'stage_checks.recorded': Changed<Check[]>;
        'stage_conclusion.set': { before: Outcome | null; after: Outcome };
        'stage_activity_rule.set': { before: Selectable<StageActivityRulesTable> | null; after: Selectable<StageActivityRulesTable> };
        'stage_session.created': Created<Selectable<StageSessionsTable>>;
        /** The session and the attendance removed with it. */
        'stage_session.deleted': Deleted<Selectable<StageSessionsTable> & { attendance: Attendance[] }>;
        'stage_attendance.recorded': Changed<Attendance[]>;
        /** At the stage's close: the outcomes applied, the entries set to eliminated and (a 资格审查's) to qualified. */
        'stage_outcomes.applied': { after: { outcomes: Outcome[]; eliminated: number[]; qualified: number[] } };
      }
    > {}
}
