/**
 * Password sign-in with a throttle per (name typed, client address): after `threshold`
 * failures in a row that pair is locked for `minutes`, whatever password comes next.
 *
 * Why per pair and not per account: a per-account lock lets anyone keep a real user out by
 * typing their name five times, and answering 423 only for real names tells which names
 * exist. Here a known and an unknown name behave the same (401 … then 423), and a stranger
 * elsewhere locks only themselves; the per-IP rate limit bounds guessing across many names.
 * Every outcome is audited, including names that cannot even be stored as typed.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { RequestContext } from '../../kernel/actor.js';
import { isStorableText, toStorableText } from '../../shared/schemas.js';
import { AppError } from '../../kernel/errors.js';
import { writeAudit } from '../audit/audit.service.js';
import { dummyPasswordHash, verifyPassword } from './passwords.js';
import { createSession, type SessionPolicy } from './sessions.js';

export type LoginInput = {
  username: string;
  password: string;
  context: RequestContext;
  lockout: { threshold: number; minutes: number };
  session: SessionPolicy;
};

/** NUL and lone surrogates (PostgreSQL cannot hold them) become U+FFFD: such attempts are counted and audited too. */
export const throttleKey = (username: string) => toStorableText(username).toLowerCase().slice(0, 64);

/** Clears the sign-in throttle of an account's name from every address (解除锁定); returns the rows removed. */
export async function clearLoginThrottle(db: Kysely<Database>, username: string): Promise<number> {
  const result = await db.deleteFrom('login_throttle').where('username_key', '=', throttleKey(username)).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Returns the new session token, or throws INVALID_CREDENTIALS / ACCOUNT_LOCKED. */
export async function loginUser(db: Kysely<Database>, input: LoginInput): Promise<{ token: string; userId: number }> {
  const key = throttleKey(input.username);
  const ip = input.context.ip ?? '';
  const throttle = await db.selectFrom('login_throttle').select(['failures', 'locked_until']).where('username_key', '=', key).where('ip', '=', ip).executeTakeFirst();
  const lockedFor = throttle?.locked_until ? new Date(throttle.locked_until).getTime() - Date.now() : 0;
  if (lockedFor > 0) throw new AppError('ACCOUNT_LOCKED', { minutes: Math.ceil(lockedFor / 60_000) });

  // A name that cannot be stored names no account; looking it up would make the driver fail.
  const user = isStorableText(input.username)
    ? await db.selectFrom('users').selectAll().where('username', '=', input.username).executeTakeFirst()
    : undefined;
  const known = user && user.is_active ? user : undefined;
  // Unknown names cost the same argon2 verification as known ones: timing tells nothing either.
  const isValid = known ? await verifyPassword(known.password_hash, input.password) : (await verifyPassword(await dummyPasswordHash(), input.password), false);
  const actorContext: RequestContext = known
    ? {
        ...input.context,
        actor: { id: known.id, username: known.username, displayName: known.display_name, role: known.role, scopeZoneId: known.scope_zone_id, scopePath: null },
      }
    : input.context;

  if (!known || !isValid) {
    const failures = (throttle && !throttle.locked_until ? throttle.failures : 0) + 1;
    const shouldLock = failures >= input.lockout.threshold;
    const lockedUntil = shouldLock ? new Date(Date.now() + input.lockout.minutes * 60_000) : null;
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('login_throttle')
        .values({ username_key: key, ip, failures: shouldLock ? 0 : failures, locked_until: lockedUntil, updated_at: sql`now()` as never })
        .onConflict((oc) => oc.columns(['username_key', 'ip']).doUpdateSet({ failures: shouldLock ? 0 : failures, locked_until: lockedUntil, updated_at: sql`now()` as never }))
        .execute();
      const attempted = { username: toStorableText(input.username).slice(0, 64) };
      await writeAudit(trx, actorContext, {
        type: 'auth.login_failed',
        entityId: known?.id ?? null,
        after: known ? { ...attempted, failures } : { ...attempted, reason: 'unknown_user', failures },
      });
      if (shouldLock) {
        await writeAudit(trx, actorContext, { type: 'auth.account_locked', entityId: known?.id ?? null, after: { ...attempted, minutes: input.lockout.minutes } });
      }
    });
    if (shouldLock) throw new AppError('ACCOUNT_LOCKED', { minutes: input.lockout.minutes });
    throw new AppError('INVALID_CREDENTIALS');
  }

  const token = await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('login_throttle').where('username_key', '=', key).where('ip', '=', ip).execute();
    const newToken = await createSession(trx, { userId: known.id, ip: input.context.ip, userAgent: input.context.userAgent, policy: input.session });
    await writeAudit(trx, actorContext, { type: 'auth.login_succeeded', entityId: known.id });
    return newToken;
  });
  return { token, userId: known.id };
}
