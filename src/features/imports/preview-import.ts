/**
 * The preview step of any import kind: read every sheet, map each row with the kind's columns,
 * check it against the database (scope, duplicates) and with the kind's API schema, and store the
 * batch server-side. Nothing of the kind's own data is written.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { RequestContext } from '../../kernel/actor.js';
import { AppError } from '../../kernel/errors.js';
import type { Lang } from '../../shared/enums.js';
import type { AnyImportKind } from './import-kind.js';
import type { MessageParams } from '../../shared/messages.js';
import { importKey, importMessage, type ImportMessageKey, type ImportMessages } from './imports.messages.js';
import { deleteExpiredBatches, insertBatch, type StoredRow, type StoredSheet } from './imports.repo.js';
import { readWorkbook, WorkbookError, type WorkbookRead } from './read-workbook.js';
import { validateRow } from './row-issues.js';

export function fileProblem(key: ImportMessageKey, params: MessageParams = {}, own: ImportMessages = {}): AppError {
  return new AppError('VALIDATION_FAILED', {}, [{ path: 'file', key: importKey(key, own), params }]);
}

/** The actor may import this kind, or the request ends with 401/403. */
export function assertMayImport(kind: AnyImportKind, context: RequestContext): void {
  if (!context.actor) throw new AppError('UNAUTHENTICATED');
  if (!kind.mayImport(context.actor)) throw new AppError('FORBIDDEN');
}

async function read(kind: AnyImportKind, buffer: Buffer): Promise<WorkbookRead> {
  try {
    return await readWorkbook(buffer, kind.reader);
  } catch (error) {
    if (!(error instanceof WorkbookError)) throw error;
    if (error.reason === 'too_large') throw new AppError('PAYLOAD_TOO_LARGE', error.params);
    throw fileProblem(error.reason, error.params, kind.messages);
  }
}

async function checkRows(db: Kysely<Database>, context: RequestContext, kind: AnyImportKind, workbook: WorkbookRead, options: PreviewOptions): Promise<StoredRow[]> {
  const checker = await kind.rowChecker(db, context, { ...options, workbook });
  const mappers = new Map(workbook.sheets.filter((s) => !s.skipped).map((sheet) => [sheet.name, checker.mapperFor(sheet)]));
  const mapped = workbook.rows.map((row) => mappers.get(row.sheet)!(row));
  await checker.check(mapped);
  return mapped.map((row) => {
    const body = validateRow(kind, row);
    return { sheet: row.sheet, rowNumber: row.rowNumber, body: row.issues.length === 0 ? body : null, candidate: row.candidate, issues: row.issues };
  });
}

export type PreviewInput = { buffer: Buffer; fileName: string };
/** What the upload form says of the whole file (see PreviewImportQuery). */
export type PreviewOptions = { source?: string; batch?: number };

/** Reads, checks and stores an uploaded workbook; returns the stored batch's id. */
export async function previewImport(db: Kysely<Database>, context: RequestContext, kind: AnyImportKind, file: PreviewInput, lang: Lang, options: PreviewOptions = {}): Promise<string> {
  assertMayImport(kind, context);
  const workbook = await read(kind, file.buffer);
  const sheets: StoredSheet[] = workbook.sheets.map((sheet) => ({
    name: sheet.name,
    rows: sheet.rows,
    skipped: sheet.skipped,
    title: sheet.title,
    ignoredRows: sheet.ignoredRows,
    columns: sheet.columns.map((column) => ({ label: column.label, field: column.field })),
  }));
  if (sheets.every((sheet) => sheet.skipped)) {
    const list = sheets
      .map((sheet) => `「${sheet.name}」${importMessage(sheet.skipped === 'hidden' ? 'sheet_hidden' : 'sheet_no_header', lang, {}, kind.messages)}`)
      .join('；');
    throw fileProblem('no_sheet', { sheets: list }, kind.messages);
  }
  const rows = await checkRows(db, context, kind, workbook, options);
  const errorCount = rows.filter((row) => row.issues.length > 0).length;
  const id = randomUUID();
  await deleteExpiredBatches(db);
  await insertBatch(db, {
    id,
    kind: kind.kind,
    userId: context.actor!.id,
    fileName: file.fileName.slice(0, 255),
    fileSha256: createHash('sha256').update(file.buffer).digest('hex'),
    sheets,
    rows,
    okCount: rows.length - errorCount,
    errorCount,
  });
  return id;
}
