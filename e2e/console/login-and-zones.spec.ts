/**
 * Signing in through the form, browsing the zone tree to 宜宾's ledger (planning entries
 * included for the province office), a wrong password, and signing out back to the portal.
 */
import type { APIRequestContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, useBrowser } from '../support/browser.js';
import type { Zone } from '../support/api-types.js';
import { expectAbsent, expectText, signInWithForm, tableNames, zoneByCode, zonePlatforms } from '../support/app.js';
import { ZONE_CODES } from '../support/constants.js';

const b = useBrowser();
let admin: APIRequestContext;
let yibin: Zone;

beforeAll(async () => {
  admin = await apiAs(b.baseUrl, 'admin');
  yibin = await zoneByCode(admin, ZONE_CODES.yibin);
});
afterAll(() => admin?.dispose());

describe('console sign-in and zones', () => {
  it('a wrong password shows the error message and keeps the visitor out', async () => {
    const page = b.page;
    await page.goto('/login');
    await page.getByLabel('用户名').fill('admin');
    await page.getByLabel('密码', { exact: true }).fill('not-the-password');
    await page.getByRole('button', { name: '登录' }).click();

    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('用户名或密码错误');
    expect(new URL(page.url()).pathname).toBe('/login');
    await expectAbsent(page.getByTestId('current-user'));
    expect((await page.request.get('/api/me')).status()).toBe(401);
  });

  it('admin signs in, browses the zone tree to 宜宾 and sees its whole ledger, planning entries included', async () => {
    const page = b.page;
    await signInWithForm(page, 'admin');
    expect(new URL(page.url()).pathname).toBe('/console');
    expect(await page.getByTestId('current-user').innerText()).toBe('省自贸办管理员（示例）');

    await page.getByTestId('menu-zones').click();
    await page.waitForURL('**/console/zones?zone=*');
    await page.getByRole('tree').waitFor();
    // Let the page settle on its default zone (the province's) before choosing another.
    await page.locator('[data-testid^="platform-row-"]').first().waitFor();
    // The tree starts with the FTZs open: 宜宾 sits under 四川.
    const node = page.getByTestId(`zone-node-${yibin.id}`);
    expect(await node.innerText()).toContain('宜宾协同改革先行区');
    await node.click();
    await page.waitForURL(`**/console/zones?zone=${yibin.id}`);
    await expectText(page.getByRole('treeitem', { selected: true }), '宜宾协同改革先行区');

    const expected = await zonePlatforms(admin, yibin.id);
    const planning = expected.filter((p) => p.status === 'planning');
    expect(planning.length).toBeGreaterThan(0);
    const ledger = page.locator('.ant-card').filter({ has: page.getByRole('heading', { name: '开放平台台账' }) });
    await expect.poll(async () => (await tableNames(ledger)).sort(), { timeout: 15_000 }).toEqual(expected.map((p) => p.name).sort());
    for (const platform of planning) {
      const row = ledger.getByTestId(`platform-row-${platform.id}`);
      const text = await row.innerText();
      expect(text).toContain('谋划');
      expect(text).toContain('内部谋划');
    }
    // The demo's three planning-stage ports are among them (unless a spec moved 铁路口岸 on).
    const names = planning.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['公路口岸', '航空口岸']));
  });

  it('signing out returns to the public side and closes the console', async () => {
    const page = b.page;
    await signInWithForm(page, 'admin');
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.waitForURL((url) => url.pathname === '/login');
    await expectAbsent(page.getByTestId('current-user'));
    // The portal frame is back: its navigation leads home.
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '首页' }).click();
    await page.getByRole('heading', { level: 1, name: '开放雁阵' }).waitFor();
    expect((await page.request.get('/api/me')).status()).toBe(401);

    // The console now sends the visitor to sign in again.
    await page.goto('/console/zones');
    await page.waitForURL('**/login?from=*');
    await page.getByLabel('用户名').waitFor();
  });
});
