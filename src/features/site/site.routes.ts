/**
 * Facts about this installation that every portal page shows: whether it holds the demo
 * dataset (then each page says it is a demonstration environment, so nobody takes a 示例
 * record for an official one).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { FeatureDeps } from '../../kernel/deps.js';

const SiteSchema = {
  response: { 200: z.object({ demo: z.boolean(), demoLoadedAt: z.string().nullable() }) },
};

export function siteRoutes({ db }: FeatureDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/public/site', { schema: { tags: ['public'], summary: '站点信息（是否为演示环境） Site facts', ...SiteSchema } }, async () => {
      const row = await db.selectFrom('demo_dataset').select('loaded_at').executeTakeFirst();
      return { demo: !!row, demoLoadedAt: row ? new Date(row.loaded_at).toISOString() : null };
    });
  };
}
