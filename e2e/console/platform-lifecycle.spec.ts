/**
 * Zone staff keep their ledger: 宜宾's 铁路口岸 goes through 提交申建 (date + 文号) and the
 * change shows in the table, the detail timeline and the public page; a new platform whose
 * name carries HTML is shown as text, never interpreted.
 */
import type { APIRequestContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, useBrowser } from '../support/browser.js';
import type { Zone } from '../support/api-types.js';
import {
  expectAbsent,
  expectText,
  fillDate,
  platformByName,
  platformDetail,
  signInWithForm,
  zoneByCode,
  zonePlatforms,
} from '../support/app.js';
import { ZONE_CODES } from '../support/constants.js';

const b = useBrowser();
let admin: APIRequestContext;
let yibin: Zone;

beforeAll(async () => {
  admin = await apiAs(b.baseUrl, 'admin');
  yibin = await zoneByCode(admin, ZONE_CODES.yibin);
});
afterAll(() => admin?.dispose());

describe("宜宾's platform ledger, as 宜宾's zone staff", () => {
  it('takes 铁路口岸 through 提交申建: the status changes and the timeline records it', async () => {
    const page = b.page;
    const rail = await platformByName(admin, yibin.id, '铁路口岸');
    expect(rail.status).toBe('planning');
    const document = '宜自贸函〔2024〕12号';

    await signInWithForm(page, 'yibin');
    await page.getByTestId('menu-zones').click();
    // Zone staff land on their own zone.
    await page.waitForURL(`**/console/zones?zone=${yibin.id}`);
    const row = page.getByTestId(`platform-row-${rail.id}`);
    await row.waitFor();
    expect(await row.innerText()).toContain('内部谋划');

    await row.getByRole('button', { name: '提交申建' }).click();
    const dialog = page.getByRole('dialog', { name: /提交申建 · 铁路口岸/ });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('由「谋划」变更为「申建」');
    await fillDate(dialog.getByLabel('发生日期'), '2024-03-01');
    await dialog.getByLabel('文号').fill(document);
    await dialog.getByRole('button', { name: '提交申建' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // The row now reads 申建 with the stage's date, is no longer internal, and offers the next step.
    await expectText(row, /申建/);
    await expectText(row, /2024年3月1日/);
    await expectAbsent(row.getByText('内部谋划'));
    await row.getByRole('button', { name: '登记获批' }).waitFor();
    await expectAbsent(row.getByRole('button', { name: '提交申建' }));

    // The detail drawer's history has the new entry with its document number and who did it.
    await row.getByRole('button', { name: '铁路口岸' }).click();
    const detail = page.getByTestId(`platform-detail-${rail.id}`);
    await detail.waitFor();
    const history = detail.getByRole('region', { name: '变更记录' });
    const entry = history.getByRole('listitem').filter({ hasText: '提交申建' });
    await entry.waitFor();
    const entryText = await entry.innerText();
    expect(entryText).toContain('谋划 → 申建');
    expect(entryText).toContain(`文号：${document}`);
    expect(entryText).toContain('2024年3月1日');
    expect(entryText).toContain('经办人：宜宾先行区填报员（示例）');

    // The server agrees, and the entry is now public on the portal.
    const after = await platformDetail(admin, rail.id);
    expect(after.platform.status).toBe('applying');
    expect(after.platform.statusDates.applying?.on).toBe('2024-03-01');
    expect(after.events.at(-1)).toMatchObject({ action: 'apply', fromStatus: 'planning', toStatus: 'applying', document });
    const visitor = await b.newSession();
    await visitor.page.goto(`/zones/${yibin.id}`);
    await visitor.page.getByTestId(`platform-row-${rail.id}`).waitFor();
    expect(await visitor.page.getByTestId(`platform-row-${rail.id}`).innerText()).toContain('申建');
  });

  it('creates a platform whose name contains HTML and shows it as text', async () => {
    const { page, dialogs, pageErrors } = b.session;
    const name = `<img src=x onerror=alert(1)>测试口岸${Date.now().toString(36)}`;

    await signInWithForm(page, 'yibin');
    await page.goto('/console/zones');
    await page.waitForURL(`**/console/zones?zone=${yibin.id}`);
    await page.getByRole('button', { name: '新增开放平台' }).click();
    const dialog = page.getByRole('dialog', { name: /新增开放平台/ });
    await dialog.waitFor();
    await dialog.getByLabel('平台类型').click();
    await page.locator('.ant-select-dropdown').getByText('口岸', { exact: true }).click();
    await dialog.getByLabel('平台名称').fill(name);
    await dialog.getByRole('button', { name: '提交' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const created = (await zonePlatforms(admin, yibin.id)).find((p) => p.name === name);
    expect(created, 'the platform was stored with its name as typed').toBeDefined();
    expect(created!.status).toBe('planning');

    const row = page.getByTestId(`platform-row-${created!.id}`);
    await row.waitFor();
    expect(await row.getByRole('button', { name }).innerText()).toBe(name);
    expect(await page.locator('img[src="x"]').count()).toBe(0);

    // The detail drawer shows it as its title and in the timeline's label, still as text.
    await row.getByRole('button', { name }).click();
    const detail = page.getByTestId(`platform-detail-${created!.id}`);
    await detail.waitFor();
    expect(await page.locator('.ant-drawer-title').innerText()).toBe(name);
    expect(await page.locator('img[src="x"]').count()).toBe(0);

    // Once public (提交申建), the portal's ledger shows it as text too.
    const apply = await page.request.post(`/api/platforms/${created!.id}/apply`, { data: { occurredOn: '2024-05-01' } });
    expect(apply.status()).toBe(200);
    await page.goto(`/zones/${yibin.id}`);
    const publicRow = page.getByTestId(`platform-row-${created!.id}`);
    await publicRow.waitFor();
    expect(await publicRow.getByRole('cell', { name, exact: true }).count()).toBe(1);

    // An onerror handler would have fired by now: nothing ran.
    await page.waitForTimeout(500);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
