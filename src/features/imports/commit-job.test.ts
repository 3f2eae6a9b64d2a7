/**
 * 确认导入 through the batch's lifecycle and the job runner: the step answers 202 with the batch
 * committing and its job; the job ends the step (committed, or previewed again with why and
 * nothing written); 放弃 ends a batch; the job kind is not one anyone starts from 我的任务.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, zoneIdByCode, type DemoUser, type TestApp } from '../../testing/test-app.js';
import { insertBatch, type StoredRow } from './imports.repo.js';

let t: TestApp;
let yibinZone: number;
let yibinId: number;

beforeAll(async () => {
  t = await createTestApp();
  yibinZone = await zoneIdByCode(t, 'SC-P-YB');
  yibinId = (await t.database.db.selectFrom('users').select('id').where('username', '=', 'yibin').executeTakeFirstOrThrow()).id;
});
afterAll(() => t.close());

/** A previewed batch of yibin's with clean rows named `names`, stored as the preview stores them. */
async function batchOf(names: string[]): Promise<string> {
  const rows: StoredRow[] = names.map((name, i) => {
    const body = { zoneId: yibinZone, name, domain: 'trade_facilitation' };
    return { sheet: '宜宾', rowNumber: i + 2, body, candidate: body, issues: [] };
  });
  const id = randomUUID();
  await insertBatch(t.database.db, { id, kind: 'innovations', userId: yibinId, fileName: 'a.xlsx', fileSha256: '0'.repeat(64), sheets: [], rows, okCount: rows.length, errorCount: 0 });
  return id;
}
const step = (user: DemoUser, id: string, transition: 'commit' | 'discard', lang: 'zh' | 'en' = 'zh') =>
  t.call(user, { method: 'POST', url: `/api/imports/${id}/${transition}`, lang });
const batchRow = (id: string) => t.database.db.selectFrom('import_batches').select(['status', 'commit_job_id', 'created_ids']).where('id', '=', id).executeTakeFirstOrThrow();
const named = (prefix: string) => t.database.db.selectFrom('innovations').select('id').where('name', 'like', `${prefix}%`).execute();
const jobOf = async (id: number) => (await t.call('yibin', { method: 'GET', url: `/api/jobs/${id}` })).json().job;

describe('the commit job', () => {
  it('answers 202 with the batch committing and its job; the job commits and ends the step', async () => {
    const id = await batchOf(['作业甲', '作业乙']);
    const answer = await step('yibin', id, 'commit');
    expect(answer.statusCode, answer.body).toBe(202);
    const jobId: number = answer.json().batch.commitJobId;
    expect(answer.json().batch).toEqual({ importId: id, status: 'committing', commitJobId: expect.any(Number) });
    // Committing (or committed by now) is not previewed: a second commit, or a discard, is refused.
    expect((await step('yibin', id, 'commit')).statusCode).toBe(409);
    expect((await step('yibin', id, 'discard')).statusCode).toBe(409);
    await t.app.jobs.whenIdle();
    const job = await jobOf(jobId);
    expect(job).toMatchObject({ status: 'succeeded', result: { created: 2 }, message: '已导入 2 条记录' });
    const batch = await batchRow(id);
    expect(batch).toMatchObject({ status: 'committed', commit_job_id: jobId });
    expect([...batch.created_ids].sort()).toEqual((await named('作业')).map((r) => r.id).sort());
    const preview = (await t.call('yibin', { method: 'GET', url: `/api/imports/${id}` })).json();
    expect(preview).toMatchObject({ status: 'committed', commitJobId: jobId, commitError: null, createdIds: batch.created_ids });
    const again = await step('yibin', id, 'commit');
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe('当前状态为「已导入」，不能执行「确认导入」。');
  });

  it('leaves nothing written when the commit fails, and the batch committable again', async () => {
    const id = await batchOf(['失败甲', '失败乙', '失败丙']);
    // The world moves after the preview: a record of the same name appears in the zone.
    const form = await t.call('yibin', { method: 'POST', url: '/api/innovations', payload: { zoneId: yibinZone, name: '失败乙', domain: 'trade_facilitation' } });
    expect(form.statusCode).toBe(201);
    const before = await named('失败');
    const answer = await step('yibin', id, 'commit');
    expect(answer.statusCode).toBe(202);
    await t.app.jobs.whenIdle();
    const job = await jobOf(answer.json().batch.commitJobId);
    expect(job).toMatchObject({ status: 'failed', error: { code: 'VALIDATION_FAILED' } });
    expect(await named('失败')).toEqual(before);
    const preview = (await t.call('yibin', { method: 'GET', url: `/api/imports/${id}` })).json();
    expect(preview.status).toBe('previewed');
    expect(preview.commitError.fields[0].message).toContain('已有同名成果');

    // Once the cause is gone, the same batch commits whole.
    await t.database.db.updateTable('innovations').set({ name: '改名后的成果' }).where('id', '=', form.json().innovation.id).execute();
    const retry = await step('yibin', id, 'commit');
    expect(retry.statusCode).toBe(202);
    await t.app.jobs.whenIdle();
    expect(await jobOf(retry.json().batch.commitJobId)).toMatchObject({ status: 'succeeded', result: { created: 3 } });
    expect(await batchRow(id)).toMatchObject({ status: 'committed' });
    expect((await t.call('yibin', { method: 'GET', url: `/api/imports/${id}` })).json().commitError).toBeNull();
  });
});

describe('discarding a batch', () => {
  it('is the owner’s alone (404 for anyone else) and ends the batch', async () => {
    const id = await batchOf(['放弃甲']);
    expect((await step('admin', id, 'discard')).statusCode).toBe(404);
    expect((await step('deyang', id, 'discard')).statusCode).toBe(404);
    const answer = await step('yibin', id, 'discard');
    expect(answer.statusCode, answer.body).toBe(200);
    expect(answer.json().batch).toEqual({ importId: id, status: 'discarded', commitJobId: null });
    const refused = await step('yibin', id, 'commit', 'en');
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain('Discarded');
    expect(await named('放弃')).toEqual([]);
  });
});

describe('the job kind', () => {
  it('is started only by the commit step: not offered, and refused by POST /api/jobs', async () => {
    const kinds = (await t.call('yibin', { method: 'GET', url: '/api/jobs/kinds' })).json().kinds;
    expect(kinds.map((k: { kind: string }) => k.kind)).not.toContain('imports.commit');
    const id = await batchOf(['直接启动']);
    const direct = await t.call('yibin', { method: 'POST', url: '/api/jobs', payload: { kind: 'imports.commit', input: { importId: id } } });
    expect(direct.statusCode).toBe(400);
    expect(await batchRow(id)).toMatchObject({ status: 'previewed', commit_job_id: null });
  });
});

// Last in the file: it stops the app's runner for good.
describe('a commit job that never runs', () => {
  it('puts the batch back to previewed when it is cancelled while queued, nothing written', async () => {
    await t.app.jobs.stop(); // the job stays queued
    const id = await batchOf(['取消甲']);
    const answer = await step('yibin', id, 'commit');
    expect(answer.statusCode).toBe(202);
    const jobId = answer.json().batch.commitJobId;
    const cancelled = await t.call('yibin', { method: 'POST', url: `/api/jobs/${jobId}/cancel` });
    expect(cancelled.json().job).toMatchObject({ status: 'cancelled' });
    const preview = (await t.call('yibin', { method: 'GET', url: `/api/imports/${id}` })).json();
    expect(preview).toMatchObject({ status: 'previewed', commitJobId: jobId, commitError: { message: expect.stringContaining('已取消或中断'), fields: [] } });
    expect(await named('取消')).toEqual([]);
  });
});
