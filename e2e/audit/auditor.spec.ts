/**
 * The auditor's side: what 宜宾's staff did (a transition) is in the log under their name, a
 * refused attempt changed nothing, the list filters, and the hash chain verifies. The auditor
 * has no zone management and cannot write through the API either.
 */
import type { APIRequestContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, getJson, signInContext, useBrowser } from '../support/browser.js';
import type { AuditPage, Platform, Zone } from '../support/api-types.js';
import {
  expectAbsent,
  expectText,
  fillDate,
  platformDetail,
  signInWithForm,
  zoneByCode,
  zonePlatforms,
} from '../support/app.js';
import { ZONE_CODES } from '../support/constants.js';



const b = useBrowser();
let admin: APIRequestContext;
let yibin: Zone;
let deyang: Zone;
let deyangTarget: Platform;

beforeAll(async () => {
  admin = await apiAs(b.baseUrl, 'admin');
  yibin = await zoneByCode(admin, ZONE_CODES.yibin);
  deyang = await zoneByCode(admin, ZONE_CODES.deyang);
  const visible = (await zonePlatforms(admin, deyang.id)).filter((p) => p.isPublic);
  deyangTarget = visible[0]!;
  expect(deyangTarget).toBeDefined();
});
afterAll(() => admin?.dispose());

describe('the audit log, as the auditor', () => {
  it("shows 宜宾's transition under yibin's name, filters it, and verifies the hash chain", async () => {
    // 宜宾's staff record a new entry and take it through 提交申建 in the console …
    const staff = b.session;
    await signInContext(staff.context, 'yibin');
    const name = `审计追踪口岸${Date.now().toString(36)}`;
    const created = await staff.page.request.post(`/api/zones/${yibin.id}/platforms`, { data: { type: 'port', name } });
    expect(created.status()).toBe(201);
    const platformId: number = (await created.json()).platform.id;
    await staff.page.goto(`/console/zones?zone=${yibin.id}`);
    const row = staff.page.getByTestId(`platform-row-${platformId}`);
    await row.getByRole('button', { name: '提交申建' }).click();
    const dialog = staff.page.getByRole('dialog', { name: new RegExp(`提交申建 · ${name}`) });
    await fillDate(dialog.getByLabel('发生日期'), '2024-06-18');
    await dialog.getByLabel('文号').fill('宜自贸〔2024〕审1号');
    await dialog.getByRole('button', { name: '提交申建' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expectText(row, /申建/);

    // … and try to change 德阳's record, which is refused.
    const before = JSON.stringify(await platformDetail(admin, deyangTarget.id));
    const refused = await staff.page.request.patch(`/api/platforms/${deyangTarget.id}`, { data: { note: '宜宾越权修改' } });
    expect(refused.status()).toBe(403);
    expect(JSON.stringify(await platformDetail(admin, deyangTarget.id))).toBe(before);

    // The auditor signs in through the form and opens 审计日志 from the menu.
    const { page } = await b.newSession();
    await signInWithForm(page, 'auditor');
    await page.getByTestId('menu-audit').click();
    await page.waitForURL('**/console/audit');
    const table = page.getByTestId('audit-table');
    await table.waitFor();

    const auditApi = page.request;
    const transitions = await getJson<AuditPage>(auditApi, `/api/audit?entityType=platform&entityId=${platformId}&action=apply`);
    expect(transitions.items).toHaveLength(1);
    const entry = transitions.items[0]!;
    expect(entry.actorName).toBe('yibin');

    const entryRow = page.getByTestId(`audit-row-${entry.id}`);
    await entryRow.waitFor();
    const text = await entryRow.innerText();
    // People's words: the event and the object by name, no event codes or "#id".
    for (const part of ['yibin', '区域填报员', '开放平台状态变更', '开放平台', name]) expect(text).toContain(part);
    expect(text).not.toMatch(/platform\.transitioned|\bapply\b|#\d/);
    // Expanding the row shows the record before and after: 谋划 → 申建.
    await entryRow.getByRole('button', { name: '展开行' }).click();
    const changes = table.locator('.yz-audit-changes');
    await changes.waitFor();
    const changesText = await changes.innerText();
    // A table of labelled fields, before → after, with status labels rather than codes.
    expect(changesText).toContain('变更前');
    expect(changesText).toMatch(/状态\s+谋划\s+申建/);
    expect(changesText).not.toMatch(/"status"|planning|applying/);
    expect(changesText).toContain('宜自贸〔2024〕审1号');

    // The refused attempt wrote nothing about 德阳's record.
    const onDeyang = await getJson<AuditPage>(auditApi, `/api/audit?entityType=platform&entityId=${deyangTarget.id}`);
    expect(onDeyang.items.filter((item) => item.actorName === 'yibin')).toEqual([]);

    // Filter by 操作人: only yibin's entries remain, the transition among them.
    await page.getByRole('textbox', { name: /^操作人/ }).fill('yibin');
    await page.getByRole('button', { name: '查询' }).click();
    await page.waitForURL((url) => url.searchParams.get('actor') === 'yibin');
    const filtered = await getJson<AuditPage>(auditApi, '/api/audit?actor=yibin');
    expect(filtered.items.some((item) => item.id === entry.id)).toBe(true);
    await expectText(page.locator('.ant-pagination-total-text'), `共 ${filtered.total} 条`);
    const rows = table.locator('tr[data-testid^="audit-row-"]'); // log entries only, not the fields of an expanded one
    await expect.poll(() => rows.count()).toBe(Math.min(filtered.total, 20));
    const rowTexts = await rows.allInnerTexts();
    for (const rowText of rowTexts) expect(rowText).toContain('yibin');
    expect(rowTexts.some((rowText) => rowText.includes('auditor') || rowText.includes('admin'))).toBe(false);
    await entryRow.waitFor();
    // None of them concerns 德阳's record (the refused edit wrote nothing).
    expect(filtered.items.some((item) => item.entityType === 'platform' && item.entityId === String(deyangTarget.id))).toBe(false);

    // 校验哈希链: intact, over every entry written so far.
    const everything = await getJson<AuditPage>(auditApi, '/api/audit?pageSize=1');
    await page.getByRole('button', { name: '校验哈希链' }).click();
    const verdict = page.getByTestId('audit-verify-result');
    await verdict.waitFor();
    expect(await verdict.innerText()).toBe(`哈希链完整，已校验 ${everything.total} 条`);
    expect(await getJson(auditApi, '/api/audit/verify')).toEqual({ ok: true, checked: everything.total, brokenAt: null });
  });

  it('has no zone management in the menu, and the API refuses its writes', async () => {
    const { page } = b.session;
    await signInWithForm(page, 'auditor');
    await page.getByTestId('menu-audit').waitFor();
    await page.getByTestId('menu-account').waitFor();
    await expectAbsent(page.getByTestId('menu-zones'));
    await expectAbsent(page.getByTestId('menu-platforms'));
    expect(await page.getByRole('navigation', { name: '工作台菜单' }).innerText()).not.toContain('区域管理');

    // Typing the address does not open it either.
    await page.goto('/console/zones');
    await page.getByText('无权访问').waitFor();
    await expectAbsent(page.getByRole('tree'));

    const target = (await zonePlatforms(admin, yibin.id)).find((p) => p.isPublic && p.abilities.update)!;
    const before = JSON.stringify(await platformDetail(admin, target.id));
    const zonesBefore = JSON.stringify(await getJson(admin, '/api/zones'));
    const auditBefore = await getJson<AuditPage>(page.request, '/api/audit?pageSize=1');

    const attempts = [
      page.request.patch(`/api/platforms/${target.id}`, { data: { note: '审计员修改' } }),
      page.request.post(`/api/platforms/${target.id}/operate`, { data: { occurredOn: '2024-01-02' } }),
      page.request.post(`/api/zones/${yibin.id}/platforms`, { data: { type: 'port', name: '审计员新增的口岸' } }),
      page.request.patch(`/api/zones/${yibin.id}`, { data: { shortName: '改名' } }),
      page.request.post('/api/zones', {
        data: { parentId: yibin.id, code: 'AUDITOR-X', type: 'block', name: '审计员新增的区块', shortName: '审计', source: '测试' },
      }),
    ];
    for (const response of await Promise.all(attempts)) {
      expect(response.status(), `${response.url()}: ${await response.text()}`).toBe(403);
    }

    expect(JSON.stringify(await platformDetail(admin, target.id))).toBe(before);
    expect(JSON.stringify(await getJson(admin, '/api/zones'))).toBe(zonesBefore);
    const auditAfter = await getJson<AuditPage>(page.request, '/api/audit?pageSize=1');
    expect(auditAfter.total).toBe(auditBefore.total);
  });
});
