/**
 * Attachment endpoints: upload to a record of each declared kind (multipart, field "file",
 * optional "internal"=true), download with safe headers, delete. @fastify/multipart is
 * registered in this plugin's own scope, so no other route accepts multipart bodies.
 */
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { FeatureDeps } from '../../kernel/deps.js';
import { AppError, notFound } from '../../kernel/errors.js';
import { contextOf, requireActor } from '../../kernel/request.js';
import { idParam } from '../../shared/schemas.js';
import { targetResolver, type AttachmentTargetKind } from './attachment-targets.js';
import { AttachmentDto } from './attachments.schema.js';
import { addAttachment, ATTACHMENT_LIMITS, deleteAttachment, getAttachmentForDownload } from './attachments.service.js';
import { contentDisposition } from './content-disposition.js';
import { fileStore } from './file-store.js';
import { isTruthyField, MULTIPART_OPTIONS, readUpload } from './upload.js';

const UploadResponse = { 201: z.object({ attachment: AttachmentDto }) };
const uploadDescription = 'multipart/form-data：字段 file（PDF、Word、Excel、PNG、JPEG，≤ 20 MB，按内容识别类型），可选字段 internal=true（仅本区域及上级可见）。';

export function attachmentRoutes({ db, config }: FeatureDeps, kinds: readonly AttachmentTargetKind[]): FastifyPluginAsyncZod {
  return async (app) => {
    if (!app.hasRequestDecorator('parts')) await app.register(multipart, MULTIPART_OPTIONS);
    const store = fileStore(config.dataDir);
    const targetOf = targetResolver(kinds);

    for (const kind of kinds) {
      app.post(kind.uploadPath, { schema: { tags: ['files'], summary: kind.uploadSummary, description: uploadDescription, params: idParam, response: UploadResponse } }, async (request, reply) => {
        requireActor(request);
        const context = contextOf(request);
        // Refuse before reading the body: an outsider's upload is never buffered.
        const target = await kind.resolve(db, context, request.params.id);
        if (!target.canAttach) throw new AppError('FORBIDDEN');
        const file = await readUpload(request, { maxBytes: ATTACHMENT_LIMITS.maxBytes });
        const attachment = await addAttachment(db, store, context, target, file, { isInternal: isTruthyField(file.fields.internal) });
        return reply.code(201).send({ attachment });
      });
    }

    app.get('/api/attachments/:id', { schema: { tags: ['files'], summary: '下载附件 Download an attachment', params: idParam } }, async (request, reply) => {
      const file = await getAttachmentForDownload(db, targetOf, contextOf(request), request.params.id);
      const size = await store.size(file.storageKey);
      if (size === null) {
        request.log.error({ attachment: request.params.id }, 'attachment file missing on disk');
        throw notFound();
      }
      return reply
        .header('content-type', file.mediaType)
        .header('content-length', size)
        .header('content-disposition', contentDisposition(file.fileName))
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "sandbox; default-src 'none'")
        .header('cache-control', 'private, no-store')
        .send(store.open(file.storageKey));
    });

    app.delete('/api/attachments/:id', { schema: { tags: ['files'], summary: '删除附件 Delete an attachment', params: idParam } }, async (request, reply) => {
      requireActor(request);
      await deleteAttachment(db, store, targetOf, contextOf(request), request.params.id);
      return reply.code(204).send();
    });
  };
}
