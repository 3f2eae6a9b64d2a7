/** Account management and the security settings (features/users). Their payloads: src/features/users/users.audit.ts. */
import { defineAuditEntities, defineAuditEvents, type Definitions } from './audit-events.js';

export const USER_AUDIT_EVENTS = defineAuditEvents({
  'user.created': { entityType: 'user', action: 'create', zh: '新增用户', en: 'User created' },
  'user.updated': { entityType: 'user', action: 'update', zh: '修改用户', en: 'User updated' },
  'user.disabled': { entityType: 'user', action: 'disable', zh: '停用用户', en: 'User disabled' },
  'user.enabled': { entityType: 'user', action: 'enable', zh: '启用用户', en: 'User enabled' },
  'user.password_reset': { entityType: 'user', action: 'reset_password', zh: '重置密码', en: 'Password reset' },
  'user.unlocked': { entityType: 'user', action: 'unlock', zh: '解除登录锁定', en: 'Sign-in lock cleared' },
  'user.sessions_ended': { entityType: 'user', action: 'end_sessions', zh: '结束会话', en: 'Sessions ended' },
  'settings.security_updated': { entityType: 'settings', action: 'update', zh: '修改安全策略', en: 'Security settings changed' },
});

/** The records these events concern, as the audit list names them. */
export const USER_AUDIT_ENTITIES = defineAuditEntities({
  user: { zh: '用户', en: 'User' },
  settings: { zh: '安全策略', en: 'Security settings' },
});

declare module './audit-events.js' {
  interface AuditEventDefinitions extends Definitions<typeof USER_AUDIT_EVENTS> {}
}
