/**
 * Typed application errors: a code and its raw parameters; the error handler localises them.
 * The codes and their HTTP status are declared with the messages (`errors.messages.ts` here,
 * `<feature>.messages.ts` for a feature's own).
 */
import type { Lang } from '../shared/enums.js';
import { errorStatus, formatMessage, type ErrorCode, type FieldIssue, type MessageParams, type StoredError } from '../shared/messages.js';
import './errors.messages.js';

export type { FieldIssue, StoredError } from '../shared/messages.js';

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly statusCode: number;
  readonly params: MessageParams;
  readonly fields?: FieldIssue[];

  constructor(code: ErrorCode, params: MessageParams = {}, fields?: FieldIssue[]) {
    super(code);
    this.name = 'AppError';
    this.code = code;
    this.statusCode = errorStatus(code);
    this.params = params;
    this.fields = fields;
  }
}

/** The one answer for "absent or outside your scope": outsiders must not learn a record exists. */
export function notFound(): AppError {
  return new AppError('NOT_FOUND');
}

export function storedError(error: unknown): StoredError {
  return error instanceof AppError ? { code: error.code, params: error.params, fields: error.fields ?? [] } : { code: 'INTERNAL', params: {}, fields: [] };
}

/** A field issue as a reader sees it: keyed ones worded in `lang`, with enum parameters through their labels. */
export function localiseField(field: FieldIssue, lang: Lang): { path: string; message: string } {
  if (!('key' in field)) return field;
  const path = field.place ? [formatMessage(field.place.key, lang, field.place.params), field.path].filter(Boolean).join(' ') : field.path;
  return { path, message: formatMessage(field.key, lang, field.params) };
}

/** An error as an answer shows it, in `lang`. */
export function localiseError(error: { code: ErrorCode; params?: MessageParams; fields?: FieldIssue[] }, lang: Lang) {
  return {
    code: error.code,
    message: formatMessage(error.code, lang, error.params ?? {}),
    ...(error.fields && { fields: error.fields.map((field) => localiseField(field, lang)) }),
  };
}
