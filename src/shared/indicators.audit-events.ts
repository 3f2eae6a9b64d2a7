/** Indicator definitions and value versions (features/indicators). Their payloads: src/features/indicators/indicators.audit.ts. */
import { defineAuditEntities, defineAuditEvents, type Definitions } from './audit-events.js';

export const INDICATOR_AUDIT_EVENTS = defineAuditEvents({
  'indicator.created': { entityType: 'indicator', action: 'create', zh: '新增指标', en: 'Indicator created' },
  'indicator.updated': { entityType: 'indicator', action: 'update', zh: '修改指标', en: 'Indicator updated' },
  'indicator_value.recorded': { entityType: 'indicator_value', action: 'create', zh: '录入指标数据', en: 'Indicator value recorded' },
  'indicator_value.corrected': { entityType: 'indicator_value', action: 'correct', zh: '更正指标数据', en: 'Indicator value corrected' },
  'indicator_value.published': { entityType: 'indicator_value', action: 'publish', zh: '发布指标数据', en: 'Indicator value published' },
});

/** The records these events concern, as the audit list names them. */
export const INDICATOR_AUDIT_ENTITIES = defineAuditEntities({
  indicator: { zh: '指标', en: 'Indicator' },
  indicator_value: { zh: '指标数据', en: 'Indicator value' },
});

declare module './audit-events.js' {
  interface AuditEventDefinitions extends Definitions<typeof INDICATOR_AUDIT_EVENTS> {}
}
