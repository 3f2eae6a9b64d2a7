/** Sign-in and session events (features/auth). Their payloads: src/features/auth/auth.audit.ts. */
import { defineAuditEvents, type Definitions } from './audit-events.js';

export const AUTH_AUDIT_EVENTS = defineAuditEvents({
  'auth.login_succeeded': { entityType: 'user', action: 'login', zh: '登录成功', en: 'Signed in' },
  'auth.login_failed': { entityType: 'user', action: 'login_failed', zh: '登录失败', en: 'Sign-in failed' },
  'auth.account_locked': { entityType: 'user', action: 'lock', zh: '账号锁定', en: 'Account locked' },
  'auth.logout': { entityType: 'user', action: 'logout', zh: '退出登录', en: 'Signed out' },
  'auth.password_changed': { entityType: 'user', action: 'change_password', zh: '修改密码', en: 'Password changed' },
});

declare module './audit-events.js' {
  interface AuditEventDefinitions extends Definitions<typeof AUTH_AUDIT_EVENTS> {}
}
