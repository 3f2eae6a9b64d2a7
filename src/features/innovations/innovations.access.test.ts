/**
 * Innovation access as a matrix: role × action × own/other zone, on an unpublished record
 * (internal to 宜宾 and the province) and a published one. Refusals change nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, zoneIdByCode, type DemoUser, type TestApp } from '../../testing/test-app.js';

let t: TestApp;
let yibinZoneId: number;
let draftId: number;
let publishedId: number;

beforeAll(async () => {
  t = await createTestApp();
  yibinZoneId = await zoneIdByCode(t, 'SC-P-YB');
  const db = t.database.db;
  draftId = (await db.selectFrom('innovations').select('id').where('zone_id', '=', yibinZoneId).where('status', '=', 'draft').executeTakeFirstOrThrow()).id;
  // Sign everyone in first: a login writes an audit entry, which would blur "changes nothing".
  for (const user of ['admin', 'yibin', 'deyang', 'judge1', 'applicant1', 'auditor'] as const) await t.cookieFor(user);
  publishedId = (await db.selectFrom('innovations').select('id').where('zone_id', '=', yibinZoneId).where('status', '=', 'recognized').executeTakeFirstOrThrow()).id;
});
afterAll(() => t.close());

type Who = DemoUser | null;
type Case = { action: string; run: (who: Who) => ReturnType<TestApp['call']>; expected: Record<string, number> };

const others = (status: number) => ({ deyang: status, judge1: status, applicant1: status, auditor: status });

const cases = (): Case[] => [
  { action: 'read the draft', run: (w) => t.call(w, { method: 'GET', url: `/api/innovations/${draftId}` }), expected: { public: 404, admin: 200, yibin: 200, ...others(404) } },
  { action: 'read the published record', run: (w) => t.call(w, { method: 'GET', url: `/api/innovations/${publishedId}` }), expected: { public: 200, admin: 200, yibin: 200, ...others(200) } },
  { action: 'edit the draft', run: (w) => t.call(w, { method: 'PATCH', url: `/api/innovations/${draftId}`, payload: { tags: ['测试'] } }), expected: { public: 401, admin: 200, yibin: 200, ...others(404) } },
  { action: 'edit the published record', run: (w) => t.call(w, { method: 'PATCH', url: `/api/innovations/${publishedId}`, payload: { tags: ['测试'] } }), expected: { public: 401, admin: 403, yibin: 403, ...others(403) } },
  {
    action: "create in 宜宾's zone",
    run: (w) => t.call(w, { method: 'POST', url: '/api/innovations', payload: { zoneId: yibinZoneId, name: `访问矩阵测试成果${w}`, domain: 'rule_of_law' } }),
    expected: { public: 401, admin: 201, yibin: 201, ...others(403) },
  },
  {
    action: 'record an adoption of the published record',
    run: (w) => t.call(w, { method: 'POST', url: `/api/innovations/${publishedId}/adoptions`, payload: { adoptedOn: '2023-01-01' } }),
    // deyang adopts into 德阳; yibin cannot adopt its own zone's record; the admin must name a zone (400).
    expected: { public: 401, admin: 400, yibin: 403, deyang: 201, judge1: 403, applicant1: 403, auditor: 403 },
  },
];

async function fingerprint() {
  const db = t.database.db;
  const [innovations, events, adoptions, audit] = await Promise.all([
    db.selectFrom('innovations').selectAll().orderBy('id').execute(),
    db.selectFrom('innovation_events').select('id').execute(),
    db.selectFrom('innovation_adoptions').select('id').execute(),
    db.selectFrom('audit_log').select('id').orderBy('id').execute(),
  ]);
  return JSON.stringify([innovations, events.length, adoptions.length, audit.length]);
}

// Refused first, permitted (state-changing) last.
const ORDER: Who[] = [null, 'judge1', 'applicant1', 'auditor', 'yibin', 'deyang', 'admin'];

describe.each(ORDER)('as %s', (who) => {
  for (const testCase of cases()) {
    const key = who ?? 'public';
    it(`${testCase.action}`, async () => {
      const expected = testCase.expected[key]!;
      const before = await fingerprint();
      const response = await testCase.run(who);
      expect(response.statusCode, response.body).toBe(expected);
      if (expected >= 400) expect(await fingerprint()).toBe(before);
    });
  }
});

describe('lists are scoped', () => {
  it('the draft is listed for 宜宾 and the province, never for others or the public', async () => {
    const ids = async (who: Who, url: string) => ((await t.call(who, { method: 'GET', url })).json().items as { id: number }[]).map((i) => i.id);
    expect(await ids('yibin', '/api/innovations?pageSize=200')).toContain(draftId);
    expect(await ids('admin', `/api/innovations?zoneId=${yibinZoneId}`)).toContain(draftId);
    expect(await ids('deyang', `/api/innovations?zoneId=${yibinZoneId}`)).not.toContain(draftId);
    expect(await ids(null, `/api/public/innovations?zoneId=${yibinZoneId}`)).not.toContain(draftId);
    expect(await ids('deyang', `/api/innovations?zoneId=${yibinZoneId}&status=draft`)).toEqual([]);
  });
});
