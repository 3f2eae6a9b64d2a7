/** Draw and assignment routes: the organiser draws and assigns a scored stage's judges; anyone who sees the stage reads the published draw; a judge declares a conflict. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FeatureDeps } from '../../kernel/deps.js';
import { contextOf, requireActor } from '../../kernel/request.js';
import { mailingFor } from '../notifications/notifications.service.js';
import { AssignSchema, CreateDrawSchema, DeclareConflictSchema, GetDrawSchema, RemindSchema } from './draws.schema.js';
import { assignStage, createDraw, declareConflict, getDraw } from './draws.service.js';
import { remindJudges } from './evaluation.notify.js';

const tags = ['campaigns'];

export function drawRoutes({ db, config }: FeatureDeps): FastifyPluginAsyncZod {
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
      const context = contextOf(request);
      const assigned = await assignStage(db, context, request.params.id, request.body, mailingFor(app.jobs, context, null, config));
      app.jobs.wake();
      return reply.code(201).send(assigned);
    });

    app.post('/api/campaigns/stages/:id/reminders', { schema: { tags, summary: '提醒评委 Remind the judges who have not finished', ...RemindSchema } }, async (request) => {
      requireActor(request);
      const context = contextOf(request);
      const reminded = await remindJudges(db, context, request.params.id, mailingFor(app.jobs, context, null, config));
      app.jobs.wake();
      return reminded;
    });

    app.post('/api/my/assignments/:id/conflict', { schema: { tags, summary: '申报回避 Declare a conflict of interest', ...DeclareConflictSchema } }, async (request) => {
      requireActor(request);
      const context = contextOf(request);
      const replaced = await declareConflict(db, context, request.params.id, request.body.reason, mailingFor(app.jobs, context, null, config));
      app.jobs.wake();
      return replaced;
    });
  };
}
