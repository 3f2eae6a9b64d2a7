/** What account and security-settings events record (their table: src/shared/users.audit-events.ts). */
import type { StoredSecuritySettings } from '../auth/security-settings.js';
import type { Changed, Payloads } from '../../shared/audit-events.js';
import type { USER_AUDIT_EVENTS } from '../../shared/users.audit-events.js';
import type { lockUserForUpdate } from './users.repo.js';
import type { UpdateSettingsBody } from './users.schema.js';

/** The account as the locked read gives it (no password hash). */
type AccountRow = Awaited<ReturnType<typeof lockUserForUpdate>>;
/** Entries about an account's sign-in state name it, since they carry no row. */
type Named = { username: string };

declare module '../../shared/audit-events.js' {
  interface AuditEventCatalog
    extends Payloads<
      typeof USER_AUDIT_EVENTS,
      {
        'user.created': { after: AccountRow & { passwordGenerated: boolean } };
        'user.updated': Changed<AccountRow>;
        'user.disabled': { before: AccountRow; after: AccountRow & { sessionsEnded: number } };
        'user.enabled': { before: AccountRow; after: AccountRow & { sessionsEnded: number } };
        'user.password_reset': { after: Named & { passwordGenerated: boolean; sessionsEnded: number } };
        /** `addresses`: how many addresses' locks were cleared. */
        'user.unlocked': { after: Named & { addresses: number } };
        /** `session`: the one session ended, when one was named. */
        'user.sessions_ended': { after: Named & { ended: number; session?: string } };
        'settings.security_updated': { before: Omit<StoredSecuritySettings, 'updatedAt' | 'updatedBy'>; after: UpdateSettingsBody };
      }
    > {}
}
