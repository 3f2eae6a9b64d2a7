/** Draw and assignment routes: the organiser draws and assigns a scored stage's judges; anyone who sees the stage reads the published draw; a judge declares a conflict. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FeatureDeps } from '../../kernel/deps.js';
import { contextOf, requireActor } from '../../kernel/request.js';
import { AssignSchema, CreateDrawSchema, DeclareConflictSchema, GetDrawSchema } from './draws.schema.js';
import { assignStage, createDraw, declareConflict, getDraw } from './draws.service.js';

const tags = ['campaigns'];

export function drawRoutes({ db }: FeatureDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post('/api/campaigns/stages/:id/draw', { schema: { tags, summary: '随机抽取评审专家 Draw the judges', ...CreateDrawSchema } }, async (request, reply) => {
      requireActor(request);
      return reply.code(201).send({ draw: await createDraw(db, contextOf(request), request.params.id, request.body) });
    });

    app.get('/api/campaigns/stages/:id/draw', { schema: { tags, summary: '抽取结果 The published draw', ...GetDrawSchema } }, async (request) => ({
      draw: await getDraw(db, contextOf(request), request.params.id),
    }));

    app.post('/api/campaigns/stages/:id/assignments', { schema: { tags, summary: '分配评审任务 Assign judges to entries', ...AssignSchema } }, async (request, reply) => {
      requireActor(request);
      return reply.code(201).send(await assignStage(db, contextOf(request), request.params.id, request.body));
    });

    app.post('/api/my/assignments/:id/conflict', { schema: { tags, summary: '申报回避 Declare a conflict of interest', ...DeclareConflictSchema } }, async (request) => {
      requireActor(request);
      return declareConflict(db, contextOf(request), request.params.id, request.body.reason);
    });
  };
}
