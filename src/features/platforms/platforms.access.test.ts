/**
 * The access matrix for the platform ledger: role × action × own/other zone.
 * Outsiders get 404 for internal entries (they must not learn they exist), 403 for visible
 * records they may not change, and every refused request leaves the database as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, zoneIdByCode, type DemoUser, type TestApp } from '../../testing/test-app.js';

type Target = 'internalOwn' | 'publicOwn';
type Action = 'read' | 'update' | 'apply' | 'create';
type Actor = DemoUser | null;

let t: TestApp;
const ids: Record<Target, number> = { internalOwn: 0, publicOwn: 0 };
let yibinZoneId = 0;

beforeAll(async () => {
  t = await createTestApp();
  yibinZoneId = await zoneIdByCode(t, 'SC-P-YB');
  const find = (name: string) =>
    t.database.db.selectFrom('platforms').select('id').where('zone_id', '=', yibinZoneId).where('name', '=', name).executeTakeFirstOrThrow();
  ids.internalOwn = (await find('铁路口岸')).id; // still 谋划: internal to 宜宾 and the province
  ids.publicOwn = (await find('综合保税区')).id; // 封关运营: public
});
afterAll(() => t.close());

/** Expected status per actor for 宜宾's records; "own" means 宜宾 is inside the actor's scope. */
const EXPECTED: Record<string, Record<`${Exclude<Action, 'create'>}:${Target}` | 'create:zone', number>> = {
  public: { 'read:internalOwn': 404, 'read:publicOwn': 200, 'update:internalOwn': 401, 'update:publicOwn': 401, 'apply:internalOwn': 401, 'apply:publicOwn': 401, 'create:zone': 401 },
  admin: { 'read:internalOwn': 200, 'read:publicOwn': 200, 'update:internalOwn': 200, 'update:publicOwn': 200, 'apply:internalOwn': 200, 'apply:publicOwn': 409, 'create:zone': 201 },
  yibin: { 'read:internalOwn': 200, 'read:publicOwn': 200, 'update:internalOwn': 200, 'update:publicOwn': 200, 'apply:internalOwn': 200, 'apply:publicOwn': 409, 'create:zone': 201 },
  deyang: { 'read:internalOwn': 404, 'read:publicOwn': 200, 'update:internalOwn': 404, 'update:publicOwn': 403, 'apply:internalOwn': 404, 'apply:publicOwn': 403, 'create:zone': 403 },
  judge1: { 'read:internalOwn': 404, 'read:publicOwn': 200, 'update:internalOwn': 404, 'update:publicOwn': 403, 'apply:internalOwn': 404, 'apply:publicOwn': 403, 'create:zone': 403 },
  applicant1: { 'read:internalOwn': 404, 'read:publicOwn': 200, 'update:internalOwn': 404, 'update:publicOwn': 403, 'apply:internalOwn': 404, 'apply:publicOwn': 403, 'create:zone': 403 },
  auditor: { 'read:internalOwn': 404, 'read:publicOwn': 200, 'update:internalOwn': 404, 'update:publicOwn': 403, 'apply:internalOwn': 404, 'apply:publicOwn': 403, 'create:zone': 403 },
};

async function snapshot() {
  const db = t.database.db;
  const [platforms, events, audit] = await Promise.all([
    db.selectFrom('platforms').selectAll().orderBy('id').execute(),
    db.selectFrom('platform_events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    db.selectFrom('audit_log').select('type').where('type', 'like', 'platform.%').execute(),
  ]);
  return JSON.stringify({ platforms, events: Number(events.n), audit: audit.length });
}

async function perform(actor: Actor, action: Action, target: Target) {
  const id = ids[target];
  switch (action) {
    case 'read':
      return t.call(actor, { method: 'GET', url: `/api/platforms/${id}` });
    case 'update':
      return t.call(actor, { method: 'PATCH', url: `/api/platforms/${id}`, payload: { note: `changed by ${actor ?? 'public'}` } });
    case 'apply':
      return t.call(actor, { method: 'POST', url: `/api/platforms/${id}/apply`, payload: { occurredOn: '2024-03-01', document: '川自贸办〔2024〕1号' } });
    case 'create':
      return t.call(actor, { method: 'POST', url: `/api/zones/${yibinZoneId}/platforms`, payload: { type: 'port', name: `航空口岸（${actor ?? 'public'} 测试）` } });
  }
}

// Refused actors first, so the permitted ones (which change state) run last.
const ORDER: Actor[] = [null, 'deyang', 'judge1', 'applicant1', 'auditor', 'yibin', 'admin'];

describe.each(ORDER)('as %s', (actor) => {
  const expected = EXPECTED[actor ?? 'public']!;
  for (const action of ['read', 'update', 'create'] as const) {
    const targets: Target[] = action === 'create' ? ['publicOwn'] : ['internalOwn', 'publicOwn'];
    for (const target of targets) {
      const key = action === 'create' ? 'create:zone' : (`${action}:${target}` as const);
      const status = expected[key];
      it(`${action} ${action === 'create' ? "a platform in 宜宾's zone" : target} answers ${status}`, async () => {
        const before = await snapshot();
        const response = await perform(actor, action, target);
        expect(response.statusCode, response.body).toBe(status);
        if (status >= 400) {
          expect(await snapshot()).toBe(before);
          expect(response.json().error.message).toMatch(/[\u4e00-\u9fa5]/);
        }
        if (status === 404) expect(response.json().error.code).toBe('NOT_FOUND');
      });
    }
  }
  it(`apply on the public entry answers ${expected['apply:publicOwn']}`, async () => {
    const before = await snapshot();
    const response = await perform(actor, 'apply', 'publicOwn');
    expect(response.statusCode).toBe(expected['apply:publicOwn']);
    expect(await snapshot()).toBe(before);
  });
});

describe('lists are scoped the same way', () => {
  it('an internal entry appears in its own zone staff list but not in another zone staff list or the public one', async () => {
    const names = async (actor: Actor) =>
      (await t.call(actor, { method: 'GET', url: `/api/zones/${yibinZoneId}/platforms` })).json().items.map((p: { id: number }) => p.id);
    const hidden = await t.database.db.selectFrom('platforms').select('id').where('zone_id', '=', yibinZoneId).where('status', '=', 'planning').execute();
    expect(hidden.length).toBeGreaterThan(0);
    for (const { id } of hidden) {
      expect(await names('yibin')).toContain(id);
      expect(await names('admin')).toContain(id);
      expect(await names('deyang')).not.toContain(id);
      expect(await names(null)).not.toContain(id);
    }
  });

  it('the overview counts planning entries only for actors who may see them', async () => {
    const planning = async (actor: Actor) => (await t.call(actor, { method: 'GET', url: '/api/stats/overview' })).json().platformsByStatus.planning;
    const yibinPlanning = await t.database.db
      .selectFrom('platforms')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('zone_id', '=', yibinZoneId)
      .where('status', '=', 'planning')
      .executeTakeFirstOrThrow();
    expect(await planning(null)).toBe(0);
    expect(await planning('deyang')).toBe(0);
    expect(await planning('yibin')).toBe(Number(yibinPlanning.n));
  });

  it('shows who took a step, and their note, only to staff whose scope holds the platform', async () => {
    const created = await t.call('yibin', { method: 'POST', url: `/api/zones/${yibinZoneId}/platforms`, payload: { type: 'port', name: '留痕测试口岸' } });
    const id = created.json().platform.id;
    const applied = await t.call('yibin', { method: 'POST', url: `/api/platforms/${id}/apply`, payload: { occurredOn: '2024-03-01', note: '内部工作备注' } });
    expect(applied.statusCode, applied.body).toBe(200);
    const eventsAs = async (actor: Actor) => (await t.call(actor, { method: 'GET', url: `/api/platforms/${id}` })).json().events as { actorName: string | null; note: string | null; occurredOn: string }[];
    for (const insider of ['yibin', 'admin'] as const) {
      expect((await eventsAs(insider)).some((e) => e.actorName && e.note === '内部工作备注'), insider).toBe(true);
    }
    for (const outsider of [null, 'deyang', 'judge1', 'applicant1', 'auditor'] as const) {
      const events = await eventsAs(outsider);
      expect(events.length, String(outsider)).toBeGreaterThan(0);
      expect(events.every((e) => e.actorName === null && e.note === null), String(outsider)).toBe(true);
      expect(events.some((e) => e.occurredOn === '2024-03-01')).toBe(true);
    }
  });
});
