/**
 * Storage of import batches (migrations 0004, 0011): a batch's summary in import_batches, its
 * checked rows one per row in import_batch_rows, kept between preview and commit.
 */
import { sql, type ColumnType, type Kysely } from 'kysely';
import { pageWithTotal } from '../../db/page-with-total.js';
import type { CommitError, Database, ImportBatchesTable as DbImportBatchesTable } from '../../db/schema.js';
import type { SheetSkipReason } from './read-workbook.js';
import type { StoredIssue } from './row-issues.js';

/** import_batches as stored (see db/schema.ts), with the jsonb column's real shape. */
export type ImportBatchesTable = Omit<DbImportBatchesTable, 'sheets'> & {
  /** jsonb: write with JSON.stringify */
  sheets: ColumnType<StoredSheet[], string, string>;
};

export type StoredSheet = { name: string; rows: number; skipped: SheetSkipReason | null; title: string | null; ignoredRows: number[]; columns: { label: string; field: string | null }[] };
/** One checked row: `body` is what the API schema gave back (null when the row has issues), `candidate` what was read. */
export type StoredRow = { sheet: string; rowNumber: number; body: Record<string, unknown> | null; candidate: Record<string, unknown>; issues: StoredIssue[] };

/** import_batch_rows (migration 0011): one spreadsheet row per table row, in file order (`seq`). */
type ImportBatchRowsTable = { batch_id: string; seq: number; sheet: string; has_errors: boolean; row: ColumnType<StoredRow, string, string> };

/** The database as this feature sees it: its own precise types for the batch tables, whatever schema.ts says of them. */
type ImportDatabase = Omit<Database, 'import_batches'> & { import_batches: ImportBatchesTable; import_batch_rows: ImportBatchRowsTable };

/** Rows per INSERT: 5 parameters each, and a statement of a few hundred kB at most. */
const ROWS_PER_INSERT = 100;

/** The same connection or transaction, typed with the import tables. */
export function importDb(db: Kysely<Database>): Kysely<ImportDatabase> {
  return db as unknown as Kysely<ImportDatabase>;
}

export const BATCH_TTL_HOURS = 24;

export type NewBatch = {
  id: string;
  kind: string;
  userId: number;
  fileName: string;
  fileSha256: string;
  sheets: StoredSheet[];
  rows: StoredRow[];
  okCount: number;
  errorCount: number;
};

export async function insertBatch(db: Kysely<Database>, batch: NewBatch): Promise<void> {
  await importDb(db)
    .insertInto('import_batches')
    .values({
      id: batch.id,
      kind: batch.kind,
      user_id: batch.userId,
      file_name: batch.fileName,
      file_sha256: batch.fileSha256,
      sheets: JSON.stringify(batch.sheets),
      ok_count: batch.okCount,
      error_count: batch.errorCount,
      expires_at: sql<Date>`now() + make_interval(hours => ${BATCH_TTL_HOURS})` as unknown as Date,
    })
    .execute();
  for (let start = 0; start < batch.rows.length; start += ROWS_PER_INSERT) {
    const values = batch.rows.slice(start, start + ROWS_PER_INSERT).map((row, i) => ({
      batch_id: batch.id,
      seq: start + i,
      sheet: row.sheet,
      has_errors: row.issues.length > 0,
      row: JSON.stringify(row),
    }));
    await importDb(db).insertInto('import_batch_rows').values(values).execute();
  }
}

/** Deletes batches older than their 24 hours, committed or not. */
export async function deleteExpiredBatches(db: Kysely<Database>): Promise<number> {
  const result = await importDb(db).deleteFrom('import_batches').where('expires_at', '<', sql<Date>`now()`).executeTakeFirst();
  return Number(result.numDeletedRows ?? 0);
}

/** The user's batch without its rows (someone else's is "not found"); `forUpdate` locks it for the commit. */
export async function findBatch(db: Kysely<Database>, userId: number, id: string, options: { forUpdate?: boolean } = {}) {
  let query = importDb(db)
    .selectFrom('import_batches')
    .selectAll()
    .select(sql<boolean>`expires_at < now()`.as('is_expired'))
    .where('id', '=', id)
    .where('user_id', '=', userId);
  if (options.forUpdate) query = query.forUpdate();
  return query.executeTakeFirst();
}

export type BatchRow = { seq: number; row: StoredRow };

/** Rows of the batch in file order, `pageSize` after `afterSeq`: how the commit walks a batch. */
export async function rowsAfter(db: Kysely<Database>, id: string, afterSeq: number, pageSize: number, options: { errorsOnly?: boolean } = {}): Promise<BatchRow[]> {
  let query = importDb(db).selectFrom('import_batch_rows').select(['seq', 'row']).where('batch_id', '=', id).where('seq', '>', afterSeq);
  if (options.errorsOnly) query = query.where('has_errors', '=', true);
  return query.orderBy('seq').limit(pageSize).execute();
}

export type RowFilter = { sheet?: string; status?: 'ok' | 'error' };

/** One page of the batch's rows, with the number of rows the filter keeps. */
export async function rowsPage(db: Kysely<Database>, id: string, filter: RowFilter, page: { page: number; pageSize: number }): Promise<{ rows: StoredRow[]; total: number }> {
  let query = importDb(db).selectFrom('import_batch_rows').where('batch_id', '=', id);
  if (filter.sheet !== undefined) query = query.where('sheet', '=', filter.sheet);
  if (filter.status) query = query.where('has_errors', '=', filter.status === 'error');
  const { rows, total } = await pageWithTotal(query, (q) => q.select('row').orderBy('seq'), { limit: page.pageSize, offset: (page.page - 1) * page.pageSize });
  return { rows: rows.map((r) => r.row), total };
}

/** Rows with errors per sheet, and per column (a row counts once per column however many issues it has there). */
export async function errorCounts(db: Kysely<Database>, id: string) {
  const [bySheet, byColumn] = await Promise.all([
    importDb(db)
      .selectFrom('import_batch_rows')
      .select(['sheet', (eb) => eb.fn.countAll<number>().as('n')])
      .where('batch_id', '=', id)
      .where('has_errors', '=', true)
      .groupBy('sheet')
      .execute(),
    sql<{ sheet: string; column: string; n: number }>`
      SELECT r.sheet, issue.value ->> 'column' AS "column", count(DISTINCT r.seq)::int AS n
      FROM import_batch_rows r CROSS JOIN LATERAL jsonb_array_elements(r."row" -> 'issues') AS issue (value)
      WHERE r.batch_id = ${id} AND r.has_errors
      GROUP BY r.sheet, issue.value ->> 'column'
      ORDER BY n DESC, "column"`.execute(db),
  ]);
  return { bySheet: new Map(bySheet.map((r) => [r.sheet, Number(r.n)])), byColumn: byColumn.rows.map((r) => ({ ...r, n: Number(r.n) })) };
}

export async function markCommitted(db: Kysely<Database>, id: string, ids: number[]): Promise<void> {
  await importDb(db)
    .updateTable('import_batches')
    .set({ status: 'committed', committed_at: sql<Date>`now()` as unknown as Date, created_ids: ids, commit_error: null })
    .where('id', '=', id)
    .where('status', '=', 'committing')
    .execute();
}

/** The commit job failed: the batch is previewed again (nothing was written), with why. */
export async function returnToPreviewed(db: Kysely<Database>, id: string, error: CommitError): Promise<void> {
  await importDb(db).updateTable('import_batches').set({ status: 'previewed', commit_error: JSON.stringify(error) }).where('id', '=', id).where('status', '=', 'committing').execute();
}
