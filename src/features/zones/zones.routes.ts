/** The zone tree: public reads; the province admin creates and edits zones. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FeatureDeps } from '../../kernel/deps.js';
import { contextOf, requireActor } from '../../kernel/request.js';
import { notFound } from '../../kernel/errors.js';
import { sumOverSubtrees } from '../../kernel/scope.js';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { ZoneRow } from './zones.repo.js';
import { createZone, presentZone, updateZone } from './zones.service.js';
import { CreateZoneSchema, GetZoneSchema, ListZonesSchema, UpdateZoneSchema } from './zones.schema.js';
import { viewerOf, type Viewer } from '../../kernel/viewer.js';

/**
 * A zone shows how many opening platforms its subtree holds that the viewer may see. Platforms
 * sit above zones (a platform belongs to a zone), so the platforms feature supplies the counts
 * and the feature list (src/server/features.ts) wires them in: zones import nothing of platforms.
 */
export type ZonePlatformCounts = {
  /** Every zone (or, with `around`, that zone's ancestors and subtree) with its own visible platforms, in one statement. */
  listWithOwnCounts(db: Kysely<Database>, viewer: Viewer, around?: number): Promise<(ZoneRow & { own_platforms: number })[]>;
  /** Visible platforms per zone id, summed over each zone's subtree. */
  countBySubtree(db: Kysely<Database>, viewer: Viewer): Promise<Map<number, number>>;
};

export function zoneRoutes({ db }: FeatureDeps, platforms: ZonePlatformCounts): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/zones', { schema: { tags: ['zones'], summary: '区域树 Zone tree', ...ListZonesSchema } }, async (request) => {
      const context = contextOf(request);
      const rows = await platforms.listWithOwnCounts(db, viewerOf(context));
      const counts = sumOverSubtrees(rows, (row) => row.own_platforms);
      return { items: rows.map((row) => presentZone(row, context, counts.get(row.path) ?? 0)) };
    });

    app.get('/api/zones/:id', { schema: { tags: ['zones'], summary: '区域详情 Zone detail', ...GetZoneSchema } }, async (request) => {
      const context = contextOf(request);
      // The zone, its ancestors and its whole subtree, in one statement.
      const rows = await platforms.listWithOwnCounts(db, viewerOf(context), request.params.id);
      const byId = new Map(rows.map((row) => [row.id, row]));
      const zone = byId.get(request.params.id);
      if (!zone) throw notFound();
      const counts = sumOverSubtrees(rows, (row) => row.own_platforms);
      const ancestorIds = zone.path.split('/').filter(Boolean).map(Number).slice(0, -1);
      return {
        zone: presentZone(zone, context, counts.get(zone.path) ?? 0),
        ancestors: ancestorIds.flatMap((id) => {
          const row = byId.get(id);
          return row ? [{ id: row.id, name: row.name, type: row.type }] : [];
        }),
        children: rows.filter((row) => row.parent_id === zone.id).map((row) => presentZone(row, context, counts.get(row.path) ?? 0)),
      };
    });

    app.post('/api/zones', { schema: { tags: ['zones'], summary: '新增区域 Create zone', ...CreateZoneSchema } }, async (request, reply) => {
      requireActor(request);
      const context = contextOf(request);
      const row = await createZone(db, context, request.body);
      return reply.code(201).send({ zone: presentZone(row, context, 0) });
    });

    app.patch('/api/zones/:id', { schema: { tags: ['zones'], summary: '修改区域 Edit zone', ...UpdateZoneSchema } }, async (request) => {
      requireActor(request);
      const context = contextOf(request);
      const row = await updateZone(db, context, request.params.id, request.body);
      const counts = await platforms.countBySubtree(db, viewerOf(context));
      return { zone: presentZone(row, context, counts.get(row.id) ?? 0) };
    });
  };
}
