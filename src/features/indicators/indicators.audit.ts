/** What indicator events record (their table: src/shared/indicators.audit-events.ts). */
import type { Selectable } from 'kysely';
import type { IndicatorDefinitionsTable, IndicatorValuesTable } from '../../db/schema.js';
import type { Changed, Created, Payloads } from '../../shared/audit-events.js';
import type { INDICATOR_AUDIT_EVENTS } from '../../shared/indicators.audit-events.js';

type DefinitionRow = Selectable<IndicatorDefinitionsTable>;
type ValueRow = Selectable<IndicatorValuesTable>;

declare module '../../shared/audit-events.js' {
  interface AuditEventCatalog
    extends Payloads<
      typeof INDICATOR_AUDIT_EVENTS,
      {
        'indicator.created': Created<DefinitionRow>;
        'indicator.updated': Changed<DefinitionRow>;
        /** The version as inserted, with the value and unit as the request gave them when converted. */
        'indicator_value.recorded': { after: ValueRow & { entered?: { value: string; unit: string } } };
        /** The version it closed (as closed) and the new one. */
        'indicator_value.corrected': Changed<ValueRow>;
        'indicator_value.published': Changed<ValueRow>;
      }
    > {}
}
