/**
 * 确认导入 as a job: the commit step (transition-import-batch.ts) moved the batch to `committing`
 * and queued this in the same transaction; the job writes every row or none (commitBatch) and ends
 * the batch's step itself: committed with the ids of the new records, or — any failure, nothing
 * having been written — previewed again with why, so the owner can fix the cause and commit again.
 * One attempt only: a retry would find the batch previewed, and the owner decides whether to retry.
 */
import { z } from 'zod';
import { AppError, storedError } from '../../kernel/errors.js';
import { defineJobKind } from '../../kernel/jobs.js';
import { commitBatch, type CommitProgress } from './commit-batch.js';
import { IMPORT_KINDS } from './import-kinds.js';
import { returnToPreviewed } from './imports.repo.js';
import { COMMIT_JOB_KIND } from './transition-import-batch.js';

export const commitImportJob = defineJobKind({
  name: COMMIT_JOB_KIND,
  label: { zh: '确认导入', en: 'Commit an import' },
  input: z.strictObject({ importId: z.uuid() }),
  messages: {
    checking: { zh: '正在校验 {total} 行', en: 'Checking {total} rows' },
    writing: { zh: '已写入 {done} / {total} 行', en: '{done} of {total} rows written' },
    audit: { zh: '正在写入审计记录', en: 'Writing the audit entries' },
    finished: { zh: '已导入 {created} 条记录', en: '{created} records imported' },
  },
  // Whoever may import some kind; the batch's own kind and owner are checked by commitBatch.
  mayStart: (actor) => IMPORT_KINDS.some((kind) => kind.mayImport(actor)),
  startedBy: 'feature',
  dedupeKey: (input) => input.importId,
  retry: { attempts: 1, initialDelayMs: 1_000, maxDelayMs: 1_000 },
  timeoutSeconds: 3600,
  // Cancelled before it ran, or its process died: nothing was written, the batch is previewed again.
  abandoned: (trx, { importId }) => returnToPreviewed(trx, importId, { code: 'IMPORT_COMMIT_ABANDONED', params: {}, fields: [] }),
  async run({ importId }, job) {
    // The rows are written in one transaction, and on PGlite that holds the only connection: a
    // progress report cannot be awaited inside it. Reports are sent as they come (they land as
    // the connection frees, on PostgreSQL at once) and the last one is awaited after.
    let pending: Promise<void> = Promise.resolve();
    const report = ({ step, done, total }: CommitProgress) => {
      pending = job.reportProgress(done, total, step, { done, total }).catch(() => {});
    };
    try {
      const { created, ids } = await commitBatch(job.db, job.context, importId, report);
      await pending;
      await job.reportProgress(created, created, 'finished', { created });
      return { created, ids };
    } catch (error) {
      await pending;
      await returnToPreviewed(job.db, importId, storedError(error));
      throw error;
    }
  },
});
