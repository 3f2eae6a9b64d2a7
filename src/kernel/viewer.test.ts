/**
 * The viewer's three predicates in real queries, and the set-based check: zone subtree, owner,
 * assignment (an assignment table made for the test, as the evaluation engine's will be).
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildInnovation, buildUser, buildZone } from '../testing/factories.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { actorOf } from './actor.js';
import { aboveZoneSubtree, allowedIds, assignedTo, inZoneSubtree, ownedBy, PUBLIC_VIEWER, viewerOf, type Viewer } from './viewer.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

async function viewerFor(userId: number): Promise<Viewer> {
  const row = await t.database.db
    .selectFrom('users as u')
    .leftJoin('zones as z', 'z.id', 'u.scope_zone_id')
    .select(['u.id', 'u.username', 'u.display_name', 'u.role', 'u.scope_zone_id', 'z.path as scope_path'])
    .where('u.id', '=', userId)
    .executeTakeFirstOrThrow();
  return viewerOf({ actor: actorOf(row), ip: null, userAgent: null });
}

describe('the viewer', () => {
  it('sees its zone subtree, and the public sees none of it', async () => {
    const [mine, theirs] = [await buildZone(t), await buildZone(t)];
    const [a, b] = [await buildInnovation(t, { zoneId: mine.id }), await buildInnovation(t, { zoneId: theirs.id })];
    const viewer = await viewerFor((await buildUser(t, { role: 'zone_staff', zoneId: mine.id })).id);
    const ids = [a.id, b.id];
    const allowed = await allowedIds(t.database.db, { table: 'innovations', ids, allowed: inZoneSubtree(viewer, 'z.path'), zoneJoin: true });
    expect([...allowed]).toEqual([a.id]);
    expect(await allowedIds(t.database.db, { table: 'innovations', ids, allowed: inZoneSubtree(PUBLIC_VIEWER, 'z.path'), zoneJoin: true })).toEqual(new Set());
    expect(await allowedIds(t.database.db, { table: 'innovations', ids: [], allowed: sql`TRUE` })).toEqual(new Set());
  });

  it('sees what it owns and what is assigned to it, nothing else', async () => {
    const judge = await buildUser(t, { role: 'judge' });
    const other = await buildUser(t, { role: 'judge' });
    const viewer = await viewerFor(judge.id);
    const records = [await buildInnovation(t), await buildInnovation(t), await buildInnovation(t)].map((r) => r.id);
    await sql`CREATE TABLE test_assignments (record_id int NOT NULL, judge_id int NOT NULL)`.execute(t.database.db);
    await sql`INSERT INTO test_assignments VALUES (${records[0]}, ${judge.id}), (${records[1]}, ${other.id})`.execute(t.database.db);
    const assignment = { table: 'test_assignments', recordColumn: 'record_id', assigneeColumn: 'judge_id' };
    const assigned = await allowedIds(t.database.db, { table: 'innovations', ids: records, allowed: assignedTo(viewer, assignment, 'r.id') });
    expect([...assigned]).toEqual([records[0]]);
    expect(await allowedIds(t.database.db, { table: 'innovations', ids: records, allowed: assignedTo(PUBLIC_VIEWER, assignment, 'r.id') })).toEqual(new Set());

    // Owned: the users table's own key stands in for an owner column.
    const owned = await allowedIds(t.database.db, { table: 'users', ids: [judge.id, other.id], allowed: ownedBy(viewer, 'r.id') });
    expect([...owned]).toEqual([judge.id]);
  });

  it('sees the zones above its scope root and the root itself, not those beside or below it', async () => {
    const top = await buildZone(t);
    const middle = await buildZone(t, { parentId: top.id });
    const [below, beside] = [await buildZone(t, { parentId: middle.id }), await buildZone(t, { parentId: top.id })];
    const viewer = await viewerFor((await buildUser(t, { role: 'zone_staff', zoneId: middle.id })).id);
    const ids = [top.id, middle.id, below.id, beside.id];
    const above = await allowedIds(t.database.db, { table: 'zones', ids, allowed: aboveZoneSubtree(viewer, 'r.path') });
    expect([...above].sort()).toEqual([top.id, middle.id].sort());
    expect(await allowedIds(t.database.db, { table: 'zones', ids, allowed: aboveZoneSubtree(PUBLIC_VIEWER, 'r.path') })).toEqual(new Set());
    const judge = await viewerFor((await buildUser(t, { role: 'judge' })).id);
    expect(await allowedIds(t.database.db, { table: 'zones', ids, allowed: aboveZoneSubtree(judge, 'r.path') })).toEqual(new Set());
  });
});
