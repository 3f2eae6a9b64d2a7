/** Routes of the non-scored stages' records: a due-diligence stage's checklist, checks and conclusions; an activity stage's rule, sessions and attendance; an applicant's own view. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FeatureDeps } from '../../../kernel/deps.js';
import { contextOf, requireActor } from '../../../kernel/request.js';
import {
  AddSessionSchema,
  DeleteSessionSchema,
  GetAttendanceSchema,
  GetDiligenceSchema,
  MyEntryStagesSchema,
  RecordAttendanceSchema,
  RecordChecksSchema,
  SetAttendanceRuleSchema,
  SetChecklistSchema,
  SetConclusionSchema,
} from './activities.schema.js';
import { addSession, deleteSession, getAttendance, recordAttendance, setAttendanceRule } from './attendance.service.js';
import { getDiligence, recordChecks, setChecklist, setConclusion } from './diligence.service.js';
import { myEntryStages } from './my-stages.service.js';

const tags = ['campaigns'];

export function activityRoutes({ db }: FeatureDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const stage = '/api/campaigns/stages/:id';
    app.get(`${stage}/diligence`, { schema: { tags, summary: '尽职调查清单与结论 Due-diligence checklist and conclusions', ...GetDiligenceSchema } }, async (request) => {
      requireActor(request);
      return getDiligence(db, contextOf(request), request.params.id);
    });
    app.put(`${stage}/diligence/checklist`, { schema: { tags, summary: '设置尽调清单 Set the checklist', ...SetChecklistSchema } }, async (request) => {
      requireActor(request);
      return setChecklist(db, contextOf(request), request.params.id, request.body);
    });
    app.put(`${stage}/diligence/checks`, { schema: { tags, summary: '登记尽调核查 Record checks', ...RecordChecksSchema } }, async (request) => {
      requireActor(request);
      return recordChecks(db, contextOf(request), request.params.id, request.body);
    });
    app.put(`${stage}/diligence/conclusion`, { schema: { tags, summary: '给出尽调结论 Give an entry\'s conclusion', ...SetConclusionSchema } }, async (request) => {
      requireActor(request);
      return setConclusion(db, contextOf(request), request.params.id, request.body);
    });

    app.get(`${stage}/attendance`, { schema: { tags, summary: '活动场次与出勤 Sessions and attendance', ...GetAttendanceSchema } }, async (request) => {
      requireActor(request);
      return getAttendance(db, contextOf(request), request.params.id);
    });
    app.put(`${stage}/attendance/rule`, { schema: { tags, summary: '设置出勤要求 Set the minimum attendance', ...SetAttendanceRuleSchema } }, async (request) => {
      requireActor(request);
      return setAttendanceRule(db, contextOf(request), request.params.id, request.body.minAttendance);
    });
    app.post(`${stage}/sessions`, { schema: { tags, summary: '新增活动场次 Add a session', ...AddSessionSchema } }, async (request, reply) => {
      requireActor(request);
      return reply.code(201).send(await addSession(db, contextOf(request), request.params.id, request.body));
    });
    app.delete('/api/campaigns/sessions/:id', { schema: { tags, summary: '删除活动场次 Delete a session', ...DeleteSessionSchema } }, async (request) => {
      requireActor(request);
      return deleteSession(db, contextOf(request), request.params.id);
    });
    app.put('/api/campaigns/sessions/:id/attendance', { schema: { tags, summary: '登记出勤 Record attendance', ...RecordAttendanceSchema } }, async (request) => {
      requireActor(request);
      return recordAttendance(db, contextOf(request), request.params.id, request.body);
    });

    app.get('/api/my/entries/:id/stages', { schema: { tags, summary: '我的项目：活动出勤与尽调结论 My entry\'s attendance and conclusions', ...MyEntryStagesSchema } }, async (request) => {
      requireActor(request);
      return myEntryStages(db, contextOf(request), request.params.id);
    });
  };
}
