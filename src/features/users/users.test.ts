/**
 * 用户与权限: creating and editing accounts, forced password changes, disabling, resets,
 * sign-in locks, sessions and the security settings, with the separation-of-duties rules.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, zoneIdByCode, type TestApp } from '../../testing/test-app.js';
import { TEST_PASSWORD } from '../../testing/constants.js';

let t: TestApp;
let yibinZoneId: number;
let deyangZoneId: number;
let secadminId: number;

beforeAll(async () => {
  t = await createTestApp({ lockoutThreshold: 3, lockoutMinutes: 15 });
  yibinZoneId = await zoneIdByCode(t, 'SC-P-YB');
  deyangZoneId = await zoneIdByCode(t, 'SC-P-DY');
  secadminId = (await t.database.db.selectFrom('users').select('id').where('username', '=', 'secadmin').executeTakeFirstOrThrow()).id;
});
afterAll(() => t.close());

type User = { id: number; username: string; role: string; scopeZone: { id: number } | null; isActive: boolean; mustChangePassword: boolean; lockedUntil: string | null; sessionCount: number; abilities: Record<string, boolean> };

const asAdmin = (options: Parameters<TestApp['call']>[1]) => t.call('secadmin', options);

let counter = 0;
async function newUser(overrides: Record<string, unknown> = {}): Promise<{ user: User; password: string }> {
  counter += 1;
  const response = await asAdmin({
    method: 'POST',
    url: '/api/users',
    payload: { username: `staff_${counter}`, displayName: `测试填报员${counter}`, role: 'zone_staff', scopeZoneId: yibinZoneId, organisation: '宜宾测试单位', ...overrides },
  });
  expect(response.statusCode, response.body).toBe(201);
  return { user: response.json().user, password: response.json().temporaryPassword };
}

const login = (username: string, password: string) => t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, headers: { 'accept-language': 'zh-CN' } });

async function cookieOf(username: string, password: string): Promise<string> {
  const response = await login(username, password);
  expect(response.statusCode, response.body).toBe(200);
  return `yz_sid=${response.cookies.find((c) => c.name === 'yz_sid')!.value}`;
}

const as = (cookie: string, options: { method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'; url: string; payload?: Record<string, unknown> }) =>
  t.app.inject({ ...options, headers: { cookie, 'accept-language': 'zh-CN' } });

const auditOf = (entityId: number) =>
  t.database.db.selectFrom('audit_log').select(['type', 'before', 'after', 'actor_name']).where('type', 'like', 'user.%').where('entity_id', '=', String(entityId)).orderBy('id').execute();

describe('creating an account', () => {
  it('creates a zone staff account with a one-time password that must be changed, audited without any hash', async () => {
    const { user, password } = await newUser();
    expect(user).toMatchObject({ role: 'zone_staff', scopeZone: { id: yibinZoneId }, isActive: true, mustChangePassword: true });
    expect(password).toHaveLength(16);
    const audit = await auditOf(user.id);
    expect(audit.map((a) => a.type)).toEqual(['user.created']);
    expect(audit[0]!.actor_name).toBe('secadmin');
    expect(JSON.stringify(audit)).not.toMatch(/argon2|password_hash/);
    expect(JSON.stringify(audit)).not.toContain(password);
    // Shown once: reading the account again never gives it back.
    expect((await asAdmin({ method: 'GET', url: `/api/users/${user.id}` })).body).not.toContain(password);
  });

  it('takes a typed password if it meets the policy', async () => {
    const weak = await asAdmin({ method: 'POST', url: '/api/users', payload: { username: 'weak_pw', displayName: '弱密码', role: 'judge', password: 'short' } });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error).toMatchObject({ code: 'WEAK_PASSWORD', fields: [{ path: 'password', message: '至少 10 位' }] });
    const { password } = await newUser({ role: 'judge', scopeZoneId: undefined, password: 'Typed#Pass2026' });
    expect(password).toBe('Typed#Pass2026');
  });

  it('requires a zone for zone roles and refuses one for the others', async () => {
    const noZone = await asAdmin({ method: 'POST', url: '/api/users', payload: { username: 'nozone', displayName: '无区域', role: 'province_admin' } });
    expect(noZone.statusCode).toBe(400);
    expect(noZone.json().error.fields).toEqual([{ path: 'scopeZoneId', message: '必填' }]);
    const judgeZone = await asAdmin({ method: 'POST', url: '/api/users', payload: { username: 'judgezone', displayName: '专家', role: 'judge', scopeZoneId: yibinZoneId } });
    expect(judgeZone.statusCode).toBe(400);
    expect(judgeZone.json().error.fields[0].message).toBe('该角色不设区域范围');
    const unknownZone = await asAdmin({ method: 'POST', url: '/api/users', payload: { username: 'badzone', displayName: '区域', role: 'zone_staff', scopeZoneId: 999_999 } });
    expect(unknownZone.statusCode).toBe(400);
  });

  it('refuses a username taken in any letter case, and malformed ones', async () => {
    const taken = await asAdmin({ method: 'POST', url: '/api/users', payload: { username: 'Admin', displayName: '冒名', role: 'judge' } });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error).toMatchObject({ code: 'DUPLICATE_USERNAME', fields: [{ path: 'username' }] });
    const malformed = await asAdmin({ method: 'POST', url: '/api/users', payload: { username: 'zhang-san', displayName: '张三', role: 'judge' } });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.fields[0].message).toBe('用户名只能使用半角字母、数字、下划线');
  });
});

describe('the forced password change', () => {
  it('login and /api/me carry the flag; everything else answers 403 until the password is changed', async () => {
    const { user, password } = await newUser();
    const signIn = await login(user.username, password);
    expect(signIn.statusCode).toBe(200);
    expect(signIn.json().user.mustChangePassword).toBe(true);
    const cookie = `yz_sid=${signIn.cookies.find((c) => c.name === 'yz_sid')!.value}`;
    expect((await as(cookie, { method: 'GET', url: '/api/me' })).json().user.mustChangePassword).toBe(true);

    for (const request of [
      { method: 'GET', url: '/api/zones' },
      { method: 'GET', url: '/api/innovations' },
      { method: 'POST', url: `/api/zones/${yibinZoneId}/platforms`, payload: { type: 'port', name: '未改密码的口岸' } },
    ] as const) {
      const refused = await as(cookie, request);
      expect(refused.statusCode, request.url).toBe(403);
      expect(refused.json().error).toMatchObject({ code: 'PASSWORD_CHANGE_REQUIRED', message: '您的密码由管理员设置或重置，请先修改密码，然后再继续使用。' });
    }

    const same = await as(cookie, { method: 'POST', url: '/api/me/password', payload: { currentPassword: password, newPassword: password } });
    expect(same.statusCode).toBe(400);
    expect(same.json().error.fields[0].message).toBe('不能与当前密码相同');
    const changed = await as(cookie, { method: 'POST', url: '/api/me/password', payload: { currentPassword: password, newPassword: 'Mine#Own2026pw' } });
    expect(changed.statusCode).toBe(204);
    expect((await as(cookie, { method: 'GET', url: '/api/me' })).json().user.mustChangePassword).toBe(false);
    expect((await as(cookie, { method: 'GET', url: '/api/zones' })).statusCode).toBe(200);
    // Sign-out works while flagged too (checked on a fresh flagged account).
    const other = await newUser();
    const otherCookie = await cookieOf(other.user.username, other.password);
    expect((await as(otherCookie, { method: 'POST', url: '/api/auth/logout' })).statusCode).toBe(204);
  });
});

describe('resetting a password', () => {
  it('sets a new one-time password, ends the sessions, and the old password stops working', async () => {
    const { user, password } = await newUser();
    const cookie = await cookieOf(user.username, password);
    await as(cookie, { method: 'POST', url: '/api/me/password', payload: { currentPassword: password, newPassword: 'Chosen#Pass2026' } });
    const reset = await asAdmin({ method: 'POST', url: `/api/users/${user.id}/reset-password`, payload: {} });
    expect(reset.statusCode).toBe(200);
    const temporary = reset.json().temporaryPassword as string;
    expect((await as(cookie, { method: 'GET', url: '/api/me' })).statusCode).toBe(401);
    expect((await login(user.username, 'Chosen#Pass2026')).statusCode).toBe(401);
    const again = await login(user.username, temporary);
    expect(again.json().user.mustChangePassword).toBe(true);
    const audit = await auditOf(user.id);
    expect(audit.at(-1)).toMatchObject({ type: 'user.password_reset', after: { passwordGenerated: true, sessionsEnded: 1 } });
    expect(JSON.stringify(audit)).not.toContain(temporary);
  });

  it('accepts a typed password that meets the policy', async () => {
    const { user } = await newUser();
    const weak = await asAdmin({ method: 'POST', url: `/api/users/${user.id}/reset-password`, payload: { password: 'alllowercase' } });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.fields[0].message).toMatch(/三类/);
    const typed = await asAdmin({ method: 'POST', url: `/api/users/${user.id}/reset-password`, payload: { password: 'Reset#Typed2026' } });
    expect(typed.json()).toEqual({ temporaryPassword: 'Reset#Typed2026' });
    expect((await login(user.username, 'Reset#Typed2026')).statusCode).toBe(200);
  });
});

describe('separation of duties on your own account', () => {
  const self = (method: 'PATCH' | 'POST', path: string, payload?: Record<string, unknown>) => asAdmin({ method, url: `/api/users/${secadminId}${path}`, payload });

  it('a security admin cannot change their own role, scope or active flag, nor reset their own password', async () => {
    const before = await t.database.db.selectFrom('users').selectAll().where('id', '=', secadminId).executeTakeFirstOrThrow();
    for (const response of [
      await self('PATCH', '', { role: 'province_admin', scopeZoneId: yibinZoneId }),
      await self('PATCH', '', { role: 'auditor' }),
      await self('POST', '/disable'),
      await self('POST', '/enable'),
      await self('POST', '/reset-password', {}),
    ]) {
      expect(response.statusCode, response.body).toBe(403);
      expect(response.json().error.code).toBe('SELF_CHANGE_FORBIDDEN');
    }
    expect(await t.database.db.selectFrom('users').selectAll().where('id', '=', secadminId).executeTakeFirstOrThrow()).toEqual(before);
  });

  it('but may correct their own name, and the abilities say what is possible', async () => {
    const response = await self('PATCH', '', { displayName: '安全管理员（改名）', role: 'security_admin' });
    expect(response.statusCode).toBe(200);
    expect(response.json().user).toMatchObject({ displayName: '安全管理员（改名）', isSelf: true, abilities: { update: true, changeRole: false, disable: false, resetPassword: false } });
  });

  it('manages other security admins like any account', async () => {
    const { user } = await newUser({ role: 'security_admin', scopeZoneId: null });
    const demoted = await asAdmin({ method: 'PATCH', url: `/api/users/${user.id}`, payload: { role: 'judge' } });
    expect(demoted.json().user).toMatchObject({ role: 'judge', scopeZone: null });
    expect((await asAdmin({ method: 'POST', url: `/api/users/${user.id}/disable` })).json().user.isActive).toBe(false);
  });
});

describe('editing role and scope', () => {
  it('drops the zone when the role has none, and asks for one when it needs it', async () => {
    const { user } = await newUser();
    const judge = await asAdmin({ method: 'PATCH', url: `/api/users/${user.id}`, payload: { role: 'judge' } });
    expect(judge.json().user).toMatchObject({ role: 'judge', scopeZone: null });
    const back = await asAdmin({ method: 'PATCH', url: `/api/users/${user.id}`, payload: { role: 'zone_staff' } });
    expect(back.statusCode).toBe(400);
    expect(back.json().error.fields[0].path).toBe('scopeZoneId');
    const moved = await asAdmin({ method: 'PATCH', url: `/api/users/${user.id}`, payload: { role: 'zone_staff', scopeZoneId: deyangZoneId } });
    expect(moved.json().user.scopeZone.id).toBe(deyangZoneId);
    const audit = await auditOf(user.id);
    expect(audit.at(-1)).toMatchObject({ type: 'user.updated', before: { role: 'judge', scope_zone_id: null }, after: { role: 'zone_staff', scope_zone_id: deyangZoneId } });
  });

  it('a changed scope applies to the next request of a signed-in user', async () => {
    const { user, password } = await newUser();
    const cookie = await cookieOf(user.username, password);
    await as(cookie, { method: 'POST', url: '/api/me/password', payload: { currentPassword: password, newPassword: 'Scope#Moves2026' } });
    const draft = await t.database.db.selectFrom('innovations').select('id').where('zone_id', '=', yibinZoneId).where('status', '=', 'draft').executeTakeFirstOrThrow();
    expect((await as(cookie, { method: 'GET', url: `/api/innovations/${draft.id}` })).statusCode).toBe(200);
    await asAdmin({ method: 'PATCH', url: `/api/users/${user.id}`, payload: { scopeZoneId: deyangZoneId } });
    expect((await as(cookie, { method: 'GET', url: `/api/innovations/${draft.id}` })).statusCode).toBe(404);
  });
});

describe('disabling and enabling', () => {
  it('a disabled account is signed out and cannot sign in; enabling lets it back', async () => {
    const { user, password } = await newUser();
    const cookie = await cookieOf(user.username, password);
    const disabled = await asAdmin({ method: 'POST', url: `/api/users/${user.id}/disable` });
    expect(disabled.json().user).toMatchObject({ isActive: false, sessionCount: 0, abilities: { enable: true, disable: false } });
    expect((await as(cookie, { method: 'GET', url: '/api/me' })).statusCode).toBe(401);
    expect((await login(user.username, password)).statusCode).toBe(401);
    expect((await asAdmin({ method: 'POST', url: `/api/users/${user.id}/enable` })).json().user.isActive).toBe(true);
    expect((await login(user.username, password)).statusCode).toBe(200);
    expect((await auditOf(user.id)).map((a) => a.type)).toEqual(['user.created', 'user.disabled', 'user.enabled']);
  });
});

describe('sign-in locks', () => {
  it('shows a locked account, and unlocking clears every address of its name', async () => {
    const { user, password } = await newUser();
    for (let i = 0; i < 3; i++) await login(user.username.toUpperCase(), 'Wrong-password-1');
    expect((await login(user.username, password)).statusCode).toBe(423);
    const listed = await asAdmin({ method: 'GET', url: '/api/users?status=locked' });
    const locked = (listed.json().items as User[]).find((u) => u.id === user.id)!;
    expect(locked.lockedUntil).not.toBeNull();
    expect(locked.abilities.unlock).toBe(true);
    const unlocked = await asAdmin({ method: 'POST', url: `/api/users/${user.id}/unlock` });
    expect(unlocked.json().user).toMatchObject({ lockedUntil: null, abilities: { unlock: false } });
    expect(await t.database.db.selectFrom('login_throttle').select('ip').where('username_key', '=', user.username.toLowerCase()).execute()).toEqual([]);
    expect((await login(user.username, password)).statusCode).toBe(200);
    expect((await auditOf(user.id)).map((a) => a.type)).toContain('user.unlocked');
  });
});

describe('sessions', () => {
  it('lists live sessions with address and browser, ends one, then all', async () => {
    const { user, password } = await newUser();
    const first = await cookieOf(user.username, password);
    const second = await cookieOf(user.username, password);
    const list = await asAdmin({ method: 'GET', url: `/api/users/${user.id}/sessions` });
    const items = list.json().items as { id: string; ip: string; userAgent: string | null; current: boolean }[];
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({ ip: '127.0.0.1', current: false });
    expect(items[0]!.id).toMatch(/^[0-9a-f]{32}$/);
    // The list never shows the stored hash of a cookie.
    const stored = await t.database.db.selectFrom('sessions').select('id').where('user_id', '=', user.id).execute();
    expect(stored.map((s) => s.id)).not.toContain(items[0]!.id);

    expect((await asAdmin({ method: 'DELETE', url: `/api/users/${user.id}/sessions/${'0'.repeat(32)}` })).statusCode).toBe(404);
    expect((await asAdmin({ method: 'DELETE', url: `/api/users/${user.id}/sessions/${items[0]!.id}` })).statusCode).toBe(204);
    const alive = await Promise.all([first, second].map(async (cookie) => (await as(cookie, { method: 'GET', url: '/api/me' })).statusCode));
    expect(alive.sort()).toEqual([200, 401]);
    expect((await asAdmin({ method: 'DELETE', url: `/api/users/${user.id}/sessions` })).json()).toEqual({ ended: 1 });
    for (const cookie of [first, second]) expect((await as(cookie, { method: 'GET', url: '/api/me' })).statusCode).toBe(401);
    expect((await auditOf(user.id)).filter((a) => a.type === 'user.sessions_ended')).toHaveLength(2);
  });
});

describe('the list', () => {
  it('searches and filters by role, zone subtree and status', async () => {
    const names = async (query: string) => ((await asAdmin({ method: 'GET', url: `/api/users?pageSize=200&${query}` })).json().items as User[]).map((u) => u.username);
    expect(await names('q=YIBIN')).toContain('yibin');
    expect(await names('q=宜宾先行区')).toEqual(['yibin']);
    expect(await names('role=auditor')).toEqual(['auditor']);
    const sichuan = await zoneIdByCode(t, 'SC-FTZ');
    const inSichuan = await names(`zoneId=${sichuan}`);
    expect(inSichuan).toEqual(expect.arrayContaining(['yibin', 'deyang']));
    expect(inSichuan).not.toContain('admin');
    expect(await names('status=disabled')).not.toContain('yibin');
    expect(await names('status=must_change')).not.toContain('yibin');
    const page = (await asAdmin({ method: 'GET', url: '/api/users?pageSize=2' })).json();
    expect(page.items).toHaveLength(2);
    expect(page.total).toBeGreaterThan(2);
  });
});

describe('security settings', () => {
  it('start at the defaults and, once saved, drive the password policy and the session limits', async () => {
    const initial = (await asAdmin({ method: 'GET', url: '/api/settings/security' })).json();
    expect(initial.settings).toEqual({ passwordMinLength: 10, passwordMinClasses: 3, sessionIdleMinutes: 30, sessionMaxHours: 12, updatedAt: null, updatedBy: null });
    expect(initial.defaults).toEqual({ passwordMinLength: 10, passwordMinClasses: 3, sessionIdleMinutes: 30, sessionMaxHours: 12 });

    const tooIdle = await asAdmin({ method: 'PUT', url: '/api/settings/security', payload: { passwordMinLength: 12, passwordMinClasses: 4, sessionIdleMinutes: 120, sessionMaxHours: 1 } });
    expect(tooIdle.statusCode).toBe(400);
    expect(tooIdle.json().error.fields[0].path).toBe('sessionIdleMinutes');

    const saved = await asAdmin({ method: 'PUT', url: '/api/settings/security', payload: { passwordMinLength: 12, passwordMinClasses: 4, sessionIdleMinutes: 10, sessionMaxHours: 8 } });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().settings).toMatchObject({ passwordMinLength: 12, sessionIdleMinutes: 10, updatedBy: 'secadmin' });

    const { user, password } = await newUser();
    const cookie = await cookieOf(user.username, password);
    const short = await as(cookie, { method: 'POST', url: '/api/me/password', payload: { currentPassword: password, newPassword: 'Eleven#Chr1' } });
    expect(short.json().error.fields[0].message).toBe('至少 12 位');
    const threeClasses = await as(cookie, { method: 'POST', url: '/api/me/password', payload: { currentPassword: password, newPassword: 'Twelvechars2026' } });
    expect(threeClasses.json().error.fields[0].message).toBe('需包含大写字母、小写字母、数字、符号中的至少四类');

    // Idle for 11 minutes under a 10-minute limit: the session is over (a fresh one, not yet resolved).
    const idle = await cookieOf(user.username, password);
    await t.database.db.updateTable('sessions').set({ last_seen_at: new Date(Date.now() - 11 * 60_000) }).where('user_id', '=', user.id).execute();
    expect((await as(idle, { method: 'GET', url: '/api/me' })).statusCode).toBe(401);

    const audit = await t.database.db.selectFrom('audit_log').select(['before', 'after']).where('type', '=', 'settings.security_updated').orderBy('id').execute();
    expect(audit).toEqual([{ before: initial.defaults, after: { passwordMinLength: 12, passwordMinClasses: 4, sessionIdleMinutes: 10, sessionMaxHours: 8 } }]);
    // Back to the defaults for the other tests in this file.
    await asAdmin({ method: 'PUT', url: '/api/settings/security', payload: initial.defaults });
  });

  it('a signed-in session ends at the maximum age now in force', async () => {
    const cookie = await cookieOf('deyang', TEST_PASSWORD);
    const deyang = await t.database.db.selectFrom('users').select('id').where('username', '=', 'deyang').executeTakeFirstOrThrow();
    await t.database.db.updateTable('sessions').set({ created_at: new Date(Date.now() - 3 * 3_600_000) }).where('user_id', '=', deyang.id).execute();
    expect((await as(cookie, { method: 'GET', url: '/api/me' })).statusCode).toBe(200);
    await asAdmin({ method: 'PUT', url: '/api/settings/security', payload: { passwordMinLength: 10, passwordMinClasses: 3, sessionIdleMinutes: 30, sessionMaxHours: 2 } });
    expect((await as(cookie, { method: 'GET', url: '/api/me' })).statusCode).toBe(401);
    await asAdmin({ method: 'PUT', url: '/api/settings/security', payload: { passwordMinLength: 10, passwordMinClasses: 3, sessionIdleMinutes: 30, sessionMaxHours: 12 } });
  });
});
