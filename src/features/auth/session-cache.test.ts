/**
 * The session lookup is cached for a few seconds on PGlite (none on PostgreSQL): revocations
 * must still take effect on the very next request.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { TEST_PASSWORD } from '../../testing/constants.js';
import { invalidateSessionCache } from './sessions.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function signIn(username: string): Promise<string> {
  const response = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: TEST_PASSWORD } });
  expect(response.statusCode).toBe(200);
  return `yz_sid=${response.cookies.find((c) => c.name === 'yz_sid')!.value}`;
}
const me = (cookie: string) => t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });

describe('session cache', () => {
  it('a signed-out cookie answers 401 at once, though it was just used', async () => {
    const cookie = await signIn('deyang');
    expect((await me(cookie)).statusCode).toBe(200);
    expect((await me(cookie)).statusCode).toBe(200);
    const logout = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    expect(logout.statusCode).toBe(204);
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it("a password change ends the user's other sessions at once", async () => {
    const mine = await signIn('judge1');
    const other = await signIn('judge1');
    expect((await me(other)).statusCode).toBe(200);
    const change = await t.app.inject({
      method: 'POST',
      url: '/api/me/password',
      headers: { cookie: mine },
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'Qx7!vLm2#pR9-jw' },
    });
    expect(change.statusCode).toBe(204);
    expect((await me(other)).statusCode).toBe(401);
    expect((await me(mine)).statusCode).toBe(200);
  });

  it('a disabled account is refused at once once its sessions are invalidated', async () => {
    const cookie = await signIn('applicant1');
    expect((await me(cookie)).statusCode).toBe(200);
    const user = await t.database.db.selectFrom('users').select('id').where('username', '=', 'applicant1').executeTakeFirstOrThrow();
    await t.database.db.updateTable('users').set({ is_active: false }).where('id', '=', user.id).execute();
    // Written behind the app's back: on PGlite the cached answer stands until someone says so.
    if (t.database.kind === 'pglite') expect((await me(cookie)).statusCode).toBe(200);
    invalidateSessionCache({ userId: user.id });
    expect((await me(cookie)).statusCode).toBe(401);
  });
});
