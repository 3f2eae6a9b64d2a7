/**
 * One zone's staff cannot touch another zone's ledger: 宜宾's staff see 德阳's public entries
 * without any action, the API refuses their writes (even sent from the browser with their own
 * session) and leaves the record as it was, and 德阳's planning-stage entries do not exist for them.
 */
import type { APIRequestContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, getJson, signInContext, useBrowser } from '../support/browser.js';
import type { Overview, Platform, Zone } from '../support/api-types.js';
import { expectAbsent, expectText, platformDetail, tableNames, zoneByCode, zonePlatforms } from '../support/app.js';
import { ZONE_CODES } from '../support/constants.js';

const TRANSITION_LABELS = ['提交申建', '登记获批', '开始建设', '封关运营'];

const b = useBrowser();
let admin: APIRequestContext;
let deyang: Zone;
let yibin: Zone;
/** 德阳's public entries, and one still being planned (made by 德阳's staff if the demo has none). */
let deyangPublic: Platform[];
let deyangPlanning: Platform;

beforeAll(async () => {
  admin = await apiAs(b.baseUrl, 'admin');
  deyang = await zoneByCode(admin, ZONE_CODES.deyang);
  yibin = await zoneByCode(admin, ZONE_CODES.yibin);
  const all = await zonePlatforms(admin, deyang.id);
  deyangPublic = all.filter((p) => p.isPublic);
  expect(deyangPublic.length).toBeGreaterThan(0);
  const planning = all.find((p) => p.status === 'planning');
  if (planning) {
    deyangPlanning = planning;
  } else {
    const staff = await apiAs(b.baseUrl, 'deyang');
    const response = await staff.post(`/api/zones/${deyang.id}/platforms`, { data: { type: 'port', name: '德阳航空口岸（谋划中）' } });
    expect(response.status(), await response.text()).toBe(201);
    deyangPlanning = (await response.json()).platform;
    await staff.dispose();
  }
  expect(deyangPlanning.status).toBe('planning');
});
afterAll(() => admin?.dispose());

/** What the province office sees of a platform: its record and its history. */
async function snapshot(id: number) {
  return JSON.stringify(await platformDetail(admin, id));
}

describe("宜宾's zone staff and 德阳's ledger", () => {
  it("see 德阳's platforms without any transition or edit button", async () => {
    const { page, context } = b.session;
    await signInContext(context, 'yibin');
    await page.goto(`/console/zones?zone=${deyang.id}`);
    await expectText(page.getByRole('treeitem', { selected: true }), '德阳协同改革先行区');
    const ledger = page.locator('.ant-card').filter({ has: page.getByRole('heading', { name: '开放平台台账' }) });
    await expect.poll(async () => (await tableNames(ledger)).sort(), { timeout: 15_000 }).toEqual(deyangPublic.map((p) => p.name).sort());
    // No new-platform button for someone else's zone, and no action in any row.
    await expectAbsent(page.getByRole('button', { name: '新增开放平台' }));
    for (const platform of deyangPublic) {
      const row = ledger.getByTestId(`platform-row-${platform.id}`);
      for (const label of [...TRANSITION_LABELS, '编辑平台']) await expectAbsent(row.getByRole('button', { name: label }));
    }

    // Nor in the detail drawer.
    const target = deyangPublic[0]!;
    await ledger.getByTestId(`platform-row-${target.id}`).getByRole('button', { name: target.name }).click();
    const detail = page.getByTestId(`platform-detail-${target.id}`);
    await detail.waitFor();
    for (const label of [...TRANSITION_LABELS, '编辑']) await expectAbsent(detail.getByRole('button', { name: label }));

    // For contrast: their own zone offers the actions.
    await page.goto(`/console/zones?zone=${yibin.id}`);
    await page.getByRole('button', { name: '新增开放平台' }).waitFor();
  });

  it("are refused when they call the API on 德阳's platforms from the browser, and nothing changes", async () => {
    const { page, context } = b.session;
    await signInContext(context, 'yibin');
    await page.goto('/console');
    await page.getByTestId('current-user').waitFor();
    const target = deyangPublic[0]!;
    const before = await snapshot(target.id);
    const zoneBefore = JSON.stringify(await zonePlatforms(admin, deyang.id));

    const attempts = [
      page.request.patch(`/api/platforms/${target.id}`, { data: { name: '宜宾改的名字', note: '越权修改' } }),
      ...['apply', 'approve', 'build', 'operate'].map((transition) =>
        page.request.post(`/api/platforms/${target.id}/${transition}`, { data: { occurredOn: '2024-01-02', document: '越权〔2024〕1号' } }),
      ),
      page.request.post(`/api/zones/${deyang.id}/platforms`, { data: { type: 'port', name: '宜宾替德阳新增的口岸' } }),
    ];
    for (const response of await Promise.all(attempts)) {
      expect([403, 404], `${response.url()} answered ${response.status()}`).toContain(response.status());
      expect((await response.json()).error.message).toMatch(/[\u4e00-\u9fa5]/);
    }
    // The PATCH of a visible record in particular is a plain "forbidden".
    expect((await page.request.patch(`/api/platforms/${target.id}`, { data: { note: 'x' } })).status()).toBe(403);

    expect(await snapshot(target.id)).toBe(before);
    expect(JSON.stringify(await zonePlatforms(admin, deyang.id))).toBe(zoneBefore);
  });

  it("do not see 德阳's planning-stage entries anywhere, and get 404 for them by id", async () => {
    const { page, context } = b.session;
    await signInContext(context, 'yibin');

    // Not in 德阳's ledger in the console …
    await page.goto(`/console/zones?zone=${deyang.id}`);
    const ledger = page.locator('.ant-card').filter({ has: page.getByRole('heading', { name: '开放平台台账' }) });
    await expect.poll(async () => (await tableNames(ledger)).sort(), { timeout: 15_000 }).toEqual(deyangPublic.map((p) => p.name).sort());
    await expectAbsent(page.getByText(deyangPlanning.name, { exact: true }));

    // … nor in the list of planning-stage platforms (which does hold 宜宾's own) …
    await page.goto('/console/platforms?status=planning');
    const list = page.locator('.ant-card').filter({ has: page.locator('table') }).last();
    const ownPlanning = (await zonePlatforms(admin, yibin.id)).filter((p) => p.status === 'planning');
    expect(ownPlanning.length).toBeGreaterThan(0);
    await expect.poll(async () => (await tableNames(list)).sort(), { timeout: 15_000 }).toEqual(ownPlanning.map((p) => p.name).sort());
    await expectAbsent(page.getByTestId(`platform-row-${deyangPlanning.id}`));

    // … and opening it by id says it does not exist.
    await page.goto(`/console/zones?zone=${deyang.id}&platform=${deyangPlanning.id}`);
    const drawer = page.locator('.ant-drawer');
    await drawer.getByText('页面不存在').waitFor();
    await expectAbsent(page.getByTestId(`platform-detail-${deyangPlanning.id}`));

    for (const response of [
      await page.request.get(`/api/platforms/${deyangPlanning.id}`),
      await page.request.patch(`/api/platforms/${deyangPlanning.id}`, { data: { note: '越权' } }),
      await page.request.post(`/api/platforms/${deyangPlanning.id}/apply`, { data: { occurredOn: '2024-01-02' } }),
    ]) {
      expect(response.status(), response.url()).toBe(404);
      expect((await response.json()).error.code).toBe('NOT_FOUND');
    }
    const overview = await getJson<Overview>(page.request, '/api/stats/overview');
    expect(overview.platformsByStatus.planning).toBe(ownPlanning.length);

    // The province office still sees it, untouched.
    const truth = await platformDetail(admin, deyangPlanning.id);
    expect(truth.platform.status).toBe('planning');
    expect(truth.platform.note).toBe(deyangPlanning.note);
  });
});
