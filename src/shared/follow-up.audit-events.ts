/** Follow-up of winners: service agreements, milestones, KPI reports (features/evaluation/follow-up). Their payloads: src/features/evaluation/follow-up/follow-up.audit.ts. */
import { defineAuditEntities, defineAuditEvents, type Definitions } from './audit-events.js';

export const FOLLOW_UP_AUDIT_EVENTS = defineAuditEvents({
  'service_agreement.created': { entityType: 'service_agreement', action: 'create', zh: '新增跟踪服务协议', en: 'Service agreement recorded' },
  'service_agreement.updated': { entityType: 'service_agreement', action: 'update', zh: '修改跟踪服务协议', en: 'Service agreement updated' },
  'agreement_milestone.created': { entityType: 'agreement_milestone', action: 'create', zh: '新增协议里程碑', en: 'Milestone added' },
  'agreement_milestone.updated': { entityType: 'agreement_milestone', action: 'update', zh: '修改协议里程碑', en: 'Milestone updated' },
  'kpi_report.filed': { entityType: 'kpi_report', action: 'create', zh: '填报绩效报告', en: 'KPI report filed' },
  'kpi_report.corrected': { entityType: 'kpi_report', action: 'update', zh: '更正绩效报告', en: 'KPI report corrected' },
});

export const FOLLOW_UP_AUDIT_ENTITIES = defineAuditEntities({
  service_agreement: { zh: '跟踪服务协议', en: 'Service agreement' },
  agreement_milestone: { zh: '协议里程碑', en: 'Agreement milestone' },
  kpi_report: { zh: '绩效报告', en: 'KPI report' },
});

declare module './audit-events.js' {
  interface AuditEventDefinitions extends Definitions<typeof FOLLOW_UP_AUDIT_EVENTS> {}
}
