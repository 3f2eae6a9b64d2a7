/** Evaluation campaigns, their setup and lifecycles, and the expert pool (features/evaluation). Their payloads: src/features/evaluation/evaluation.audit.ts. */
import { defineAuditEntities, defineAuditEvents, type Definitions } from './audit-events.js';

export const EVALUATION_AUDIT_EVENTS = defineAuditEvents({
  'campaign_series.created': { entityType: 'campaign_series', action: 'create', zh: '新增评审系列', en: 'Campaign series created' },
  'campaign.created': { entityType: 'campaign', action: 'create', zh: '新增评审活动', en: 'Campaign created' },
  'campaign.updated': { entityType: 'campaign', action: 'update', zh: '修改评审活动', en: 'Campaign updated' },
  'campaign.transitioned': { entityType: 'campaign', action: 'transition', zh: '评审活动状态变更', en: 'Campaign status changed' },
  'campaign_category.created': { entityType: 'campaign_category', action: 'create', zh: '新增评审类别', en: 'Campaign category created' },
  'campaign_category.updated': { entityType: 'campaign_category', action: 'update', zh: '修改评审类别', en: 'Campaign category updated' },
  'campaign_category.deleted': { entityType: 'campaign_category', action: 'delete', zh: '删除评审类别', en: 'Campaign category deleted' },
  'campaign_stage.created': { entityType: 'campaign_stage', action: 'create', zh: '新增评审阶段', en: 'Campaign stage created' },
  'campaign_stage.updated': { entityType: 'campaign_stage', action: 'update', zh: '修改评审阶段', en: 'Campaign stage updated' },
  'campaign_stage.deleted': { entityType: 'campaign_stage', action: 'delete', zh: '删除评审阶段', en: 'Campaign stage deleted' },
  'campaign_stage.transitioned': { entityType: 'campaign_stage', action: 'transition', zh: '评审阶段状态变更', en: 'Campaign stage status changed' },
  'campaign_stage.criteria_set': { entityType: 'campaign_stage', action: 'update', zh: '设置评分标准', en: 'Scoring criteria set' },
  'expert.created': { entityType: 'expert', action: 'create', zh: '新增专家', en: 'Expert added' },
  'expert.updated': { entityType: 'expert', action: 'update', zh: '修改专家信息', en: 'Expert updated' },
  'campaign_entry.created': { entityType: 'campaign_entry', action: 'create', zh: '推荐参评案例', en: 'Entry nominated' },
  'campaign_entry.registered': { entityType: 'campaign_entry', action: 'create', zh: '大赛报名', en: 'Contest registration' },
  'stage_draw.created': { entityType: 'campaign_stage', action: 'create', zh: '抽取评审专家', en: 'Judges drawn' },
  'stage_draw.assigned': { entityType: 'campaign_stage', action: 'update', zh: '分配评审任务', en: 'Judges assigned' },
  'stage_assignment.replaced': { entityType: 'stage_assignment', action: 'update', zh: '回避替换评审专家', en: 'Judge replaced after a declared conflict' },
  'judge_commitment.confirmed': { entityType: 'campaign_stage', action: 'create', zh: '签署评审承诺书', en: 'Judge commitment confirmed' },
  'campaign_stage.reminded': { entityType: 'campaign_stage', action: 'update', zh: '提醒评委评分', en: 'Judges reminded' },
  'score_sheet.submitted': { entityType: 'score_sheet', action: 'update', zh: '提交评分表', en: 'Score sheet submitted' },
  'stage_results.computed': { entityType: 'stage_results', action: 'update', zh: '计算评审结果', en: 'Stage results computed' },
  'stage_results.transitioned': { entityType: 'stage_results', action: 'transition', zh: '评审结果状态变更', en: 'Stage results status changed' },
  'result_objection.filed': { entityType: 'result_objection', action: 'create', zh: '提出异议', en: 'Objection filed' },
  'result_objection.answered': { entityType: 'result_objection', action: 'update', zh: '答复异议', en: 'Objection answered' },
});

/** The records these events concern, as the audit list names them. */
export const EVALUATION_AUDIT_ENTITIES = defineAuditEntities({
  campaign_series: { zh: '评审系列', en: 'Campaign series' },
  campaign: { zh: '评审活动', en: 'Campaign' },
  campaign_category: { zh: '评审类别', en: 'Campaign category' },
  campaign_stage: { zh: '评审阶段', en: 'Campaign stage' },
  expert: { zh: '专家', en: 'Expert' },
  campaign_entry: { zh: '参评项目', en: 'Entry' },
  stage_assignment: { zh: '评审任务', en: 'Judge assignment' },
  score_sheet: { zh: '评分表', en: 'Score sheet' },
  stage_results: { zh: '评审结果', en: 'Stage results' },
  result_objection: { zh: '结果异议', en: 'Objection to results' },
});

declare module './audit-events.js' {
  interface AuditEventDefinitions extends Definitions<typeof EVALUATION_AUDIT_EVENTS> {}
}
