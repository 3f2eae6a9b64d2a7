/**
 * 通知: an enterprise registers for an open contest; signing in, it finds the bell counting one
 * unread notification, reads the confirmation with its username on 我的通知, and marks all read —
 * the bell's count goes. The province office's own bell is untouched.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRequestContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creditCodeCheckCharacter } from '../../src/shared/registry/credit-code.js';
import { apiAs, useBrowser } from '../support/browser.js';
import { expectAbsent, expectText, signInWithForm, zoneByCode } from '../support/app.js';
import { RESULTS_DIR, ZONE_CODES } from '../support/constants.js';

const b = useBrowser();
let admin: APIRequestContext;
let visitor: APIRequestContext;
const TITLE = '烟台片区创新创业大赛（通知测试）';
// The code's first 17 characters; the 18th is its check character (GB 32100-2015).
const BODY = '91370600MA3N0T1F1';

async function post<T = unknown>(api: APIRequestContext, path: string, data: object = {}): Promise<T> {
  const response = await api.post(path, { data });
  if (!response.ok()) throw new Error(`POST ${path}: ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}

let username = '';
beforeAll(async () => {
  admin = await apiAs(b.baseUrl, 'admin');
  visitor = await apiAs(b.baseUrl, null);
  const yibin = await zoneByCode(admin, ZONE_CODES.yibin);
  const { series } = await post<{ series: { id: number } }>(admin, '/api/campaigns/series', { name: '创新创业大赛（通知测试）', organiserZoneId: yibin.id });
  const { campaign } = await post<{ campaign: { id: number } }>(admin, '/api/campaigns', { seriesId: series.id, edition: 1, year: 2021, kind: 'contest', title: TITLE });
  const { category } = await post<{ category: { id: number } }>(admin, `/api/campaigns/${campaign.id}/categories`, { name: '初创组', slots: 20 });
  await post(admin, `/api/campaigns/${campaign.id}/stages`, { kind: 'registration', name: '宣传报名' });
  await post(admin, `/api/campaigns/${campaign.id}/open`);
  const registered = await post<{ username: string }>(visitor, `/api/public/campaigns/${campaign.id}/registrations`, {
    companyName: '烟台示例新材料科技有限公司（示例）', creditCode: BODY + creditCodeCheckCharacter(BODY), projectName: '高性能复合材料（示例）', categoryId: category.id,
    contact: '王经理 0535-0000000', password: 'Notify#2021Yantai',
  });
  username = registered.username;
});
afterAll(async () => {
  await admin?.dispose();
  await visitor?.dispose();
});

describe('notifications', () => {
  it('the applicant sees one unread notification, reads its registration, and marks all read', async () => {
    const { page } = b.session;
    await page.goto('/login');
    await page.getByLabel('用户名').fill(username);
    await page.getByLabel('密码', { exact: true }).fill('Notify#2021Yantai');
    await page.getByRole('button', { name: '登录' }).click();
    const bell = page.getByTestId('notification-bell');
    await expectText(bell, '1');
    expect(await bell.getAttribute('aria-label')).toBe('通知，1 条未读');
    await bell.click();
    await page.waitForURL('**/console/notifications');
    const item = page.locator('[data-testid^="notification-item-"]').first();
    await expectText(item, `报名成功：${TITLE}`);
    expect(await item.innerText()).toContain(`请以统一社会信用代码 ${username} 登录`);
    expect(await item.innerText()).toContain('未读');
    mkdirSync(join(RESULTS_DIR, 'screenshots', 'console'), { recursive: true });
    await page.screenshot({ path: join(RESULTS_DIR, 'screenshots', 'console', 'notifications.png'), fullPage: true });
    await page.getByTestId('notifications-read-all').click();
    await expectAbsent(item.getByText('未读', { exact: true }));
    await expect.poll(() => bell.getAttribute('aria-label')).toBe('通知');
  });

  it('leaves the province office with nothing unread of it', async () => {
    const { page } = await b.newSession();
    await signInWithForm(page, 'admin');
    expect(await page.getByTestId('notification-bell').getAttribute('aria-label')).toBe('通知');
  });
});
