/**
 * An issued bulletin's files: GET …/export.pdf and …/export.docx, for staff (issued or withdrawn,
 * in their sight) and for the public (issued only). Until the render job has run: 409, say so; a
 * PDF this server cannot make (no Chinese font installed): 409 BULLETIN_PDF_NO_FONTS.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyReply } from 'fastify';
import type { FeatureDeps } from '../../kernel/deps.js';
import { AppError, notFound } from '../../kernel/errors.js';
import { contextOf } from '../../kernel/request.js';
import { PUBLIC_VIEWER, viewerOf, type Viewer } from '../../kernel/viewer.js';
import { idParam } from '../../shared/schemas.js';
import { contentDisposition } from '../files/content-disposition.js';
import { FILE_TYPES, fileNameOf, findBulletinFile, type BulletinFormat } from './bulletin-files.js';
import { requireBulletinStaff } from './bulletins.policy.js';
import { requireCjkFonts } from './render/cjk-fonts.js';

const FileSchema = { params: idParam };

export function bulletinFileRoutes({ db }: FeatureDeps): FastifyPluginAsyncZod {
  async function send(viewer: Viewer, id: number, format: BulletinFormat, reply: FastifyReply) {
    const { row, file } = await findBulletinFile(db, viewer, id, format);
    if (!row) throw notFound();
    if (!file) {
      if (format === 'pdf') requireCjkFonts();
      throw new AppError('BULLETIN_RENDERING');
    }
    return reply
      .header('content-type', FILE_TYPES[format])
      .header('content-disposition', contentDisposition(fileNameOf(row, format)))
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', viewer === PUBLIC_VIEWER ? 'public, max-age=300' : 'private, no-store')
      .send(file.bytes);
  }

  return async (app) => {
    for (const format of ['pdf', 'docx'] as const) {
      const produces = [FILE_TYPES[format]];
      app.get(`/api/bulletins/:id/export.${format}`, { schema: { tags: ['bulletins'], summary: `下载简报（${format.toUpperCase()}） Download a bulletin as ${format}`, produces, ...FileSchema } }, async (request, reply) => {
        const context = contextOf(request);
        requireBulletinStaff(context);
        return send(viewerOf(context), request.params.id, format, reply);
      });
      app.get(`/api/public/bulletins/:id/export.${format}`, { schema: { tags: ['public'], summary: `下载已印发的简报（${format.toUpperCase()}） Download an issued bulletin as ${format}`, produces, ...FileSchema } }, async (request, reply) =>
        send(PUBLIC_VIEWER, request.params.id, format, reply),
      );
    }
  };
}
