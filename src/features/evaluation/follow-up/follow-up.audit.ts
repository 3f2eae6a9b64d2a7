/** What follow-up events record (their table: src/shared/follow-up.audit-events.ts). */
import type { Selectable } from 'kysely';
import type { AgreementMilestonesTable, KpiReportRevisionsTable, KpiReportsTable, ServiceAgreementsTable } from '../../../db/schema.js';
import type { Changed, Created, Payloads } from '../../../shared/audit-events.js';
import type { FOLLOW_UP_AUDIT_EVENTS } from '../../../shared/follow-up.audit-events.js';

type AgreementRow = Selectable<ServiceAgreementsTable>;
type MilestoneRow = Selectable<AgreementMilestonesTable>;
type ReportRow = Selectable<KpiReportsTable>;

declare module '../../../shared/audit-events.js' {
  interface AuditEventCatalog
    extends Payloads<
      typeof FOLLOW_UP_AUDIT_EVENTS,
      {
        /** The agreement with the milestones recorded with it. */
        'service_agreement.created': Created<AgreementRow & { milestones: MilestoneRow[] }>;
        'service_agreement.updated': Changed<AgreementRow>;
        'agreement_milestone.created': Created<MilestoneRow>;
        'agreement_milestone.updated': Changed<MilestoneRow>;
        'kpi_report.filed': Created<ReportRow>;
        /** The report before and after, and the revision row that keeps the replaced figures. */
        'kpi_report.corrected': Changed<ReportRow> & { kept: Selectable<KpiReportRevisionsTable> };
      }
    > {}
}
