/**
 * Excel import of innovations in two steps. Preview: read every sheet, check every row with
 * the API's own schema, the actor's right to write each row's zone and duplicate names, and
 * keep the result server-side. Commit: all rows in one transaction or none, only by the user
 * who previewed, only once, only within 24 hours, and only when no row has an error.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { RequestContext } from '../../kernel/actor.js';
import { AppError, notFound, type FieldIssue } from '../../kernel/errors.js';
import type { Lang } from '../../shared/enums.js';
import { localiseIssue } from '../../shared/validation-messages.js';
import { writeAudit } from '../audit/audit.service.js';
import { assertCanCreateIn, insertInnovation } from '../innovations/innovations.service.js';
import { CreateInnovationSchema } from '../innovations/innovations.schema.js';
import { listZones, type ZoneRow } from '../zones/zones.repo.js';
import { compact } from './cell-values.js';
import { acceptsInnovationColumns, matchInnovationHeader } from './innovation-columns.js';
import { fieldLabel, rowMapper, toValidationIssue, validateRow, type MappedRow, type StoredIssue } from './innovation-rows.js';
import { importMessage, type ImportMessageKey } from './import-messages.js';
import { zoneResolver } from './import-zones.js';
import { deleteExpiredBatches, findBatch, insertBatch, markCommitted, type StoredRow, type StoredSheet } from './imports.repo.js';
import { readWorkbook, WorkbookError, type WorkbookRead } from './read-workbook.js';

const WRITER_ROLES = ['province_admin', 'zone_staff'];

/** The name as compared for duplicates: half-width, no spaces, case-folded. */
export function nameKey(name: string): string {
  return compact(name).toLowerCase();
}

function fileProblem(key: ImportMessageKey, lang: Lang, params: Record<string, string | number> = {}): AppError {
  return new AppError('VALIDATION_FAILED', {}, [{ path: 'file', message: importMessage(key, lang, params) }]);
}

async function read(buffer: Buffer, lang: Lang): Promise<WorkbookRead> {
  try {
    return await readWorkbook(buffer, { matchHeader: matchInnovationHeader, acceptsColumns: acceptsInnovationColumns });
  } catch (error) {
    if (!(error instanceof WorkbookError)) throw error;
    if (error.reason === 'too_large') throw new AppError('PAYLOAD_TOO_LARGE', error.params);
    throw fileProblem(error.reason, lang, error.params);
  }
}

/** May the actor create in the zone? Checked once per zone with the same rule as the form. */
function zonePermission(db: Kysely<Database>, context: RequestContext) {
  const cache = new Map<number, Promise<boolean>>();
  return (zoneId: number) => {
    if (!cache.has(zoneId)) {
      cache.set(
        zoneId,
        assertCanCreateIn(db, context, zoneId).then(
          () => true,
          (error: unknown) => {
            if (error instanceof AppError) return false;
            throw error;
          },
        ),
      );
    }
    return cache.get(zoneId)!;
  };
}

/** Existing innovation names per zone, for the duplicate check. */
async function existingNames(db: Kysely<Database>, zoneIds: number[]): Promise<Map<string, number>> {
  if (zoneIds.length === 0) return new Map();
  const rows = await db.selectFrom('innovations').select(['id', 'zone_id', 'name']).where('zone_id', 'in', zoneIds).execute();
  return new Map(rows.map((row) => [`${row.zone_id}|${nameKey(row.name)}`, row.id]));
}

function importIssue(mapped: MappedRow, field: string, key: ImportMessageKey, params: Record<string, string | number>): StoredIssue {
  const location = mapped.locations[field] ?? { column: field, field, cell: null };
  return { ...location, field, kind: 'import', key, params };
}

/** Checks every row; the result is what gets stored and shown. */
async function checkRows(db: Kysely<Database>, context: RequestContext, read: WorkbookRead, zones: ZoneRow[]): Promise<StoredRow[]> {
  const resolve = zoneResolver(zones);
  const mappers = new Map(read.sheets.filter((s) => !s.skipped).map((sheet) => [sheet.name, rowMapper(sheet, resolve)]));
  const mayCreate = zonePermission(db, context);
  const mapped = read.rows.map((row) => mappers.get(row.sheet)!(row));

  for (const row of mapped) {
    if (row.zone && !(await mayCreate(row.zone.id))) {
      row.issues.push(importIssue(row, 'zoneId', 'zone_forbidden', { zone: row.zone.name }));
      row.zone = null; // no duplicate check in a zone the actor may not write
    }
  }
  const bodies = mapped.map((row) => validateRow(row));

  const zoneIds = [...new Set(mapped.flatMap((row) => (row.zone ? [row.zone.id] : [])))];
  const existing = await existingNames(db, zoneIds);
  const seen = new Map<string, MappedRow>();
  mapped.forEach((row, i) => {
    const name = row.candidate.name;
    if (!row.zone || !name) return;
    const key = `${row.zone.id}|${nameKey(name)}`;
    const existingId = existing.get(key);
    const earlier = seen.get(key);
    if (existingId !== undefined) row.issues.push(importIssue(row, 'name', 'duplicate_existing', { zone: row.zone.short_name, id: existingId }));
    else if (earlier) row.issues.push(importIssue(row, 'name', 'duplicate_in_file', { sheet: earlier.sheet, row: earlier.rowNumber }));
    else seen.set(key, row);
    if (row.issues.length > 0) bodies[i] = null;
  });

  return mapped.map((row, i) => ({
    sheet: row.sheet,
    rowNumber: row.rowNumber,
    body: row.issues.length === 0 ? bodies[i]! : null,
    candidate: row.candidate,
    issues: row.issues,
  }));
}

export type PreviewInput = { buffer: Buffer; fileName: string };

/** Reads, checks and stores an uploaded workbook; returns the stored batch's id. */
export async function previewInnovationImport(db: Kysely<Database>, context: RequestContext, file: PreviewInput, lang: Lang): Promise<string> {
  const actor = context.actor;
  if (!actor) throw new AppError('UNAUTHENTICATED');
  if (!WRITER_ROLES.includes(actor.role)) throw new AppError('FORBIDDEN');
  const workbook = await read(file.buffer, lang);
  const sheets: StoredSheet[] = workbook.sheets.map((sheet) => ({
    name: sheet.name,
    rows: sheet.rows,
    skipped: sheet.skipped,
    title: sheet.title,
    ignoredRows: sheet.ignoredRows,
    columns: sheet.columns.map((column) => ({ label: column.label, field: column.field })),
  }));
  if (sheets.every((sheet) => sheet.skipped)) {
    const list = sheets.map((sheet) => `「${sheet.name}」${importMessage(sheet.skipped === 'hidden' ? 'sheet_hidden' : 'sheet_no_header', lang)}`).join('；');
    throw fileProblem('no_sheet', lang, { sheets: list });
  }
  const rows = await checkRows(db, context, workbook, await listZones(db));
  const errorCount = rows.filter((row) => row.issues.length > 0).length;
  const id = randomUUID();
  await deleteExpiredBatches(db);
  await insertBatch(db, {
    id,
    userId: actor.id,
    fileName: file.fileName.slice(0, 255),
    fileSha256: createHash('sha256').update(file.buffer).digest('hex'),
    sheets,
    rows,
    okCount: rows.length - errorCount,
    errorCount,
  });
  return id;
}

export type PreviewRowDto = {
  sheet: string;
  rowNumber: number;
  status: 'ok' | 'error';
  errors: { column: string; field: string; cell: string | null; message: string }[];
  data: Record<string, unknown>;
};

export type PreviewDto = {
  importId: string;
  fileName: string;
  status: 'previewed' | 'committed';
  expiresAt: string;
  sheets: { name: string; rows: number; skipped?: string; title: string | null; ignoredRows: number[]; columns: { label: string; field: string | null }[] }[];
  rows: PreviewRowDto[];
  okCount: number;
  errorCount: number;
};

export function issueMessage(issue: StoredIssue, lang: Lang): string {
  return issue.kind === 'import' ? importMessage(issue.key, lang, issue.params) : localiseIssue(issue.issue, lang).message;
}

/** The stored batch in the caller's language. */
export async function getPreview(db: Kysely<Database>, context: RequestContext, id: string, lang: Lang): Promise<PreviewDto> {
  const batch = context.actor ? await findBatch(db, context.actor.id, id) : undefined;
  if (!batch || batch.is_expired) throw notFound();
  return {
    importId: batch.id,
    fileName: batch.file_name,
    status: batch.status as PreviewDto['status'],
    expiresAt: new Date(batch.expires_at).toISOString(),
    sheets: batch.sheets.map((sheet) => ({
      name: sheet.name,
      rows: sheet.rows,
      ...(sheet.skipped ? { skipped: importMessage(sheet.skipped === 'hidden' ? 'sheet_hidden' : 'sheet_no_header', lang) } : {}),
      title: sheet.title,
      ignoredRows: sheet.ignoredRows,
      columns: sheet.columns,
    })),
    rows: batch.rows.map((row) => ({
      sheet: row.sheet,
      rowNumber: row.rowNumber,
      status: row.issues.length > 0 ? 'error' : 'ok',
      errors: row.issues.map((issue) => ({ column: issue.column, field: issue.field, cell: issue.cell, message: issueMessage(issue, lang) })),
      data: { ...row.candidate, ...(row.body ?? {}) },
    })),
    okCount: batch.ok_count,
    errorCount: batch.error_count,
  };
}

const MAX_LISTED_ERRORS = 20;

/**
 * Creates every row of the batch in one transaction, with one 'innovation.imported' entry on
 * top of each row's own audit entry. Anything failing rolls everything back.
 */
export async function commitInnovationImport(db: Kysely<Database>, context: RequestContext, id: string, lang: Lang): Promise<{ created: number; ids: number[] }> {
  const actor = context.actor;
  if (!actor) throw new AppError('UNAUTHENTICATED');
  return db.transaction().execute(async (trx) => {
    const batch = await findBatch(trx, actor.id, id, { forUpdate: true });
    if (!batch) throw notFound();
    const refuse = (status: ImportMessageKey) =>
      new AppError('INVALID_TRANSITION', { from: importMessage(status, lang), action: importMessage('action_commit', lang) });
    if (batch.status === 'committed') throw refuse('status_committed');
    if (batch.is_expired) throw refuse('status_expired');
    // The stored bodies go through the schema once more: the schema may have changed since the preview.
    const checked = batch.rows.map((row) => ({ row, parsed: row.body ? CreateInnovationSchema.body.safeParse(row.body) : null }));
    const failing = checked.filter(({ row, parsed }) => row.issues.length > 0 || !parsed?.success);
    if (failing.length > 0) {
      const fields: FieldIssue[] = failing.slice(0, MAX_LISTED_ERRORS).flatMap(({ row, parsed }) => {
        const prefix = importMessage('row_prefix', lang, { sheet: row.sheet, row: row.rowNumber });
        if (row.issues.length > 0) return row.issues.map((issue) => ({ path: `${prefix} ${issue.column}`, message: issueMessage(issue, lang) }));
        const issues = parsed && !parsed.success ? parsed.error.issues : [];
        return issues.map((issue) => ({ path: `${prefix} ${fieldLabel(issue.path.map(String).join('.'))}`, message: localiseIssue(toValidationIssue(issue), lang).message }));
      });
      throw new AppError('VALIDATION_FAILED', {}, [{ path: 'importId', message: importMessage('has_errors', lang, { count: failing.length }) }, ...fields]);
    }

    // The world may have moved since the preview: scope and names are checked again, under the transaction.
    const bodies = checked.map(({ parsed }) => parsed!.data!);
    const zoneIds = [...new Set(bodies.map((body) => body.zoneId))];
    for (const zoneId of zoneIds) await assertCanCreateIn(trx, context, zoneId);
    const existing = await existingNames(trx, zoneIds);
    const clashes: FieldIssue[] = [];
    for (const [i, row] of batch.rows.entries()) {
      const existingId = existing.get(`${bodies[i]!.zoneId}|${nameKey(bodies[i]!.name)}`);
      if (existingId !== undefined) {
        clashes.push({
          path: importMessage('row_prefix', lang, { sheet: row.sheet, row: row.rowNumber }),
          message: importMessage('duplicate_existing', lang, { zone: row.candidate.zoneName ?? '', id: existingId }),
        });
      }
    }
    if (clashes.length > 0) throw new AppError('VALIDATION_FAILED', {}, clashes.slice(0, MAX_LISTED_ERRORS));

    const ids: number[] = [];
    for (const body of bodies) ids.push(await insertInnovation(trx, context, body));
    await writeAudit(trx, context, {
      type: 'innovation.imported',
      entityId: null,
      after: { importId: batch.id, fileName: batch.file_name, fileSha256: batch.file_sha256, created: ids.length, ids, sheets: batch.sheets.map((s) => ({ name: s.name, rows: s.rows, skipped: s.skipped })) },
    });
    await markCommitted(trx, batch.id, ids);
    return { created: ids.length, ids };
  });
}
