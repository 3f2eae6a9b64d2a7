/**
 * The commit step of any import kind: every row of a previewed batch in one transaction or none,
 * only by the user who previewed it, only once, only within 24 hours, and only when no row has an
 * error. Run by the `imports.commit` job (commit-job.ts) on a batch the commit step moved to
 * `committing`: it reports progress and writes in chunks.
 *
 * The audit entries of the rows and the one entry for the import are chained in one step at the
 * end (withBulkAudit): the audit table lock, which every audited write in the system takes, is
 * held only for that step, not for the whole import.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { RequestContext } from '../../kernel/actor.js';
import { AppError, notFound, type FieldIssue } from '../../kernel/errors.js';
import { issueKey } from '../../shared/validation.messages.js';
import { withBulkAudit, writeAudit } from '../audit/audit.service.js';
import type { AnyImportKind } from './import-kind.js';
import { importKindOf } from './import-kinds.js';
import { findBatch, markCommitted, rowsAfter, type StoredRow } from './imports.repo.js';
import { issueKeyOf, rowPlace, toValidationIssue } from './row-issues.js';


/** Where the commit is: the step names a message of the commit job (commit-job.ts), localised when the job is shown. */
export type CommitProgress = { step: 'checking' | 'writing' | 'audit'; done: number; total: number };
export type CommitResult = { created: number; ids: number[] };

/** Rows written per step by default: progress is reported after each. */
export const COMMIT_CHUNK = 250;
const MAX_LISTED_ERRORS = 20;

type Checked = { row: StoredRow; body: Record<string, unknown> };


/** Rows stored with issues: the batch cannot be committed (the commit step refuses it, the job checks again); the first of them are listed. */
export async function refuseRowsWithErrors(trx: Transaction<Database>, kind: AnyImportKind, batchId: string, errorCount: number): Promise<never> {
  const listed = await rowsAfter(trx, batchId, -1, MAX_LISTED_ERRORS, { errorsOnly: true });
  const fields: FieldIssue[] = listed.flatMap(({ row }) =>
    row.issues.map((issue) => ({ path: issue.column, place: rowPlace(row), ...issueKeyOf(issue, kind.messages) })),
  );
  throw new AppError('VALIDATION_FAILED', {}, [{ path: 'importId', key: 'has_errors', params: { count: errorCount } }, ...fields]);
}

/**
 * Every stored body through the kind's API schema once more (the schema may have changed since
 * the preview, or the stored row been tampered with); refused as a whole when any fails.
 */
async function recheckedRows(trx: Transaction<Database>, kind: AnyImportKind, batchId: string): Promise<Checked[]> {
  const checked: Checked[] = [];
  const problems: FieldIssue[] = [];
  let failing = 0;
  for (let after = -1; ; ) {
    const page = await rowsAfter(trx, batchId, after, COMMIT_CHUNK);
    if (page.length === 0) break;
    after = page[page.length - 1]!.seq;
    for (const { row } of page) {
      const parsed = row.body && row.issues.length === 0 ? kind.schema.safeParse(row.body) : null;
      if (parsed?.success) {
        checked.push({ row, body: parsed.data });
        continue;
      }
      failing += 1;
      if (problems.length >= MAX_LISTED_ERRORS) continue;
      const issues = parsed ? parsed.error.issues : [];
      problems.push(
        ...(issues.length > 0
          ? issues.map((issue) => ({ ...issueKey(toValidationIssue(issue)), path: kind.fieldLabel(issue.path.map(String).join('.')), place: rowPlace(row) }))
          : [{ path: '', place: rowPlace(row), key: 'has_errors' as const, params: { count: 1 } }]),
      );
    }
  }
  if (failing > 0) throw new AppError('VALIDATION_FAILED', {}, [{ path: 'importId', key: 'has_errors', params: { count: failing } }, ...problems]);
  return checked;
}

/**
 * Commits the batch: the checks, then the rows in chunks of COMMIT_CHUNK with progress after
 * each, then the audit entries, all in one transaction. Anything failing rolls everything back
 * and the batch stays previewed.
 */
export async function commitBatch(
  db: Kysely<Database>,
  context: RequestContext,
  batchId: string,
  onProgress: (progress: CommitProgress) => void = () => {},
  { chunkSize = COMMIT_CHUNK }: { chunkSize?: number } = {},
): Promise<CommitResult> {
  const actor = context.actor;
  if (!actor) throw new AppError('UNAUTHENTICATED');
  return db.transaction().execute(async (trx) => {
    const batch = await findBatch(trx, actor.id, batchId, { forUpdate: true });
    if (!batch) throw notFound();
    const kind = importKindOf(batch.kind);
    // The commit step (transition-import-batch.ts) put the batch in `committing` and queued this.
    if (batch.status !== 'committing') throw new AppError('INVALID_TRANSITION', { from: batch.status, action: 'commit' });
    if (batch.is_expired) throw new AppError('INVALID_TRANSITION', { from: 'expired', action: 'commit' });
    if (!kind.mayImport(actor)) throw new AppError('FORBIDDEN');
    const total = batch.ok_count + batch.error_count;
    onProgress({ step: 'checking', done: 0, total });
    if (batch.error_count > 0) await refuseRowsWithErrors(trx, kind, batch.id, batch.error_count);
    const rows = await recheckedRows(trx, kind, batch.id);

    // The world may have moved since the preview: scope and names are checked again, under the transaction.
    const clashes = await kind.recheck(trx, context, rows);
    if (clashes.length > 0) throw new AppError('VALIDATION_FAILED', {}, clashes.slice(0, MAX_LISTED_ERRORS));

    const ids = await withBulkAudit(trx, async () => {
      const created: number[] = [];
      for (let start = 0; start < rows.length; start += chunkSize) {
        created.push(...(await kind.insertRows(trx, context, rows.slice(start, start + chunkSize).map((r) => r.body))));
        onProgress({ step: 'writing', done: created.length, total: rows.length });
      }
      onProgress({ step: 'audit', done: created.length, total: rows.length });
      await writeAudit(trx, context, {
        type: kind.importedEvent,
        entityId: null,
        after: {
          importId: batch.id,
          fileName: batch.file_name,
          fileSha256: batch.file_sha256,
          created: created.length,
          ids: created,
          sheets: batch.sheets.map((s) => ({ name: s.name, rows: s.rows, skipped: s.skipped })),
        },
      });
      return created;
    });
    await markCommitted(trx, batch.id, ids);
    return { created: ids.length, ids };
  });
}
