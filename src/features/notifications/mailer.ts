/**
 * Mail for notifications, through nodemailer to the SMTP server the installation names
 * (YANZHEN_SMTP_URL). One transport per server address, kept while the process runs (it pools
 * nothing: a notification batch is small, and a fresh connection survives a restarted server).
 */
import nodemailer, { type Transporter } from 'nodemailer';
import type { SmtpConfig } from '../../kernel/config.js';
import { RetryableJobError } from '../../kernel/jobs.js';
import type { Lang } from '../../shared/enums.js';
import type { MessageParams } from '../../shared/messages.js';
import { renderNotification } from '../../shared/notifications.js';
import '../../shared/notification-catalog.js';

const transports = new Map<string, Transporter>();

function transportFor(smtp: SmtpConfig): Transporter {
  let transport = transports.get(smtp.url);
  if (!transport) {
    transport = nodemailer.createTransport(smtp.url, { from: smtp.from });
    transports.set(smtp.url, transport);
  }
  return transport;
}

export type Mail = { to: string; name: string; kind: string; params: MessageParams; link: string | null };

/**
 * The mail of one notification: the Chinese text first, then the English, since an account has no
 * language of its own (the office writes in Chinese; English is for the foreign-invested firms).
 */
export function composeMail(mail: Mail, publicUrl: string | null): { subject: string; text: string } {
  const parts = (['zh', 'en'] as const satisfies readonly Lang[]).map((lang) => ({ lang, ...renderNotification(mail.kind, mail.params, lang) }));
  const zh = parts[0]!;
  const en = parts[1]!;
  const link = mail.link ? (publicUrl ? new URL(mail.link, publicUrl).toString() : mail.link) : null;
  const lines = [`${mail.name}：`, '', zh.body.trim(), ...(link ? ['', `查看：${link}`] : []), '', '——', '', en.title, '', en.body.trim(), ...(link ? ['', `Open: ${link}`] : [])];
  return { subject: `${zh.title} | ${en.title}`, text: `${lines.join('\n')}\n` };
}

/**
 * Sends one mail. A refusal the server says may pass (4xx replies) and a connection that failed
 * are retried by the job; a permanent refusal (5xx: no such mailbox) is that mail's end.
 */
export async function sendMail(smtp: SmtpConfig, to: string, message: { subject: string; text: string }): Promise<'sent' | 'rejected'> {
  try {
    await transportFor(smtp).sendMail({ to, subject: message.subject, text: message.text });
    return 'sent';
  } catch (error) {
    const responseCode = (error as { responseCode?: unknown }).responseCode;
    if (typeof responseCode === 'number' && responseCode >= 500) return 'rejected';
    throw new RetryableJobError('the SMTP server did not take the mail', { cause: error });
  }
}
