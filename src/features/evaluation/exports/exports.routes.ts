/** The evaluation engine's .xlsx exports: a stage's score sheets for signature (评分表) and its results (评审结果). */
import type ExcelJS from 'exceljs';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RequestContext } from '../../../kernel/actor.js';
import type { FeatureDeps } from '../../../kernel/deps.js';
import { contextOf, requireActor } from '../../../kernel/request.js';
import { idParam } from '../../../shared/schemas.js';
import { XLSX_TYPE } from '../../imports/imports.schema.js';
import { readResultsExport, resultsFileName, resultsWorkbook } from './results-xlsx.js';
import { readScoreSheets } from './score-sheets.data.js';
import { scoreSheetsFileName, scoreSheetsWorkbook } from './score-sheets-xlsx.js';
import { sendWorkbook } from '../../files/xlsx-format.js';

type Export = {
  file: string;
  summary: string;
  description: string;
  build: (context: RequestContext, stageId: number) => Promise<{ workbook: ExcelJS.Workbook; fileName: string }>;
};

export function exportRoutes({ db }: FeatureDeps): FastifyPluginAsyncZod {
  const exports: Export[] = [
    {
      file: 'sheets.xlsx',
      summary: '导出评分表 Score sheets for signature (.xlsx)',
      description: '每位评委一张工作表（A4，表头每页重复），含已提交的评分、加权总分公式与签字栏。组织方导出全部评委；评委只能导出自己的评分表。One worksheet per judge; the organiser gets the whole panel, a judge their own sheet.',
      build: async (context, stageId) => {
        const data = await readScoreSheets(db, context, stageId);
        return { workbook: await scoreSheetsWorkbook(data), fileName: scoreSheetsFileName(data) };
      },
    },
    {
      file: 'results.xlsx',
      summary: '导出评审结果 Results (.xlsx)',
      description: '已保存的结果（名次、得分、评委数、晋级与奖项）及公示信息，另附各计分方法对比。仅组织方。The saved results with the 公示, and the methods side by side; the organiser only.',
      build: async (context, stageId) => {
        const data = await readResultsExport(db, context, stageId);
        return { workbook: await resultsWorkbook(data), fileName: resultsFileName(data) };
      },
    },
  ];
  return async (app) => {
    for (const { file, summary, description, build } of exports) {
      const schema = { tags: ['campaigns'], summary, description, params: idParam, querystring: z.strictObject({}), produces: [XLSX_TYPE] };
      app.get(`/api/campaigns/stages/:id/${file}`, { schema }, async (request, reply) => {
        requireActor(request);
        const { workbook, fileName } = await build(contextOf(request), request.params.id);
        return sendWorkbook(reply, workbook, fileName);
      });
    }
  };
}
