/**
 * Password policy and session limits as settings in the database. Until the security admin
 * saves them, the defaults apply: the environment's session limits (config.ts) and the built-in
 * password policy. Login, password changes and the session check read them from here.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Config } from '../../kernel/config.js';
import { LIMITS } from '../../shared/limits.js';
import type { SecuritySettings } from '../../shared/security-settings.js';
import type { PasswordPolicy } from './passwords.js';
import type { SessionPolicy } from './sessions.js';

export type StoredSecuritySettings = SecuritySettings & { updatedAt: string | null; updatedBy: string | null };

export function defaultSecuritySettings(config: Pick<Config, 'sessionIdleMinutes' | 'sessionMaxHours'>): SecuritySettings {
  return { passwordMinLength: LIMITS.passwordMin, passwordMinClasses: 3, sessionIdleMinutes: config.sessionIdleMinutes, sessionMaxHours: config.sessionMaxHours };
}

/** The settings in force: the saved row, or the defaults when none was saved. */
export async function readSecuritySettings(db: Kysely<Database>, defaults: SecuritySettings): Promise<StoredSecuritySettings> {
  const row = await db
    .selectFrom('security_settings as s')
    .leftJoin('users as u', 'u.id', 's.updated_by')
    .select(['s.password_min_length', 's.password_min_classes', 's.session_idle_minutes', 's.session_max_hours', 's.updated_at', 'u.username'])
    .executeTakeFirst();
  if (!row) return { ...defaults, updatedAt: null, updatedBy: null };
  return {
    passwordMinLength: row.password_min_length,
    passwordMinClasses: row.password_min_classes,
    sessionIdleMinutes: row.session_idle_minutes,
    sessionMaxHours: row.session_max_hours,
    updatedAt: new Date(row.updated_at).toISOString(),
    updatedBy: row.username,
  };
}

/** Saves the settings (one row); the caller audits in the same transaction. */
export async function saveSecuritySettings(trx: Transaction<Database>, settings: SecuritySettings, actorId: number): Promise<void> {
  const values = {
    password_min_length: settings.passwordMinLength,
    password_min_classes: settings.passwordMinClasses,
    session_idle_minutes: settings.sessionIdleMinutes,
    session_max_hours: settings.sessionMaxHours,
    updated_at: new Date(),
    updated_by: actorId,
  };
  await trx.insertInto('security_settings').values(values).onConflict((oc) => oc.column('id').doUpdateSet(values)).execute();
}

export const passwordPolicyOf = (settings: SecuritySettings): PasswordPolicy => ({ minLength: settings.passwordMinLength, minClasses: settings.passwordMinClasses });
export const sessionPolicyOf = (settings: SecuritySettings): SessionPolicy => ({ idleMinutes: settings.sessionIdleMinutes, maxHours: settings.sessionMaxHours });
