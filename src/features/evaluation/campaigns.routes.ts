/** Campaign routes: series, campaigns (list, read, create, edit, lifecycle steps), categories, and the public list. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FeatureDeps } from '../../kernel/deps.js';
import { registerTransitionRoutes } from '../../kernel/lifecycle/index.js';
import { contextOf, requireActor } from '../../kernel/request.js';
import {
  CampaignDto,
  CreateCampaignSchema,
  CreateCategorySchema,
  CreateSeriesSchema,
  DeleteCategorySchema,
  GetCampaignSchema,
  ListCampaignsSchema,
  ListSeriesSchema,
  PublicCampaignsSchema,
  UpdateCampaignSchema,
  UpdateCategorySchema,
} from './campaigns.schema.js';
import {
  createCampaign,
  createCategory,
  createSeries,
  deleteCategory,
  getCampaignDetail,
  listCampaigns,
  listPublicCampaigns,
  listSeries,
  updateCampaign,
  updateCategory,
} from './campaigns.service.js';
import { campaignTransitionSpec } from './transition-campaign.js';

const tags = ['campaigns'];

export function campaignRoutes({ db }: FeatureDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/public/campaigns', { schema: { tags, summary: '已公布的评审活动 Published campaigns', ...PublicCampaignsSchema } }, async (request) =>
      listPublicCampaigns(db, request.query),
    );

    app.get('/api/campaigns/series', { schema: { tags, summary: '评审系列 Campaign series', ...ListSeriesSchema } }, async (request) => ({
      items: await listSeries(db, contextOf(request)),
    }));

    app.post('/api/campaigns/series', { schema: { tags, summary: '新增评审系列 Create a series', ...CreateSeriesSchema } }, async (request, reply) => {
      requireActor(request);
      return reply.code(201).send({ series: await createSeries(db, contextOf(request), request.body) });
    });

    app.get('/api/campaigns', { schema: { tags, summary: '评审活动列表 List campaigns', ...ListCampaignsSchema } }, async (request) =>
      listCampaigns(db, contextOf(request), request.query),
    );

    app.post('/api/campaigns', { schema: { tags, summary: '新增评审活动 Create a campaign', ...CreateCampaignSchema } }, async (request, reply) => {
      requireActor(request);
      return reply.code(201).send({ campaign: await createCampaign(db, contextOf(request), request.body) });
    });

    app.get('/api/campaigns/:id', { schema: { tags, summary: '评审活动详情 Campaign detail', ...GetCampaignSchema } }, async (request) =>
      getCampaignDetail(db, contextOf(request), request.params.id),
    );

    app.patch('/api/campaigns/:id', { schema: { tags, summary: '修改评审活动 Edit a campaign', ...UpdateCampaignSchema } }, async (request) => {
      requireActor(request);
      return { campaign: await updateCampaign(db, contextOf(request), request.params.id, request.body) };
    });

    app.post('/api/campaigns/:id/categories', { schema: { tags, summary: '新增评审类别 Add a category', ...CreateCategorySchema } }, async (request, reply) => {
      requireActor(request);
      return reply.code(201).send({ category: await createCategory(db, contextOf(request), request.params.id, request.body) });
    });

    app.patch('/api/campaigns/categories/:id', { schema: { tags, summary: '修改评审类别 Edit a category', ...UpdateCategorySchema } }, async (request) => {
      requireActor(request);
      return { category: await updateCategory(db, contextOf(request), request.params.id, request.body) };
    });

    app.delete('/api/campaigns/categories/:id', { schema: { tags, summary: '删除评审类别 Delete a category', ...DeleteCategorySchema } }, async (request, reply) => {
      requireActor(request);
      await deleteCategory(db, contextOf(request), request.params.id);
      return reply.code(204).send(null);
    });

    registerTransitionRoutes(app, db, campaignTransitionSpec, { base: '/api/campaigns', tags, answer: { campaign: CampaignDto } });
  };
}
