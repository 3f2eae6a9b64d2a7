/** The platform ledger: list, read, create, edit, and one endpoint per lifecycle transition. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FeatureDeps } from '../../kernel/deps.js';
import { contextOf, requireActor } from '../../kernel/request.js';
import { registerTransitionRoutes } from '../../kernel/lifecycle/index.js';
import { getZone } from '../zones/zones.service.js';
import { notFound } from '../../kernel/errors.js';
import { viewerOf } from '../../kernel/viewer.js';
import { findVisiblePlatformWithEvents, listVisiblePlatforms } from './platforms.repo.js';
import { searchVisiblePlatforms } from './platform-search.js';
import {
  createPlatform,
  presentEvent,
  presentPlatform,
  presentPlatforms,
  updatePlatform,
} from './platforms.service.js';
import { platformTransitionSpec } from './transition-platform.js';
import {
  CreatePlatformSchema,
  GetPlatformSchema,
  ListPlatformsSchema,
  PlatformDto,
  UpdatePlatformSchema,
  ZonePlatformsSchema,
} from './platforms.schema.js';

export function platformRoutes({ db }: FeatureDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/platforms', { schema: { tags: ['platforms'], summary: '开放平台列表 List platforms', ...ListPlatformsSchema } }, async (request) => {
      const context = contextOf(request);
      const { q, zoneId, status, type, page, pageSize } = request.query;
      const zonePath = zoneId ? (await getZone(db, zoneId)).path : undefined;
      const filter = { zonePath, status, type, limit: pageSize, offset: (page - 1) * pageSize };
      const { rows, total } = q?.trim()
        ? await searchVisiblePlatforms(db, viewerOf(context), q, filter)
        : await listVisiblePlatforms(db, viewerOf(context), filter);
      return { items: presentPlatforms(rows, context), total };
    });

    app.get('/api/zones/:id/platforms', { schema: { tags: ['platforms'], summary: '区域开放平台台账 Zone platform ledger', ...ZonePlatformsSchema } }, async (request) => {
      const context = contextOf(request);
      const zone = await getZone(db, request.params.id);
      const { rows } = await listVisiblePlatforms(db, viewerOf(context), { zonePath: zone.path });
      return { items: presentPlatforms(rows, context) };
    });

    app.post('/api/zones/:id/platforms', { schema: { tags: ['platforms'], summary: '新增开放平台 Create platform', ...CreatePlatformSchema } }, async (request, reply) => {
      requireActor(request);
      const platform = await createPlatform(db, contextOf(request), request.params.id, request.body);
      return reply.code(201).send({ platform });
    });

    app.get('/api/platforms/:id', { schema: { tags: ['platforms'], summary: '开放平台详情 Platform detail', ...GetPlatformSchema } }, async (request) => {
      const context = contextOf(request);
      const found = await findVisiblePlatformWithEvents(db, viewerOf(context), request.params.id);
      if (!found) throw notFound();
      const { row, events } = found;
      return { platform: presentPlatform(row, events, context), events: events.map((event) => presentEvent(event, context, row.zone_path)) };
    });

    app.patch('/api/platforms/:id', { schema: { tags: ['platforms'], summary: '修改开放平台 Edit platform', ...UpdatePlatformSchema } }, async (request) => {
      requireActor(request);
      return { platform: await updatePlatform(db, contextOf(request), request.params.id, request.body) };
    });

    registerTransitionRoutes(app, db, platformTransitionSpec, { base: '/api/platforms', tags: ['platforms'], answer: { platform: PlatformDto } });
  };
}
