/**
 * The import engine's routes, registered for every kind in the registry: upload (multipart,
 * field "file") → preview with row-level errors, the rows by page → commit all rows or none (a
 * job, queued by the batch's commit step) or discard;
 * the template to fill in; and whatever routes the kind brings (the innovations export).
 * @fastify/multipart is registered in this plugin's own scope, so no other route accepts
 * multipart bodies.
 */
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { FeatureDeps } from '../../kernel/deps.js';
import { registerTransitionRoutes } from '../../kernel/lifecycle/index.js';
import { contextOf, langOf, requireActor } from '../../kernel/request.js';
import { contentDisposition } from '../files/content-disposition.js';
import { MULTIPART_OPTIONS, readUpload } from '../files/upload.js';
import type { AnyImportKind } from './import-kind.js';
import { IMPORT_KINDS } from './import-kinds.js';
import { getPreview, getPreviewRows } from './import-preview.js';
import { GetImportRowsSchema, GetImportSchema, ImportBatchStepDto, PreviewImportSchema, XLSX_TYPE } from './imports.schema.js';
import { importBatchTransitionSpec } from './transition-import-batch.js';
import { assertMayImport, previewImport } from './preview-import.js';
import { READ_LIMITS } from './read-workbook.js';

function kindRoutes({ db }: FeatureDeps, kind: AnyImportKind): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      `/api/imports/${kind.kind}/preview`,
      {
        schema: {
          tags: ['imports'],
          summary: `Excel 导入预览 Preview an Excel import (${kind.kind})`,
          description: `multipart/form-data，字段 file：.xlsx，≤ ${READ_LIMITS.maxBytes / 1024 / 1024} MB，≤ ${READ_LIMITS.maxRows} 行。每张有表头的工作表都会读取；预览保存 24 小时，确认前不写入任何记录。回答含汇总与前 50 行，其余行按页读取。`,
          ...PreviewImportSchema,
        },
      },
      async (request) => {
        const context = contextOf(request);
        const lang = langOf(request);
        assertMayImport(kind, context);
        const file = await readUpload(request, { maxBytes: READ_LIMITS.maxBytes });
        const id = await previewImport(db, context, kind, file, lang, { source: request.query.source, batch: request.query.batch });
        return getPreview(db, context, id, lang);
      },
    );

    app.get(
      `/api/imports/${kind.kind}/template.xlsx`,
      { schema: { tags: ['imports'], summary: `下载导入模板 Import template (${kind.kind})`, produces: [XLSX_TYPE] } },
      async (request, reply) => {
        assertMayImport(kind, contextOf(request));
        return reply
          .header('content-type', XLSX_TYPE)
          .header('content-disposition', contentDisposition(kind.template.fileName()))
          .header('x-content-type-options', 'nosniff')
          .send(await kind.template.build(db));
      },
    );
  };
}

export function importRoutes(deps: FeatureDeps): FastifyPluginAsyncZod {
  const { db } = deps;
  return async (app) => {
    if (!app.hasRequestDecorator('parts')) await app.register(multipart, MULTIPART_OPTIONS);
    for (const kind of IMPORT_KINDS) {
      await app.register(kindRoutes(deps, kind));
      if (kind.routes) await app.register(kind.routes(deps));
    }

    app.get('/api/imports/:importId', { schema: { tags: ['imports'], summary: '导入预览结果 Import preview', ...GetImportSchema } }, async (request) => {
      requireActor(request);
      return getPreview(db, contextOf(request), request.params.importId, langOf(request));
    });

    app.get(
      '/api/imports/:importId/rows',
      { schema: { tags: ['imports'], summary: '导入预览的行（分页）Import preview rows, by page', ...GetImportRowsSchema } },
      async (request) => {
        requireActor(request);
        return getPreviewRows(db, contextOf(request), request.params.importId, request.query, langOf(request));
      },
    );

    // 确认导入 answers 202 with the batch in `committing` and the id of the job that commits it;
    // 放弃 answers 200. The runner is the app's (features/jobs decorates it), read when a step is taken.
    registerTransitionRoutes(app, db, importBatchTransitionSpec(() => app.jobs), {
      base: '/api/imports',
      tags: ['imports'],
      answer: { batch: ImportBatchStepDto },
      params: z.strictObject({ id: z.uuid() }),
      status: { commit: 202 },
    });
  };
}
