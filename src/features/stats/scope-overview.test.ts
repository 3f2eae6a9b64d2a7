/**
 * 辖区概况 counts only the viewer's subtree: 宜宾 staff see 宜宾, not the province's 13 pilot
 * zones and 33 platforms; each figure is checked against a direct count of the rows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, zoneIdByCode, type TestApp } from '../../testing/test-app.js';

let t: TestApp;
let yibin: number;

beforeAll(async () => {
  t = await createTestApp();
  yibin = await zoneIdByCode(t, 'SC-P-YB');
});
afterAll(() => t.close());

async function direct(zoneId: number) {
  const db = t.database.db;
  const zone = await db.selectFrom('zones').select('path').where('id', '=', zoneId).executeTakeFirstOrThrow();
  const inScope = (rows: { path: string }[]) => rows.filter((row) => row.path.startsWith(zone.path)).length;
  const platforms = await db.selectFrom('platforms as p').innerJoin('zones as z', 'z.id', 'p.zone_id').select('z.path').execute();
  const innovations = await db.selectFrom('innovations as i').innerJoin('zones as z', 'z.id', 'i.zone_id').select(['z.path', 'i.status']).execute();
  const recorded = await db.selectFrom('innovation_adoptions as a').innerJoin('zones as z', 'z.id', 'a.zone_id').select('z.path').execute();
  return {
    platforms: inScope(platforms),
    innovations: inScope(innovations),
    recognized: inScope(innovations.filter((i) => ['recognized', 'province_replicated', 'nation_replicated'].includes(i.status))),
    adoptionsRecorded: inScope(recorded),
  };
}

const sum = (record: Record<string, number>) => Object.values(record).reduce((a, b) => a + b, 0);

describe('GET /api/stats/my-scope', () => {
  it('gives zone staff their own zone’s figures, not the province’s', async () => {
    const response = await t.call('yibin', { method: 'GET', url: '/api/stats/my-scope' });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    const expected = await direct(yibin);
    expect(body.scopeZone).toMatchObject({ id: yibin, shortName: '宜宾' });
    expect(body.zonesByType.pilot).toBe(1);
    expect(body.zonesByType.ftz).toBe(0);
    expect(sum(body.platformsByStatus)).toBe(expected.platforms);
    expect(sum(body.platformsByStatus)).toBeLessThan(33);
    expect(sum(body.innovationsByStatus)).toBe(expected.innovations);
    expect(body.recognized).toBe(expected.recognized);
    expect(body.adoptionsRecorded).toBe(expected.adoptionsRecorded);
    expect(body.recommendationsWaiting).toBeGreaterThan(0);
  });

  it('gives the province office the whole tree', async () => {
    const body = (await t.call('admin', { method: 'GET', url: '/api/stats/my-scope' })).json();
    expect(sum(body.platformsByStatus)).toBe(33);
    expect(body.zonesByType.pilot).toBeGreaterThanOrEqual(8);
    expect(body.recommendationsWaiting).toBe(0);
  });

  it('is for staff with a zone scope only', async () => {
    expect((await t.call(null, { method: 'GET', url: '/api/stats/my-scope' })).statusCode).toBe(401);
    for (const user of ['judge1', 'applicant1', 'auditor'] as const) {
      expect((await t.call(user, { method: 'GET', url: '/api/stats/my-scope' })).statusCode, user).toBe(403);
    }
  });
});
