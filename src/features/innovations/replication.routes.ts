/** Replication (复制推广): adoptions, diffusion, the matrix, recommendations and the live formation counts. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { FeatureDeps } from '../../kernel/deps.js';
import { sendCachedFigures } from '../../kernel/figures-cache.js';
import { contextOf, requireActor } from '../../kernel/request.js';
import { getZone, listZones } from '../zones/zones.service.js';
import { idParam } from '../../shared/schemas.js';
import { AdoptionDto, CreateAdoptionSchema } from './innovations.schema.js';
import { getVisibleInnovation } from './innovations.service.js';
import { presentAdoptions } from './present-adoptions.js';
import { createAdoption, diffusionCurve, formationCounts, listAdoptions, recommendationsFor, replicationMatrix, totalOf } from './replication.service.js';
import { DiffusionSchema, FormationSchema, MatrixSchema, RecommendationsSchema } from './replication.schema.js';
import { viewerOf } from '../../kernel/viewer.js';

export function replicationRoutes({ db }: FeatureDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post('/api/innovations/:id/adoptions', { schema: { tags: ['replication'], summary: '登记复制推广 Record an adoption', ...CreateAdoptionSchema } }, async (request, reply) => {
      requireActor(request);
      const context = contextOf(request);
      const id = await createAdoption(db, context, request.params.id, request.body);
      const [row] = await listAdoptions(db, { id });
      const [adoption] = await presentAdoptions(db, [row!], context);
      return reply.code(201).send({ adoption: adoption! });
    });

    app.get(
      '/api/zones/:id/adoptions',
      { schema: { tags: ['replication'], summary: '区域复制推广记录 Adoptions by a zone', params: idParam, response: { 200: z.object({ items: z.array(AdoptionDto) }) } } },
      async (request) => {
        const zone = await getZone(db, request.params.id);
        return { items: await presentAdoptions(db, await listAdoptions(db, { zoneId: zone.id }), contextOf(request)) };
      },
    );

    app.get('/api/innovations/:id/diffusion', { schema: { tags: ['replication'], summary: '扩散曲线 Diffusion curve', ...DiffusionSchema } }, async (request) => {
      const innovation = await getVisibleInnovation(db, viewerOf(contextOf(request)), request.params.id);
      return { points: await diffusionCurve(db, innovation.id) };
    });

    app.get('/api/stats/formation', { schema: { tags: ['replication'], summary: '雁阵成果统计 Formation counts', ...FormationSchema } }, async (_request, reply) =>
      // Published records only, the same for every viewer: one entry, kept until a write changes it.
      sendCachedFigures(reply, db, 'formation', async () => {
        const rows = await formationCounts(db);
        const pilots = rows.filter((row) => row.type === 'pilot' && row.group);
        const groups = new Map<string, typeof pilots>();
        for (const pilot of pilots) groups.set(`${pilot.parentId}|${pilot.group}`, [...(groups.get(`${pilot.parentId}|${pilot.group}`) ?? []), pilot]);
        return {
          zones: rows.map((row) => ({ ...row, type: row.type })),
          pilotGroups: [...groups.entries()].map(([key, members]) => ({
            group: key.split('|')[1]!,
            ftzId: Number(key.split('|')[0]),
            zoneCount: members.length,
            ...totalOf(members),
          })),
        };
      }),
    );

    app.get('/api/replication/matrix', { schema: { tags: ['replication'], summary: '复制推广矩阵 Zone × innovation matrix', ...MatrixSchema } }, async (request) => {
      const zones = await listZones(db);
      const root = request.query.zoneId ? await getZone(db, request.query.zoneId) : zones.find((z) => z.type === 'country')!;
      const matrix = await replicationMatrix(db, { zonePath: root.path, level: request.query.level });
      return {
        zones: matrix.zones.map((z) => ({ id: z.id, name: z.name, shortName: z.short_name, type: z.type })),
        innovations: matrix.innovations.map((i) => ({
          id: i.id,
          name: i.name,
          status: i.status,
          domain: i.domain,
          zoneId: i.zone_id,
          zoneShortName: i.zone_short_name,
        })),
        cells: matrix.adoptions.map((a) => ({ innovationId: a.innovation_id, zoneId: a.zone_id, adoptedOn: a.adopted_on })),
      };
    });

    app.get('/api/zones/:id/recommendations', { schema: { tags: ['replication'], summary: '待复制推广成果 Proven elsewhere, not adopted here', ...RecommendationsSchema } }, async (request) => {
      const items = await recommendationsFor(db, request.params.id, request.query.limit);
      return { items: items.map((i) => ({ ...i, domain: i.domain, task: i.task, status: i.status })) };
    });
  };
}
