/** The portal's 简报: issued bulletins, searchable, each as issued (the frozen document; nothing internal). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FeatureDeps } from '../../kernel/deps.js';
import { PUBLIC_VIEWER } from '../../kernel/viewer.js';
import { findVisibleBulletins } from './bulletin-search.js';
import { PublicGetBulletinSchema, PublicListBulletinsSchema } from './bulletins.schema.js';
import { getPublicBulletin, presentSummary } from './bulletins.service.js';

export function publicBulletinRoutes({ db }: FeatureDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/public/bulletins', { schema: { tags: ['public'], summary: '已印发的简报 Issued bulletins', ...PublicListBulletinsSchema } }, async (request) => {
      const { q, page, pageSize } = request.query;
      const { rows, total } = await findVisibleBulletins(db, PUBLIC_VIEWER, { status: 'issued', q, limit: pageSize, offset: (page - 1) * pageSize });
      return {
        items: rows.map((row) => {
          const { updatedAt: _updated, ...summary } = presentSummary(row);
          return summary;
        }),
        total,
      };
    });

    app.get('/api/public/bulletins/:id', { schema: { tags: ['public'], summary: '简报全文 An issued bulletin', ...PublicGetBulletinSchema } }, async (request) => ({
      bulletin: await getPublicBulletin(db, PUBLIC_VIEWER, request.params.id),
    }));
  };
}
