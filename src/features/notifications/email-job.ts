/**
 * 发送通知邮件 as a job: the mails of notifications stored with email_status 'pending', queued in
 * the transaction that stored them, so a notification acknowledged to the sender is mailed even
 * when the process stops meanwhile (the job survives the restart). Each mail is its own short
 * transaction: the row locked, the mail handed to the server, the row marked sent; a retry sends
 * only what is still pending, and two instances never send one mail twice. On the last attempt
 * the mails still unsent are marked failed, so the console can tell.
 */
import { z } from 'zod';
import { defineJobKind } from '../../kernel/jobs.js';
import { composeMail, sendMail } from './mailer.js';
import { lockPendingMail, setMailStatus } from './notifications.repo.js';

export const EMAIL_JOB_KIND = 'notifications.email';
export const EMAIL_BATCH_MAX = 1000;

export const emailNotificationsJob = defineJobKind({
  name: EMAIL_JOB_KIND,
  label: { zh: '发送通知邮件', en: 'Mail notifications' },
  input: z.strictObject({ notificationIds: z.array(z.number().int().positive()).min(1).max(EMAIL_BATCH_MAX) }),
  messages: {
    sending: { zh: '已发送 {done}/{total} 封通知邮件', en: 'Mailed {done} of {total} notifications' },
    finished: { zh: '通知邮件已发送 {sent} 封，退回 {rejected} 封', en: '{sent} notifications mailed, {rejected} refused by the server' },
  },
  // Anyone whose step notifies someone queues the mail with it; the kind is never started by hand.
  mayStart: () => true,
  startedBy: 'feature',
  retry: { attempts: 5, initialDelayMs: 30_000, maxDelayMs: 15 * 60_000 },
  timeoutSeconds: 600,
  async run(input, job) {
    const { db, config } = job;
    const ids = input.notificationIds;
    const total = ids.length;
    let sent = 0;
    let rejected = 0;
    // Mail switched off since the notifications were stored: they stay in the app only.
    if (!config.smtp) {
      await setMailStatus(db, ids, 'failed');
      return { sent, rejected: total };
    }
    const smtp = config.smtp;
    await job.reportProgress(0, total, 'sending', { done: 0, total });
    try {
      for (const [index, id] of ids.entries()) {
        await db.transaction().execute(async (trx) => {
          const [row] = await lockPendingMail(trx, [id]);
          if (!row) return; // sent by an earlier attempt, or being sent by another instance
          if (!row.email) return void (await setMailStatus(trx, [id], 'failed'));
          const outcome = await sendMail(smtp, row.email, composeMail({ to: row.email, name: row.display_name, kind: row.kind, params: row.params, link: row.link }, config.publicUrl));
          await setMailStatus(trx, [id], outcome === 'sent' ? 'sent' : 'failed');
          if (outcome === 'sent') sent++;
          else rejected++;
        });
        await job.reportProgress(index + 1, total, 'sending', { done: index + 1, total });
      }
    } catch (error) {
      if (job.attempt >= emailNotificationsJob.retry.attempts) await setMailStatus(db, ids, 'failed');
      throw error;
    }
    await job.reportProgress(total, total, 'finished', { sent, rejected });
    return { sent, rejected };
  },
});
