/** A judge's routes (their assignments, commitment, score sheets) and the organiser's scoring progress. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FeatureDeps } from '../../kernel/deps.js';
import { contextOf, requireActor } from '../../kernel/request.js';
import { stageProgress } from './draws.service.js';
import { CommitmentSchema, MyAssignmentsSchema, ProgressSchema, SaveSheetSchema, SubmitSheetSchema } from './judging.schema.js';
import { confirmCommitment, myAssignmentsWithCriteria, saveSheet, submitSheet } from './judging.service.js';

const tags = ['campaigns'];

export function judgingRoutes({ db }: FeatureDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/my/assignments', { schema: { tags, summary: '我的评审任务 My assignments', ...MyAssignmentsSchema } }, async (request) => {
      requireActor(request);
      return myAssignmentsWithCriteria(db, contextOf(request));
    });

    app.post('/api/campaigns/stages/:id/commitment', { schema: { tags, summary: '签署评审承诺书 Confirm the commitment', ...CommitmentSchema } }, async (request) => {
      requireActor(request);
      return { commitment: await confirmCommitment(db, contextOf(request), request.params.id) };
    });

    app.put('/api/campaigns/stages/:id/sheets/:entryId', { schema: { tags, summary: '保存评分表 Save a score sheet', ...SaveSheetSchema } }, async (request) => {
      requireActor(request);
      return { sheet: await saveSheet(db, contextOf(request), request.params.id, request.params.entryId, request.body.scores) };
    });

    app.post('/api/campaigns/stages/:id/sheets/:entryId/submit', { schema: { tags, summary: '提交评分表 Submit a score sheet', ...SubmitSheetSchema } }, async (request) => {
      requireActor(request);
      return { sheet: await submitSheet(db, contextOf(request), request.params.id, request.params.entryId, request.body.scores) };
    });

    app.get('/api/campaigns/stages/:id/progress', { schema: { tags, summary: '评分进度 Scoring progress', ...ProgressSchema } }, async (request) => {
      requireActor(request);
      return stageProgress(db, contextOf(request), request.params.id);
    });
  };
}
