/**
 * Server-side sessions: the cookie holds a random token, the database only its SHA-256.
 * Sessions end on logout, after an idle period, or at an absolute maximum age.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Actor } from '../../kernel/actor.js';
import type { Role } from '../../shared/enums.js';

export const SESSION_COOKIE = 'yz_sid';

export type SessionPolicy = { idleMinutes: number; maxHours: number };

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Starts a new session (always a new id, so a planted cookie is never promoted). */
export async function createSession(
  db: Kysely<Database>,
  input: { userId: number; ip: string | null; userAgent: string | null; policy: SessionPolicy },
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const now = Date.now();
  await db
    .insertInto('sessions')
    .values({
      id: hashToken(token),
      user_id: input.userId,
      expires_at: new Date(now + input.policy.maxHours * 3_600_000),
      ip: input.ip,
      user_agent: input.userAgent?.slice(0, 300) ?? null,
    })
    .execute();
  return token;
}

export async function deleteSession(db: Kysely<Database>, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', hashToken(token)).execute();
}

/** Resolves a cookie token to the acting user, or null when the session is gone, idle too long or expired. */
export async function resolveSession(db: Kysely<Database>, token: string, policy: SessionPolicy): Promise<Actor | null> {
  const id = hashToken(token);
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .leftJoin('zones as z', 'z.id', 'u.scope_zone_id')
    .select([
      's.last_seen_at',
      's.expires_at',
      'u.id',
      'u.username',
      'u.display_name',
      'u.role',
      'u.scope_zone_id',
      'u.is_active',
      'z.path as scope_path',
    ])
    .where('s.id', '=', id)
    .executeTakeFirst();
  if (!row) return null;
  const now = Date.now();
  const idleLimit = new Date(row.last_seen_at).getTime() + policy.idleMinutes * 60_000;
  if (!row.is_active || now > new Date(row.expires_at).getTime() || now > idleLimit) {
    await db.deleteFrom('sessions').where('id', '=', id).execute();
    return null;
  }
  // Touch at most once a minute: the idle timer needs no finer grain, and reads stay cheap.
  if (now - new Date(row.last_seen_at).getTime() > 60_000) {
    await db.updateTable('sessions').set({ last_seen_at: new Date(now) }).where('id', '=', id).execute();
  }
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role as Role,
    scopeZoneId: row.scope_zone_id,
    scopePath: row.scope_path ?? null,
  };
}
