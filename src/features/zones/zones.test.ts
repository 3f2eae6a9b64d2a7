import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_DIR } from '../../demo/load-demo.js';
import { createTestApp, zoneIdByCode, type TestApp } from '../../testing/test-app.js';

let t: TestApp;
let sichuanId: number;
beforeAll(async () => {
  t = await createTestApp();
  sichuanId = await zoneIdByCode(t, 'SC-FTZ');
});
afterAll(() => t.close());

type Zone = { id: number; code: string; type: string; shortName: string; parentId: number | null; platformCount: number; abilities: Record<string, boolean> };

describe('GET /api/zones', () => {
  it('serves the whole tree to the public, with the 13 pilot zones under 四川', async () => {
    const response = await t.call(null, { method: 'GET', url: '/api/zones' });
    expect(response.statusCode).toBe(200);
    const zones = response.json().items as Zone[];
    const demo = JSON.parse(readFileSync(join(DEMO_DIR, 'zones.json'), 'utf8')) as unknown[];
    expect(zones).toHaveLength(demo.length);
    const pilots = zones.filter((z) => z.type === 'pilot');
    expect(pilots).toHaveLength(13);
    expect(pilots.every((z) => z.parentId === sichuanId)).toBe(true);
    expect(pilots.slice(0, 8).map((z) => z.shortName)).toEqual(['宜宾', '德阳', '资阳', '眉山', '南充', '自贡', '内江', '温江']);
    expect(zones.every((z) => !z.abilities.update && !z.abilities.createPlatform)).toBe(true);
  });

  it('counts platforms over each subtree, and counts internal ones only for those who may see them', async () => {
    const count = async (user: 'yibin' | null, code: string) =>
      ((await t.call(user, { method: 'GET', url: '/api/zones' })).json().items as Zone[]).find((z) => z.code === code)!.platformCount;
    const db = t.database.db;
    const all = await db.selectFrom('platforms').innerJoin('zones', 'zones.id', 'platforms.zone_id').select(['zones.code', 'platforms.status']).execute();
    const yb = all.filter((p) => p.code === 'SC-P-YB');
    expect(await count('yibin', 'SC-P-YB')).toBe(yb.length);
    expect(await count(null, 'SC-P-YB')).toBe(yb.filter((p) => p.status !== 'planning').length);
    expect(await count(null, 'SC-P-ZG')).toBe(all.filter((p) => p.code.startsWith('SC-P-ZG') && p.status !== 'planning').length);
  });
});

describe('GET /api/zones/:id', () => {
  it('gives the ancestors and the children (自贡 and its 区块)', async () => {
    const zigong = await zoneIdByCode(t, 'SC-P-ZG');
    const body = (await t.call(null, { method: 'GET', url: `/api/zones/${zigong}` })).json();
    expect(body.ancestors.map((a: { type: string }) => a.type)).toEqual(['country', 'ftz']);
    expect(body.children.map((c: { name: string }) => c.name).sort()).toEqual(['大安区块', '自流井区块', '高新片区'].sort());
    expect(body.zone.tasks).toEqual(['institutional_alignment', 'platform_integration', 'industry_interaction']);
  });

  it('answers 404 for an unknown zone and 400 for a malformed id', async () => {
    expect((await t.call(null, { method: 'GET', url: '/api/zones/999999' })).statusCode).toBe(404);
    expect((await t.call(null, { method: 'GET', url: '/api/zones/abc' })).statusCode).toBe(400);
  });
});

describe('POST /api/zones', () => {
  const body = (overrides: Record<string, unknown> = {}) => ({
    parentId: sichuanId,
    code: 'SC-P-TEST',
    type: 'pilot',
    name: '中国(四川)自由贸易试验区测试协同改革先行区',
    shortName: '测试',
    establishedOn: '2022-01',
    tasks: ['institutional_alignment'],
    source: '示例：测试数据',
    ...overrides,
  });

  it('lets the province admin add a pilot zone, audited', async () => {
    const response = await t.call('admin', { method: 'POST', url: '/api/zones', payload: body() });
    expect(response.statusCode).toBe(201);
    expect(response.json().zone).toMatchObject({ code: 'SC-P-TEST', establishedOn: '2022-01-01', establishedPrecision: 'month' });
    const audit = await t.database.db.selectFrom('audit_log').select('type').where('entity_type', '=', 'zone').execute();
    expect(audit.map((a) => a.type)).toContain('zone.created');
  });

  it('refuses a duplicate code with 409 and says which field', async () => {
    const response = await t.call('admin', { method: 'POST', url: '/api/zones', payload: body({ code: 'SC-P-YB' }) });
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({ code: 'DUPLICATE_CODE', fields: [{ path: 'code' }] });
  });

  it('refuses a zone type that cannot sit under the parent', async () => {
    const response = await t.call('admin', { method: 'POST', url: '/api/zones', payload: body({ code: 'SC-X', type: 'ftz' }) });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toBe('「自由贸易试验区」下不能设立「自由贸易试验区」。');
  });

  it('refuses zone staff (403) and changes nothing', async () => {
    const before = await t.database.db.selectFrom('zones').select('id').execute();
    const response = await t.call('yibin', { method: 'POST', url: '/api/zones', payload: body({ code: 'SC-Y' }) });
    expect(response.statusCode).toBe(403);
    expect(await t.database.db.selectFrom('zones').select('id').execute()).toHaveLength(before.length);
  });
});

describe('PATCH /api/zones/:id', () => {
  it('updates descriptive fields for the admin and keeps HTML as plain text', async () => {
    const deyang = await zoneIdByCode(t, 'SC-P-DY');
    const response = await t.call('admin', { method: 'PATCH', url: `/api/zones/${deyang}`, payload: { positioning: '<b>国际开放通道</b>枢纽' } });
    expect(response.statusCode).toBe(200);
    expect(response.json().zone.positioning).toBe('<b>国际开放通道</b>枢纽');
  });

  it('refuses zone staff even on their own zone (the province configures zones)', async () => {
    const yibin = await zoneIdByCode(t, 'SC-P-YB');
    expect((await t.call('yibin', { method: 'PATCH', url: `/api/zones/${yibin}`, payload: { description: 'x' } })).statusCode).toBe(403);
  });
});
