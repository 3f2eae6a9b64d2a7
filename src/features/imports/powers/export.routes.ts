/**
 * GET /api/powers/export.xlsx?on=&zone=: the catalogue as it stood on a day (today without
 * one), the delegations the viewer sees (as GET /api/powers), in the import template's columns
 * so the file re-imports.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { FeatureDeps } from '../../../kernel/deps.js';
import { contextOf } from '../../../kernel/request.js';
import { viewerOf } from '../../../kernel/viewer.js';
import { todayInChina } from '../../../shared/partial-date.js';
import { dateField, idText } from '../../../shared/schemas.js';
import { contentDisposition } from '../../files/content-disposition.js';
import { requirePowerStaff } from '../../powers/powers.policy.js';
import { catalogueOn } from '../../powers/powers-bulk.service.js';
import { getZone } from '../../zones/zones.service.js';
import { XLSX_TYPE } from '../imports.schema.js';
import { catalogueExportName, catalogueWorkbook } from './power-workbooks.js';

const ExportCatalogueSchema = {
  querystring: z.strictObject({
    /** The day the catalogue is shown as of (default today, China time). */
    on: dateField.optional(),
    /** The zone and everything under it. */
    zone: idText.optional(),
  }),
};

export function powerExportRoutes({ db }: FeatureDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/powers/export.xlsx',
      { schema: { tags: ['powers'], summary: '导出放权事项清单 Export the catalogue on a day', produces: [XLSX_TYPE], ...ExportCatalogueSchema } },
      async (request, reply) => {
        const context = contextOf(request);
        requirePowerStaff(context.actor);
        const on = request.query.on ?? todayInChina();
        const zonePath = request.query.zone ? (await getZone(db, request.query.zone)).path : undefined;
        const rows = await catalogueOn(db, viewerOf(context), { on, ...(zonePath && { zonePath }) });
        return reply
          .header('content-type', XLSX_TYPE)
          .header('content-disposition', contentDisposition(catalogueExportName(on)))
          .header('x-content-type-options', 'nosniff')
          .header('cache-control', 'private, no-store')
          .send(await catalogueWorkbook(rows, on));
      },
    );
  };
}
