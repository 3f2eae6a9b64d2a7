import { ROLE_LABELS, type Lang } from '@shared/enums';
import { ZONE_TYPE_LABELS } from '@shared/zones.enums';
import {
  PLATFORM_TRANSITION_LABELS,
  PLATFORM_STATUS_LABELS,
  PLATFORM_TYPE_LABELS,
} from '@shared/platforms.enums';
import {
  INNOVATION_DOMAIN_LABELS,
  INNOVATION_STATUS_LABELS,
  INNOVATION_TRANSITION_LABELS,
  NOVELTY_LABELS,
  REFORM_TASK_LABELS,
} from '@shared/innovations.enums';

import { formatDateTime } from '../../../../lib/format';

type Label = { zh: string; en: string };

/**
 * People's names for the fields audit entries carry (database columns and the few event
 * fields such as `failures`). A field not listed here is shown by its stored name, so a new
 * column is visible before it gets its label.
 */
const FIELD_LABELS: Record<string, Label> = {
  name: { zh: '名称', en: 'Name' },
  name_en: { zh: '英文名称', en: 'English name' },
  short_name: { zh: '简称', en: 'Short name' },
  code: { zh: '编码', en: 'Code' },
  type: { zh: '类型', en: 'Type' },
  status: { zh: '状态', en: 'Status' },
  zone_id: { zh: '所属区域', en: 'Zone' },
  parent_id: { zh: '上级区域', en: 'Parent zone' },
  domain: { zh: '创新领域', en: 'Domain' },
  task: { zh: '三大任务', en: 'Reform task' },
  tasks: { zh: '三大任务', en: 'Reform tasks' },
  novelty: { zh: '首创性', en: 'Novelty' },
  pain_point: { zh: '痛点问题', en: 'Pain point' },
  measures: { zh: '创新举措', en: 'Measures' },
  effects: { zh: '实践效果', en: 'Effects' },
  departments: { zh: '牵头部门', en: 'Departments' },
  tags: { zh: '标签', en: 'Tags' },
  explored_on: { zh: '探索时间', en: 'First tried' },
  established_on: { zh: '设立时间', en: 'Established' },
  area_km2: { zh: '面积（平方公里）', en: 'Area (km²)' },
  positioning: { zh: '功能定位', en: 'Positioning' },
  group_name: { zh: '批次', en: 'Batch' },
  description: { zh: '概述', en: 'Description' },
  note: { zh: '备注', en: 'Note' },
  source: { zh: '资料来源', en: 'Source' },
  source_note: { zh: '整理备注', en: 'Working notes' },
  recognized_on: { zh: '认定日期', en: 'Recognised on' },
  recognized_document: { zh: '认定文件', en: 'Recognition document' },
  recognized_batch: { zh: '认定批次', en: 'Recognition batch' },
  province_replicated_on: { zh: '省内复制推广日期', en: 'Replicated in the province on' },
  province_replicated_document: { zh: '省内复制推广文件', en: 'Province replication document' },
  nation_replicated_on: { zh: '全国复制推广日期', en: 'Replicated nationwide on' },
  nation_replicated_document: { zh: '全国复制推广文件', en: 'Nationwide replication document' },
  adopted_on: { zh: '复制推广日期', en: 'Adopted on' },
  adaptation: { zh: '本地化做法', en: 'Adaptation' },
  observed_effect: { zh: '实施效果', en: 'Observed effect' },
  occurred_on: { zh: '发生日期', en: 'Date' },
  document: { zh: '文件', en: 'Document' },
  comment: { zh: '意见', en: 'Comment' },
  username: { zh: '用户名', en: 'Username' },
  display_name: { zh: '姓名', en: 'Display name' },
  role: { zh: '角色', en: 'Role' },
  scope_zone_id: { zh: '管辖区域', en: 'Zone scope' },
  organisation: { zh: '单位', en: 'Organisation' },
  is_active: { zh: '启用', en: 'Active' },
  must_change_password: { zh: '须修改密码', en: 'Must change password' },
  password_changed_at: { zh: '密码修改时间', en: 'Password changed' },
  passwordGenerated: { zh: '自动生成密码', en: 'Password generated' },
  sessionsEnded: { zh: '结束的会话数', en: 'Sessions ended' },
  ended: { zh: '结束的会话数', en: 'Sessions ended' },
  session: { zh: '会话', en: 'Session' },
  addresses: { zh: '解除锁定的地址数', en: 'Addresses unlocked' },
  locked_until: { zh: '锁定至', en: 'Locked until' },
  last_seen_at: { zh: '最近活动', en: 'Last seen' },
  passwordMinLength: { zh: '密码最短长度', en: 'Minimum password length' },
  passwordMinClasses: { zh: '密码字符类别数', en: 'Character classes required' },
  sessionIdleMinutes: { zh: '会话空闲时限（分钟）', en: 'Session idle limit (minutes)' },
  sessionMaxHours: { zh: '会话最长时限（小时）', en: 'Session time limit (hours)' },
  failures: { zh: '连续失败次数', en: 'Failures in a row' },
  minutes: { zh: '锁定分钟数', en: 'Locked for (minutes)' },
  reason: { zh: '原因', en: 'Reason' },
  file_name: { zh: '文件名', en: 'File name' },
  size_bytes: { zh: '大小（字节）', en: 'Size (bytes)' },
  created: { zh: '新增条数', en: 'Records created' },
  fileName: { zh: '文件名', en: 'File name' },
  innovations: { zh: '制度创新成果数', en: 'Innovations' },
  zones: { zh: '区域数', en: 'Zones' },
  platforms: { zh: '开放平台数', en: 'Platforms' },
  adoptions: { zh: '复制推广记录数', en: 'Adoptions' },
  users: { zh: '账号数', en: 'Accounts' },
  event: { zh: '本次步骤', en: 'This step' },
  action: { zh: '操作', en: 'Action' },
  from_status: { zh: '原状态', en: 'From' },
  to_status: { zh: '新状态', en: 'To' },
};

/** Bookkeeping columns that say nothing to a reader of the change. */
const HIDDEN_FIELDS = new Set([
  'id',
  'created_at',
  'updated_at',
  'created_by',
  'actor_id',
  'platform_id',
  'innovation_id',
  'password_hash',
  'occurred_precision',
  'explored_precision',
  'recognized_precision',
  'province_replicated_precision',
  'nation_replicated_precision',
  'established_precision',
  'path',
]);

const VALUE_LABELS: Record<string, Record<string, Label>> = {
  domain: INNOVATION_DOMAIN_LABELS,
  task: REFORM_TASK_LABELS,
  novelty: NOVELTY_LABELS,
  role: ROLE_LABELS,
};

const REASONS: Record<string, Label> = { unknown_user: { zh: '用户名不存在', en: 'Unknown username' } };

/** A nested field ("event.document", from a step written with its record) reads "本次步骤·文件". */
export function fieldLabel(field: string, lang: Lang): string {
  return field
    .split('.')
    .map((part) => FIELD_LABELS[part]?.[lang] ?? part)
    .join('·');
}

/** A stored value as a reader would write it: labels for codes, lists joined, yes/no for flags. */
export function fieldValue(path: string, value: unknown, entityType: string, lang: Lang): string {
  const field = path.split('.').pop()!;
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return lang === 'zh' ? (value ? '是' : '否') : value ? 'yes' : 'no';
  if (Array.isArray(value)) {
    if (value.every((item) => typeof item === 'string')) return value.map((item) => fieldValue(field, item, entityType, lang)).join('、') || '—';
    return value.map((item) => (item && typeof item === 'object' ? Object.values(item).filter(Boolean).join(' ') : String(item))).join('；');
  }
  if (typeof value === 'object') return JSON.stringify(value);
  const text = String(value);
  if (field === 'action') {
    const labels: Record<string, Label> = entityType === 'platform' ? PLATFORM_TRANSITION_LABELS : INNOVATION_TRANSITION_LABELS;
    return labels[text]?.[lang] ?? text;
  }
  if (field === 'status' || field === 'from_status' || field === 'to_status') {
    const labels: Record<string, Label> = entityType === 'platform' ? PLATFORM_STATUS_LABELS : INNOVATION_STATUS_LABELS;
    return labels[text]?.[lang] ?? text;
  }
  if (field === 'type') {
    const labels: Record<string, Label> = entityType === 'platform' ? PLATFORM_TYPE_LABELS : ZONE_TYPE_LABELS;
    return labels[text]?.[lang] ?? text;
  }
  if (field === 'reason') return REASONS[text]?.[lang] ?? text;
  // Timestamps (password_changed_at …) on China's clock, like every other time on the page.
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text)) return formatDateTime(text, lang);
  return VALUE_LABELS[field]?.[text]?.[lang] ?? text;
}

/** Nested objects (a step recorded with its record) become dotted fields, one level deep. */
function flatten(record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [inner, innerValue] of Object.entries(value as Record<string, unknown>)) out[`${key}.${inner}`] = innerValue;
    } else out[key] = value;
  }
  return out;
}

export type FieldChange = { field: string; before: unknown; after: unknown; changed: boolean };

/** The fields of a change, changed ones first; for a creation (no before) every field set. */
export function fieldChanges(before: unknown, after: unknown): FieldChange[] {
  const asRecord = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {});
  const b = flatten(asRecord(before));
  const a = flatten(asRecord(after));
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((field) => !HIDDEN_FIELDS.has(field.split('.').pop()!));
  const changes = fields.map((field) => ({ field, before: b[field], after: a[field], changed: JSON.stringify(b[field]) !== JSON.stringify(a[field]) }));
  const shown = before ? changes.filter((change) => change.changed) : changes.filter((change) => change.after !== null && change.after !== undefined && change.after !== '');
  return shown;
}
