/**
 * Excel import and export of innovations. Upload (multipart, field "file") → preview with
 * row-level errors → commit all rows or none. @fastify/multipart is registered in this
 * plugin's own scope, so no other route accepts multipart bodies.
 */
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FeatureDeps } from '../../kernel/deps.js';
import { AppError } from '../../kernel/errors.js';
import { contextOf, langOf, requireActor } from '../../kernel/request.js';
import { contentDisposition } from '../files/content-disposition.js';
import { MULTIPART_OPTIONS, readUpload } from '../files/upload.js';
import { exportFileName, exportInnovations } from './export-innovations.js';
import { innovationTemplate, templateFileName } from './innovation-template.js';
import { commitInnovationImport, getPreview, previewInnovationImport } from './imports.service.js';
import { CommitImportSchema, ExportInnovationsSchema, GetImportSchema, PreviewImportSchema } from './imports.schema.js';
import { READ_LIMITS } from './read-workbook.js';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function importRoutes({ db }: FeatureDeps): FastifyPluginAsyncZod {
  return async (app) => {
    if (!app.hasRequestDecorator('parts')) await app.register(multipart, MULTIPART_OPTIONS);

    app.post(
      '/api/imports/innovations/preview',
      {
        schema: {
          tags: ['imports'],
          summary: 'Excel 导入预览 Preview an Excel import',
          description: `multipart/form-data，字段 file：.xlsx，≤ ${READ_LIMITS.maxBytes / 1024 / 1024} MB，≤ ${READ_LIMITS.maxRows} 行。每张有表头的工作表都会读取；预览保存 24 小时，确认前不写入任何成果。`,
          ...PreviewImportSchema,
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const context = contextOf(request);
        const lang = langOf(request);
        if (!['province_admin', 'zone_staff'].includes(actor.role)) throw new AppError('FORBIDDEN');
        const file = await readUpload(request, { maxBytes: READ_LIMITS.maxBytes, lang });
        const id = await previewInnovationImport(db, context, file, lang);
        return getPreview(db, context, id, lang);
      },
    );

    app.get('/api/imports/:importId', { schema: { tags: ['imports'], summary: '导入预览结果 Import preview', ...GetImportSchema } }, async (request) => {
      requireActor(request);
      return getPreview(db, contextOf(request), request.params.importId, langOf(request));
    });

    app.post('/api/imports/:importId/commit', { schema: { tags: ['imports'], summary: '确认导入 Commit an import', ...CommitImportSchema } }, async (request) => {
      requireActor(request);
      return commitInnovationImport(db, contextOf(request), request.params.importId, langOf(request));
    });

    app.get(
      '/api/imports/innovations/template.xlsx',
      { schema: { tags: ['imports'], summary: '下载导入模板 Import template', produces: [XLSX_TYPE] } },
      async (request, reply) => {
        const actor = requireActor(request);
        if (!['province_admin', 'zone_staff'].includes(actor.role)) throw new AppError('FORBIDDEN');
        return reply
          .header('content-type', XLSX_TYPE)
          .header('content-disposition', contentDisposition(templateFileName()))
          .header('x-content-type-options', 'nosniff')
          .send(await innovationTemplate());
      },
    );

    app.get('/api/innovations/export.xlsx', { schema: { tags: ['imports'], summary: '导出 Excel Export innovations', ...ExportInnovationsSchema } }, async (request, reply) => {
      const stream = await exportInnovations(db, contextOf(request), request.query);
      return reply
        .header('content-type', XLSX_TYPE)
        .header('content-disposition', contentDisposition(exportFileName()))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(stream);
    });
  };
}
