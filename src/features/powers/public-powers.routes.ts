/** The portal's 放权事项 and 通办: every zone's delegations, their processing time and the stats view, nothing internal (no working notes, no case records beyond the monthly counts). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FeatureDeps } from '../../kernel/deps.js';
import { notFound } from '../../kernel/errors.js';
import { PUBLIC_VIEWER } from '../../kernel/viewer.js';
import { presentPublicWithAsOf } from './powers-present.js';
import { findDelegation } from './powers.repo.js';
import { findVisibleDelegations } from './powers-search.js';
import { CompareSchema, PublicGetDelegationSchema, PublicListDelegationsSchema, StatsSchema } from './powers.schema.js';
import { delegationDetail } from './powers.service.js';
import { compareCatalogue, cachedPowerStats } from './powers-stats.js';
import { zonePathOf } from './powers.routes.js';
import { listTongban, PublicListTongbanSchema } from './tongban.js';

const tags = ['public'];

export function publicPowerRoutes({ db }: FeatureDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/public/powers', { schema: { tags, summary: '放权事项 Delegated powers', ...PublicListDelegationsSchema } }, async (request) => {
      const { zone, page, pageSize, ...filter } = request.query;
      const { rows, total } = await findVisibleDelegations(db, PUBLIC_VIEWER, { ...filter, zonePath: await zonePathOf(db, zone), limit: pageSize, offset: (page - 1) * pageSize });
      return { items: rows.map((row) => presentPublicWithAsOf(row, filter.on)), total };
    });

    app.get('/api/public/powers/stats', { schema: { tags, summary: '放得下、接得住、用得好 Delegation statistics', ...StatsSchema } }, async (request) => {
      const { zone, months, until } = request.query;
      return cachedPowerStats(db, PUBLIC_VIEWER, { zonePath: await zonePathOf(db, zone), months, until });
    });

    app.get('/api/public/powers/compare', { schema: { tags, summary: '两日清单对比 Compare the catalogue on two days', ...CompareSchema } }, async (request) => {
      const { zone, from, to } = request.query;
      return compareCatalogue(db, PUBLIC_VIEWER, { from, to, zonePath: await zonePathOf(db, zone) });
    });

    app.get('/api/public/powers/:id', { schema: { tags, summary: '放权事项详情 A delegated power', ...PublicGetDelegationSchema } }, async (request) => {
      const row = await findDelegation(db, PUBLIC_VIEWER, request.params.id);
      if (!row) throw notFound();
      const { events: _internal, ...detail } = await delegationDetail(db, row);
      return { delegation: presentPublicWithAsOf(row), ...detail };
    });

    app.get('/api/public/tongban', { schema: { tags, summary: '通办事项 Cross-region services', ...PublicListTongbanSchema } }, async (request) => {
      const { zone, ...rest } = request.query;
      const found = await listTongban(db, PUBLIC_VIEWER, { ...rest, zonePath: await zonePathOf(db, zone) });
      return {
        ...found,
        items: found.items.map(({ internalNote: _note, ...item }) => item),
        batches: found.batches.map(({ internalNote: _note, ...batch }) => batch),
      };
    });
  };
}
