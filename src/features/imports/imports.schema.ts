import { z } from 'zod';
import { listFilters } from '../innovations/innovations.schema.js';

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

export const ImportPreviewDto = z.object({
  importId: z.string(),
  fileName: z.string(),
  status: z.enum(['previewed', 'committed']),
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
    }),
  ),
  rows: z.array(
    z.object({
      sheet: z.string(),
      rowNumber: z.number(),
      status: z.enum(['ok', 'error']),
      errors: z.array(RowError),
      /** The record as it will be created (zoneName for display). */
      data: z.record(z.string(), z.unknown()),
    }),
  ),
  okCount: z.number(),
  errorCount: z.number(),
});

export const PreviewImportSchema = { response: { 200: ImportPreviewDto } };
export const GetImportSchema = { params: ImportIdParam, response: { 200: ImportPreviewDto } };
export const CommitImportSchema = { params: ImportIdParam, response: { 200: z.object({ created: z.number(), ids: z.array(z.number()) }) } };
export const ExportInnovationsSchema = { querystring: z.strictObject(listFilters) };
