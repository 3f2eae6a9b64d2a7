/**
 * Typed application errors: a code and its raw parameters; the error handler localises them.
 * The codes and their HTTP status are declared with the messages (`errors.messages.ts` here,
 * `<feature>.messages.ts` for a feature's own).
 */
import { errorStatus, type ErrorCode, type MessageKey, type MessageParams } from '../shared/messages.js';
import './errors.messages.js';

/**
 * A field of the refused request: a message key with raw parameters; `place` words where the
 * field is when that needs words too (an import row: 工作表「…」第 3 行, then the column in `path`).
 * Text already in the caller's language is for fields a zod schema names for the handler.
 */
export type FieldIssue =
  | { path: string; key: MessageKey; params?: MessageParams; place?: { key: MessageKey; params?: MessageParams } }
  | { path: string; message: string };

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
