/**
 * 用户与权限: the security admin adds a zone staff account, resets its password (the temporary
 * password is shown once), and the new user signs in, is sent to change it before anything else,
 * then works in their console. The province office manages business data, not accounts.
 */
import { describe, expect, it } from 'vitest';
import { apiAs, useBrowser } from '../support/browser.js';
import { closeModal, expectAbsent, pickInTreeSelect, signInWithForm, zoneByCode } from '../support/app.js';
import { ZONE_CODES } from '../support/constants.js';

const b = useBrowser();

describe('accounts, as the security admin', () => {
  it('creates a zone staff user, resets the password; the user must change it, then sees their console', async () => {
    const { page } = b.session;
    await signInWithForm(page, 'secadmin');
    // The zone tree is public: the security admin sees it like anyone.
    const yibin = await zoneByCode(page.request, ZONE_CODES.yibin);
    await page.getByTestId('menu-users').click();
    await page.waitForURL('**/console/users');
    // The list has loaded (宜宾's account may be on a later page once other specs have added theirs).
    await page.getByTestId(/^user-row-/).first().waitFor();

    // 新增用户: a zone staff account for 宜宾, with a generated password.
    const username = `e2e_${Date.now().toString(36)}`;
    await page.getByRole('button', { name: '新增用户' }).click();
    // Dialogs are found by their text: the e2e build's ids are not unique, so their names are unreliable.
    const drawer = page.getByRole('dialog').filter({ hasText: '新增用户' });
    await drawer.getByLabel('用户名').fill(username);
    await drawer.getByLabel('姓名').fill('端到端填报员');
    await drawer.getByLabel('所属单位').fill('宜宾协同改革先行区管理机构');
    expect(await drawer.getByText('区域填报员').count()).toBeGreaterThan(0);
    await pickInTreeSelect(page, drawer.getByLabel('区域范围'), yibin.name);
    const answered = page.waitForResponse((r) => r.url().endsWith('/api/users') && r.request().method() === 'POST');
    await drawer.getByRole('button', { name: '提交' }).click();
    expect((await answered).status()).toBe(201);

    const created = page.getByRole('dialog').filter({ hasText: '临时密码 · 端到端填报员' });
    const firstPassword = (await created.getByTestId('temporary-password').innerText()).trim();
    expect(firstPassword).toMatch(/^\S{16}$/);
    await closeModal(created, '关闭');

    const row = page.getByTestId(`user-row-${username}`);
    await row.waitFor();
    const rowText = await row.innerText();
    for (const part of ['端到端填报员', '区域填报员', yibin.name, '待修改密码']) expect(rowText).toContain(part);
    // Shown once: the page holds it no longer.
    expect(await page.content()).not.toContain(firstPassword);

    // 重置密码: a new temporary password; the first one stops working.
    await row.getByRole('button', { name: '重置密码' }).click();
    const reset = page.getByRole('dialog').filter({ hasText: '重置密码 · 端到端填报员' });
    await reset.getByText('自动生成临时密码').waitFor();
    await reset.getByRole('button', { name: '重置密码' }).click();
    const shown = page.getByRole('dialog').filter({ hasText: '临时密码 · 端到端填报员' });
    const temporary = (await shown.getByTestId('temporary-password').innerText()).trim();
    expect(temporary).not.toBe(firstPassword);
    await closeModal(shown, '关闭');
    const api = await apiAs(b.baseUrl, null);
    expect((await api.post('/api/auth/login', { data: { username, password: firstPassword } })).status()).toBe(401);
    await api.dispose();

    // The new user signs in with the temporary password and is sent to change it first.
    const user = (await b.newSession()).page;
    await user.goto('/login');
    await user.getByLabel('用户名').fill(username);
    await user.getByLabel('密码', { exact: true }).fill(temporary);
    await user.getByRole('button', { name: '登录' }).click();
    await user.waitForURL((url) => url.pathname === '/change-password');
    await user.getByTestId('must-change-password').waitFor();
    const refused = await user.request.get('/api/zones');
    expect(refused.status()).toBe(403);
    expect((await refused.json()).error.code).toBe('PASSWORD_CHANGE_REQUIRED');
    // The console address leads back here too.
    await user.goto('/console/zones');
    await user.waitForURL((url) => url.pathname === '/change-password');

    await user.getByLabel('当前密码（临时密码）').fill(temporary);
    await user.getByLabel('新密码', { exact: true }).fill('Yibin#Staff2026');
    await user.getByLabel('确认新密码').fill('Yibin#Staff2026');
    await user.getByRole('button', { name: '修改密码' }).click();
    await user.getByTestId('current-user').waitFor();
    expect(await user.getByTestId('current-user').innerText()).toBe('端到端填报员');
    await user.getByTestId('menu-zones').waitFor();
    await expectAbsent(user.getByTestId('menu-users'));
    expect((await user.request.get('/api/zones')).status()).toBe(200);

    // Back on the list the flag is gone and a session is live.
    await page.reload();
    await expect.poll(async () => page.getByTestId(`user-row-${username}`).innerText(), { timeout: 15_000 }).not.toContain('待修改密码');
  });
});

describe('accounts, as the province office', () => {
  it('has no 用户与权限 menu, the page refuses, and so does the API', async () => {
    const { page } = b.session;
    await signInWithForm(page, 'admin');
    await page.getByTestId('menu-zones').waitFor();
    await expectAbsent(page.getByTestId('menu-users'));
    expect(await page.getByRole('navigation', { name: '工作台菜单' }).innerText()).not.toContain('用户与权限');
    await page.goto('/console/users');
    await page.getByText('无权访问').waitFor();
    expect((await page.request.get('/api/users')).status()).toBe(403);
  });
});
