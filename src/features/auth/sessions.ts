/**
 * Server-side sessions: the cookie holds a random token, the database only its SHA-256.
 * Sessions end on logout, after an idle period, or at an absolute maximum age; the limits in
 * force are the saved security settings, else the defaults the caller passes.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { actorOf, type Actor } from '../../kernel/actor.js';

export const SESSION_COOKIE = 'yz_sid';

export type SessionPolicy = { idleMinutes: number; maxHours: number };

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * How long a resolved session may be reused without reading its row again. Only where one
 * process owns the database (PGlite: the data-dir lock guarantees it), so every logout, password
 * change or disable goes through this process and invalidateSessionCache() makes it take effect
 * at once; with DATABASE_URL several instances may share the sessions table, and the app reads the
 * row on every request instead (see app.ts).
 */
export const SESSION_CACHE_MS = 5_000;
const SESSION_CACHE_MAX = 10_000;
type CachedSession = { actor: Actor; userId: number; until: number; endsAt: number };
const sessionCache = new Map<string, CachedSession>();
/** Bumped by every invalidation: a lookup that started before one does not store its answer. */
let sessionCacheGeneration = 0;

/**
 * Forgets cached sessions at once: one user's (sign-out, password change, disabled account,
 * changed role or scope), one cookie's, or all (no argument: e.g. new session limits). Whoever
 * deletes a session row or changes what resolveSession reads about a user calls it.
 */
export function invalidateSessionCache(target?: { userId: number } | { token: string }): void {
  sessionCacheGeneration += 1;
  if (!target) {
    sessionCache.clear();
  } else if ('token' in target) {
    sessionCache.delete(hashToken(target.token));
  } else {
    for (const [id, entry] of sessionCache) if (entry.userId === target.userId) sessionCache.delete(id);
  }
}

function rememberSession(id: string, entry: CachedSession): void {
  if (sessionCache.size >= SESSION_CACHE_MAX) {
    for (const [key, cached] of sessionCache) if (cached.until <= Date.now()) sessionCache.delete(key);
    if (sessionCache.size >= SESSION_CACHE_MAX) sessionCache.clear();
  }
  sessionCache.set(id, entry);
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
  invalidateSessionCache({ token });
}

type SessionTimes = { created_at: Date | string; last_seen_at: Date | string; expires_at: Date | string };

/** The latest a session may last: its own expiry, or the maximum age now in force if that is sooner. */
function absoluteEnd(session: SessionTimes, policy: SessionPolicy): number {
  return Math.min(new Date(session.expires_at).getTime(), new Date(session.created_at).getTime() + policy.maxHours * 3_600_000);
}

/** When a session ends on its own: idle too long, or at its absolute end. */
function endsAt(session: SessionTimes, policy: SessionPolicy): number {
  return Math.min(new Date(session.last_seen_at).getTime() + policy.idleMinutes * 60_000, absoluteEnd(session, policy));
}

/**
 * Resolves a cookie token to the acting user, or null when the session is gone, idle too long or expired.
 * With `cacheMs`, an answer is reused for that long (see SESSION_CACHE_MS).
 */
export async function resolveSession(db: Kysely<Database>, token: string, defaults: SessionPolicy, options: { cacheMs?: number } = {}): Promise<Actor | null> {
  const id = hashToken(token);
  const cacheMs = options.cacheMs ?? 0;
  if (cacheMs > 0) {
    const cached = sessionCache.get(id);
    const at = Date.now();
    if (cached && at < cached.until && at <= cached.endsAt) return cached.actor;
    if (cached) sessionCache.delete(id);
  }
  const generation = sessionCacheGeneration;
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .leftJoin('zones as z', 'z.id', 'u.scope_zone_id')
    // The saved limits, if any, in the same query: a change applies to the next request.
    .leftJoin('security_settings as ss', (join) => join.onTrue())
    .select([
      's.created_at',
      's.last_seen_at',
      's.expires_at',
      'u.id',
      'u.username',
      'u.display_name',
      'u.role',
      'u.scope_zone_id',
      'u.is_active',
      'u.must_change_password',
      'z.path as scope_path',
      'ss.session_idle_minutes',
      'ss.session_max_hours',
    ])
    .where('s.id', '=', id)
    .executeTakeFirst();
  if (!row) return null;
  const now = Date.now();
  const policy = { idleMinutes: row.session_idle_minutes ?? defaults.idleMinutes, maxHours: row.session_max_hours ?? defaults.maxHours };
  if (!row.is_active || now > endsAt(row, policy)) {
    await db.deleteFrom('sessions').where('id', '=', id).execute();
    return null;
  }
  // Touch at most once a minute: the idle timer needs no finer grain, and reads stay cheap.
  if (now - new Date(row.last_seen_at).getTime() > 60_000) {
    await db.updateTable('sessions').set({ last_seen_at: new Date(now) }).where('id', '=', id).execute();
  }
  const actor = actorOf(row);
  if (cacheMs > 0 && generation === sessionCacheGeneration) rememberSession(id, { actor, userId: row.id, until: now + cacheMs, endsAt: endsAt(row, policy) });
  return actor;
}

/**
 * How a session is named outside the server: derived from the stored hash, which itself is
 * only ever compared with a hashed cookie, so the list shows nothing that could be replayed.
 */
export function sessionRef(storedId: string): string {
  return createHash('sha256').update(`session-ref:${storedId}`).digest('hex').slice(0, 32);
}

export type LiveSession = { ref: string; createdAt: string; lastSeenAt: string; expiresAt: string; ip: string | null; userAgent: string | null; current: boolean };

/** The user's sessions still in force under `policy`, newest first; `currentToken` marks the caller's own. */
export async function listLiveSessions(db: Kysely<Database>, userId: number, policy: SessionPolicy, currentToken?: string): Promise<LiveSession[]> {
  const rows = await db.selectFrom('sessions').selectAll().where('user_id', '=', userId).orderBy('created_at', 'desc').orderBy('id').execute();
  const now = Date.now();
  const current = currentToken ? hashToken(currentToken) : null;
  return rows
    .filter((row) => now <= endsAt(row, policy))
    .map((row) => ({
      ref: sessionRef(row.id),
      createdAt: new Date(row.created_at).toISOString(),
      lastSeenAt: new Date(row.last_seen_at).toISOString(),
      expiresAt: new Date(absoluteEnd(row, policy)).toISOString(),
      ip: row.ip,
      userAgent: row.user_agent,
      current: row.id === current,
    }));
}

/** Ends the user's sessions: all of them, or the one named by `ref`. Returns how many ended. */
export async function endSessions(db: Kysely<Database>, userId: number, ref?: string): Promise<number> {
  let ids: string[] | undefined;
  if (ref !== undefined) {
    const rows = await db.selectFrom('sessions').select('id').where('user_id', '=', userId).execute();
    ids = rows.map((row) => row.id).filter((id) => sessionRef(id) === ref);
    if (ids.length === 0) return 0;
  }
  let query = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (ids) query = query.where('id', 'in', ids);
  const result = await query.executeTakeFirst();
  invalidateSessionCache({ userId });
  return Number(result.numDeletedRows);
}
