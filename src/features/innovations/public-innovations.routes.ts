/**
 * The public case library: published innovations only (recognised and above). Nothing
 * internal reaches these endpoints: no comments, no actors, no internal attachments.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FeatureDeps } from '../../kernel/deps.js';
import { notFound } from '../../kernel/errors.js';
import { PUBLISHED_INNOVATION_STATUSES } from '../../shared/innovations.enums.js';
import { presentAttachment } from '../files/attachments.service.js';
import { findVisibleInnovationDetail } from './innovations.repo.js';
import { presentPublicInnovation, presentPublicListItem } from './innovations.service.js';
import { listInnovations } from './list-innovations.js';
import { GetPublicInnovationSchema, ListPublicInnovationsSchema } from './innovations.schema.js';

const PUBLIC = { kind: 'public' } as const;

export function publicInnovationRoutes({ db }: FeatureDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/public/innovations', { schema: { tags: ['public'], summary: '案例库检索 Case library search', ...ListPublicInnovationsSchema } }, async (request) => {
      const result = await listInnovations(db, PUBLIC, { ...request.query, level: request.query.level ?? 'published' });
      return { ...result, items: result.items.map(({ row, highlight }) => ({ ...presentPublicListItem(row), highlight })) };
    });

    app.get('/api/public/innovations/:id', { schema: { tags: ['public'], summary: '案例详情 Case page', ...GetPublicInnovationSchema } }, async (request) => {
      // The record, its milestones, adoptions and public files in one statement.
      const row = await findVisibleInnovationDetail(db, PUBLIC, request.params.id);
      if (!row) throw notFound();
      const { events, adoptions } = row;
      const attachments = row.attachments.map(presentAttachment);
      return {
        innovation: presentPublicInnovation(row),
        milestones: events
          .filter((e) => PUBLISHED_INNOVATION_STATUSES.includes(e.to_status))
          .map((e) => ({ toStatus: e.to_status, occurredOn: e.occurred_on, document: e.document, batch: e.batch })),
        adoptions: adoptions.map((a) => ({
          id: a.id,
          innovationId: a.innovation_id,
          innovationName: a.innovation_name,
          zoneId: a.zone_id,
          zoneName: a.zone_name,
          adoptedOn: a.adopted_on,
          isSample: a.is_sample,
          adaptation: a.adaptation,
          observedEffect: a.observed_effect,
          source: a.source,
        })),
        attachments,
      };
    });
  };
}
