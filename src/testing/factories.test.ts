/**
 * The factories make records the system itself could have made, and tests built on them need no
 * demo id or account: here, scope between two fresh zones, the public boundary, and an account
 * that must change its password.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildInnovation, buildPlatform, buildUser, buildZone, pathThrough } from './factories.js';
import { INNOVATION_MACHINE } from '../shared/innovations.enums.js';
import { createTestApp, type TestApp } from './test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('test factories', () => {
  it('walk the machine by its shortest path', () => {
    expect(pathThrough(INNOVATION_MACHINE, 'draft', 'draft')).toEqual([]);
    expect(pathThrough(INNOVATION_MACHINE, 'draft', 'recognized')).toEqual(['submit', 'start_review', 'recognize']);
    expect(() => pathThrough(INNOVATION_MACHINE, 'rejected', 'draft')).toThrow(/no way/);
  });

  it('give zone staff their own subtree and nothing of a sibling zone', async () => {
    const [mine, theirs] = [await buildZone(t), await buildZone(t)];
    const staff = await buildUser(t, { role: 'zone_staff', zoneId: mine.id });
    const own = await buildInnovation(t, { zoneId: mine.id, status: 'submitted' });
    const other = await buildInnovation(t, { zoneId: theirs.id, status: 'submitted' });

    const seen = await t.call(staff, { method: 'GET', url: `/api/innovations/${own.id}` });
    expect(seen.statusCode).toBe(200);
    expect(seen.json().innovation.status).toBe('submitted');
    expect((await t.call(staff, { method: 'GET', url: `/api/innovations/${other.id}` })).statusCode).toBe(404);
    // Everyone sees published records of every zone; unpublished ones only inside the subtree.
    const ids = async (zoneId: number) =>
      (await t.call(staff, { method: 'GET', url: `/api/innovations?zoneId=${zoneId}&pageSize=100` })).json().items.map((item: { id: number }) => item.id);
    expect(await ids(mine.id)).toEqual([own.id]);
    expect(await ids(theirs.id)).toEqual([]);
  });

  it('bring records to late statuses, which the public then sees', async () => {
    const innovation = await buildInnovation(t, { status: 'nation_replicated' });
    const shown = await t.call(null, { method: 'GET', url: `/api/public/innovations/${innovation.id}` });
    expect(shown.statusCode).toBe(200);
    expect(shown.json().innovation.status).toBe('nation_replicated');

    const draft = await buildInnovation(t);
    expect((await t.call(null, { method: 'GET', url: `/api/public/innovations/${draft.id}` })).statusCode).toBe(404);

    const platform = await buildPlatform(t, { status: 'operating' });
    const detail = await t.call(null, { method: 'GET', url: `/api/platforms/${platform.id}` });
    expect(detail.statusCode).toBe(200);
    expect(detail.json().platform.status).toBe('operating');
  });

  it('make accounts with any role and flag', async () => {
    const auditor = await buildUser(t, { role: 'auditor' });
    expect(auditor.scopeZoneId).toBeNull();
    expect((await t.call(auditor, { method: 'GET', url: '/api/audit?pageSize=1' })).statusCode).toBe(200);

    const fresh = await buildUser(t, { role: 'zone_staff', zoneId: (await buildZone(t)).id, mustChangePassword: true });
    const refused = await t.call(fresh, { method: 'GET', url: '/api/innovations' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('PASSWORD_CHANGE_REQUIRED');
  });
});
