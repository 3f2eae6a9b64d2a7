/** What the specs need to know about the app: demo records looked up through the API, and UI steps. */
import type { APIRequestContext, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { getJson } from './browser.js';
import type { Platform, PlatformDetail, Zone, ZoneList, ZonePlatformList } from './api-types.js';
import { DEMO_PASSWORD, type DemoUser } from './constants.js';

export async function zoneByCode(api: APIRequestContext, code: string): Promise<Zone> {
  const { items } = await getJson<ZoneList>(api, '/api/zones');
  const zone = items.find((z) => z.code === code);
  if (!zone) throw new Error(`no zone ${code}`);
  return zone;
}

export async function zonePlatforms(api: APIRequestContext, zoneId: number): Promise<Platform[]> {
  return (await getJson<ZonePlatformList>(api, `/api/zones/${zoneId}/platforms`)).items;
}

export async function platformByName(api: APIRequestContext, zoneId: number, name: string): Promise<Platform> {
  const platform = (await zonePlatforms(api, zoneId)).find((p) => p.name === name);
  if (!platform) throw new Error(`no platform ${name} in zone ${zoneId}`);
  return platform;
}

export async function platformDetail(api: APIRequestContext, id: number): Promise<PlatformDetail> {
  return getJson(api, `/api/platforms/${id}`);
}

/** Signs in through the login form, as a person would, and waits for the console (a demo account, or any with its password). */
export async function signInWithForm(page: Page, user: DemoUser | (string & {}), password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(user);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByTestId('current-user').waitFor();
}

/** Fills an antd DatePicker by typing the date, as a keyboard user can. */
export async function fillDate(input: Locator, date: string): Promise<void> {
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

/**
 * Picks `name` in an antd TreeSelect by typing it, as a keyboard user would, and waits until the
 * field shows the choice: a click that lands while the filtered tree is still re-rendering would
 * otherwise leave the field empty and the form refusing to submit.
 */
export async function pickInTreeSelect(page: Page, field: Locator, name: string): Promise<void> {
  // The select itself shows the choice (inside a form item or not).
  const item = field.locator('xpath=ancestor::div[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]');
  await expect
    .poll(
      async () => {
        await field.click();
        await field.fill(name);
        const node = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-tree-title', { hasText: name }).first();
        await node.waitFor({ timeout: 5_000 });
        await node.click();
        return item.innerText();
      },
      { timeout: 30_000, interval: 500 },
    )
    .toContain(name);
}

/** The rows' first cells (platform names) of the antd table inside `scope`, once it has rows. */
export async function tableNames(scope: Locator): Promise<string[]> {
  const rows = scope.locator('tbody tr[data-row-key]');
  await rows.first().waitFor();
  return rows.evaluateAll((trs) => trs.map((tr) => (tr.querySelector('td') as { innerText: string } | null)?.innerText.trim() ?? ''));
}

/** Waits until `locator` matches nothing (after the page had a chance to render it). */
export async function expectAbsent(locator: Locator): Promise<void> {
  await expect.poll(() => locator.count(), { timeout: 5_000 }).toBe(0);
}

/** Waits until the text of `locator` satisfies `matcher`. */
export async function expectText(locator: Locator, matcher: RegExp | string): Promise<void> {
  await expect
    .poll(async () => ((await locator.count()) ? await locator.first().innerText() : ''), { timeout: 15_000 })
    .toMatch(typeof matcher === 'string' ? new RegExp(matcher.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : matcher);
}

/**
 * Closes a modal with its footer button and waits until it is gone. A click that lands while antd
 * is still zooming the modal in (or while the list under it re-renders) can be lost, so the button
 * is pressed again while the modal stays open.
 */
export async function closeModal(dialog: Locator, button: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await dialog.locator('.ant-modal-footer').getByRole('button', { name: button }).click();
    try {
      await dialog.waitFor({ state: 'hidden', timeout: 5_000 });
      return;
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}
