/** Account rows with what the list shows next to them: scope zone, sign-in lock, live sessions. */
import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Role } from '../../shared/enums.js';
import type { UserStatus } from '../../shared/users.enums.js';
import type { SessionPolicy } from '../auth/sessions.js';

/** Every column but the password hash (and the unused pre-throttle lock columns): what the audit log may hold. */
export const USER_COLUMNS = [
  'u.id',
  'u.username',
  'u.display_name',
  'u.role',
  'u.scope_zone_id',
  'u.organisation',
  'u.email',
  'u.is_active',
  'u.must_change_password',
  'u.password_changed_at',
  'u.created_at',
  'u.updated_at',
] as const;

export type UserFilter = { q?: string; role?: Role; zonePath?: string; status?: UserStatus; limit?: number; offset?: number };

type Eb = ExpressionBuilder<Database & { u: Database['users'] }, 'u'>;

/** Sign-in throttle rows of the account's name that still lock it (the key is the lower-cased name). */
const lockRows = (eb: Eb, now: Date) =>
  eb
    .selectFrom('login_throttle as t')
    .where((e) => e('t.username_key', '=', e.fn<string>('lower', [e.ref('u.username')])))
    .where('t.locked_until', '>', now);

/** Sessions still in force under `policy`. */
const liveSessions = (eb: Eb, policy: SessionPolicy, now: Date) =>
  eb
    .selectFrom('sessions as s')
    .whereRef('s.user_id', '=', 'u.id')
    .where('s.expires_at', '>', now)
    .where('s.last_seen_at', '>', new Date(now.getTime() - policy.idleMinutes * 60_000))
    .where('s.created_at', '>', new Date(now.getTime() - policy.maxHours * 3_600_000));

function filtered(db: Kysely<Database>, filter: UserFilter, now: Date) {
  let query = db.selectFrom('users as u').leftJoin('zones as z', 'z.id', 'u.scope_zone_id');
  if (filter.q) {
    const q = filter.q.toLowerCase();
    query = query.where(({ or, eb }) =>
      or(['u.username', 'u.display_name', 'u.organisation'].map((column) => eb(sql`strpos(lower(coalesce(${sql.ref(column)}, '')), ${q})`, '>', 0))),
    );
  }
  if (filter.role) query = query.where('u.role', '=', filter.role);
  if (filter.zonePath) query = query.where('z.path', 'like', `${filter.zonePath}%`);
  if (filter.status === 'active') query = query.where('u.is_active', '=', true);
  if (filter.status === 'disabled') query = query.where('u.is_active', '=', false);
  if (filter.status === 'must_change') query = query.where('u.must_change_password', '=', true);
  if (filter.status === 'locked') query = query.where((eb) => eb.exists(lockRows(eb, now).select('t.ip')));
  return query;
}

function withDetails(db: Kysely<Database>, filter: UserFilter, policy: SessionPolicy, now: Date) {
  return filtered(db, filter, now)
    .select(USER_COLUMNS)
    .select(['z.name as zone_name'])
    .select((eb) => [
      lockRows(eb, now)
        .select((e) => e.fn.max('t.locked_until').as('m'))
        .as('locked_until'),
      liveSessions(eb, policy, now)
        .select((e) => e.fn.countAll<number>().as('n'))
        .as('session_count'),
      liveSessions(eb, policy, now)
        .select((e) => e.fn.max('s.last_seen_at').as('m'))
        .as('last_seen_at'),
    ]);
}

export type UserRow = Awaited<ReturnType<ReturnType<typeof withDetails>['executeTakeFirstOrThrow']>>;

export async function listUsers(db: Kysely<Database>, filter: UserFilter, policy: SessionPolicy): Promise<{ rows: UserRow[]; total: number }> {
  const now = new Date();
  const [rows, count] = await Promise.all([
    withDetails(db, filter, policy, now)
      .orderBy('u.id', 'desc')
      .limit(filter.limit ?? 20)
      .offset(filter.offset ?? 0)
      .execute(),
    filtered(db, filter, now)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export function findUser(db: Kysely<Database>, id: number, policy: SessionPolicy): Promise<UserRow | undefined> {
  return withDetails(db, {}, policy, new Date()).where('u.id', '=', id).executeTakeFirst();
}

/** The row as the audit log keeps it (never the password hash), locked for the change. */
export function lockUserForUpdate(db: Kysely<Database>, id: number) {
  return db.selectFrom('users as u').select(USER_COLUMNS).where('u.id', '=', id).forUpdate().executeTakeFirstOrThrow();
}

export function findUsernameTaken(db: Kysely<Database>, username: string) {
  return db
    .selectFrom('users')
    .select('id')
    .where((eb) => eb(eb.fn<string>('lower', [eb.ref('username')]), '=', username.toLowerCase()))
    .executeTakeFirst();
}
