/** The portal's 数据 and zone pages: indicators with published values, and those values (published only, nothing internal). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FeatureDeps } from '../../kernel/deps.js';
import { listPublishedDefinitions } from './indicators.repo.js';
import { presentPublicDefinition } from './indicators.service.js';
import { listPublicValues, listPublicZoneValues } from './indicator-values.service.js';
import { externalIndexRanking, ExternalIndexSchema, ExternalIndicesSchema, listExternalIndices } from './external-indices.js';
import { PublicIndicatorsSchema, PublicValuesSchema, PublicZoneIndicatorsSchema } from './indicators.schema.js';

export function publicIndicatorRoutes({ db }: FeatureDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/public/indicators', { schema: { tags: ['public'], summary: '公开的指标 Published indicators', ...PublicIndicatorsSchema } }, async () => ({
      items: (await listPublishedDefinitions(db)).map(presentPublicDefinition),
    }));

    app.get('/api/public/indicators/:code/values', { schema: { tags: ['public'], summary: '已发布的指标数据 Published values', ...PublicValuesSchema } }, async (request) => {
      const { definition, items } = await listPublicValues(db, request.params.code, request.query);
      return { indicator: presentPublicDefinition(definition), items };
    });

    app.get('/api/public/zones/:id/indicators', { schema: { tags: ['public'], summary: '区域的已发布指标数据 A zone\'s published figures', ...PublicZoneIndicatorsSchema } }, async (request) => ({
      items: (await listPublicZoneValues(db, request.params.id)).map(({ definition, items }) => ({ indicator: presentPublicDefinition(definition), values: items })),
    }));

    app.get('/api/public/external-indices', { schema: { tags: ['public'], summary: '外部指数（如中山大学制度创新指数） External indices as published', ...ExternalIndicesSchema } }, async () => ({
      items: await listExternalIndices(db),
    }));

    app.get('/api/public/external-indices/:code', { schema: { tags: ['public'], summary: '外部指数的一期排名 One edition of an external index, ranked', ...ExternalIndexSchema } }, async (request) =>
      externalIndexRanking(db, request.params.code, request.query),
    );
  };
}
