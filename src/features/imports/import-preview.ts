/**
 * A stored batch in the caller's language: the summary (counts, skipped sheets, rows with errors
 * per sheet and per column) with the first page of rows, and the rows by page. The answer never
 * carries a whole large file: a 5,000-row preview used to be tens of MB of JSON.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { RequestContext } from '../../kernel/actor.js';
import { localiseError, notFound } from '../../kernel/errors.js';
import type { Lang } from '../../shared/enums.js';
import type { ImportBatchStatus } from '../../shared/imports.enums.js';
import type { AnyImportKind } from './import-kind.js';
import { importKindOf } from './import-kinds.js';
import { importMessage } from './imports.messages.js';
import { errorCounts, findBatch, rowsPage, type RowFilter, type StoredRow } from './imports.repo.js';
import { issueMessage } from './row-issues.js';

export const FIRST_PAGE_SIZE = 50;

export type PreviewRowDto = {
  sheet: string;
  rowNumber: number;
  status: 'ok' | 'error';
  errors: { column: string; field: string; cell: string | null; message: string }[];
  data: Record<string, unknown>;
};

export type RowsPageDto = { items: PreviewRowDto[]; total: number; page: number; pageSize: number };

export type PreviewDto = {
  importId: string;
  kind: string;
  fileName: string;
  status: ImportBatchStatus;
  commitJobId: number | null;
  commitError: { code: string; message: string; fields: { path: string; message: string }[] } | null;
  createdIds: number[];
  expiresAt: string;
  sheets: {
    name: string;
    rows: number;
    skipped?: string;
    title: string | null;
    ignoredRows: number[];
    columns: { label: string; field: string | null }[];
    errorRows: number;
    errorColumns: { column: string; rows: number }[];
  }[];
  okCount: number;
  errorCount: number;
  /** The first FIRST_PAGE_SIZE rows of the file (of okCount + errorCount); the others come by page from GET /api/imports/:id/rows. */
  rows: PreviewRowDto[];
};

function presentRow(row: StoredRow, kind: AnyImportKind, lang: Lang): PreviewRowDto {
  return {
    sheet: row.sheet,
    rowNumber: row.rowNumber,
    status: row.issues.length > 0 ? 'error' : 'ok',
    errors: row.issues.map((issue) => ({ column: issue.column, field: issue.field, cell: issue.cell, message: issueMessage(issue, lang, kind.messages) })),
    data: { ...row.candidate, ...(row.body ?? {}) },
  };
}

/** The actor's own batch (another user's is "not found", like one that does not exist). */
async function ownBatch(db: Kysely<Database>, context: RequestContext, id: string) {
  const batch = context.actor ? await findBatch(db, context.actor.id, id) : undefined;
  if (!batch || batch.is_expired) throw notFound();
  return batch;
}

export type RowsQuery = RowFilter & { page: number; pageSize: number };

async function pageOf(db: Kysely<Database>, id: string, kind: AnyImportKind, query: RowsQuery, lang: Lang): Promise<RowsPageDto> {
  const { rows, total } = await rowsPage(db, id, { sheet: query.sheet, status: query.status }, query);
  return { items: rows.map((row) => presentRow(row, kind, lang)), total, page: query.page, pageSize: query.pageSize };
}

export async function getPreview(db: Kysely<Database>, context: RequestContext, id: string, lang: Lang): Promise<PreviewDto> {
  const batch = await ownBatch(db, context, id);
  const kind = importKindOf(batch.kind);
  const [counts, rows] = await Promise.all([errorCounts(db, id), pageOf(db, id, kind, { page: 1, pageSize: FIRST_PAGE_SIZE }, lang)]);
  return {
    importId: batch.id,
    kind: batch.kind,
    fileName: batch.file_name,
    status: batch.status,
    commitJobId: batch.commit_job_id,
    commitError: batch.commit_error && { fields: [], ...localiseError(batch.commit_error, lang) },
    createdIds: batch.created_ids,
    expiresAt: new Date(batch.expires_at).toISOString(),
    sheets: batch.sheets.map((sheet) => ({
      name: sheet.name,
      rows: sheet.rows,
      ...(sheet.skipped ? { skipped: importMessage(sheet.skipped === 'hidden' ? 'sheet_hidden' : 'sheet_no_header', lang, {}, kind.messages) } : {}),
      title: sheet.title,
      ignoredRows: sheet.ignoredRows,
      columns: sheet.columns,
      errorRows: counts.bySheet.get(sheet.name) ?? 0,
      errorColumns: counts.byColumn.filter((c) => c.sheet === sheet.name).map((c) => ({ column: c.column, rows: c.n })),
    })),
    okCount: batch.ok_count,
    errorCount: batch.error_count,
    rows: rows.items,
  };
}

export async function getPreviewRows(db: Kysely<Database>, context: RequestContext, id: string, query: RowsQuery, lang: Lang): Promise<RowsPageDto> {
  const batch = await ownBatch(db, context, id);
  return pageOf(db, id, importKindOf(batch.kind), query, lang);
}
