/** 放权赋能事项 staff routes: the catalogue, batches, delegations and their steps, cases, the stats view and the comparison; 通办. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { FeatureDeps } from '../../kernel/deps.js';
import { registerTransitionRoutes } from '../../kernel/lifecycle/index.js';
import { contextOf, langOf } from '../../kernel/request.js';
import { viewerOf } from '../../kernel/viewer.js';
import { XLSX_TYPE } from '../files/spreadsheet-cells.js';
import { fileNamePart, sendWorkbook, tableWorkbook } from '../files/xlsx-format.js';
import { getZone } from '../zones/zones.service.js';
import { requirePowerStaff } from './powers.policy.js';
import { presentBatch, presentDelegation, presentItem } from './powers-present.js';
import { listItems } from './powers.repo.js';
import { findVisibleDelegations } from './powers-search.js';
import {
  ChangeDelegationSchema,
  CompareSchema,
  CreateBatchSchema,
  CreateDelegationSchema,
  CreateItemSchema,
  DelegationDto,
  GetDelegationSchema,
  ListBatchesSchema,
  ListDelegationsSchema,
  ListItemsSchema,
  MeasuresSchema,
  RecordCasesSchema,
  StatsSchema,
} from './powers.schema.js';
import { changeDelegation, createBatch, createDelegation, createItem, getDelegation, recordCases, updateMeasures } from './powers.service.js';
import { compareCatalogue, cachedPowerStats } from './powers-stats.js';
import { trendSheet } from './stats-xlsx.js';
import { ListTongbanSchema, listTongban } from './tongban.js';
import { DELEGATION_TRANSITION_SPEC } from './transition-delegation.js';

const tags = ['powers'];

/** The path of the zone a filter names (404 for none), or undefined without one. */
export const zonePathOf = async (db: Kysely<Database>, zone: number | undefined) => (zone ? (await getZone(db, zone)).path : undefined);

export function powerRoutes({ db }: FeatureDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/powers', { schema: { tags, summary: '放权事项清单 Delegated powers', ...ListDelegationsSchema } }, async (request) => {
      const context = contextOf(request);
      requirePowerStaff(context.actor);
      const { zone, page, pageSize, ...filter } = request.query;
      const { rows, total } = await findVisibleDelegations(db, viewerOf(context), { ...filter, zonePath: await zonePathOf(db, zone), limit: pageSize, offset: (page - 1) * pageSize });
      return { items: rows.map((row) => presentDelegation(row, context.actor, filter.on)), total };
    });

    app.post('/api/powers', { schema: { tags, summary: '下放（委托、授权）事项 Delegate a power', ...CreateDelegationSchema } }, async (request, reply) =>
      reply.code(201).send({ delegation: await createDelegation(db, contextOf(request), request.body) }),
    );

    app.get('/api/powers/items', { schema: { tags, summary: '事项目录 Catalogue items', ...ListItemsSchema } }, async (request) => {
      requirePowerStaff(contextOf(request).actor);
      const { q, parentId, page, pageSize } = request.query;
      const { rows, total } = await listItems(db, { q, parentId, limit: pageSize, offset: (page - 1) * pageSize });
      return { items: rows.map(presentItem), total };
    });

    app.post('/api/powers/items', { schema: { tags, summary: '新建事项 Add a catalogue item', ...CreateItemSchema } }, async (request, reply) =>
      reply.code(201).send({ item: await createItem(db, contextOf(request), request.body) }),
    );

    app.get('/api/powers/batches', { schema: { tags, summary: '放权批次 Delegation batches', ...ListBatchesSchema } }, async (request) => {
      requirePowerStaff(contextOf(request).actor);
      const rows = await db.selectFrom('power_batches').selectAll().orderBy('effective_on').orderBy('id').execute();
      return { items: rows.map(presentBatch) };
    });

    app.post('/api/powers/batches', { schema: { tags, summary: '新建放权批次 Add a batch', ...CreateBatchSchema } }, async (request, reply) =>
      reply.code(201).send({ batch: await createBatch(db, contextOf(request), request.body) }),
    );

    app.get('/api/powers/stats', { schema: { tags, summary: '放得下、接得住、用得好 Delegation statistics', ...StatsSchema } }, async (request) => {
      const context = contextOf(request);
      requirePowerStaff(context.actor);
      const { zone, months, until } = request.query;
      return cachedPowerStats(db, viewerOf(context), { zonePath: await zonePathOf(db, zone), months, until });
    });

    app.get('/api/powers/stats/trend.xlsx', { schema: { tags, summary: '导出月度办件趋势 Excel Monthly cases as .xlsx', querystring: StatsSchema.querystring, produces: [XLSX_TYPE] } }, async (request, reply) => {
      const context = contextOf(request);
      requirePowerStaff(context.actor);
      const { zone, months, until } = request.query;
      const where = zone ? await getZone(db, zone) : null;
      const stats = await cachedPowerStats(db, viewerOf(context), { zonePath: where?.path, months, until });
      const sheet = trendSheet(stats, where && { name: where.name, nameEn: where.name_en }, langOf(request));
      return sendWorkbook(reply, await tableWorkbook(sheet), `${fileNamePart(sheet.title)}.xlsx`);
    });

    app.get('/api/powers/compare', { schema: { tags, summary: '两日清单对比 Compare the catalogue on two days', ...CompareSchema } }, async (request) => {
      const context = contextOf(request);
      requirePowerStaff(context.actor);
      const { zone, from, to } = request.query;
      return compareCatalogue(db, viewerOf(context), { from, to, zonePath: await zonePathOf(db, zone) });
    });

    app.get('/api/powers/:id', { schema: { tags, summary: '下放事项详情 Delegated power', ...GetDelegationSchema } }, async (request) =>
      getDelegation(db, contextOf(request), request.params.id),
    );

    app.post('/api/powers/:id/changes', { schema: { tags, summary: '按批次调整事项 Change by a batch', ...ChangeDelegationSchema } }, async (request) => ({
      delegation: await changeDelegation(db, contextOf(request), request.params.id, request.body),
    }));

    app.put('/api/powers/:id/measures', { schema: { tags, summary: '事中事后监管措施 Supervision measures', ...MeasuresSchema } }, async (request) => ({
      delegation: await updateMeasures(db, contextOf(request), request.params.id, request.body.supervisionMeasures),
    }));

    app.post('/api/powers/:id/cases', { schema: { tags, summary: '录入月度办件量 Record a month’s cases', ...RecordCasesSchema } }, async (request) =>
      recordCases(db, contextOf(request), request.params.id, request.body),
    );

    registerTransitionRoutes(app, db, DELEGATION_TRANSITION_SPEC, { base: '/api/powers', tags, answer: { delegation: DelegationDto } });

    app.get('/api/tongban', { schema: { tags, summary: '通办事项 Cross-region services', ...ListTongbanSchema } }, async (request) => {
      const context = contextOf(request);
      requirePowerStaff(context.actor);
      const { zone, ...rest } = request.query;
      return listTongban(db, viewerOf(context), { ...rest, zonePath: await zonePathOf(db, zone) });
    });
  };
}
