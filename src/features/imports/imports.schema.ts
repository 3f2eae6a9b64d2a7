import { IMPORT_BATCH_STATUSES } from '../../shared/imports.enums.js';
import { z } from 'zod';
import { LIMITS } from '../../shared/limits.js';
import { idText, pageQuery, plainText } from '../../shared/schemas.js';

export { XLSX_TYPE } from '../files/spreadsheet-cells.js';

export const ImportIdParam = z.strictObject({ importId: z.uuid() });

const RowError = z.object({
  /** The column as the file names it ('成效/数值'), or the field's usual name when the file has no such column. */
  column: z.string(),
  /** The API field ('name', 'effects.0.value'). */
  field: z.string(),
  /** The cell ('C5'), when there is one. */
  cell: z.string().nullable(),
  message: z.string(),
});

const PreviewRow = z.object({
  sheet: z.string(),
  rowNumber: z.number(),
  status: z.enum(['ok', 'error']),
  errors: z.array(RowError),
  /** The record as it will be created (zoneName for display). */
  data: z.record(z.string(), z.unknown()),
});

export const ImportPreviewDto = z.object({
  importId: z.string(),
  /** The import kind ('innovations'). */
  kind: z.string(),
  fileName: z.string(),
  status: z.enum(IMPORT_BATCH_STATUSES),
  /** The job that commits the batch (or last tried to): the page shows it on return. */
  commitJobId: z.number().nullable(),
  /** Why the last commit job refused the batch (previewed again, nothing written): its message and the rows it names. */
  commitError: z.object({ code: z.string(), message: z.string(), fields: z.array(z.object({ path: z.string(), message: z.string() })) }).nullable(),
  /** The records the commit made, once committed. */
  createdIds: z.array(z.number()),
  expiresAt: z.string(),
  sheets: z.array(
    z.object({
      name: z.string(),
      rows: z.number(),
      /** Why the sheet was not read (localised); absent for imported sheets. */
      skipped: z.string().optional(),
      title: z.string().nullable(),
      /** Rows passed over: banners, notes, repeated headers. */
      ignoredRows: z.array(z.number()),
      columns: z.array(z.object({ label: z.string(), field: z.string().nullable() })),
      /** Rows of the sheet with at least one error. */
      errorRows: z.number(),
      /** Per column (as the file names it): how many rows have an error there, most first. */
      errorColumns: z.array(z.object({ column: z.string(), rows: z.number() })),
    }),
  ),
  /** The first rows of the file (up to 50 of okCount + errorCount); the rest by page from /api/imports/{importId}/rows. */
  rows: z.array(PreviewRow),
  okCount: z.number(),
  errorCount: z.number(),
});

export const ImportRowsPageDto = z.object({ items: z.array(PreviewRow), total: z.number(), page: z.number(), pageSize: z.number() });

export const ImportRowsQuery = z.strictObject({
  ...pageQuery,
  pageSize: z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).default(50),
  /** Only the rows of this sheet. */
  sheet: plainText(LIMITS.nameMax).optional(),
  /** Only the rows with errors, or only those without. */
  status: z.enum(['ok', 'error']).optional(),
});

/**
 * What the upload form adds to the file: the publication the whole file comes from (资料来源), for
 * kinds whose records need a source; the 放权批次 (its id) a 放权清单's rows are delegated in.
 */
export const PreviewImportQuery = z.strictObject({ source: plainText(LIMITS.nameMax).optional(), batch: idText.optional() });
export type PreviewImportQuery = z.infer<typeof PreviewImportQuery>;

export const PreviewImportSchema = { querystring: PreviewImportQuery, response: { 200: ImportPreviewDto } };
export const GetImportSchema = { params: ImportIdParam, response: { 200: ImportPreviewDto } };
export const GetImportRowsSchema = { params: ImportIdParam, querystring: ImportRowsQuery, response: { 200: ImportRowsPageDto } };
/** What an import batch's step answers: where the batch is now, and the job its commit queued. */
export const ImportBatchStepDto = z.object({ importId: z.string(), status: z.enum(IMPORT_BATCH_STATUSES), commitJobId: z.number().nullable() });
export type ImportBatchStepDto = z.infer<typeof ImportBatchStepDto>;
