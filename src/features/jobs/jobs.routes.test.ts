/**
 * The jobs API with its first real kind: the province office rebuilds the search index, follows
 * its progress, gets the same job back while it is active, and reads messages in both languages.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { unsafeGetJob } from './jobs.repo.js';
import { searchKinds } from '../search/search-kinds.js';

let t: TestApp;
const reindex = { kind: 'search.reindex', input: {} };

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const countOf = async (table: 'innovations' | 'platforms') => Number((await t.database.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
const innovationCount = () => countOf('innovations');
const documents = () =>
  sql<{ id: number; title: string }>`SELECT entity_id AS id, title FROM search_documents WHERE entity_type = 'innovation' ORDER BY entity_id`.execute(t.database.db).then((r) => r.rows);

describe('rebuilding the search index as a job', () => {
  it('rebuilds every record’s document and drops documents of deleted ones', async () => {
    const expected = await documents();
    expect(expected.length).toBe(await innovationCount());
    // Every registered search kind is rebuilt (innovations, platforms, bulletins …).
    let total = 0;
    for (const kind of searchKinds()) total += await kind.count(t.database.db);
    expect(total).toBeGreaterThan((await innovationCount()) + (await countOf('platforms')));
    // Damage the index: one document stale, one missing, one for an innovation that does not exist.
    await sql`UPDATE search_documents SET title = '过时的标题' WHERE entity_type = 'innovation' AND entity_id = ${expected[0]!.id}`.execute(t.database.db);
    await sql`DELETE FROM search_documents WHERE entity_type = 'innovation' AND entity_id = ${expected[1]!.id}`.execute(t.database.db);
    await sql`INSERT INTO search_documents (entity_type, entity_id, zone_id, zone_path, is_public, facets, title, grams, title_grams, word_hashes, similarity_features, similarity_bands)
      SELECT 'innovation', 2000000000, zone_id, zone_path, is_public, facets, '已删除的成果', grams, title_grams, word_hashes, similarity_features, similarity_bands
      FROM search_documents WHERE entity_type = 'innovation' LIMIT 1`.execute(t.database.db);

    const started = await t.call('admin', { method: 'POST', url: '/api/jobs', payload: reindex });
    expect(started.statusCode, started.body).toBe(201);
    const { job } = started.json();
    expect(job).toMatchObject({ kind: 'search.reindex', kindLabel: '重建搜索索引', status: 'queued', done: 0, attempts: 0, maxAttempts: 3, abilities: { cancel: true } });
    await t.app.jobs.whenIdle();

    const zh = (await t.call('admin', { method: 'GET', url: `/api/jobs/${job.id}` })).json().job;
    expect(zh).toMatchObject({ status: 'succeeded', done: total, total, attempts: 1, error: null, result: { indexed: total, removed: 1 }, abilities: { cancel: false } });
    expect(zh.message).toBe(`索引已重建：${total} 条记录，移除 1 条过时记录`);
    expect(zh.finishedAt).not.toBeNull();
    const en = (await t.call('admin', { method: 'GET', url: `/api/jobs/${job.id}`, lang: 'en' })).json().job;
    expect(en.message).toBe(`Index rebuilt: ${total} records, 1 stale documents removed`);
    expect(en.kindLabel).toBe('Rebuild the search index');
    expect(await documents()).toEqual(expected);
  });

  it('answers a second start with the job still active, and starts anew once it has finished', async () => {
    // Hold the runner: the first job stays queued while the second request comes.
    await t.app.jobs.stop();
    const first = await t.call('admin', { method: 'POST', url: '/api/jobs', payload: reindex });
    const again = await t.call('admin', { method: 'POST', url: '/api/jobs', payload: reindex });
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(200);
    expect(again.json().job.id).toBe(first.json().job.id);

    const cancelled = await t.call('admin', { method: 'POST', url: `/api/jobs/${first.json().job.id}/cancel` });
    expect(cancelled.json().job).toMatchObject({ status: 'cancelled', abilities: { cancel: false } });
    const twice = await t.call('admin', { method: 'POST', url: `/api/jobs/${first.json().job.id}/cancel`, lang: 'en' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error).toEqual({ code: 'INVALID_TRANSITION', message: 'The record is "Cancelled"; "Cancel" is not possible now.' });
    expect((await t.call('admin', { method: 'POST', url: '/api/jobs', payload: reindex })).statusCode).toBe(201);
  });

  it('lists the owner’s jobs newest first, filtered and paged', async () => {
    const all = (await t.call('admin', { method: 'GET', url: '/api/jobs' })).json();
    expect(all.total).toBe(3);
    expect(all.items.map((job: { id: number }) => job.id)).toEqual([...all.items.map((job: { id: number }) => job.id)].sort((a, b) => b - a));
    const cancelled = (await t.call('admin', { method: 'GET', url: '/api/jobs?status=cancelled' })).json();
    expect(cancelled.total).toBe(1);
    const second = (await t.call('admin', { method: 'GET', url: '/api/jobs?page=2&pageSize=2' })).json();
    expect(second).toMatchObject({ total: 3, items: [{ id: all.items[2].id }] });
  });

  it('refuses bodies off the schema with a localised 400', async () => {
    for (const payload of [{ kind: 'search.nope', input: {} }, { kind: 'search.reindex', input: { everything: true } }, { kind: 'search.reindex' }, {}]) {
      const response = await t.call('admin', { method: 'POST', url: '/api/jobs', payload });
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json().error.code).toBe('VALIDATION_FAILED');
    }
    expect((await t.call('admin', { method: 'GET', url: '/api/jobs/0' })).statusCode).toBe(400);
    expect((await t.call('admin', { method: 'GET', url: '/api/jobs/2147483647' })).statusCode).toBe(404);
  });

  it('stores the person and the address that started the job', async () => {
    const list = (await t.call('admin', { method: 'GET', url: '/api/jobs?pageSize=1' })).json();
    const row = await unsafeGetJob(t.database.db, list.items[0].id);
    expect(row).toMatchObject({ lang: 'zh', request_ip: '127.0.0.1', request_user_agent: 'lightMyRequest' });
  });
});
