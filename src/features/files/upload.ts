/**
 * Reading one uploaded file (field "file") and a few small fields from a multipart request,
 * with the size limit enforced while it streams in.
 */
import type { FastifyRequest } from 'fastify';
import '@fastify/multipart';
import { AppError } from '../../kernel/errors.js';
import { toStorableText } from '../../shared/schemas.js';
import type { FileMessageKey } from './files.messages.js';

export type Upload = { buffer: Buffer; fileName: string; fields: Record<string, string> };

/** Options for registering @fastify/multipart in the routes' scope; each route sets its own file size. */
export const MULTIPART_OPTIONS = {
  limits: { fileSize: 20 * 1024 * 1024, files: 1, fields: 10, fieldSize: 2000, parts: 12, headerPairs: 100 },
} as const;

export function fileError(key: FileMessageKey): AppError {
  return new AppError('VALIDATION_FAILED', {}, [{ path: 'file', key }]);
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024)} MB`;
}

export async function readUpload(request: FastifyRequest, options: { maxBytes: number }): Promise<Upload> {
  if (typeof request.isMultipart !== 'function' || !request.isMultipart()) throw fileError('not_multipart');
  const fields: Record<string, string> = {};
  let file: { buffer: Buffer; fileName: string } | null = null;
  try {
    for await (const part of request.parts({ limits: { ...MULTIPART_OPTIONS.limits, fileSize: options.maxBytes } })) {
      if (part.type === 'file') {
        const buffer = await part.toBuffer();
        if (part.fieldname === 'file' && !file) file = { buffer, fileName: toStorableText(part.filename) };
      } else {
        fields[part.fieldname] = toStorableText(typeof part.value === 'string' ? part.value : String(part.value));
      }
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError('PAYLOAD_TOO_LARGE', { limit: megabytes(options.maxBytes) });
    if (code === 'FST_FILES_LIMIT') throw fileError('too_many_files');
    if (code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') throw fileError('too_many_fields');
    if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') throw fileError('not_multipart');
    if (error instanceof AppError) throw error;
    // A malformed body (cut off, no boundary): the caller's fault.
    if (error instanceof Error && /multipart|boundary|unexpected end/i.test(error.message)) throw fileError('not_multipart');
    throw error;
  }
  if (!file) throw fileError('file_missing');
  if (file.buffer.length === 0) throw fileError('file_empty');
  return { ...file, fields };
}

/** "true", "1", "on", "yes", "是" → true. */
export function isTruthyField(value: string | undefined): boolean {
  return !!value && ['true', '1', 'on', 'yes', '是'].includes(value.trim().toLowerCase());
}
