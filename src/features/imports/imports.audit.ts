/** What import events record (their table: src/shared/imports.audit-events.ts). */
import type { Selectable } from 'kysely';
import type { ImportBatchesTable } from '../../db/schema.js';
import type { Payloads, TransitionPayload } from '../../shared/audit-events.js';
import type { ImportBatchTransition } from '../../shared/imports.enums.js';
import type { IMPORT_AUDIT_EVENTS } from '../../shared/imports.audit-events.js';
import type { SheetSkipReason } from './workbook-types.js';

/** What a committed batch imported, written once on top of each record's own entry (commit-batch.ts); each kind has its event. */
export type ImportSummary = {
  importId: string;
  fileName: string;
  fileSha256: string;
  created: number;
  ids: number[];
  sheets: { name: string; rows: number; skipped: SheetSkipReason | null }[];
};

declare module '../../shared/audit-events.js' {
  interface AuditEventCatalog
    extends Payloads<
      typeof IMPORT_AUDIT_EVENTS,
      {
        /** Written once per committed batch of innovations, on top of each record's own `innovation.created`. */
        'innovation.imported': { after: ImportSummary };
        /** Written once per committed batch of indicator values, on top of each value's own `indicator_value.recorded`. */
        'indicator_value.imported': { after: ImportSummary };
        /** Written once per committed 放权清单, on top of each item's `power.item_created` and each delegation's `power.delegated`. */
        'power.imported': { after: ImportSummary };
        /** Written once per committed 办件量 file, on top of each month's `power.cases_recorded` (ids: the case months). */
        'power.cases_imported': { after: ImportSummary };
        /** A batch keeps no history rows: the entry is the step's only record. */
        'import.transitioned': TransitionPayload<ImportBatchTransition, Selectable<ImportBatchesTable>>;
      }
    > {}
}
