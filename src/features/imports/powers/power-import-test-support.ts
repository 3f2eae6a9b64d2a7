/** Shared by the 放权事项 import tests: workbooks as offices keep them, preview and commit of either kind, the export read back. */
import ExcelJS from 'exceljs';
import { AppError } from '../../../kernel/errors.js';
import { multipart, type FilesTestApp } from '../../../testing/files-test-app.js';
import type { DemoUser, TestUser } from '../../../testing/test-app.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
type Cell = string | number | Date | null;

export function previewPowers(t: FilesTestApp, user: DemoUser | TestUser | null, kind: 'power_catalogue' | 'power_cases', content: Buffer, batch?: number) {
  const body = multipart([{ name: 'file', fileName: '放权.xlsx', content, contentType: XLSX }]);
  return t.call(user, { method: 'POST', url: `/api/imports/${kind}/preview${batch ? `?batch=${batch}` : ''}`, payload: body.payload, headers: body.headers });
}

/** 确认导入 and its job, answered as the job ended (200 with its result, or its error's status); the users are the tests' own. */
export async function commitImport(t: FilesTestApp, user: DemoUser | TestUser, importId: string) {
  const step = await t.call(user, { method: 'POST', url: `/api/imports/${importId}/commit` });
  if (step.statusCode !== 202) return { statusCode: step.statusCode, body: step.body, json: () => step.json() };
  await t.app.jobs.whenIdle();
  const job = (await t.call(user, { method: 'GET', url: `/api/jobs/${step.json().batch.commitJobId}` })).json().job;
  if (job.status === 'succeeded') return { statusCode: 200, body: JSON.stringify(job.result), json: () => job.result };
  return { statusCode: new AppError(job.error.code).statusCode, body: JSON.stringify(job.error), json: () => job.error };
}

/**
 * A provincial 放权清单 as offices lay it out: a title merged over the columns, 序号, 主管部门/实施机关
 * in one column, 办理时限（工作日） merged over 法定 and 承诺, a 备注 column.
 */
export async function officeCatalogue(rows: Cell[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('附件');
  const top = ['序号', '事项名称', '事项编码', '事项类型', '主管部门/实施机关', '设定和实施依据', '下放层级', '下放方式', '委托书文号', '承接主体', '办理时限（工作日）', null, '备注'];
  sheet.addRow(['第三批下放中国（四川）自由贸易试验区的省级管理事项目录']);
  sheet.mergeCells(1, 1, 1, top.length);
  sheet.addRow(top);
  sheet.addRow([null, null, null, null, null, null, null, null, null, null, '法定时限', '承诺时限', null]);
  for (const column of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 13]) sheet.mergeCells(2, column, 3, column);
  sheet.mergeCells(2, 11, 2, 12);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A 月度办件量 table: one header row, the given columns. */
export async function casesWorkbook(header: string[], rows: Cell[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('办件量');
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The data rows of an exported catalogue (below its title and header), as text. */
export async function exportedRows(content: Buffer): Promise<{ header: string[]; rows: string[][] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const values: string[][] = [];
  sheet.eachRow((row) => values.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))));
  return { header: values[1]!, rows: values.slice(2) };
}
