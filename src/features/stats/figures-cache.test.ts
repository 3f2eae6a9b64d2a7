/**
 * The overview and formation figures are kept between requests (kernel/figures-cache.ts), so
 * every committed write must show in the very next answer, whoever wrote it: here plain SQL
 * on the database, as another instance or a script would, with no call into the app.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type Overview = { platformsByStatus: Record<string, number>; zonesByType: Record<string, number>; formation: { zoneId: number; platforms: number }[] };
type Formation = { zones: { zoneId: number; recognized: number; nationReplicated: number; adoptedByOthers: number }[] };

const overview = async (user: 'admin' | 'yibin' | null = 'admin') => (await t.call(user, { method: 'GET', url: '/api/stats/overview' })).json() as Overview;
const formation = async () => (await t.call(null, { method: 'GET', url: '/api/stats/formation' })).json() as Formation;
const total = (figures: Formation, field: 'recognized' | 'nationReplicated' | 'adoptedByOthers') => figures.zones.reduce((n, zone) => n + zone[field], 0);

describe('kept figures follow every committed write', () => {
  it('answers the same figures again while nothing changed', async () => {
    expect(await overview()).toEqual(await overview());
    expect(await formation()).toEqual(await formation());
  });

  it('shows a platform changed by plain SQL in the next overview', async () => {
    const before = await overview();
    const platform = await t.database.db.selectFrom('platforms').select(['id', 'status']).where('status', '<>', 'operating').orderBy('id').executeTakeFirstOrThrow();
    await t.database.db.updateTable('platforms').set({ status: 'operating' }).where('id', '=', platform.id).execute();
    const after = await overview();
    expect(after.platformsByStatus.operating).toBe(before.platformsByStatus.operating! + 1);
    expect(after.platformsByStatus[platform.status]).toBe(before.platformsByStatus[platform.status]! - 1);
  });

  it('shows a new zone and a deleted one in the next overview', async () => {
    const before = await overview(null);
    const parent = await t.database.db.selectFrom('zones').select(['id', 'path']).where('type', '=', 'ftz').orderBy('id').executeTakeFirstOrThrow();
    const inserted = await sql<{ id: number }>`
      INSERT INTO zones (parent_id, path, type, code, name, short_name, source, sort_order)
      VALUES (${parent.id}, '', 'pilot', 'TEST-CACHE', '缓存测试先行区', '缓存', 'test', 999) RETURNING id`.execute(t.database.db);
    const id = inserted.rows[0]!.id;
    await sql`UPDATE zones SET path = ${`${parent.path}${id}/`} WHERE id = ${id}`.execute(t.database.db);
    expect((await overview(null)).zonesByType.pilot).toBe(before.zonesByType.pilot! + 1);
    await sql`DELETE FROM zones WHERE id = ${id}`.execute(t.database.db);
    expect((await overview(null)).zonesByType.pilot).toBe(before.zonesByType.pilot);
  });

  it('shows an innovation and an adoption changed in one transaction in the next formation counts', async () => {
    const before = await formation();
    const innovation = await t.database.db.selectFrom('innovations').select(['id', 'zone_id']).where('status', '=', 'recognized').orderBy('id').executeTakeFirstOrThrow();
    const adoption = await t.database.db
      .selectFrom('innovation_adoptions as a')
      .innerJoin('innovations as i', 'i.id', 'a.innovation_id')
      .select(['a.id', 'i.zone_id'])
      .where('i.status', 'in', ['recognized', 'province_replicated', 'nation_replicated'])
      .where('i.id', '<>', innovation.id)
      .orderBy('a.id')
      .executeTakeFirstOrThrow();
    await t.database.db.transaction().execute(async (trx) => {
      await trx.updateTable('innovations').set({ status: 'nation_replicated' }).where('id', '=', innovation.id).execute();
      await trx.deleteFrom('innovation_adoptions').where('id', '=', adoption.id).execute();
    });
    const after = await formation();
    const zone = (figures: Formation, id: number) => figures.zones.find((z) => z.zoneId === id)!;
    expect(zone(after, innovation.zone_id).nationReplicated).toBe(zone(before, innovation.zone_id).nationReplicated + 1);
    expect(zone(after, innovation.zone_id).recognized).toBe(zone(before, innovation.zone_id).recognized);
    expect(zone(after, adoption.zone_id).adoptedByOthers).toBe(zone(before, adoption.zone_id).adoptedByOthers - 1);
  });

  it('keeps the figures of a write that was rolled back out of every answer', async () => {
    const before = await overview();
    await expect(
      t.database.db.transaction().execute(async (trx) => {
        await trx.updateTable('platforms').set({ status: 'planning' }).execute();
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await overview()).toEqual(before);
  });

  it('keeps figures per scope: 宜宾 staff get what they may see, not the province’s', async () => {
    const sum = (figures: Overview) => Object.values(figures.platformsByStatus).reduce((a, b) => a + b, 0);
    // Staff see published platforms everywhere and every platform of their own subtree.
    const visible = async () =>
      (
        await sql<{ all: number; yibin: number; open: number }>`
          SELECT count(*)::int AS all,
            count(*) FILTER (WHERE p.status <> 'planning' OR z.path LIKE (SELECT path FROM zones WHERE code = 'SC-P-YB') || '%')::int AS yibin,
            count(*) FILTER (WHERE p.status <> 'planning')::int AS open
          FROM platforms p JOIN zones z ON z.id = p.zone_id`.execute(t.database.db)
      ).rows[0]!;
    await overview('yibin');
    await t.database.db.updateTable('platforms').set({ status: 'planning' }).where('id', 'in', (eb) => eb.selectFrom('platforms').select('id').orderBy('id').limit(3)).execute();
    const counts = await visible();
    expect(sum(await overview('admin'))).toBe(counts.all);
    expect(sum(await overview('yibin'))).toBe(counts.yibin);
    expect(sum(await overview(null))).toBe(counts.open);
  });
});
