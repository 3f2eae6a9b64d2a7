/**
 * The one place that turns errors into HTTP answers: typed codes, localised messages,
 * and no internals in 5xx bodies.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { Lang } from '../../shared/enums.js';
import { formatMessage, pickLang, type ErrorCode, type MessageParams } from '../../shared/messages.js';
import { issueKey, type ValidationIssue } from '../../shared/validation.messages.js';
import './message-catalog.js';
import { LIMITS } from '../../shared/limits.js';
import { AppError, localiseError, type FieldIssue } from '../../kernel/errors.js';

/** Fastify's own error codes that are the caller's fault, mapped to ours. */
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'BAD_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'BAD_JSON',
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'BAD_JSON',
};

export function sendError(request: FastifyRequest, reply: FastifyReply, code: ErrorCode, params: MessageParams = {}, fields?: FieldIssue[]) {
  const lang = pickLang(request.headers['accept-language']);
  const error = new AppError(code, params, fields);
  return reply.code(error.statusCode).send({ error: localiseError(error, lang) });
}

export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      return sendError(request, reply, error.code, error.params, error.fields);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields = (error.validation as unknown as ValidationIssue[]).map(issueKey);
      return sendError(request, reply, 'VALIDATION_FAILED', {}, fields);
    }
    const mapped = error.code ? FASTIFY_CODES[error.code] : undefined;
    if (mapped) {
      return sendError(request, reply, mapped, { limit: `${LIMITS.bodyBytes / 1024} KB` });
    }
    if (error.statusCode === 429) {
      return sendError(request, reply, 'RATE_LIMITED');
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      // Any other client error from Fastify (e.g. a malformed header): say it was bad input.
      return sendError(request, reply, 'VALIDATION_FAILED');
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendError(request, reply, 'INTERNAL');
  });

}
