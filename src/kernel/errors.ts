/** Typed application errors: a code, an HTTP status and message parameters. */
import type { ErrorCode } from '../shared/messages.js';

const STATUS_BY_CODE = {
  VALIDATION_FAILED: 400,
  BAD_JSON: 400,
  BAD_URL: 400,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  ACCOUNT_LOCKED: 423,
  RATE_LIMITED: 429,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  ROUTE_NOT_FOUND: 404,
  INVALID_TRANSITION: 409,
  DUPLICATE_CODE: 409,
  INVALID_PARENT: 400,
  WEAK_PASSWORD: 400,
  WRONG_PASSWORD: 400,
  PASSWORD_CHANGE_REQUIRED: 403,
  SELF_CHANGE_FORBIDDEN: 403,
  DUPLICATE_USERNAME: 409,
  DATE_BEFORE_PREVIOUS: 409,
  ADOPTION_OWN_ZONE: 409,
  DUPLICATE_ADOPTION: 409,
  INTERNAL: 500,
} satisfies Record<ErrorCode, number>;

export type FieldIssue = { path: string; message: string };

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly statusCode: number;
  readonly params: Record<string, string | number>;
  readonly fields?: FieldIssue[];

  constructor(code: ErrorCode, params: Record<string, string | number> = {}, fields?: FieldIssue[]) {
    super(code);
    this.name = 'AppError';
    this.code = code;
    this.statusCode = STATUS_BY_CODE[code];
    this.params = params;
    this.fields = fields;
  }
}

/** The one answer for "absent or outside your scope": outsiders must not learn a record exists. */
export function notFound(): AppError {
  return new AppError('NOT_FOUND');
}
