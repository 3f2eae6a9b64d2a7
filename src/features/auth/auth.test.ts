import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { TEST_PASSWORD } from '../../testing/constants.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ lockoutThreshold: 3, lockoutMinutes: 15 });
});
afterAll(() => t.close());

const login = (username: string, password: string, cookie?: string) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, headers: cookie ? { cookie } : {} });

describe('POST /api/auth/login', () => {
  it('signs in with the demo password and sets an httpOnly, SameSite=Strict session cookie', async () => {
    const response = await login('yibin', TEST_PASSWORD);
    expect(response.statusCode).toBe(200);
    expect(response.json().user).toMatchObject({ username: 'yibin', role: 'zone_staff', scopeZone: { name: '中国(四川)自由贸易试验区宜宾协同改革先行区' } });
    const cookie = response.cookies.find((c) => c.name === 'yz_sid')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Strict');
    const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: `yz_sid=${cookie.value}` } });
    expect(me.json().user.abilities).toEqual({ console: true, manageZones: false, managePlatforms: true, viewAudit: false, manageUsers: false });
  });

  it('answers 401 with the same message for a wrong password and an unknown user', async () => {
    const wrong = await login('deyang', 'Wrong-password-1');
    const unknown = await login('nobody', 'Wrong-password-1');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error).toEqual(unknown.json().error);
    expect(wrong.json().error.message).toBe('用户名或密码错误。');
  });

  it('issues a new session id on every login, so a planted cookie is never promoted', async () => {
    const first = (await login('admin', TEST_PASSWORD)).cookies.find((c) => c.name === 'yz_sid')!.value;
    const second = (await login('admin', TEST_PASSWORD, `yz_sid=${first}`)).cookies.find((c) => c.name === 'yz_sid')!.value;
    expect(second).not.toBe(first);
    const old = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: `yz_sid=${first}` } });
    expect(old.statusCode).toBe(401);
  });

  it('locks the account after repeated failures, refusing even the right password, and audits it', async () => {
    for (let i = 0; i < 2; i++) expect((await login('judge1', 'Wrong-password-1')).statusCode).toBe(401);
    const locking = await login('judge1', 'Wrong-password-1');
    expect(locking.statusCode).toBe(423);
    expect(locking.json().error.code).toBe('ACCOUNT_LOCKED');
    const right = await login('judge1', TEST_PASSWORD);
    expect(right.statusCode).toBe(423);
    expect(right.json().error.message).toMatch(/分钟后再试/);
    const audit = await t.database.db.selectFrom('audit_log').select('type').where('actor_name', '=', 'judge1').orderBy('id').execute();
    expect(audit.map((a) => a.type)).toEqual(['auth.login_failed', 'auth.login_failed', 'auth.login_failed', 'auth.account_locked']);
  });

  it('rate-limits repeated login attempts from one address', async () => {
    const limited = await createTestApp({ loginRateLimitPerMinute: 3 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await limited.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'x', password: 'y' } })).statusCode);
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
    } finally {
      await limited.close();
    }
  });
});

describe('sessions', () => {
  it('logout ends the session on the server', async () => {
    const cookie = `yz_sid=${(await login('deyang', TEST_PASSWORD)).cookies.find((c) => c.name === 'yz_sid')!.value}`;
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } })).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } })).statusCode).toBe(401);
  });

  it('an idle session expires', async () => {
    const cookie = `yz_sid=${(await login('applicant1', TEST_PASSWORD)).cookies.find((c) => c.name === 'yz_sid')!.value}`;
    await t.database.db.updateTable('sessions').set({ last_seen_at: new Date(Date.now() - 3 * 3_600_000) }).execute();
    const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    expect(me.statusCode).toBe(401);
    expect(me.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('the public gets 401 on /api/me and on any write', async () => {
    expect((await t.call(null, { method: 'GET', url: '/api/me' })).statusCode).toBe(401);
    const write = await t.call(null, { method: 'POST', url: '/api/zones', payload: {} });
    expect(write.statusCode).toBe(401);
    expect(write.json().error.message).toBe('请先登录。');
  });

  it('refuses a write whose Origin is another site', async () => {
    const response = await t.call('admin', { method: 'PATCH', url: '/api/zones/1', payload: { description: 'x' }, headers: { origin: 'http://evil.example', host: 'localhost:3000' } });
    expect(response.statusCode).toBe(403);
  });
});

describe('POST /api/me/password', () => {
  it('refuses a password that breaks the policy, with the reason', async () => {
    const response = await t.call('yibin', { method: 'POST', url: '/api/me/password', payload: { currentPassword: TEST_PASSWORD, newPassword: 'short' } });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('WEAK_PASSWORD');
    expect(response.json().error.fields[0]).toMatchObject({ path: 'newPassword', message: '至少 10 位' });
  });

  it('refuses a wrong current password', async () => {
    const response = await t.call('yibin', { method: 'POST', url: '/api/me/password', payload: { currentPassword: 'Nope-12345', newPassword: 'Better#Pass2026' } });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('WRONG_PASSWORD');
  });

  it('changes the password: the new one signs in, the old one no longer does', async () => {
    const response = await t.call('auditor', { method: 'POST', url: '/api/me/password', payload: { currentPassword: TEST_PASSWORD, newPassword: 'Better#Pass2026' } });
    expect(response.statusCode).toBe(204);
    expect((await login('auditor', TEST_PASSWORD)).statusCode).toBe(401);
    expect((await login('auditor', 'Better#Pass2026')).statusCode).toBe(200);
  });
});
