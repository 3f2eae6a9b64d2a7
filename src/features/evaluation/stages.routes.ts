/** Stage routes: add, read, edit and remove a campaign's stages, set a scored stage's criteria, and the stage's lifecycle steps. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FeatureDeps } from '../../kernel/deps.js';
import { registerTransitionRoutes } from '../../kernel/lifecycle/index.js';
import { contextOf, requireActor } from '../../kernel/request.js';
import { CreateStageSchema, DeleteStageSchema, GetStageSchema, SetCriteriaSchema, StageDto, UpdateStageSchema } from './stages.schema.js';
import { createStage, deleteStage, reloadStage, setCriteria, updateStage } from './stages.service.js';
import { stageTransitionSpec } from './transition-stage.js';

const tags = ['campaigns'];

export function stageRoutes({ db }: FeatureDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post('/api/campaigns/:id/stages', { schema: { tags, summary: '新增评审阶段 Add a stage', ...CreateStageSchema } }, async (request, reply) => {
      requireActor(request);
      return reply.code(201).send({ stage: await createStage(db, contextOf(request), request.params.id, request.body) });
    });

    app.get('/api/campaigns/stages/:id', { schema: { tags, summary: '评审阶段详情 Stage detail', ...GetStageSchema } }, async (request) => ({
      stage: await reloadStage(db, contextOf(request), request.params.id),
    }));

    app.patch('/api/campaigns/stages/:id', { schema: { tags, summary: '修改评审阶段 Edit a stage', ...UpdateStageSchema } }, async (request) => {
      requireActor(request);
      return { stage: await updateStage(db, contextOf(request), request.params.id, request.body) };
    });

    app.delete('/api/campaigns/stages/:id', { schema: { tags, summary: '删除评审阶段 Delete a stage', ...DeleteStageSchema } }, async (request, reply) => {
      requireActor(request);
      await deleteStage(db, contextOf(request), request.params.id);
      return reply.code(204).send(null);
    });

    app.put('/api/campaigns/stages/:id/criteria', { schema: { tags, summary: '设置评分标准 Set the scoring criteria', ...SetCriteriaSchema } }, async (request) => {
      requireActor(request);
      return { stage: await setCriteria(db, contextOf(request), request.params.id, request.body) };
    });

    registerTransitionRoutes(app, db, stageTransitionSpec, { base: '/api/campaigns/stages', tags, answer: { stage: StageDto } });
  };
}
