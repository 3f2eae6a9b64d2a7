import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_DIR } from '../demo/load-demo.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('system endpoints', () => {
  it('GET /api/health names the database engine', async () => {
    const response = await t.call(null, { method: 'GET', url: '/api/health' });
    expect(response.json()).toMatchObject({ status: 'ok', database: process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite' });
  });

  it('GET /api/openapi.json documents every route with its schemas', async () => {
    const spec = (await t.call(null, { method: 'GET', url: '/api/openapi.json' })).json();
    expect(spec.openapi).toMatch(/^3\./);
    for (const path of ['/api/auth/login', '/api/me', '/api/zones', '/api/zones/{id}', '/api/zones/{id}/platforms', '/api/platforms/{id}/approve', '/api/audit/verify']) {
      expect(Object.keys(spec.paths)).toContain(path);
    }
    expect(spec.paths['/api/auth/login'].post.requestBody.content['application/json'].schema.required).toEqual(['username', 'password']);
  });

  it('serves the API docs page from the app itself', async () => {
    const response = await t.call(null, { method: 'GET', url: '/api/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.body).not.toMatch(/https?:\/\/(?!localhost)[a-z0-9.-]+\.(com|net|org|io)\//i);
  });

  it('sends security headers (CSP without outside origins, no sniffing, no framing)', async () => {
    const response = await t.call(null, { method: 'GET', url: '/api/health' });
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('GET /api/stats/overview', () => {
  it('counts zones and platforms from the data, not from typed-in figures', async () => {
    const zones = JSON.parse(readFileSync(join(DEMO_DIR, 'zones.json'), 'utf8')) as { type: string }[];
    const platforms = JSON.parse(readFileSync(join(DEMO_DIR, 'platforms.json'), 'utf8')) as { status: string }[];
    const body = (await t.call('admin', { method: 'GET', url: '/api/stats/overview' })).json();
    expect(body.zonesByType.pilot).toBe(zones.filter((z) => z.type === 'pilot').length);
    for (const status of ['planning', 'approved', 'building', 'operating']) {
      expect(body.platformsByStatus[status]).toBe(platforms.filter((p) => p.status === status).length);
    }
    const yibin = body.formation.find((f: { shortName: string }) => f.shortName === '宜宾');
    expect(yibin).toMatchObject({ type: 'pilot', ftzName: '中国(四川)自由贸易试验区' });
  });
});

describe('server errors', () => {
  it('hide internals behind a generic localised 500', async () => {
    const broken = await createTestApp();
    await sql`DROP TABLE platform_events`.execute(broken.database.db);
    const response = await broken.app.inject({ method: 'GET', url: '/api/platforms', headers: { 'accept-language': 'en' } });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({ error: { code: 'INTERNAL', message: 'Internal server error; please try again later.' } });
    expect(response.body).not.toMatch(/platform_events|relation|stack/);
    await broken.close();
  });
});
