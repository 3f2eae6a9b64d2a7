/** 简报: list, compose, read (figures live while a draft), edit, delete, evaluate one figure, and a route per step. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FeatureDeps } from '../../kernel/deps.js';
import { registerTransitionRoutes } from '../../kernel/lifecycle/index.js';
import { contextOf, requireActor } from '../../kernel/request.js';
import { viewerOf } from '../../kernel/viewer.js';
import { getZone } from '../zones/zones.service.js';
import { requireBulletinStaff } from './bulletins.policy.js';
import { findVisibleBulletins } from './bulletin-search.js';
import {
  BulletinDto,
  CreateBulletinSchema,
  DeleteBulletinSchema,
  EvaluateFigureSchema,
  GetBulletinSchema,
  ListBulletinsSchema,
  UpdateBulletinSchema,
} from './bulletins.schema.js';
import { createBulletin, deleteBulletin, evaluateFigure, getBulletin, presentSummary, updateBulletin } from './bulletins.service.js';
import { bulletinTransitionSpec } from './transition-bulletin.js';

const tags = ['bulletins'];

export function bulletinRoutes({ db }: FeatureDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/bulletins', { schema: { tags, summary: '简报列表 Bulletins', ...ListBulletinsSchema } }, async (request) => {
      const context = contextOf(request);
      requireBulletinStaff(context);
      const { status, zoneId, q, page, pageSize } = request.query;
      const zonePath = zoneId ? (await getZone(db, zoneId)).path : undefined;
      const { rows, total } = await findVisibleBulletins(db, viewerOf(context), { status, zonePath, q, limit: pageSize, offset: (page - 1) * pageSize });
      return { items: rows.map(presentSummary), total };
    });

    app.post('/api/bulletins', { schema: { tags, summary: '新建简报 Compose a bulletin', ...CreateBulletinSchema } }, async (request, reply) => {
      requireActor(request);
      return reply.code(201).send({ bulletin: await createBulletin(db, contextOf(request), request.body) });
    });

    app.post('/api/bulletins/figures/evaluate', { schema: { tags, summary: '试算一项简报数据 Evaluate one figure', ...EvaluateFigureSchema } }, async (request) => {
      requireActor(request);
      return { figure: await evaluateFigure(db, contextOf(request), request.body) };
    });

    app.get('/api/bulletins/:id', { schema: { tags, summary: '简报详情 Bulletin', ...GetBulletinSchema } }, async (request) => {
      const context = contextOf(request);
      requireBulletinStaff(context);
      return { bulletin: await getBulletin(db, context, request.params.id) };
    });

    app.put('/api/bulletins/:id', { schema: { tags, summary: '修改简报草稿 Edit a draft', ...UpdateBulletinSchema } }, async (request) => {
      requireActor(request);
      return { bulletin: await updateBulletin(db, contextOf(request), request.params.id, request.body) };
    });

    app.delete('/api/bulletins/:id', { schema: { tags, summary: '删除简报草稿 Delete a draft', ...DeleteBulletinSchema } }, async (request, reply) => {
      requireActor(request);
      await deleteBulletin(db, contextOf(request), request.params.id);
      return reply.code(204).send(null);
    });

    registerTransitionRoutes(app, db, bulletinTransitionSpec(() => app.jobs), { base: '/api/bulletins', tags, answer: { bulletin: BulletinDto } });
  };
}
