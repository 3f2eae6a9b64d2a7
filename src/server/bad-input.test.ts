/**
 * Bad input of every kind gets a 400-class answer with a localised message and changes
 * nothing; fuzzed bodies never produce a 5xx.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../shared/limits.js';
import { createTestApp, zoneIdByCode, type TestApp } from '../testing/test-app.js';

let t: TestApp;
let yibinZoneId: number;
let platformId: number;
let cookie: string;

beforeAll(async () => {
  t = await createTestApp();
  yibinZoneId = await zoneIdByCode(t, 'SC-P-YB');
  platformId = (await t.database.db.selectFrom('platforms').select('id').where('zone_id', '=', yibinZoneId).where('status', '=', 'planning').executeTakeFirstOrThrow()).id;
  cookie = await t.cookieFor('yibin');
});
afterAll(() => t.close());

async function fingerprint() {
  const db = t.database.db;
  const [zones, platforms, events, audit] = await Promise.all([
    db.selectFrom('zones').selectAll().orderBy('id').execute(),
    db.selectFrom('platforms').selectAll().orderBy('id').execute(),
    db.selectFrom('platform_events').select('id').execute(),
    db.selectFrom('audit_log').select('id').orderBy('id').execute(),
  ]);
  return JSON.stringify([zones, platforms, events.length, audit.length]);
}

const raw = (url: string, body: string, contentType = 'application/json', method: 'POST' | 'PATCH' = 'POST') =>
  t.app.inject({ method, url, payload: body, headers: { cookie, 'content-type': contentType, 'accept-language': 'zh-CN' } });

describe('bad input changes nothing', () => {
  it.each([
    ['malformed JSON', () => raw(`/api/zones/${yibinZoneId}/platforms`, '{"type": "port", "name": '), 400, 'BAD_JSON'],
    ['a wrong type', () => raw(`/api/zones/${yibinZoneId}/platforms`, JSON.stringify({ type: 'port', name: 42 })), 400, 'VALIDATION_FAILED'],
    ['an unknown enum value', () => raw(`/api/zones/${yibinZoneId}/platforms`, JSON.stringify({ type: 'casino', name: '口岸' })), 400, 'VALIDATION_FAILED'],
    ['an unknown field', () => raw(`/api/platforms/${platformId}`, JSON.stringify({ status: 'operating' }), 'application/json', 'PATCH'), 400, 'VALIDATION_FAILED'],
    ['a blank name', () => raw(`/api/zones/${yibinZoneId}/platforms`, JSON.stringify({ type: 'port', name: '   ' })), 400, 'VALIDATION_FAILED'],
    ['an emoji in a name', () => raw(`/api/zones/${yibinZoneId}/platforms`, JSON.stringify({ type: 'port', name: '口岸🚢' })), 400, 'VALIDATION_FAILED'],
    ['a control character', () => raw(`/api/zones/${yibinZoneId}/platforms`, JSON.stringify({ type: 'port', name: '口岸\u0007' })), 400, 'VALIDATION_FAILED'],
    ['full-width digits in a date', () => raw(`/api/platforms/${platformId}/apply`, JSON.stringify({ occurredOn: '２０２２-01-01' })), 400, 'VALIDATION_FAILED'],
    ['an impossible date', () => raw(`/api/platforms/${platformId}/apply`, JSON.stringify({ occurredOn: '2022-02-30' })), 400, 'VALIDATION_FAILED'],
    ['an oversize body', () => raw(`/api/zones/${yibinZoneId}/platforms`, JSON.stringify({ type: 'port', name: 'x', note: 'x'.repeat(LIMITS.bodyBytes) })), 413, 'PAYLOAD_TOO_LARGE'],
    ['a form-encoded body', () => raw(`/api/zones/${yibinZoneId}/platforms`, 'type=port&name=x', 'application/x-www-form-urlencoded'), 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['a too-long name', () => raw(`/api/zones/${yibinZoneId}/platforms`, JSON.stringify({ type: 'port', name: '口'.repeat(LIMITS.nameMax + 1) })), 400, 'VALIDATION_FAILED'],
    ['an id that is not a number', () => raw('/api/platforms/1%20OR%201=1/apply', JSON.stringify({ occurredOn: '2022-01-01' })), 400, 'VALIDATION_FAILED'],
  ])('%s', async (_, send, status, code) => {
    const before = await fingerprint();
    const response = await send();
    expect(response.statusCode).toBe(status);
    expect(response.json().error.code).toBe(code);
    expect(response.json().error.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(await fingerprint()).toBe(before);
  });

  it('names the field and says what is wrong, in Chinese or English', async () => {
    const zh = await raw(`/api/zones/${yibinZoneId}/platforms`, JSON.stringify({ type: 'port', name: 42, extra: 1 }));
    expect(zh.json().error.fields).toEqual([
      { path: 'name', message: '类型错误，应为文本' },
      { path: 'extra', message: '不允许的字段：extra' },
    ]);
    const en = await t.call('yibin', { method: 'POST', url: `/api/zones/${yibinZoneId}/platforms`, payload: { type: 'port' }, lang: 'en' });
    expect(en.json().error).toMatchObject({ message: 'The request has invalid fields; please check them.', fields: [{ path: 'name', message: 'Required' }] });
  });

  it('stores SQL and HTML metacharacters as plain text', async () => {
    const name = `'); DROP TABLE platforms; -- <script>alert("x")</script>（全角）`;
    const response = await t.call('yibin', { method: 'POST', url: `/api/zones/${yibinZoneId}/platforms`, payload: { type: 'port', name } });
    expect(response.statusCode).toBe(201);
    const stored = await t.call('yibin', { method: 'GET', url: `/api/platforms/${response.json().platform.id}` });
    expect(stored.json().platform.name).toBe(name);
  });

  it('answers unknown API routes with a localised 404, and hides internals', async () => {
    const response = await t.call(null, { method: 'GET', url: '/api/nope' });
    expect(response.statusCode).toBe(404);
    expect(response.json().error).toEqual({ code: 'ROUTE_NOT_FOUND', message: '接口不存在。' });
  });
});

describe('fuzzing the zone and platform endpoints', () => {
  const anyJson = fc.oneof(
    fc.jsonValue(),
    fc.record(
      {
        type: fc.oneof(fc.constantFrom('port', 'pilot', 'other', ''), fc.string()),
        name: fc.oneof(fc.string(), fc.string({ unit: 'grapheme', maxLength: 120 }), fc.integer()),
        note: fc.oneof(fc.string(), fc.constant(null)),
        occurredOn: fc.oneof(fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), fc.string()),
        parentId: fc.oneof(fc.integer(), fc.string()),
        code: fc.string(),
      },
      { requiredKeys: [] },
    ),
  );
  const targets = () => [
    { method: 'POST' as const, url: `/api/zones/${yibinZoneId}/platforms` },
    { method: 'PATCH' as const, url: `/api/platforms/${platformId}` },
    { method: 'POST' as const, url: `/api/platforms/${platformId}/apply` },
    { method: 'POST' as const, url: '/api/zones' },
    { method: 'PATCH' as const, url: `/api/zones/${yibinZoneId}` },
  ];

  it('never answers 5xx, and a rejected request changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 4 }), anyJson, async (index, body) => {
        const target = targets()[index]!;
        const before = await fingerprint();
        const response = await t.app.inject({ ...target, payload: JSON.stringify(body), headers: { cookie, 'content-type': 'application/json' } });
        expect(response.statusCode).toBeLessThan(500);
        if (response.statusCode >= 400) expect(await fingerprint()).toBe(before);
      }),
      { numRuns: 150 },
    );
  });

  it('never answers 5xx to fuzzed query strings and ids', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string(), fc.string(), async (id, query) => {
        const response = await t.app.inject({ method: 'GET', url: `/api/platforms/${encodeURIComponent(id)}?status=${encodeURIComponent(query)}` });
        expect(response.statusCode).toBeLessThan(500);
        const list = await t.app.inject({ method: 'GET', url: `/api/platforms?zoneId=${encodeURIComponent(query)}&page=${encodeURIComponent(id)}` });
        expect(list.statusCode).toBeLessThan(500);
      }),
      { numRuns: 100 },
    );
  });
});
