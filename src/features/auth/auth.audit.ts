/** What the sign-in events record (their table: src/shared/auth.audit-events.ts). */
import type { AUTH_AUDIT_EVENTS } from '../../shared/auth.audit-events.js';
import type { NoPayload, Payloads } from '../../shared/audit-events.js';

/** The name as typed, made storable and cut to 64 characters: an unknown name is recorded too. */
type Attempt = { username: string };

declare module '../../shared/audit-events.js' {
  interface AuditEventCatalog
    extends Payloads<
      typeof AUTH_AUDIT_EVENTS,
      {
        'auth.login_succeeded': NoPayload;
        /** `failures` in a row from this address; `reason` only when the name belongs to no active account. */
        'auth.login_failed': { after: Attempt & { failures: number; reason?: 'unknown_user' } };
        'auth.account_locked': { after: Attempt & { minutes: number } };
        'auth.logout': NoPayload;
        'auth.password_changed': NoPayload;
      }
    > {}
}
