/** A job row as its owner sees it: labels and messages in their language, abilities, no internals. */
import type { AnyJobKind } from '../../kernel/jobs.js';
import type { Lang } from '../../shared/enums.js';
import { canTransition } from './job-machine.js';
import { jobMessage, localiseJobError, localiseProgress } from './jobs.messages.js';
import type { JobRow } from './jobs.repo.js';
import type { JobDto } from './jobs.schema.js';

const iso = (value: Date | string) => new Date(value).toISOString();
const isoOrNull = (value: Date | string | null) => (value === null ? null : iso(value));

export function presentJob(row: JobRow, kinds: ReadonlyMap<string, AnyJobKind>, lang: Lang): JobDto {
  const kind = kinds.get(row.kind);
  const status = row.status;
  const stopping = status === 'running' && row.cancel_requested;
  return {
    id: row.id,
    kind: row.kind,
    kindLabel: kind?.label[lang] ?? row.kind,
    status,
    done: row.done,
    total: row.total,
    message: stopping ? jobMessage('cancel_requested', lang) : localiseProgress(kind?.messages, row.message_key, lang, row.message_params),
    result: status === 'succeeded' ? (row.result ?? null) : null,
    error: row.error_code ? { code: row.error_code, message: localiseJobError(row.error_code, lang, row.error_params ?? {}) } : null,
    attempts: row.attempts,
    maxAttempts: row.max_attempts,
    cancelRequested: row.cancel_requested,
    nextAttemptAt: status === 'queued' && row.attempts > 0 ? iso(row.run_after) : null,
    createdAt: iso(row.created_at),
    startedAt: isoOrNull(row.started_at),
    finishedAt: isoOrNull(row.finished_at),
    updatedAt: iso(row.updated_at),
    abilities: { cancel: canTransition(status, 'cancel') && !row.cancel_requested },
  };
}
