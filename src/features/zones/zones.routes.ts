/** The zone tree: public reads; the province admin creates and edits zones. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FeatureDeps } from '../../kernel/deps.js';
import { contextOf, langOf, requireActor } from '../../kernel/request.js';
import type { ZoneType } from '../../shared/enums.js';
import { notFound } from '../../kernel/errors.js';
import { sumOverSubtrees } from '../../kernel/scope.js';
import { countVisibleBySubtree, listZonesWithVisiblePlatforms } from '../platforms/platforms.repo.js';
import { createZone, presentZone, updateZone } from './zones.service.js';
import { CreateZoneSchema, GetZoneSchema, ListZonesSchema, UpdateZoneSchema } from './zones.schema.js';

export function zoneRoutes({ db }: FeatureDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/zones', { schema: { tags: ['zones'], summary: '区域树 Zone tree', ...ListZonesSchema } }, async (request) => {
      const context = contextOf(request);
      const rows = await listZonesWithVisiblePlatforms(db, context.actor);
      const counts = sumOverSubtrees(rows, (row) => row.own_platforms);
      return { items: rows.map((row) => presentZone(row, context, counts.get(row.path) ?? 0)) };
    });

    app.get('/api/zones/:id', { schema: { tags: ['zones'], summary: '区域详情 Zone detail', ...GetZoneSchema } }, async (request) => {
      const context = contextOf(request);
      // The zone, its ancestors and its whole subtree, in one statement.
      const rows = await listZonesWithVisiblePlatforms(db, context.actor, request.params.id);
      const byId = new Map(rows.map((row) => [row.id, row]));
      const zone = byId.get(request.params.id);
      if (!zone) throw notFound();
      const counts = sumOverSubtrees(rows, (row) => row.own_platforms);
      const ancestorIds = zone.path.split('/').filter(Boolean).map(Number).slice(0, -1);
      return {
        zone: presentZone(zone, context, counts.get(zone.path) ?? 0),
        ancestors: ancestorIds.flatMap((id) => {
          const row = byId.get(id);
          return row ? [{ id: row.id, name: row.name, type: row.type as ZoneType }] : [];
        }),
        children: rows.filter((row) => row.parent_id === zone.id).map((row) => presentZone(row, context, counts.get(row.path) ?? 0)),
      };
    });

    app.post('/api/zones', { schema: { tags: ['zones'], summary: '新增区域 Create zone', ...CreateZoneSchema } }, async (request, reply) => {
      requireActor(request);
      const context = contextOf(request);
      const row = await createZone(db, context, request.body, langOf(request));
      return reply.code(201).send({ zone: presentZone(row, context, 0) });
    });

    app.patch('/api/zones/:id', { schema: { tags: ['zones'], summary: '修改区域 Edit zone', ...UpdateZoneSchema } }, async (request) => {
      requireActor(request);
      const context = contextOf(request);
      const row = await updateZone(db, context, request.params.id, request.body);
      const counts = await countVisibleBySubtree(db, context.actor);
      return { zone: presentZone(row, context, counts.get(row.id) ?? 0) };
    });
  };
}
