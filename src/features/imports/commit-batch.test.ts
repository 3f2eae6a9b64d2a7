/**
 * The commit as a job handler calls it: progress by chunk, all or nothing, and the audit chain
 * written in one step at the end, so that a large import does not hold every other audited
 * write in the system behind the audit table lock for its whole duration.
 */
import { randomUUID } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Database } from '../../db/schema.js';
import type { Actor, RequestContext } from '../../kernel/actor.js';
import { createTestApp, zoneIdByCode, type TestApp } from '../../testing/test-app.js';
import { verifyAuditChain, withBulkAudit, writeAudit } from '../audit/audit.service.js';
import { COMMIT_CHUNK, commitBatch, type CommitProgress } from './commit-batch.js';
import { insertBatch, type StoredRow } from './imports.repo.js';

let t: TestApp;
let yibinZone: number;
let yibin: RequestContext;

beforeAll(async () => {
  t = await createTestApp();
  yibinZone = await zoneIdByCode(t, 'SC-P-YB');
  const user = await t.database.db.selectFrom('users').select(['id', 'username', 'display_name']).where('username', '=', 'yibin').executeTakeFirstOrThrow();
  const zone = await t.database.db.selectFrom('zones').select('path').where('id', '=', yibinZone).executeTakeFirstOrThrow();
  const actor: Actor = { id: user.id, username: user.username, displayName: user.display_name, role: 'zone_staff', scopeZoneId: yibinZone, scopePath: zone.path };
  yibin = { actor, ip: '127.0.0.1', userAgent: 'test' };
});
afterAll(() => t.close());

/** A batch of `count` clean rows, stored as the preview stores them, then put in `committing` as the commit step does. */
async function storedBatch(prefix: string, count: number): Promise<string> {
  const rows: StoredRow[] = Array.from({ length: count }, (_, i) => {
    const body = { zoneId: yibinZone, name: `${prefix}第${i + 1}项`, domain: 'trade_facilitation', measures: `${prefix}的第${i + 1}项举措：一窗受理，限时办结。` };
    return { sheet: '宜宾', rowNumber: i + 2, body, candidate: { ...body, zoneName: '宜宾' }, issues: [] };
  });
  const id = randomUUID();
  await insertBatch(t.database.db, { id, kind: 'innovations', userId: yibin.actor!.id, fileName: `${prefix}.xlsx`, fileSha256: '0'.repeat(64), sheets: [], rows, okCount: count, errorCount: 0 });
  await t.database.db.updateTable('import_batches').set({ status: 'committing' }).where('id', '=', id).execute();
  return id;
}

/** Locks this session holds on audit_log (pg_locks sees the current transaction's own). */
async function auditLocks(trx: Transaction<Database>): Promise<string[]> {
  const result = await sql<{ mode: string }>`SELECT mode FROM pg_locks WHERE relation = 'audit_log'::regclass AND pid = pg_backend_pid()`.execute(trx);
  return result.rows.map((r) => r.mode);
}

describe('commitBatch', () => {
  it('writes in chunks, reports progress after each, and answers what the job returns', async () => {
    const count = 45;
    const id = await storedBatch('进度', count);
    const progress: CommitProgress[] = [];
    const result = await commitBatch(t.database.db, yibin, id, (p) => progress.push(p), { chunkSize: 20 });
    expect(result.created).toBe(count);
    const writing = progress.filter((p) => p.step === 'writing');
    expect(writing.map((p) => p.done)).toEqual([20, 40, 45]);
    expect(progress[0]).toEqual({ step: 'checking', done: 0, total: count });
    expect(progress.at(-1)).toEqual({ step: 'audit', done: count, total: count });
    const created = await t.database.db.selectFrom('innovations').select(({ fn }) => fn.countAll<number>().as('n')).where('name', 'like', '进度%').executeTakeFirstOrThrow();
    expect(Number(created.n)).toBe(count);
  });

  it('chains one entry per created record and one for the import, in order, and the chain verifies', async () => {
    const before = await t.database.db.selectFrom('audit_log').select(({ fn }) => fn.max('id').as('id')).executeTakeFirstOrThrow();
    const id = await storedBatch('链', 30);
    const { ids } = await commitBatch(t.database.db, yibin, id);
    const entries = await t.database.db.selectFrom('audit_log').select(['type', 'entity_id', 'actor_name']).where('id', '>', Number(before.id)).orderBy('id').execute();
    expect(entries.map((e) => e.type)).toEqual([...ids.map(() => 'innovation.created'), 'innovation.imported']);
    expect(entries.slice(0, -1).map((e) => Number(e.entity_id))).toEqual(ids);
    expect(entries.every((e) => e.actor_name === 'yibin')).toBe(true);
    expect(await verifyAuditChain(t.database.db)).toMatchObject({ ok: true, brokenAt: null });
  });
});

describe('bulk audit', () => {
  it('takes the audit lock only for the final step, and writes nothing when the work fails', async () => {
    const context = { actor: null, ip: null, userAgent: null };
    const seen: { during: string[]; after: string[] } = { during: [], after: [] };
    await t.database.db.transaction().execute(async (trx) => {
      await withBulkAudit(trx, async () => {
        for (let i = 0; i < 3; i += 1) await writeAudit(trx, context, { type: 'system.demo_loaded', entityId: null, after: { i } });
        seen.during = await auditLocks(trx);
      });
      seen.after = await auditLocks(trx);
    });
    expect(seen.during).toEqual([]);
    expect(seen.after).toContain('ShareRowExclusiveLock');

    const count = async () => Number((await t.database.db.selectFrom('audit_log').select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const before = await count();
    await expect(
      t.database.db.transaction().execute((trx) =>
        withBulkAudit(trx, async () => {
          await writeAudit(trx, context, { type: 'system.demo_loaded', entityId: null, after: { i: 3 } });
          throw new Error('the work failed');
        }),
      ),
    ).rejects.toThrow('the work failed');
    expect(await count()).toBe(before);
    expect(await verifyAuditChain(t.database.db)).toMatchObject({ ok: true });
  });

  // PGlite has one connection: a transaction holds it from BEGIN to COMMIT, so nothing else runs
  // meanwhile, whatever the locks. On PostgreSQL the other write has its own connection, and only
  // the audit lock could have made it wait.
  it.runIf(!!inject('postgresTemplate'))('lets another user write while a 5,000-row commit runs (PostgreSQL)', async () => {
    const id = await storedBatch('并发', 5000);
    const platform = await t.database.db
      .selectFrom('platforms')
      .innerJoin('zones', 'zones.id', 'platforms.zone_id')
      .select('platforms.id')
      .where('zones.code', '=', 'SC-P-DY')
      .executeTakeFirstOrThrow();
    let firstChunk!: () => void;
    const midway = new Promise<void>((resolve) => (firstChunk = resolve));
    const started = performance.now();
    // Small chunks: the commit takes many round trips, so the edit has time to land inside it.
    const chunkSize = 25;
    const commit = commitBatch(t.database.db, yibin, id, (p) => {
      if (p.done >= chunkSize) firstChunk();
    }, { chunkSize }).then((result) => ({ result, ms: performance.now() - started }));
    await midway;
    const writeStarted = performance.now();
    const edit = await t.call('deyang', { method: 'PATCH', url: `/api/platforms/${platform.id}`, payload: { note: '导入期间的修改' } });
    const writeMs = performance.now() - writeStarted;
    const writeEndedAt = performance.now() - started;
    expect(edit.statusCode, edit.body).toBe(200);
    const { result, ms: commitMs } = await commit;
    expect(result.created).toBe(5000);
    console.log(`5,000-row commit ${commitMs.toFixed(0)} ms; a platform edit during it ${writeMs.toFixed(0)} ms`);
    // The edit (itself audited) finished while the import was still writing: the audit lock was not held from the first row.
    expect(writeEndedAt).toBeLessThan(commitMs);
    expect(await verifyAuditChain(t.database.db)).toMatchObject({ ok: true });
  }, 600_000);
});
