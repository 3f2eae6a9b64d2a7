/** Innovations for staff: list and search, create, read, edit, one endpoint per transition, duplicate hints. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FeatureDeps } from '../../kernel/deps.js';
import { notFound } from '../../kernel/errors.js';
import { contextOf, requireActor } from '../../kernel/request.js';
import { registerTransitionRoutes } from '../../kernel/lifecycle/index.js';
import { withoutInternals } from '../../kernel/internal-fields.js';
import { findSimilar } from '../search/search-query.js';
import { presentAttachment } from '../files/attachments.service.js';
import { findVisibleInnovationDetail, findVisibleListRowsByIds } from './innovations.repo.js';
import { createInnovation, presentInnovation, presentListItem, updateInnovation } from './innovations.service.js';
import { innovationTransitionSpec } from './transition-innovation.js';
import { listInnovations } from './list-innovations.js';
import { presentAdoptionsWith } from './present-adoptions.js';
import { INNOVATION_ENTITY } from './innovation-search.js';
import {
  CreateInnovationSchema,
  GetInnovationSchema,
  InnovationDto,
  ListInnovationsSchema,
  SimilarCheckSchema,
  UpdateInnovationSchema,
} from './innovations.schema.js';
import { z } from 'zod';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { viewerOf, type Viewer } from '../../kernel/viewer.js';

/** Similar innovations the actor may see, best first, for the form and for reviewers. */
export async function similarInnovations(db: Kysely<Database>, visibility: Viewer, text: { title: string; body: string }, excludeId?: number) {
  const matches = await findSimilar(db, {
    entityType: INNOVATION_ENTITY,
    text,
    excludeId,
    visibility,
    limit: 5,
  });
  // No match (the usual case) costs no second statement.
  const rows = await findVisibleListRowsByIds(db, visibility, matches.map((m) => m.entityId));
  const byId = new Map(rows.map((row) => [row.id, row]));
  return matches.flatMap((match) => {
    const row = byId.get(match.entityId);
    return row ? [{ id: row.id, name: row.name, zoneName: row.zone_name, status: row.status, score: Math.round(match.score * 1000) / 1000 }] : [];
  });
}

export function innovationRoutes({ db }: FeatureDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/innovations', { schema: { tags: ['innovations'], summary: '制度创新成果列表与检索 List and search', ...ListInnovationsSchema } }, async (request) => {
      const context = contextOf(request);
      const result = await listInnovations(db, viewerOf(context), request.query);
      return { ...result, items: result.items.map(({ row, highlight }) => ({ ...presentListItem(row, context), highlight })) };
    });

    app.post(
      '/api/innovations',
      { schema: { tags: ['innovations'], summary: '新增制度创新成果 Create', ...CreateInnovationSchema, response: { 201: z.object({ innovation: InnovationDto }) } } },
      async (request, reply) => {
        requireActor(request);
        return reply.code(201).send({ innovation: await createInnovation(db, contextOf(request), request.body) });
      },
    );

    app.post('/api/innovations/similar', { schema: { tags: ['innovations'], summary: '相似成果提示 Near-duplicate check', ...SimilarCheckSchema } }, async (request) => {
      requireActor(request);
      const { name, measures, painPoint, excludeId } = request.body;
      return { items: await similarInnovations(db, viewerOf(contextOf(request)), { title: name, body: [measures, painPoint].filter(Boolean).join('\n') }, excludeId) };
    });

    app.get('/api/innovations/:id', { schema: { tags: ['innovations'], summary: '制度创新成果详情 Detail', ...GetInnovationSchema } }, async (request) => {
      const context = contextOf(request);
      const visibility = viewerOf(context);
      // The record, its history, adoptions and files in one statement; then the similar ones.
      const row = await findVisibleInnovationDetail(db, visibility, request.params.id);
      if (!row) throw notFound();
      const similar = await similarInnovations(db, visibility, { title: row.name, body: [row.measures, row.pain_point].filter(Boolean).join('\n') }, row.id);
      const { events, adoptions } = row;
      const attachments = row.attachments.map(presentAttachment);
      return {
        innovation: presentInnovation(row, context),
        // Reviewer comments and who wrote them belong to staff who may see the record's internals.
        events: events.map((e) => withoutInternals(context.actor, row.zone_path, {
          id: e.id,
          action: e.action,
          fromStatus: e.from_status,
          toStatus: e.to_status,
          comment: e.comment,
          document: e.document,
          batch: e.batch,
          occurredOn: e.occurred_on,
          actorName: e.actor_name,
          createdAt: new Date(e.created_at).toISOString(),
        }, ['comment', 'actorName'])),
        adoptions: presentAdoptionsWith(adoptions, context, row.adoption_attachments.map(presentAttachment)),
        attachments,
        similar,
      };
    });

    app.patch(
      '/api/innovations/:id',
      { schema: { tags: ['innovations'], summary: '修改制度创新成果 Edit', ...UpdateInnovationSchema, response: { 200: z.object({ innovation: InnovationDto }) } } },
      async (request) => {
        requireActor(request);
        return { innovation: await updateInnovation(db, contextOf(request), request.params.id, request.body) };
      },
    );

    registerTransitionRoutes(app, db, innovationTransitionSpec, { base: '/api/innovations', tags: ['innovations'], answer: { innovation: InnovationDto } });
  };
}
