/** The notifications table: a person's own rows only (every read and write names the user). */
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database, NotificationEmailStatus, NotificationsTable } from '../../db/schema.js';

type Db = Kysely<Database>;
export type NotificationRow = Selectable<NotificationsTable>;

export type NewNotification = { userId: number; kind: string; params: Record<string, string | number>; link: string | null; emailStatus: NotificationEmailStatus };

export async function insertNotifications(db: Db, rows: readonly NewNotification[]): Promise<{ id: number; email_status: NotificationEmailStatus }[]> {
  if (rows.length === 0) return [];
  return db
    .insertInto('notifications')
    .values(rows.map((row) => ({ user_id: row.userId, kind: row.kind, params: JSON.stringify(row.params), link: row.link, email_status: row.emailStatus })))
    .returning(['id', 'email_status'])
    .execute();
}

/** Which of `userIds` are active accounts, with their e-mail address (null when none is recorded). */
export async function recipients(db: Db, userIds: readonly number[]): Promise<{ id: number; email: string | null }[]> {
  if (userIds.length === 0) return [];
  return db.selectFrom('users').select(['id', 'email']).where('id', 'in', [...new Set(userIds)]).where('is_active', '=', true).orderBy('id').execute();
}

export async function listOwnNotifications(db: Db, userId: number, options: { unreadOnly: boolean; limit: number; offset: number }) {
  let query = db.selectFrom('notifications').where('user_id', '=', userId);
  if (options.unreadOnly) query = query.where('read_at', 'is', null);
  const [rows, counts] = await Promise.all([
    query.selectAll().orderBy('id', 'desc').limit(options.limit).offset(options.offset).execute(),
    db
      .selectFrom('notifications')
      .where('user_id', '=', userId)
      .select([sql<number>`count(*)::int`.as('total'), sql<number>`(count(*) FILTER (WHERE read_at IS NULL))::int`.as('unread')])
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: options.unreadOnly ? counts.unread : counts.total, unread: counts.unread };
}

export async function countUnread(db: Db, userId: number): Promise<number> {
  const row = await db
    .selectFrom('notifications')
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .select(sql<number>`count(*)::int`.as('unread'))
    .executeTakeFirstOrThrow();
  return row.unread;
}

/** Marks one of the person's notifications read (already read: unchanged); undefined when it is not theirs. */
export async function markRead(db: Db, userId: number, id: number): Promise<NotificationRow | undefined> {
  const updated = await db
    .updateTable('notifications')
    .set({ read_at: sql`coalesce(read_at, now())` })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .returningAll()
    .executeTakeFirst();
  return updated;
}

export async function markAllRead(db: Db, userId: number): Promise<number> {
  const result = await db.updateTable('notifications').set({ read_at: sql`now()` }).where('user_id', '=', userId).where('read_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** The rows of `ids` still waiting for their mail, with the address, locked so two attempts never send one twice. */
export async function lockPendingMail(db: Db, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('notifications as n')
    .innerJoin('users as u', 'u.id', 'n.user_id')
    .select(['n.id', 'n.kind', 'n.params', 'n.link', 'u.email', 'u.display_name'])
    .where('n.id', 'in', [...ids])
    .where('n.email_status', '=', 'pending')
    .orderBy('n.id')
    .forUpdate('n')
    .skipLocked()
    .execute();
}

export async function setMailStatus(db: Db, ids: readonly number[], status: 'sent' | 'failed'): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('notifications')
    .set({ email_status: status, emailed_at: status === 'sent' ? sql`now()` : null })
    .where('id', 'in', [...ids])
    .where('email_status', '=', 'pending')
    .execute();
}
