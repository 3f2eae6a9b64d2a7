import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, zoneIdByCode, type TestApp } from '../../testing/test-app.js';
import { canonicalJson } from './audit-chain.js';

let t: TestApp;
let yibinZoneId: number;
beforeAll(async () => {
  t = await createTestApp();
  yibinZoneId = await zoneIdByCode(t, 'SC-P-YB');
});
afterAll(() => t.close());

const auditCount = async () => Number((await t.database.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

describe('audit entries', () => {
  it('a change writes one typed entry with actor, IP, before and after', async () => {
    const created = await t.call('yibin', { method: 'POST', url: `/api/zones/${yibinZoneId}/platforms`, payload: { type: 'port', name: '宜宾航空口岸（测试）' } });
    expect(created.statusCode).toBe(201);
    const id = created.json().platform.id;
    const changed = await t.call('yibin', { method: 'PATCH', url: `/api/platforms/${id}`, payload: { note: '新备注' } });
    expect(changed.statusCode).toBe(200);
    const list = await t.call('auditor', { method: 'GET', url: `/api/audit?entityType=platform&entityId=${id}` });
    expect(list.statusCode).toBe(200);
    const [update, create] = list.json().items;
    expect(create).toMatchObject({ type: 'platform.created', summary: '新增开放平台', actorName: 'yibin', actorRole: 'zone_staff', ip: '127.0.0.1' });
    expect(update).toMatchObject({ type: 'platform.updated', action: 'update' });
    expect(update.before.note).toBeNull();
    expect(update.after.note).toBe('新备注');
  });

  it('a refused change writes nothing', async () => {
    const before = await auditCount();
    const deyangPlatform = await t.database.db
      .selectFrom('platforms')
      .innerJoin('zones', 'zones.id', 'platforms.zone_id')
      .select('platforms.id')
      .where('zones.code', '=', 'SC-P-DY')
      .executeTakeFirstOrThrow();
    const refused = await t.call('yibin', { method: 'PATCH', url: `/api/platforms/${deyangPlatform.id}`, payload: { note: 'x' } });
    expect(refused.statusCode).toBe(403);
    expect(await auditCount()).toBe(before);
  });

  it('only the auditor reads the log', async () => {
    for (const user of ['admin', 'yibin', 'judge1'] as const) {
      expect((await t.call(user, { method: 'GET', url: '/api/audit' })).statusCode).toBe(403);
    }
    expect((await t.call(null, { method: 'GET', url: '/api/audit' })).statusCode).toBe(401);
  });

  it('filters by actor and by day (China time)', async () => {
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    const response = await t.call('auditor', { method: 'GET', url: `/api/audit?actor=yibin&from=${today}&to=${today}` });
    const items = response.json().items as { actorName: string }[];
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((item) => item.actorName === 'yibin')).toBe(true);
    const empty = await t.call('auditor', { method: 'GET', url: '/api/audit?from=2001-01-01&to=2001-01-02' });
    expect(empty.json()).toEqual({ items: [], total: 0 });
  });
});

describe('the hash chain', () => {
  it('verifies intact after the demo load and the changes above', async () => {
    const response = await t.call('auditor', { method: 'GET', url: '/api/audit/verify' });
    expect(response.json()).toEqual({ ok: true, checked: await auditCount(), brokenAt: null });
  });

  it('the table refuses updates and deletes', async () => {
    await expect(sql`UPDATE audit_log SET actor_name = 'x'`.execute(t.database.db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM audit_log`.execute(t.database.db)).rejects.toThrow(/append-only/);
  });

  it('detects an entry edited behind the triggers, and names it', async () => {
    const victim = await t.database.db.selectFrom('audit_log').select('id').orderBy('id').offset(1).limit(1).executeTakeFirstOrThrow();
    // A superuser can switch the trigger off; the chain still gives the edit away.
    await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update`.execute(t.database.db);
    await sql`UPDATE audit_log SET after = '{"forged": true}' WHERE id = ${victim.id}`.execute(t.database.db);
    await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update`.execute(t.database.db);
    const response = await t.call('auditor', { method: 'GET', url: '/api/audit/verify' });
    expect(response.json()).toMatchObject({ ok: false, brokenAt: victim.id });
  });
});

describe('canonicalJson', () => {
  it('ignores key order and undefined, so jsonb round trips hash the same', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: undefined } })).toBe(canonicalJson({ a: { d: [1, { y: 2, z: 1 }] }, b: 1 }));
  });
});
