/**
 * 指标看板 routes, for staff (their scope) and the public (published values only), each chart's
 * data as JSON and as .xlsx (the same rows as the page's table, in the request language):
 * /api[/public]/indicators/:code/{ranking,series,trend}[.xlsx], /api[/public]/indicators/overview[.xlsx].
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import type { FeatureDeps } from '../../kernel/deps.js';
import { contextOf, langOf } from '../../kernel/request.js';
import type { Lang } from '../../shared/enums.js';
import { XLSX_TYPE } from '../files/spreadsheet-cells.js';
import { sendWorkbook, tableWorkbook, type TableSheet } from '../files/xlsx-format.js';
import { overview, ranking, series, trend, type Reader } from './dashboards.service.js';
import { chartFileName, overviewTable, rankingTable, seriesTable, trendTable } from './dashboards-xlsx.js';
import { OverviewDto, OverviewQuery, RankingDto, RankingQuery, SeriesDto, SeriesQuery, TrendDto, TrendQuery } from './dashboards.schema.js';
import { codeParam } from './indicators.schema.js';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { z } from 'zod';

type Chart<Q extends z.ZodTypeAny, D> = {
  name: 'ranking' | 'series' | 'trend';
  summary: string;
  querystring: Q;
  dto: z.ZodType<D>;
  read: (db: Kysely<Database>, reader: Reader, code: string, query: z.infer<Q>, lang: Lang) => Promise<D>;
  table: (data: D, lang: Lang) => TableSheet;
};
const chart = <Q extends z.ZodTypeAny, D>(c: Chart<Q, D>) => c as unknown as Chart<z.ZodTypeAny, unknown>;

const CHARTS = [
  chart({ name: 'ranking', summary: '雁阵排名（名次及其变化） Formation ranking with the change of rank', querystring: RankingQuery, dto: RankingDto, read: ranking, table: rankingTable }),
  chart({ name: 'series', summary: '区域对比 Several zones\' series', querystring: SeriesQuery, dto: SeriesDto, read: series, table: seriesTable }),
  chart({ name: 'trend', summary: '趋势（累计值折算当月值） A zone\'s trend, monthly values from cumulative ones', querystring: TrendQuery, dto: TrendDto, read: trend, table: trendTable }),
];

function dashboardRoutesFor(db: Kysely<Database>, audience: 'staff' | 'public'): FastifyPluginAsyncZod {
  const base = audience === 'staff' ? '/api/indicators' : '/api/public/indicators';
  const tags = audience === 'staff' ? ['indicators'] : ['public'];
  const who = audience === 'staff' ? '' : '（已发布） (published) ';
  const readerOf = (request: FastifyRequest): Reader => (audience === 'staff' ? { kind: 'staff', context: contextOf(request) } : { kind: 'public' });
  return async (app) => {
    app.get(`${base}/overview`, { schema: { tags, summary: `指标与创新成果概览${who}Economic figures beside innovation counts`, querystring: OverviewQuery, response: { 200: OverviewDto } } }, async (request) =>
      overview(db, readerOf(request), request.query, langOf(request)),
    );
    app.get(`${base}/overview.xlsx`, { schema: { tags, summary: `导出概览 Excel${who}Overview as .xlsx`, querystring: OverviewQuery, produces: [XLSX_TYPE] } }, async (request, reply) => {
      const lang = langOf(request);
      const table = overviewTable(await overview(db, readerOf(request), request.query, lang), lang);
      return sendWorkbook(reply, await tableWorkbook(table), chartFileName('overview', table.title));
    });
    for (const { name, summary, querystring, dto, read, table } of CHARTS) {
      app.get(`${base}/:code/${name}`, { schema: { tags, summary: `${summary} ${who}`.trim(), params: codeParam, querystring, response: { 200: dto } } }, async (request) =>
        read(db, readerOf(request), (request.params as { code: string }).code, request.query, langOf(request)),
      );
      app.get(`${base}/:code/${name}.xlsx`, { schema: { tags, summary: `导出 Excel：${summary} ${who}(.xlsx)`, params: codeParam, querystring, produces: [XLSX_TYPE] } }, async (request, reply) => {
        const lang = langOf(request);
        const rows = table(await read(db, readerOf(request), (request.params as { code: string }).code, request.query, lang), lang);
        return sendWorkbook(reply, await tableWorkbook(rows), chartFileName(name, rows.title));
      });
    }
  };
}

export const dashboardRoutes = ({ db }: FeatureDeps) => dashboardRoutesFor(db, 'staff');
export const publicDashboardRoutes = ({ db }: FeatureDeps) => dashboardRoutesFor(db, 'public');
