/**
 * Account management for the security admin: create, edit, disable/enable, reset a password,
 * clear a sign-in lock, end sessions, and the security settings. Each command checks
 * 404 → 403 → 400/409 before it writes, and writes the change and its audit entry in one
 * transaction. Passwords and their hashes never reach the audit log.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { RequestContext } from '../../kernel/actor.js';
import { AppError, notFound } from '../../kernel/errors.js';
import { roleHasZoneScope, type Role } from '../../shared/enums.js';
import type { MessageKey } from '../../shared/messages.js';
import './users.messages.js';
import type { SecuritySettings } from '../../shared/security-settings.js';
import { writeAudit } from '../audit/audit.service.js';
import { clearLoginThrottle } from '../auth/login.js';
import { checkPasswordPolicy, generateTemporaryPassword, hashPassword, weakPassword, type PasswordPolicy } from '../auth/passwords.js';
import { passwordPolicyOf, readSecuritySettings, saveSecuritySettings, sessionPolicyOf } from '../auth/security-settings.js';
import { endSessions, invalidateSessionCache, type SessionPolicy } from '../auth/sessions.js';
import { findZoneById } from '../zones/zones.service.js';
import { findUser, findUsernameTaken, lockUserForUpdate, type UserRow } from './users.repo.js';
import { userAbilities } from './users.policy.js';
import type { CreateUserBody, UpdateSettingsBody, UpdateUserBody, UserDto } from './users.schema.js';

const iso = (value: Date | string) => new Date(value).toISOString();

export function presentUser(row: UserRow, context: RequestContext): UserDto {
  const lockedUntil = row.locked_until ? iso(row.locked_until) : null;
  const sessionCount = Number(row.session_count ?? 0);
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    organisation: row.organisation,
    email: row.email,
    scopeZone: row.scope_zone_id !== null && row.zone_name !== null ? { id: row.scope_zone_id, name: row.zone_name } : null,
    isActive: row.is_active,
    mustChangePassword: row.must_change_password,
    lockedUntil,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    passwordChangedAt: iso(row.password_changed_at),
    lastSeenAt: row.last_seen_at ? iso(row.last_seen_at) : null,
    sessionCount,
    isSelf: context.actor?.id === row.id,
    abilities: userAbilities(context.actor, { id: row.id, is_active: row.is_active, locked: lockedUntil !== null, session_count: sessionCount }),
  };
}

/** Loads an account or answers 404. */
export async function getUser(db: Kysely<Database>, id: number, policy: SessionPolicy): Promise<UserRow> {
  const row = await findUser(db, id, policy);
  if (!row) throw notFound();
  return row;
}

const fieldError = (path: string, key: MessageKey) => new AppError('VALIDATION_FAILED', {}, [{ path, key }]);

/** The scope an account of `role` ends up with: a real zone for zone roles, none for the others. */
async function scopeFor(db: Kysely<Database>, role: Role, scopeZoneId: number | null): Promise<number | null> {
  if (!roleHasZoneScope(role)) {
    if (scopeZoneId !== null) throw fieldError('scopeZoneId', 'role_without_scope');
    return null;
  }
  if (scopeZoneId === null) throw fieldError('scopeZoneId', 'required');
  if (!(await findZoneById(db, scopeZoneId))) throw fieldError('scopeZoneId', 'scope_zone_unknown');
  return scopeZoneId;
}

function checkedPassword(password: string, username: string, policy: PasswordPolicy): string {
  const weakness = checkPasswordPolicy(password, username, policy);
  if (weakness) throw weakPassword('password', weakness);
  return password;
}

const duplicate = (username: string) => new AppError('DUPLICATE_USERNAME', { username }, [{ path: 'username', key: 'DUPLICATE_USERNAME', params: { username } }]);

const isUniqueViolation = (error: unknown) => (error as { code?: unknown } | null)?.code === '23505';

/** Creates an account that must change its password at the first sign-in; returns it with that password, shown once. */
export async function createUser(db: Kysely<Database>, context: RequestContext, body: CreateUserBody, settings: SecuritySettings) {
  const scopeZoneId = await scopeFor(db, body.role, body.scopeZoneId ?? null);
  const policy = passwordPolicyOf(settings);
  const password = body.password === undefined ? generateTemporaryPassword(body.username, policy) : checkedPassword(body.password, body.username, policy);
  if (await findUsernameTaken(db, body.username)) throw duplicate(body.username);
  const passwordHash = await hashPassword(password);
  const id = await db
    .transaction()
    .execute(async (trx) => {
      const inserted = await trx
        .insertInto('users')
        .values({
          username: body.username,
          display_name: body.displayName,
          role: body.role,
          scope_zone_id: scopeZoneId,
          organisation: body.organisation ?? null,
          email: body.email ?? null,
          password_hash: passwordHash,
          must_change_password: true,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const after = await lockUserForUpdate(trx, inserted.id);
      await writeAudit(trx, context, { type: 'user.created', entityId: inserted.id, after: { ...after, passwordGenerated: body.password === undefined } });
      return inserted.id;
    })
    .catch((error: unknown) => {
      // Two creations of one name at once: the unique index decides, the loser hears why.
      if (isUniqueViolation(error)) throw duplicate(body.username);
      throw error;
    });
  return { row: await getUser(db, id, sessionPolicyOf(settings)), temporaryPassword: password };
}

/** Edits name, organisation, e-mail, role and scope; your own role and scope stay as they are. */
export async function updateUser(db: Kysely<Database>, context: RequestContext, id: number, body: UpdateUserBody, settings: SecuritySettings) {
  const policy = sessionPolicyOf(settings);
  const current = await getUser(db, id, policy);
  const role = body.role ?? (current.role);
  // A role without a zone scope drops the old zone unless the body says otherwise.
  const requestedScope = body.scopeZoneId !== undefined ? body.scopeZoneId : roleHasZoneScope(role) ? current.scope_zone_id : null;
  const isSelf = context.actor?.id === id;
  if (isSelf && (role !== current.role || requestedScope !== current.scope_zone_id)) throw new AppError('SELF_CHANGE_FORBIDDEN');
  const scopeZoneId = await scopeFor(db, role, requestedScope);
  const changes = {
    ...(body.displayName !== undefined && body.displayName !== current.display_name && { display_name: body.displayName }),
    ...(body.organisation !== undefined && body.organisation !== current.organisation && { organisation: body.organisation }),
    ...(body.email !== undefined && body.email !== current.email && { email: body.email }),
    ...(role !== current.role && { role }),
    ...(scopeZoneId !== current.scope_zone_id && { scope_zone_id: scopeZoneId }),
  };
  if (Object.keys(changes).length === 0) return current;
  await db.transaction().execute(async (trx) => {
    const before = await lockUserForUpdate(trx, id);
    await trx
      .updateTable('users')
      .set({ ...changes, updated_at: new Date() })
      .where('id', '=', id)
      .execute();
    await writeAudit(trx, context, { type: 'user.updated', entityId: id, before, after: await lockUserForUpdate(trx, id) });
  });
  // A new role or scope applies to the user's next request.
  invalidateSessionCache({ userId: id });
  return getUser(db, id, policy);
}

function refuseSelf(context: RequestContext, id: number) {
  if (context.actor?.id === id) throw new AppError('SELF_CHANGE_FORBIDDEN');
}

/** Disables (ending every session) or re-enables an account; never your own. */
export async function setUserActive(db: Kysely<Database>, context: RequestContext, id: number, active: boolean, policy: SessionPolicy) {
  const current = await getUser(db, id, policy);
  refuseSelf(context, id);
  if (current.is_active === active) return current;
  await db.transaction().execute(async (trx) => {
    const before = await lockUserForUpdate(trx, id);
    await trx.updateTable('users').set({ is_active: active, updated_at: new Date() }).where('id', '=', id).execute();
    const sessionsEnded = active ? 0 : await endSessions(trx, id);
    const after = await lockUserForUpdate(trx, id);
    await writeAudit(trx, context, { type: active ? 'user.enabled' : 'user.disabled', entityId: id, before, after: { ...after, sessionsEnded } });
  });
  invalidateSessionCache({ userId: id });
  return getUser(db, id, policy);
}

/** Sets a new password the user must change at the next sign-in, and ends their sessions; returns it, shown once. */
export async function resetPassword(db: Kysely<Database>, context: RequestContext, id: number, typed: string | undefined, settings: SecuritySettings) {
  const current = await getUser(db, id, sessionPolicyOf(settings));
  refuseSelf(context, id);
  const policy = passwordPolicyOf(settings);
  const password = typed === undefined ? generateTemporaryPassword(current.username, policy) : checkedPassword(typed, current.username, policy);
  const passwordHash = await hashPassword(password);
  await db.transaction().execute(async (trx) => {
    await lockUserForUpdate(trx, id);
    await trx
      .updateTable('users')
      .set({ password_hash: passwordHash, must_change_password: true, password_changed_at: new Date(), updated_at: new Date() })
      .where('id', '=', id)
      .execute();
    const sessionsEnded = await endSessions(trx, id);
    await writeAudit(trx, context, { type: 'user.password_reset', entityId: id, after: { username: current.username, passwordGenerated: typed === undefined, sessionsEnded } });
  });
  invalidateSessionCache({ userId: id });
  return password;
}

/** Clears the sign-in lock of the account's name from every address. */
export async function unlockUser(db: Kysely<Database>, context: RequestContext, id: number, policy: SessionPolicy) {
  const current = await getUser(db, id, policy);
  await db.transaction().execute(async (trx) => {
    const cleared = await clearLoginThrottle(trx, current.username);
    if (cleared > 0) await writeAudit(trx, context, { type: 'user.unlocked', entityId: id, after: { username: current.username, addresses: cleared } });
  });
  return getUser(db, id, policy);
}

/** Ends all of an account's sessions, or the one named by `ref` (404 when it is not theirs or gone). */
export async function endUserSessions(db: Kysely<Database>, context: RequestContext, id: number, ref: string | undefined, policy: SessionPolicy): Promise<number> {
  const current = await getUser(db, id, policy);
  const ended = await db.transaction().execute(async (trx) => {
    const count = await endSessions(trx, id, ref);
    if (ref !== undefined && count === 0) throw notFound();
    if (count > 0) await writeAudit(trx, context, { type: 'user.sessions_ended', entityId: id, after: { username: current.username, ended: count, ...(ref && { session: ref }) } });
    return count;
  });
  invalidateSessionCache({ userId: id });
  return ended;
}

/** Saves the password policy and session limits (an idle limit longer than the maximum age is refused). */
export async function updateSecuritySettings(db: Kysely<Database>, context: RequestContext, body: UpdateSettingsBody, defaults: SecuritySettings) {
  if (body.sessionIdleMinutes > body.sessionMaxHours * 60) {
    throw fieldError('sessionIdleMinutes', 'idle_over_session');
  }
  await db.transaction().execute(async (trx) => {
    const { updatedAt: _at, updatedBy: _by, ...before } = await readSecuritySettings(trx, defaults);
    await saveSecuritySettings(trx, body, context.actor!.id);
    await writeAudit(trx, context, { type: 'settings.security_updated', entityId: null, before, after: body });
  });
  // New session limits apply to every session's next request.
  invalidateSessionCache();
  return readSecuritySettings(db, defaults);
}
