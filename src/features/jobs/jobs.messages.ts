/**
 * The jobs feature's own messages, zh-CN first: why a job stopped when no handler said so.
 * A job's error is stored as a code and parameters and localised when shown: any registered
 * code (an AppError a handler threw) or one of these.
 */
import type { Label, Lang } from '../../shared/enums.js';
import { defineEnumLabels, defineMessages, formatMessage, registeredMessages, type Catalog, type MessageKey } from '../../shared/messages.js';
import { JOB_STATUS_LABELS } from '../../shared/jobs.enums.js';
import { JOB_TRANSITION_LABELS } from './job-machine.js';

export const JOB_MESSAGES = defineMessages({
  interrupted: {
    zh: '服务在任务运行中停止，任务已用完重试次数。',
    en: 'The server stopped while the job ran, and the job has no attempts left.',
  },
  retry_pending: {
    zh: '上次尝试遇到暂时性故障（第 {attempt} 次），稍后自动重试。',
    en: 'Attempt {attempt} met a temporary failure; it will be retried shortly.',
  },
  failed_after_retries: {
    zh: '任务在 {attempts} 次尝试后仍失败，请稍后重新发起。',
    en: 'The job failed after {attempts} attempts; start it again later.',
  },
  unknown_kind: { zh: '此版本不再支持该类任务。', en: 'This version no longer runs jobs of this kind.' },
  cancel_requested: { zh: '正在取消…', en: 'Cancelling…' },
});
export type JobMessageKey = keyof typeof JOB_MESSAGES;

declare module '../../shared/messages.js' {
  interface MessageCatalog extends Catalog<typeof JOB_MESSAGES> {}
}

/** A job's states and steps as an INVALID_TRANSITION names them. */
defineEnumLabels('status', JOB_STATUS_LABELS);
defineEnumLabels('transition', JOB_TRANSITION_LABELS);

const fill = (text: string, params: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));

export function jobMessage(key: JobMessageKey, lang: Lang, params: Record<string, string | number> = {}): string {
  return formatMessage(key, lang, params);
}

/** A stored error code in `lang`: any registered message (enum parameters through their labels), else the generic one. */
export function localiseJobError(code: string, lang: Lang, params: Record<string, string | number> = {}): string {
  return registeredMessages().has(code) ? formatMessage(code as MessageKey, lang, params) : formatMessage('INTERNAL', lang);
}

/** A progress message of a kind in `lang`; a key the kind no longer has shows nothing. */
export function localiseProgress(messages: Record<string, Label> | undefined, key: string | null, lang: Lang, params: Record<string, string | number> | null): string | null {
  const label = key && messages && Object.hasOwn(messages, key) ? messages[key] : undefined;
  return label ? fill(label[lang], params ?? {}) : null;
}
