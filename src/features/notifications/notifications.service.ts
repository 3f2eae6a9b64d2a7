/**
 * Sending notifications, for any feature: `notify` stores one row per recipient in the caller's
 * transaction (so a notification exists exactly when the step that caused it committed) and, when
 * the installation mails (an SMTP server configured) and a recipient has an address, queues the
 * mail job in the same transaction. The caller wakes the queue after its commit.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Actor, RequestContext } from '../../kernel/actor.js';
import type { Config } from '../../kernel/config.js';
import type { JobQueue } from '../../kernel/jobs.js';
import type { MessageParams } from '../../shared/messages.js';
import type { NotificationKindName } from '../../shared/notifications.js';
import { EMAIL_BATCH_MAX, EMAIL_JOB_KIND } from './email-job.js';
import { insertNotifications, recipients } from './notifications.repo.js';

export type Notice = { kind: NotificationKindName; params: MessageParams; link: string | null };
/** How to mail: the job queue, and the person the mail job runs as (the one whose step notifies). */
export type Mailing = { queue: JobQueue; context: RequestContext & { actor: Actor }; mails: boolean };

/**
 * Notifies each of `userIds` (inactive accounts skipped) with `notice`, or with `noticeFor(id)`
 * when the text differs per person (a judge's own count). Returns how many were notified.
 */
export async function notify(trx: Kysely<Database>, userIds: readonly number[], notice: Notice | ((userId: number) => Notice), mailing: Mailing | null): Promise<number> {
  const people = await recipients(trx, userIds);
  const noticeFor = typeof notice === 'function' ? notice : () => notice;
  const rows = await insertNotifications(
    trx,
    people.map((person) => {
      const { kind, params, link } = noticeFor(person.id);
      return { userId: person.id, kind, params, link, emailStatus: mailing?.mails && person.email ? 'pending' : 'none' };
    }),
  );
  const pending = rows.filter((row) => row.email_status === 'pending').map((row) => row.id);
  for (let start = 0; start < pending.length; start += EMAIL_BATCH_MAX) {
    await mailing!.queue.enqueueIn(trx, mailing!.context, EMAIL_JOB_KIND, { notificationIds: pending.slice(start, start + EMAIL_BATCH_MAX) });
  }
  return rows.length;
}

/**
 * How a step taken in `context` mails what it notifies: through `queue`, as the person who took it
 * (for a public registration, the account it made), and only when the installation mails.
 */
export function mailingFor(queue: JobQueue, context: RequestContext, actor: Actor | null, config: Config): Mailing | null {
  const by = actor ?? context.actor;
  return by ? { queue, context: { ...context, actor: by }, mails: config.smtp !== null } : null;
}
