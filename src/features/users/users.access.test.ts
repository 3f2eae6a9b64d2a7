/**
 * The access matrix for accounts (三员分立): every user route × every role, on the caller's own
 * account and on another one. Only the security admin manages accounts, and not their own role,
 * scope or active flag; the province office and the auditor get 403; refusals change nothing.
 * Then the other half of the rule: the security admin gets nothing internal from business routes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, zoneIdByCode, type DemoUser, type TestApp } from '../../testing/test-app.js';
import { TEST_PASSWORD } from '../../testing/constants.js';
import { hashToken, sessionRef } from '../auth/sessions.js';

type Who = DemoUser | null;
type Target = 'own' | 'other';

let t: TestApp;
let yibinZoneId: number;
let targetId: number;
const idOf = new Map<DemoUser, number>();

const ORDER: Who[] = [null, 'admin', 'yibin', 'deyang', 'judge1', 'applicant1', 'auditor', 'secadmin'];

beforeAll(async () => {
  t = await createTestApp();
  yibinZoneId = await zoneIdByCode(t, 'SC-P-YB');
  for (const row of await t.database.db.selectFrom('users').select(['id', 'username']).execute()) idOf.set(row.username as DemoUser, row.id);
  const created = await t.call('secadmin', {
    method: 'POST',
    url: '/api/users',
    payload: { username: 'matrix_target', displayName: '矩阵测试账号', role: 'zone_staff', scopeZoneId: yibinZoneId, password: 'Matrix#Target2026' },
  });
  targetId = created.json().user.id;
  // Sessions and audit entries first: a sign-in writes both, which would blur "changes nothing".
  // Everyone has a second, spare session, so ending "one of my sessions" need not end the caller's.
  await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'matrix_target', password: 'Matrix#Target2026' } });
  for (const user of ORDER) {
    if (!user) continue;
    await t.cookieFor(user);
    await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: user, password: TEST_PASSWORD } });
  }
});
afterAll(() => t.close());

const targetOf = (who: Who, target: Target) => (target === 'own' && who ? idOf.get(who)! : targetId);

/** A session of the account that is not the caller's cookie. */
async function spareSessionRef(who: Who, userId: number): Promise<string> {
  const current = who ? hashToken((await t.cookieFor(who)).replace(/^yz_sid=/, '')) : '';
  const rows = await t.database.db.selectFrom('sessions').select('id').where('user_id', '=', userId).where('id', '!=', current).orderBy('created_at').execute();
  return rows[0] ? sessionRef(rows[0].id) : '0'.repeat(32);
}

type Case = { action: string; target?: Target; run: (who: Who, id: number) => ReturnType<TestApp['call']>; secadmin: number };

const settings = { passwordMinLength: 10, passwordMinClasses: 3, sessionIdleMinutes: 30, sessionMaxHours: 12 };

/** In the order the security admin runs them: reads, edits, then what ends sessions. */
const CASES: Case[] = [
  { action: 'list accounts', run: (w) => t.call(w, { method: 'GET', url: '/api/users' }), secadmin: 200 },
  { action: 'read', target: 'own', run: (w, id) => t.call(w, { method: 'GET', url: `/api/users/${id}` }), secadmin: 200 },
  { action: 'read', target: 'other', run: (w, id) => t.call(w, { method: 'GET', url: `/api/users/${id}` }), secadmin: 200 },
  { action: 'list sessions', target: 'own', run: (w, id) => t.call(w, { method: 'GET', url: `/api/users/${id}/sessions` }), secadmin: 200 },
  { action: 'list sessions', target: 'other', run: (w, id) => t.call(w, { method: 'GET', url: `/api/users/${id}/sessions` }), secadmin: 200 },
  {
    action: 'end one session',
    target: 'own',
    run: async (w, id) => t.call(w, { method: 'DELETE', url: `/api/users/${id}/sessions/${await spareSessionRef(w, id)}` }),
    secadmin: 204,
  },
  {
    action: 'end one session',
    target: 'other',
    run: async (w, id) => t.call(w, { method: 'DELETE', url: `/api/users/${id}/sessions/${await spareSessionRef(w, id)}` }),
    secadmin: 204,
  },
  { action: 'rename', target: 'own', run: (w, id) => t.call(w, { method: 'PATCH', url: `/api/users/${id}`, payload: { displayName: `改名（${w}）` } }), secadmin: 200 },
  { action: 'rename', target: 'other', run: (w, id) => t.call(w, { method: 'PATCH', url: `/api/users/${id}`, payload: { displayName: `改名（${w}）` } }), secadmin: 200 },
  { action: 'grant a role', target: 'own', run: (w, id) => t.call(w, { method: 'PATCH', url: `/api/users/${id}`, payload: { role: 'province_admin', scopeZoneId: yibinZoneId } }), secadmin: 403 },
  { action: 'change the scope', target: 'other', run: (w, id) => t.call(w, { method: 'PATCH', url: `/api/users/${id}`, payload: { role: 'province_admin', scopeZoneId: yibinZoneId } }), secadmin: 200 },
  { action: 'unlock', target: 'own', run: (w, id) => t.call(w, { method: 'POST', url: `/api/users/${id}/unlock` }), secadmin: 200 },
  { action: 'unlock', target: 'other', run: (w, id) => t.call(w, { method: 'POST', url: `/api/users/${id}/unlock` }), secadmin: 200 },
  {
    action: 'create an account',
    run: (w) => t.call(w, { method: 'POST', url: '/api/users', payload: { username: `new_${w ?? 'public'}`, displayName: '新账号', role: 'judge' } }),
    secadmin: 201,
  },
  { action: 'read the security settings', run: (w) => t.call(w, { method: 'GET', url: '/api/settings/security' }), secadmin: 200 },
  { action: 'save the security settings', run: (w) => t.call(w, { method: 'PUT', url: '/api/settings/security', payload: settings }), secadmin: 200 },
  { action: 'reset the password', target: 'own', run: (w, id) => t.call(w, { method: 'POST', url: `/api/users/${id}/reset-password`, payload: {} }), secadmin: 403 },
  { action: 'reset the password', target: 'other', run: (w, id) => t.call(w, { method: 'POST', url: `/api/users/${id}/reset-password`, payload: {} }), secadmin: 200 },
  { action: 'disable', target: 'own', run: (w, id) => t.call(w, { method: 'POST', url: `/api/users/${id}/disable` }), secadmin: 403 },
  { action: 'disable', target: 'other', run: (w, id) => t.call(w, { method: 'POST', url: `/api/users/${id}/disable` }), secadmin: 200 },
  { action: 'enable', target: 'own', run: (w, id) => t.call(w, { method: 'POST', url: `/api/users/${id}/enable` }), secadmin: 403 },
  { action: 'enable', target: 'other', run: (w, id) => t.call(w, { method: 'POST', url: `/api/users/${id}/enable` }), secadmin: 200 },
  { action: 'end all sessions', target: 'other', run: (w, id) => t.call(w, { method: 'DELETE', url: `/api/users/${id}/sessions` }), secadmin: 200 },
  // Last: it signs the caller out.
  { action: 'end all sessions', target: 'own', run: (w, id) => t.call(w, { method: 'DELETE', url: `/api/users/${id}/sessions` }), secadmin: 200 },
];

/** Everything a refusal must leave alone (last-seen times move on their own, so they are left out). */
async function fingerprint() {
  const db = t.database.db;
  const [users, sessions, throttle, settingsRows, audit] = await Promise.all([
    db.selectFrom('users').selectAll().orderBy('id').execute(),
    db.selectFrom('sessions').select(['id', 'user_id', 'expires_at']).orderBy('id').execute(),
    db.selectFrom('login_throttle').selectAll().orderBy('username_key').execute(),
    db.selectFrom('security_settings').selectAll().execute(),
    db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return JSON.stringify([users, sessions, throttle, settingsRows, Number(audit.n)]);
}

describe.each(ORDER)('as %s', (who) => {
  for (const testCase of CASES) {
    const expected = who === null ? 401 : who === 'secadmin' ? testCase.secadmin : 403;
    it(`${testCase.action}${testCase.target ? ` (${testCase.target} account)` : ''} answers ${expected}`, async () => {
      const before = await fingerprint();
      const response = await testCase.run(who, targetOf(who, testCase.target ?? 'other'));
      expect(response.statusCode, response.body).toBe(expected);
      if (expected >= 400) {
        expect(await fingerprint()).toBe(before);
        expect(response.json().error.message).toMatch(/[\u4e00-\u9fa5]/);
      }
      if (who === 'secadmin' && expected === 403) expect(response.json().error.code).toBe('SELF_CHANGE_FORBIDDEN');
    });
  }
});

describe('the security admin and business data', () => {
  let fresh: TestApp;
  beforeAll(async () => {
    fresh = await createTestApp();
  });
  afterAll(() => fresh.close());

  it('has account management in the menu and nothing else to manage', async () => {
    const me = (await fresh.call('secadmin', { method: 'GET', url: '/api/me' })).json().user;
    expect(me).toMatchObject({ role: 'security_admin', scopeZone: null, mustChangePassword: false });
    expect(me.abilities).toEqual({ console: true, manageZones: false, managePlatforms: false, viewAudit: false, manageUsers: true });
  });

  it('sees nothing internal and writes no business data', async () => {
    const db = fresh.database.db;
    const zoneId = await zoneIdByCode(fresh, 'SC-P-YB');
    const draft = await db.selectFrom('innovations').select('id').where('zone_id', '=', zoneId).where('status', '=', 'draft').executeTakeFirstOrThrow();
    const planning = await db.selectFrom('platforms').select('id').where('zone_id', '=', zoneId).where('status', '=', 'planning').executeTakeFirstOrThrow();
    const call = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: Record<string, unknown>) => fresh.call('secadmin', { method, url, payload });
    const expectations: [ReturnType<typeof call>, number][] = [
      [call('GET', `/api/innovations/${draft.id}`), 404],
      [call('GET', `/api/platforms/${planning.id}`), 404],
      [call('PATCH', `/api/innovations/${draft.id}`, { tags: ['x'] }), 404],
      [call('PATCH', `/api/zones/${zoneId}`, { description: 'x' }), 403],
      [call('POST', `/api/zones/${zoneId}/platforms`, { type: 'port', name: '安全管理员的口岸' }), 403],
      [call('POST', '/api/innovations', { zoneId, name: '安全管理员的成果', domain: 'rule_of_law' }), 403],
      [call('GET', '/api/audit'), 403],
    ];
    for (const [response, status] of expectations) {
      const answer = await response;
      expect(answer.statusCode, answer.body).toBe(status);
    }
    const drafts = (await call('GET', `/api/innovations?zoneId=${zoneId}&status=draft`)).json();
    expect(drafts.items).toEqual([]);
    const platforms = (await call('GET', `/api/platforms?zoneId=${zoneId}&pageSize=200`)).json().items as { status: string }[];
    expect(platforms.some((p) => p.status === 'planning')).toBe(false);
  });

  it('a zone stored on a role without scope grants nothing (the role decides)', async () => {
    // The database refuses such a row (users_scope_only_for_zone_roles): the role table is the one rule.
    const zoneId = await zoneIdByCode(fresh, 'SC-P-YB');
    await expect(fresh.database.db.updateTable('users').set({ scope_zone_id: zoneId }).where('username', '=', 'secadmin').execute()).rejects.toThrow(/users_scope_only_for_zone_roles/);
  });
});
