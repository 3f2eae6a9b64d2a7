/** The expert pool routes (专家库): the organisers' only; no public route shows an expert. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FeatureDeps } from '../../kernel/deps.js';
import { contextOf, requireActor } from '../../kernel/request.js';
import { CreateExpertSchema, GetExpertSchema, ListExpertsSchema, ListJudgeAccountsSchema, UpdateExpertSchema } from './experts.schema.js';
import { createExpert, getExpert, listExperts, listJudgeAccounts, updateExpert } from './experts.service.js';

const tags = ['experts'];

export function expertRoutes({ db }: FeatureDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/experts', { schema: { tags, summary: '专家库 Expert pool', ...ListExpertsSchema } }, async (request) => {
      requireActor(request);
      return listExperts(db, contextOf(request), request.query);
    });

    app.post('/api/experts', { schema: { tags, summary: '新增专家 Add an expert', ...CreateExpertSchema } }, async (request, reply) => {
      requireActor(request);
      return reply.code(201).send({ expert: await createExpert(db, contextOf(request), request.body) });
    });

    // Accounts are the security admin's to make (三员分立); the organisers only pick one to link.
    app.get('/api/experts/judge-accounts', { schema: { tags, summary: '可关联的评审账号 Judge accounts to link', ...ListJudgeAccountsSchema } }, async (request) => {
      requireActor(request);
      return listJudgeAccounts(db, contextOf(request), request.query);
    });

    app.get('/api/experts/:id', { schema: { tags, summary: '专家详情 Expert detail', ...GetExpertSchema } }, async (request) => {
      requireActor(request);
      return { expert: await getExpert(db, contextOf(request), request.params.id) };
    });

    app.patch('/api/experts/:id', { schema: { tags, summary: '修改专家信息 Edit an expert', ...UpdateExpertSchema } }, async (request) => {
      requireActor(request);
      return { expert: await updateExpert(db, contextOf(request), request.params.id, request.body) };
    });
  };
}
