/**
 * Password sign-in with lockout: after `threshold` failures in a row the account is locked
 * for `lockoutMinutes`, whatever password comes next. Every outcome is audited.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { RequestContext } from '../../kernel/actor.js';
import type { Role } from '../../shared/enums.js';
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

/** Returns the new session token, or throws INVALID_CREDENTIALS / ACCOUNT_LOCKED. */
export async function loginUser(db: Kysely<Database>, input: LoginInput): Promise<{ token: string; userId: number }> {
  const user = await db.selectFrom('users').selectAll().where('username', '=', input.username).executeTakeFirst();
  if (!user || !user.is_active) {
    await verifyPassword(await dummyPasswordHash(), input.password);
    await db.transaction().execute((trx) =>
      writeAudit(trx, input.context, { type: 'auth.login_failed', entityId: null, after: { username: input.username.slice(0, 64), reason: 'unknown_user' } }),
    );
    throw new AppError('INVALID_CREDENTIALS');
  }
  const actorContext: RequestContext = {
    ...input.context,
    actor: { id: user.id, username: user.username, displayName: user.display_name, role: user.role as Role, scopeZoneId: user.scope_zone_id, scopePath: null },
  };
  const lockedFor = user.locked_until ? new Date(user.locked_until).getTime() - Date.now() : 0;
  if (lockedFor > 0) {
    throw new AppError('ACCOUNT_LOCKED', { minutes: Math.ceil(lockedFor / 60_000) });
  }
  const isValid = await verifyPassword(user.password_hash, input.password);
  if (!isValid) {
    const failures = user.failed_logins + 1;
    const shouldLock = failures >= input.lockout.threshold;
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('users')
        .set({
          failed_logins: shouldLock ? 0 : failures,
          locked_until: shouldLock ? new Date(Date.now() + input.lockout.minutes * 60_000) : null,
        })
        .where('id', '=', user.id)
        .execute();
      await writeAudit(trx, actorContext, { type: 'auth.login_failed', entityId: user.id, after: { failures } });
      if (shouldLock) {
        await writeAudit(trx, actorContext, { type: 'auth.account_locked', entityId: user.id, after: { minutes: input.lockout.minutes } });
      }
    });
    if (shouldLock) throw new AppError('ACCOUNT_LOCKED', { minutes: input.lockout.minutes });
    throw new AppError('INVALID_CREDENTIALS');
  }
  const token = await db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ failed_logins: 0, locked_until: null }).where('id', '=', user.id).execute();
    const newToken = await createSession(trx, { userId: user.id, ip: input.context.ip, userAgent: input.context.userAgent, policy: input.session });
    await writeAudit(trx, actorContext, { type: 'auth.login_succeeded', entityId: user.id });
    return newToken;
  });
  return { token, userId: user.id };
}
