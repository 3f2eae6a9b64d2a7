/** Results routes: the organiser's computed views, the saved record and its steps, objections (public, rate-limited) and the public results. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FeatureDeps } from '../../../kernel/deps.js';
import { AppError } from '../../../kernel/errors.js';
import { runTransition } from '../../../kernel/lifecycle/index.js';
import { contextOf, requireActor } from '../../../kernel/request.js';
import type { RequestContext } from '../../../kernel/actor.js';
import type { ResultsTransition } from '../../../shared/evaluation.enums.js';
import { PUBLICITY_WORKING_DAYS } from '../../../shared/evaluation.enums.js';
import { todayInChina } from '../../../shared/partial-date.js';
import { answerObjection, fileObjection } from './objections.service.js';
import { publicResults } from './public-results.js';
import { presentRecord } from './results-present.js';
import { findResults } from './results.repo.js';
import {
  AnalysisSchema,
  AnswerObjectionSchema,
  CompareResultsSchema,
  ConfirmSchema,
  FileObjectionSchema,
  GetRecordSchema,
  PreviewResultsSchema,
  PublicResultsSchema,
  PublishSchema,
  ReopenSchema,
  SaveResultsSchema,
} from './results.schema.js';
import { analyseStage, compareMethods, organisedStage, previewResults, saveResults } from './results.service.js';
import { mailingFor } from '../../notifications/notifications.service.js';
import { resultsTransitionSpec, type Publicity } from './transition-results.js';

const tags = ['campaigns'];
const ids = (text: string | undefined) => (text ? text.split(',').map(Number) : []);

export function resultsRoutes({ db, config }: FeatureDeps): FastifyPluginAsyncZod {
  return async (app) => {
    /** A step of the results' lifecycle, on the shared runner: the stage organised by the viewer, with results saved. */
    const step = async (context: RequestContext, stageId: number, transition: ResultsTransition, decision: object, publicity: Publicity | null = null) => {
      await organisedStage(db, context, stageId);
      if (!(await findResults(db, stageId))) throw new AppError('RESULTS_NOT_COMPUTED');
      return runTransition(db, context, resultsTransitionSpec(publicity, mailingFor(app.jobs, context, null, config)), stageId, transition, decision);
    };

    const base = '/api/campaigns/stages/:id/results';
    app.get(base, { schema: { tags, summary: '计算结果（按计分方法） Results by a method', ...PreviewResultsSchema } }, async (request) => {
      requireActor(request);
      return previewResults(db, contextOf(request), request.params.id, request.query.method, ids(request.query.tieBreak));
    });

    app.get(`${base}/compare`, { schema: { tags, summary: '计分方法对比 What changes between two methods', ...CompareResultsSchema } }, async (request) => {
      requireActor(request);
      return compareMethods(db, contextOf(request), request.params.id, request.query.a, request.query.b, ids(request.query.tieBreak));
    });

    app.get(`${base}/analysis`, { schema: { tags, summary: '评分分析 Disagreement, stability, judges, agreement', ...AnalysisSchema } }, async (request) => {
      requireActor(request);
      return analyseStage(db, contextOf(request), request.params.id, request.query.method, ids(request.query.tieBreak));
    });

    app.get(`${base}/record`, { schema: { tags, summary: '已保存的结果与公示 Saved results and their notice', ...GetRecordSchema } }, async (request) => {
      requireActor(request);
      const context = contextOf(request);
      return presentRecord(db, context, await organisedStage(db, context, request.params.id));
    });

    app.post(base, { schema: { tags, summary: '计算并保存待发布结果 Compute and save pending results', ...SaveResultsSchema } }, async (request) => {
      requireActor(request);
      return saveResults(db, contextOf(request), request.params.id, request.body.method, request.body.tieBreak ?? []);
    });

    app.post(`${base}/publish`, { schema: { tags, summary: '发布结果并开始公示 Publish and start the public notice', description: '须记录 Must record: document', ...PublishSchema } }, async (request) => {
      requireActor(request);
      const { workingDays = PUBLICITY_WORKING_DAYS.default, startsOn = todayInChina(), ...decision } = request.body;
      return step(contextOf(request), request.params.id, 'publish', decision, { workingDays, startsOn });
    });

    app.post(`${base}/confirm`, { schema: { tags, summary: '确认结果 Confirm the results', ...ConfirmSchema } }, async (request) => {
      requireActor(request);
      return step(contextOf(request), request.params.id, 'confirm', request.body as object);
    });

    app.post(`${base}/reopen`, { schema: { tags, summary: '异议成立，重新开放 Reopen after an upheld objection', description: '须记录 Must record: comment', ...ReopenSchema } }, async (request) => {
      requireActor(request);
      return step(contextOf(request), request.params.id, 'reopen', request.body as object);
    });

    app.post('/api/campaigns/objections/:id/answer', { schema: { tags, summary: '答复异议 Answer an objection', ...AnswerObjectionSchema } }, async (request) => {
      requireActor(request);
      return { objection: await answerObjection(db, contextOf(request), request.params.id, request.body) };
    });

    app.post(
      '/api/public/campaigns/stages/:id/objections',
      {
        schema: { tags, summary: '提出异议 File an objection', ...FileObjectionSchema },
        // Anyone may object during a 公示: guarded like the registration, so nobody floods the organiser.
        config: { anonymousMutation: true, rateLimit: { max: config.loginRateLimitPerMinute, timeWindow: '1 minute' } },
      },
      async (request, reply) => reply.code(201).send({ objection: await fileObjection(db, contextOf(request), request.params.id, request.body) }),
    );

    app.get('/api/public/campaigns/:id/results', { schema: { tags, summary: '公示与公布的结果 Published results', ...PublicResultsSchema } }, async (request) =>
      publicResults(db, request.params.id),
    );
  };
}
