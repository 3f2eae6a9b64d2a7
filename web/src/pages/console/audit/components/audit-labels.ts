import type { Lang } from '@shared/enums';
import { AUDIT_EVENTS } from '@shared/audit-catalog';
import type { AuditEventType } from '@shared/audit-events';

/** Entity types are registry values; their names for people live here, with a fallback to the code. */
const ENTITY_TYPE_LABELS: Record<string, { zh: string; en: string }> = {
  user: { zh: '用户', en: 'User' },
  zone: { zh: '区域', en: 'Zone' },
  platform: { zh: '开放平台', en: 'Platform' },
  innovation: { zh: '制度创新成果', en: 'Innovation' },
  import_batch: { zh: '导入批次', en: 'Import batch' },
  attachment: { zh: '附件', en: 'Attachment' },
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
  system: { zh: '系统', en: 'System' },
  settings: { zh: '安全策略', en: 'Security settings' },
};

export function entityTypeLabel(type: string, lang: Lang): string {
  return ENTITY_TYPE_LABELS[type]?.[lang] ?? type;
}

/** The event's label from the registry; unknown (older or newer) types are shown as they are stored. */
export function eventTypeLabel(type: string, lang: Lang): string {
  return type in AUDIT_EVENTS ? AUDIT_EVENTS[type as AuditEventType][lang] : type;
}
