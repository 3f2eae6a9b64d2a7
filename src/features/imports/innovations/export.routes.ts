/** GET /api/innovations/export.xlsx: the list's filters, the rows the actor may see, as a workbook the importer reads back. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { FeatureDeps } from '../../../kernel/deps.js';
import { contextOf } from '../../../kernel/request.js';
import { contentDisposition } from '../../files/content-disposition.js';
import { listFilters } from '../../innovations/innovations.schema.js';
import { XLSX_TYPE } from '../imports.schema.js';
import { exportFileName, exportInnovations } from './export-innovations.js';

const ExportInnovationsSchema = { querystring: z.strictObject(listFilters) };

export function innovationExportRoutes({ db }: FeatureDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/innovations/export.xlsx', { schema: { tags: ['imports'], summary: '导出 Excel Export innovations', produces: [XLSX_TYPE], ...ExportInnovationsSchema } }, async (request, reply) => {
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
