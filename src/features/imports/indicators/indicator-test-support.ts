/** Shared by the indicator import tests: the indicators they import into, preview, commit and the values written. */
import { expect } from 'vitest';
import { AppError } from '../../../kernel/errors.js';
import { multipart, type FilesTestApp } from '../../../testing/files-test-app.js';
import type { DemoUser } from '../../../testing/test-app.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function createIndicators(t: FilesTestApp): Promise<void> {
  for (const payload of [
    { code: 'test_trade', nameZh: '测试进出口总额', nameEn: 'Test trade', unit: 'cny_100m', periodKind: 'year', combine: 'sum' },
    { code: 'test_firms', nameZh: '测试新增企业', nameEn: 'Test firms', unit: 'firm', periodKind: 'year', combine: 'sum' },
    { code: 'test_growth', nameZh: '测试增速', nameEn: 'Test growth', unit: 'percent', periodKind: 'year', combine: 'none' },
  ]) {
    const created = await t.call('admin', { method: 'POST', url: '/api/indicators', payload });
    expect(created.statusCode, created.body).toBe(201);
  }
}

export function previewIndicators(t: FilesTestApp, user: DemoUser | null, content: Buffer, source?: string) {
  const body = multipart([{ name: 'file', fileName: '指标.xlsx', content, contentType: XLSX }]);
  const query = source ? `?source=${encodeURIComponent(source)}` : '';
  return t.call(user, { method: 'POST', url: `/api/imports/indicators/preview${query}`, payload: body.payload, headers: body.headers });
}

/** 确认导入 and its job, answered as the job ended (200 with its result, or its error's status). */
export async function commitImport(t: FilesTestApp, user: DemoUser, importId: string) {
  const step = await t.call(user, { method: 'POST', url: `/api/imports/${importId}/commit` });
  if (step.statusCode !== 202) return { statusCode: step.statusCode, body: step.body, json: () => step.json() };
  await t.app.jobs.whenIdle();
  const job = (await t.call(user, { method: 'GET', url: `/api/jobs/${step.json().batch.commitJobId}` })).json().job;
  if (job.status === 'succeeded') return { statusCode: 200, body: JSON.stringify(job.result), json: () => job.result };
  return { statusCode: new AppError(job.error.code).statusCode, body: JSON.stringify(job.error), json: () => job.error };
}

export async function valuesOf(t: FilesTestApp, code: string, period?: string) {
  let query = t.database.db
    .selectFrom('indicator_values')
    .innerJoin('indicator_definitions', 'indicator_definitions.id', 'indicator_values.indicator_id')
    .select(['indicator_values.zone_id as zone', 'indicator_values.period', 'indicator_values.value', 'indicator_values.source'])
    .where('indicator_definitions.code', '=', code)
    .orderBy('indicator_values.id');
  if (period) query = query.where('indicator_values.period', '=', period);
  return (await query.execute()).map((r) => ({ ...r, value: String(r.value) }));
}
