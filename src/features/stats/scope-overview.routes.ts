/** 辖区概况 for the console home: the signed-in staff member's own subtree. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FeatureDeps } from '../../kernel/deps.js';
import { requireActor } from '../../kernel/request.js';
import { ScopeOverviewSchema, scopeOverview } from './scope-overview.js';

export function scopeOverviewRoutes({ db }: FeatureDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/stats/my-scope', { schema: { tags: ['stats'], summary: '辖区概况 Figures of my scope', ...ScopeOverviewSchema } }, async (request) =>
      scopeOverview(db, requireActor(request)),
    );
  };
}
