/**
 * A spreadsheet row on its way to the API: what the adapter read from it (the candidate body,
 * where each field came from, the issues it found), checked with the API's own create schema.
 * Issues carry the column as the file names it and the cell, so an office can find and fix them.
 */
import type { z } from 'zod';
import type { Lang } from '../../shared/enums.js';
import { formatMessage, type MessageKey, type MessageParams } from '../../shared/messages.js';
import { issueKey, type ValidationIssue } from '../../shared/validation.messages.js';
import { importKey, type ImportMessageKey, type ImportMessages } from './imports.messages.js';

/** Where an issue is: the column as the file names it (or the field's usual name when the file has none). */
export type IssueLocation = { column: string; field: string; cell: string | null };

export type StoredIssue = IssueLocation &
  ({ kind: 'schema'; issue: ValidationIssue } | { kind: 'import'; key: ImportMessageKey | MessageKey; params: Record<string, string | number> });

/** One row as an adapter maps it. `candidate` may hold display-only fields the adapter strips in `bodyOf`. */
export type MappedRow = {
  sheet: string;
  rowNumber: number;
  candidate: Record<string, unknown>;
  issues: StoredIssue[];
  /** Field path ('name', 'effects.0.value') → where it came from, for schema issues. */
  locations: Record<string, IssueLocation>;
};

/** A zod issue in the shape fastify-type-provider-zod gives the error handler (so localiseIssue reads it), JSON-safe for storage. */
export function toValidationIssue(zodIssue: z.core.$ZodIssue): ValidationIssue {
  const { path, code, message, ...params } = zodIssue as z.core.$ZodIssue & Record<string, unknown>;
  return { keyword: code, instancePath: `/${path.join('/')}`, message, params: JSON.parse(JSON.stringify(params)) as Record<string, unknown> };
}

/** An import issue at the place the row's field came from. */
export function importIssue(mapped: MappedRow, field: string, key: ImportMessageKey | MessageKey, params: Record<string, string | number> = {}): StoredIssue {
  const location = mapped.locations[field] ?? { column: field, field, cell: null };
  return { ...location, field, kind: 'import', key, params };
}

export type RowSchema<Body> = {
  schema: z.ZodType<Body>;
  /** The usual column name of an API field path, for issues of fields the file has no column for. */
  fieldLabel: (path: string) => string;
  /** The body for the schema: the candidate without display-only fields. */
  bodyOf: (candidate: Record<string, unknown>) => Record<string, unknown>;
};

/**
 * Checks the row with the API's schema and returns the body, or null when the row has any issue.
 * Issues of fields that already have an import issue (an unknown label, an unknown zone) are not
 * repeated as "required".
 */
export function validateRow<Body>(rules: RowSchema<Body>, mapped: MappedRow): Body | null {
  const result = rules.schema.safeParse(rules.bodyOf(mapped.candidate));
  if (result.success) return mapped.issues.length === 0 ? result.data : null;
  const flagged = new Set(mapped.issues.map((issue) => issue.field.split('.')[0]));
  for (const zodIssue of result.error.issues) {
    const path = zodIssue.path.map(String).join('.');
    const top = path.split('.')[0] ?? '';
    if (flagged.has(top)) continue;
    const location =
      mapped.locations[path] ?? mapped.locations[path.split('.').slice(0, 2).join('.')] ?? mapped.locations[top] ?? { column: rules.fieldLabel(top), field: path, cell: null };
    mapped.issues.push({ ...location, field: path || top, kind: 'schema', issue: toValidationIssue(zodIssue) });
  }
  return null;
}

/** Where a row is, as a field's `place` in an error: 工作表「…」第 N 行. */
export function rowPlace(row: { sheet: string; rowNumber: number }): { key: 'row_prefix'; params: MessageParams } {
  return { key: 'row_prefix', params: { sheet: row.sheet, row: row.rowNumber } };
}

/** The message key and parameters of a stored issue, in the kind's own wording. */
export function issueKeyOf(issue: StoredIssue, own: ImportMessages = {}): { key: MessageKey; params?: MessageParams } {
  if (issue.kind === 'import') return { key: importKey(issue.key, own), params: issue.params };
  const { key, params } = issueKey(issue.issue);
  return { key, params };
}

export function issueMessage(issue: StoredIssue, lang: Lang, own: ImportMessages = {}): string {
  const { key, params } = issueKeyOf(issue, own);
  return formatMessage(key, lang, params);
}
