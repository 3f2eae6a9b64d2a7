/** Storage of import batches (migration 0004): parsed rows kept between preview and commit. */
import { sql, type ColumnType, type Kysely } from 'kysely';
import type { Database, ImportBatchesTable as DbImportBatchesTable } from '../../db/schema.js';
import type { CreateInnovationBody } from '../innovations/innovations.schema.js';
import type { RowCandidate, StoredIssue } from './innovation-rows.js';
import type { SheetSkipReason } from './read-workbook.js';

/** import_batches as stored (see db/schema.ts), with the jsonb columns' real shapes. */
export type ImportBatchesTable = Omit<DbImportBatchesTable, 'sheets' | 'rows'> & {
  /** jsonb: write with JSON.stringify */
  sheets: ColumnType<StoredSheet[], string, string>;
  rows: ColumnType<StoredRow[], string, string>;
};

export type StoredSheet = { name: string; rows: number; skipped: SheetSkipReason | null; title: string | null; ignoredRows: number[]; columns: { label: string; field: string | null }[] };
export type StoredRow = { sheet: string; rowNumber: number; body: CreateInnovationBody | null; candidate: RowCandidate; issues: StoredIssue[] };

/** import_batch_rows (migration 0009): a batch's rows, ROWS_PER_CHUNK at a time. */
type ImportBatchRowsTable = { batch_id: string; chunk: number; rows: ColumnType<StoredRow[], string, string> };

/** The database as this feature sees it: its own precise types for the batch tables, whatever schema.ts says of them. */
type ImportDatabase = Omit<Database, 'import_batches'> & { import_batches: ImportBatchesTable; import_batch_rows: ImportBatchRowsTable };

/** Small enough that no single jsonb value makes PGlite's memory balloon (see the migration). */
const ROWS_PER_CHUNK = 100;

/** The same connection or transaction, typed with the import table. */
export function importDb(db: Kysely<Database>): Kysely<ImportDatabase> {
  return db as unknown as Kysely<ImportDatabase>;
}

export const BATCH_TTL_HOURS = 24;

export type NewBatch = {
  id: string;
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
      kind: 'innovations',
      user_id: batch.userId,
      file_name: batch.fileName,
      file_sha256: batch.fileSha256,
      sheets: JSON.stringify(batch.sheets),
      rows: '[]',
      ok_count: batch.okCount,
      error_count: batch.errorCount,
      expires_at: sql<Date>`now() + make_interval(hours => ${BATCH_TTL_HOURS})` as unknown as Date,
    })
    .execute();
  for (let start = 0, chunk = 0; start < batch.rows.length; start += ROWS_PER_CHUNK, chunk += 1) {
    await importDb(db)
      .insertInto('import_batch_rows')
      .values({ batch_id: batch.id, chunk, rows: JSON.stringify(batch.rows.slice(start, start + ROWS_PER_CHUNK)) })
      .execute();
  }
}

/** Deletes batches older than their 24 hours, committed or not. */
export async function deleteExpiredBatches(db: Kysely<Database>): Promise<number> {
  const result = await importDb(db).deleteFrom('import_batches').where('expires_at', '<', sql<Date>`now()`).executeTakeFirst();
  return Number(result.numDeletedRows ?? 0);
}

/** The user's batch (someone else's is "not found"); `forUpdate` locks it for the commit. */
export async function findBatch(db: Kysely<Database>, userId: number, id: string, options: { forUpdate?: boolean } = {}) {
  let query = importDb(db)
    .selectFrom('import_batches')
    .selectAll()
    .select(sql<boolean>`expires_at < now()`.as('is_expired'))
    .where('id', '=', id)
    .where('user_id', '=', userId);
  if (options.forUpdate) query = query.forUpdate();
  const batch = await query.executeTakeFirst();
  if (!batch) return undefined;
  const chunks = await importDb(db).selectFrom('import_batch_rows').select('rows').where('batch_id', '=', id).orderBy('chunk').execute();
  // Batches written before migration 0009 keep their rows in import_batches.rows.
  return chunks.length ? { ...batch, rows: chunks.flatMap((chunk) => chunk.rows) } : batch;
}

export async function markCommitted(db: Kysely<Database>, id: string, ids: number[]): Promise<void> {
  await importDb(db).updateTable('import_batches').set({ status: 'committed', committed_at: sql<Date>`now()` as unknown as Date, created_ids: ids }).where('id', '=', id).execute();
}
