/** Follow-up routes: the organiser's view and records (agreements, milestones, reports on a winner's behalf), and the winner's own view and reports. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FeatureDeps } from '../../../kernel/deps.js';
import { contextOf, requireActor } from '../../../kernel/request.js';
import {
  AddMilestoneSchema, CorrectReportSchema, CreateAgreementSchema, FileReportSchema, FollowUpSchema, MyFollowUpSchema, UpdateAgreementSchema, UpdateMilestoneSchema,
} from './follow-up.schema.js';
import {
  addMilestone, campaignFollowUp, correctReport, createAgreement, fileMyReport, fileReportOnBehalf, myFollowUp, updateAgreement, updateMilestone,
} from './follow-up.service.js';

const tags = ['campaigns'];

export function followUpRoutes({ db }: FeatureDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/campaigns/:id/follow-up', { schema: { tags, summary: '跟踪服务与绩效 Follow-up of the winners', ...FollowUpSchema } }, async (request) => {
      requireActor(request);
      return campaignFollowUp(db, contextOf(request), request.params.id);
    });

    app.post('/api/campaigns/entries/:id/agreements', { schema: { tags, summary: '记录跟踪服务协议 Record a service agreement', ...CreateAgreementSchema } }, async (request, reply) => {
      requireActor(request);
      return reply.code(201).send({ agreement: await createAgreement(db, contextOf(request), request.params.id, request.body) });
    });

    app.patch('/api/campaigns/agreements/:id', { schema: { tags, summary: '修改跟踪服务协议 Edit a service agreement', ...UpdateAgreementSchema } }, async (request) => {
      requireActor(request);
      return { agreement: await updateAgreement(db, contextOf(request), request.params.id, request.body) };
    });

    app.post('/api/campaigns/agreements/:id/milestones', { schema: { tags, summary: '新增里程碑 Add a milestone', ...AddMilestoneSchema } }, async (request, reply) => {
      requireActor(request);
      return reply.code(201).send({ agreement: await addMilestone(db, contextOf(request), request.params.id, request.body) });
    });

    app.patch('/api/campaigns/milestones/:id', { schema: { tags, summary: '修改里程碑、记录完成 Edit a milestone, record it done', ...UpdateMilestoneSchema } }, async (request) => {
      requireActor(request);
      return { agreement: await updateMilestone(db, contextOf(request), request.params.id, request.body) };
    });

    app.post('/api/campaigns/entries/:id/kpi-reports', { schema: { tags, summary: '代报绩效报告 File a KPI report on a winner\'s behalf', ...FileReportSchema } }, async (request, reply) => {
      requireActor(request);
      return reply.code(201).send({ report: await fileReportOnBehalf(db, contextOf(request), request.params.id, request.body) });
    });

    app.patch('/api/campaigns/kpi-reports/:id', { schema: { tags, summary: '更正绩效报告（代报） Correct a KPI report for a winner', ...CorrectReportSchema } }, async (request) => {
      requireActor(request);
      return { report: await correctReport(db, contextOf(request), request.params.id, request.body, false) };
    });

    app.get('/api/my/entries/:id/follow-up', { schema: { tags, summary: '我的获奖项目跟踪服务 My entry\'s follow-up', ...MyFollowUpSchema } }, async (request) => {
      requireActor(request);
      return myFollowUp(db, contextOf(request), request.params.id);
    });

    app.post('/api/my/entries/:id/kpi-reports', { schema: { tags, summary: '填报绩效报告 File my KPI report', ...FileReportSchema } }, async (request, reply) => {
      requireActor(request);
      return reply.code(201).send({ report: await fileMyReport(db, contextOf(request), request.params.id, request.body) });
    });

    app.patch('/api/my/kpi-reports/:id', { schema: { tags, summary: '更正我的绩效报告 Correct my KPI report', ...CorrectReportSchema } }, async (request) => {
      requireActor(request);
      return { report: await correctReport(db, contextOf(request), request.params.id, request.body, true) };
    });
  };
}
