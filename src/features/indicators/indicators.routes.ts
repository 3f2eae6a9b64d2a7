/** Indicator routes for staff: definitions, values in the viewer's zones, corrections, history, publication. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FeatureDeps } from '../../kernel/deps.js';
import { contextOf, requireActor } from '../../kernel/request.js';
import { listDefinitions } from './indicators.repo.js';
import { requireIndicatorStaff } from './indicators.policy.js';
import { createDefinition, presentDefinition, updateDefinition } from './indicators.service.js';
import { derivedFigures } from './derived.service.js';
import { correctValue, listValues, publishValues, recordValues, valueHistory } from './indicator-values.service.js';
import {
  CorrectValueSchema,
  CreateIndicatorSchema,
  DerivedSchema,
  ListIndicatorsSchema,
  ListValuesSchema,
  PublishValuesSchema,
  RecordValuesSchema,
  UpdateIndicatorSchema,
  ValueHistorySchema,
} from './indicators.schema.js';

const tags = ['indicators'];

export function indicatorRoutes({ db }: FeatureDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/indicators', { schema: { tags, summary: '指标定义 Indicator definitions', ...ListIndicatorsSchema } }, async (request) => {
      const context = contextOf(request);
      requireIndicatorStaff(context.actor);
      return { items: (await listDefinitions(db)).map((row) => presentDefinition(row, context)) };
    });

    app.post('/api/indicators', { schema: { tags, summary: '新增指标 Create an indicator', ...CreateIndicatorSchema } }, async (request, reply) => {
      requireActor(request);
      return reply.code(201).send({ indicator: await createDefinition(db, contextOf(request), request.body) });
    });

    app.patch('/api/indicators/:code', { schema: { tags, summary: '修改指标 Edit an indicator', ...UpdateIndicatorSchema } }, async (request) => {
      requireActor(request);
      return { indicator: await updateDefinition(db, contextOf(request), request.params.code, request.body) };
    });

    app.get('/api/indicators/:code/values', { schema: { tags, summary: '指标数据（可按日期回看） Indicator values, optionally as of a date', ...ListValuesSchema } }, async (request) => {
      const context = contextOf(request);
      const { definition, asOf, items } = await listValues(db, context, request.params.code, request.query);
      return { indicator: presentDefinition(definition, context), asOf, items };
    });

    app.get('/api/indicators/:code/history', { schema: { tags, summary: '一项数据的更正记录 Versions of one value', ...ValueHistorySchema } }, async (request) => {
      const context = contextOf(request);
      const { definition, items } = await valueHistory(db, context, request.params.code, request.query);
      return { indicator: presentDefinition(definition, context), items };
    });

    app.get('/api/indicators/:code/derived', { schema: { tags, summary: '派生指标（同比、年均增长、占比、排名） Derived figures with their inputs', ...DerivedSchema } }, async (request) => {
      const context = contextOf(request);
      const { definition, ...figures } = await derivedFigures(db, context, request.params.code, request.query);
      return { indicator: presentDefinition(definition, context), ...figures };
    });

    app.post('/api/indicator-values', { schema: { tags, summary: '录入指标数据 Record indicator values', ...RecordValuesSchema } }, async (request, reply) => {
      requireActor(request);
      return reply.code(201).send({ items: await recordValues(db, contextOf(request), request.body) });
    });

    app.post('/api/indicator-values/:id/correct', { schema: { tags, summary: '更正指标数据 Correct a value', ...CorrectValueSchema } }, async (request, reply) => {
      requireActor(request);
      return reply.code(201).send(await correctValue(db, contextOf(request), request.params.id, request.body));
    });

    app.post('/api/indicator-values/publish', { schema: { tags, summary: '发布指标数据 Publish values', ...PublishValuesSchema } }, async (request) => {
      requireActor(request);
      return { items: await publishValues(db, contextOf(request), request.body.ids) };
    });
  };
}
