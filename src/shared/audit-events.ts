/**
 * The audit event registry: every event type the system writes, with the entity it concerns.
 * Stored entries are a contract: rename nothing here without a migration of old rows.
 */
export const AUDIT_EVENTS = {
  'auth.login_succeeded': { entityType: 'user', action: 'login', zh: '登录成功', en: 'Signed in' },
  'auth.login_failed': { entityType: 'user', action: 'login_failed', zh: '登录失败', en: 'Sign-in failed' },
  'auth.account_locked': { entityType: 'user', action: 'lock', zh: '账号锁定', en: 'Account locked' },
  'auth.logout': { entityType: 'user', action: 'logout', zh: '退出登录', en: 'Signed out' },
  'auth.password_changed': { entityType: 'user', action: 'change_password', zh: '修改密码', en: 'Password changed' },
  'user.created': { entityType: 'user', action: 'create', zh: '新增用户', en: 'User created' },
  'user.updated': { entityType: 'user', action: 'update', zh: '修改用户', en: 'User updated' },
  'user.disabled': { entityType: 'user', action: 'disable', zh: '停用用户', en: 'User disabled' },
  'user.enabled': { entityType: 'user', action: 'enable', zh: '启用用户', en: 'User enabled' },
  'user.password_reset': { entityType: 'user', action: 'reset_password', zh: '重置密码', en: 'Password reset' },
  'user.unlocked': { entityType: 'user', action: 'unlock', zh: '解除登录锁定', en: 'Sign-in lock cleared' },
  'user.sessions_ended': { entityType: 'user', action: 'end_sessions', zh: '结束会话', en: 'Sessions ended' },
  'settings.security_updated': { entityType: 'settings', action: 'update', zh: '修改安全策略', en: 'Security settings changed' },
  'zone.created': { entityType: 'zone', action: 'create', zh: '新增区域', en: 'Zone created' },
  'zone.updated': { entityType: 'zone', action: 'update', zh: '修改区域', en: 'Zone updated' },
  'platform.created': { entityType: 'platform', action: 'create', zh: '新增开放平台', en: 'Platform created' },
  'platform.updated': { entityType: 'platform', action: 'update', zh: '修改开放平台', en: 'Platform updated' },
  'platform.transitioned': { entityType: 'platform', action: 'transition', zh: '开放平台状态变更', en: 'Platform status changed' },
  'innovation.created': { entityType: 'innovation', action: 'create', zh: '新增制度创新成果', en: 'Innovation created' },
  'innovation.updated': { entityType: 'innovation', action: 'update', zh: '修改制度创新成果', en: 'Innovation updated' },
  'innovation.transitioned': { entityType: 'innovation', action: 'transition', zh: '制度创新成果状态变更', en: 'Innovation status changed' },
  'innovation.adopted': { entityType: 'innovation', action: 'adopt', zh: '登记复制推广', en: 'Adoption recorded' },
  'innovation.imported': { entityType: 'innovation', action: 'import', zh: '导入制度创新成果', en: 'Innovations imported' },
  'import.transitioned': { entityType: 'import_batch', action: 'transition', zh: '导入批次状态变更', en: 'Import batch status changed' },
  'attachment.uploaded': { entityType: 'attachment', action: 'upload', zh: '上传附件', en: 'Attachment uploaded' },
  'attachment.deleted': { entityType: 'attachment', action: 'delete', zh: '删除附件', en: 'Attachment deleted' },
  'system.demo_loaded': { entityType: 'system', action: 'load_demo', zh: '载入演示数据', en: 'Demo data loaded' },
} as const;

export type AuditEventType = keyof typeof AUDIT_EVENTS;
export const AUDIT_EVENT_TYPES = Object.keys(AUDIT_EVENTS) as AuditEventType[];
export const AUDIT_ENTITY_TYPES = [...new Set(Object.values(AUDIT_EVENTS).map((e) => e.entityType))];

/** One entry to write: the event, the entity's id, and the record before and after the change. */
export type AuditEvent = {
  type: AuditEventType;
  entityId: string | number | null;
  /** Overrides the registry's action, e.g. the transition name 'approve'. */
  action?: string;
  before?: unknown;
  after?: unknown;
};
