/**
 * 放权赋能 in the console. The province office lists the demo catalogue (the API's total), is
 * refused a malformed item code on the field itself, adds a batch, an item and delegates it to
 * 宜宾 (the detail opens 待承接); the comparison of 2018-01-01 with 2019-01-01 shows the 109 items
 * of 四川省人民政府令第332号 added, the 放得下·接得住·用得好 figures are the API's, and 通办 shows
 * 德阳's 216 items and 435 cases in the two 川渝通办 batches. 宜宾's staff take a delegation up
 * and put it into operation through the confirm dialog, record a month's cases with two dated
 * cases, and see the processing-time figures the server computed. Codes and titles are the test's
 * own, so reruns on the shared e2e database never collide. The catalogue as of 2018-06-01 and
 * the supervision measures the zone writes are checked against the API too.
 */
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { DelegationAnswer, DelegationDetail, DelegationList, PowerBatchAnswer, PowerCompare, PowerItemAnswer, PowerStats, TongbanList } from '../support/api-types.js';
import { closeModal, expectText, fillDate, pickInTreeSelect, zoneByCode } from '../support/app.js';
import { signInWithForm } from '../support/app.js';
import { apiAs, getJson, useBrowser } from '../support/browser.js';
import { ZONE_CODES } from '../support/constants.js';
import { send } from '../support/contest.js';
import { chooseOption } from '../support/innovations.js';

const b = useBrowser();

/** Today in China time, as the pickers write it. */
const chinaToday = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
/** The month before this one ('YYYY-MM'), so that its days are all past. */
const lastMonth = () => {
  const now = new Date(Date.now() + 8 * 3600_000);
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  return first.toISOString().slice(0, 7);
};
const uniqueCode = () => `E2E-${Date.now().toString(36).toUpperCase()}${Math.floor(Math.random() * 1000)}`;

/** Types into a server-searched select and picks the option titled `title`. */
async function searchAndPick(page: Page, field: Locator, text: string, title: string): Promise<void> {
  const option = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').getByTitle(title, { exact: true });
  await expect
    .poll(
      async () => {
        await field.click();
        await field.fill(text);
        await option.click({ timeout: 5_000 });
        return true;
      },
      { timeout: 30_000, interval: 500 },
    )
    .toBe(true);
}

describe('放权赋能 in the console', () => {
  it('the province office lists, adds a batch and an item (field errors on the field), delegates, compares two days, and reads the stats and 通办 as the API does', async () => {
    const page = b.page;
    const api = await apiAs(b.baseUrl, 'admin');
    const listed = await getJson<DelegationList>(api, '/api/powers?pageSize=20');
    await signInWithForm(page, 'admin');
    await page.getByTestId('menu-powers').click();
    await page.getByRole('heading', { level: 1, name: '放权赋能事项' }).waitFor();
    await page.getByTestId(`delegation-row-${listed.items[0]!.id}`).waitFor();
    await expectText(page.locator('.ant-pagination-total-text'), `共 ${listed.total} 条`);
    // Statuses by their labels, never their codes.
    expect(await page.locator('main').innerText()).not.toMatch(/in_operation|taken_up|devolve/);

    // — 清单日期: the catalogue as it stood on 2018-06-01 (the first batch only), the terms then in effect.
    const then = await getJson<DelegationList>(api, '/api/powers?on=2018-06-01&pageSize=20');
    await fillDate(page.locator('#powers-on'), '2018-06-01');
    await expectText(page.locator('.ant-pagination-total-text'), `共 ${then.total} 条`);
    await expectText(page.getByTestId(`delegation-row-${then.items[0]!.id}`), '2018年6月1日的条款');
    // — 放权方式 that day: the entrusted ones only (the 2017 batch has two 委托).
    const entrusted = await getJson<DelegationList>(api, '/api/powers?on=2018-06-01&type=entrust&pageSize=20');
    await chooseOption(page, page.locator('#powers-type'), '委托');
    await expectText(page.locator('.ant-pagination-total-text'), `共 ${entrusted.total} 条`);
    expect(entrusted.total).toBeGreaterThan(0);
    expect(entrusted.total).toBeLessThan(then.total);
    expect(page.url()).toContain('type=entrust');
    await page.goto('/console/powers');

    // — A batch (effective today) and an item; the server's refusal of a malformed code lands on the field.
    const code = uniqueCode();
    const batchTitle = `端到端测试批次 ${code}`;
    await page.getByTestId('powers-new-batch').click();
    const batchDialog = page.getByRole('dialog', { name: '新建批次' });
    await batchDialog.getByLabel('批次名称').fill(batchTitle);
    await batchDialog.getByLabel('文号').fill(`川府发〔2026〕${code}号`);
    await fillDate(batchDialog.getByLabel('生效日期'), chinaToday());
    await closeModal(batchDialog, '保存');

    await page.getByTestId('powers-new-item').click();
    const itemDialog = page.getByRole('dialog', { name: '新增事项' });
    const itemName = `端到端测试许可事项 ${code}`;
    await itemDialog.getByLabel('事项名称').fill(itemName);
    await itemDialog.getByLabel('事项编码').fill('坏编码');
    await itemDialog.getByLabel('主管部门').fill('省市场监管局');
    await itemDialog.getByLabel('实施机关').fill('宜宾市市场监管局');
    await itemDialog.getByLabel('设定和实施依据').fill('《中华人民共和国行政许可法》');
    await itemDialog.getByLabel(/法定时限/).fill('20');
    await itemDialog.locator('.ant-modal-footer').getByRole('button', { name: '保存' }).click();
    const codeItem = itemDialog.locator('.ant-form-item').filter({ has: page.getByLabel('事项编码') });
    await codeItem.locator('.ant-form-item-explain-error').waitFor();
    await itemDialog.getByLabel('事项编码').fill(code);
    await closeModal(itemDialog, '保存');

    // — Delegate it to 宜宾 by the new batch (not 德阳, whose counts the portal spec checks against the article): the detail page opens, awaiting take-up.
    await page.getByTestId('powers-new-delegate').click();
    const delegate = page.getByRole('dialog', { name: '下放事项' });
    await searchAndPick(page, delegate.getByLabel('事项', { exact: true }), code, `${itemName}（${code}）`);
    await chooseOption(page, delegate.getByLabel('批次', { exact: true }), `${batchTitle}（川府发〔2026〕${code}号）`);
    await pickInTreeSelect(page, delegate.getByLabel('承接区域'), '宜宾协同改革先行区');
    await delegate.getByLabel(/承诺时限/).fill('5');
    await closeModal(delegate, '保存');
    await expectText(page.getByTestId('power-title'), itemName);
    await expectText(page.getByTestId('delegation-status'), '待承接');
    await expectText(page.getByTestId('power-time-compression'), '75.0%');
    const id = Number(/\/console\/powers\/(\d+)/.exec(page.url())![1]);
    const created = await getJson<DelegationDetail>(api, `/api/powers/${id}`);
    expect(created.delegation).toMatchObject({ status: 'delegated', promisedLimitDays: 5, item: { code, legalLimitDays: 20 } });

    // — 对比: between the two days the 332号 batch took effect.
    const compared = await getJson<PowerCompare>(api, '/api/powers/compare?from=2018-01-01&to=2019-01-01');
    await page.goto('/console/powers?tab=compare&from=2018-01-01&to=2019-01-01');
    await expectText(page.getByRole('tab', { name: /新增/ }), `新增（${compared.added.length}）`);
    await expectText(page.getByRole('tab', { name: /收回/ }), `收回（${compared.withdrawn.length}）`);
    await expectText(page.getByTestId('powers-compare-added'), '四川省人民政府令第332号');
    expect(compared.added.length).toBe(109);

    // — 放得下·接得住·用得好: the figures are the API's.
    const stats = await getJson<PowerStats>(api, '/api/powers/stats?months=12');
    await page.getByTestId('powers-tab-stats').click();
    for (const key of ['delegated', 'takenUp', 'used', 'slow'] as const) {
      await expectText(page.getByTestId(`powers-stat-${key}`).locator('.ant-statistic-content-value'), String(stats[key]));
    }
    for (const [level, count] of Object.entries(stats.byLevel)) await expectText(page.getByTestId(`powers-by-level-${level}`), String(count));
    await expectText(page.getByTestId('powers-zero-use'), `零办件事项（${stats.zeroUse.total} 项）`);
    // — 截至月份: a window ending earlier, and its trend as .xlsx with the rows the API gives.
    const earlier = await getJson<PowerStats>(api, '/api/powers/stats?months=12&until=2024-06');
    await page.locator('#powers-stats-until').click();
    await page.locator('#powers-stats-until').fill('2024-06');
    await page.locator('#powers-stats-until').press('Enter');
    await expectText(page.getByTestId('powers-stats-period'), '2024年6月');
    await expectText(page.getByTestId('powers-stat-used').locator('.ant-statistic-content-value'), String(earlier.used));
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('powers-trend-xlsx').click()]);
    expect(xlsx.suggestedFilename()).toMatch(/^放权事项月度办件趋势.*\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(await xlsx.path())) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(2 + earlier.trend.length);
    expect(earlier.trend.map((point, i) => (sheet.getRow(3 + i).values as ExcelJS.CellValue[]).slice(2, 4))).toEqual(earlier.trend.map((point) => [point.cases, point.itemsUsed]));

    // — 通办: 德阳's items in the two 川渝通办 batches.
    const tongban = await getJson<TongbanList>(api, '/api/tongban');
    await page.getByTestId('powers-tab-tongban').click();
    await expectText(page.getByTestId('tongban-total'), `通办事项 ${tongban.total} 项，累计办件 ${tongban.cases} 件`);
    await expectText(page.getByTestId('tongban-batches'), '川办发〔2020〕67号');
    expect([tongban.total, tongban.cases]).toEqual([216, 435]);
    expect(await page.locator('main').innerText()).not.toMatch(/\bonline\b|\bproxy\b|\bjoint\b/);
    await api.dispose();
  });

  it("宜宾's staff take a delegation up and into operation with the confirm dialog, record a month's cases and see the figures update", async () => {
    const page = b.page;
    const admin = await apiAs(b.baseUrl, 'admin');
    const yibin = await zoneByCode(admin, ZONE_CODES.yibin);
    const code = uniqueCode();
    const name = `端到端测试承接事项 ${code}`;
    const batch = await send<PowerBatchAnswer>(admin, 'post', '/api/powers/batches', { level: 'city', title: `端到端测试批次 ${code}`, effectiveOn: '2026-01-01' });
    const item = await send<PowerItemAnswer>(admin, 'post', '/api/powers/items', {
      tier: 'main', name, code, itemType: 'licensing', department: '市发展改革委', implementingBody: '宜宾市发展改革委', legalBasis: '《企业投资项目核准和备案管理条例》', legalLimitDays: 20,
    });
    const { delegation } = await send<DelegationAnswer>(admin, 'post', '/api/powers', { itemId: item.item.id, batchId: batch.batch.id, zoneId: yibin.id, delegationType: 'devolve', promisedLimitDays: 10 });
    await admin.dispose();

    await signInWithForm(page, 'yibin');
    await page.goto(`/console/powers?q=${encodeURIComponent(code)}`);
    // The row has its own step buttons: the detail page is there once its title is.
    await page.getByTestId(`delegation-row-${delegation.id}`).getByRole('link', { name }).click();
    await expectText(page.getByTestId('power-title'), name);
    await expectText(page.getByTestId('delegation-status'), '待承接');

    // — 承接, then 投入运行: each asks for its day and says what it changes before it does.
    for (const [transition, dateLabel, to] of [['take_up', '承接日期', '已承接'], ['begin_operation', '运行日期', '运行中']] as const) {
      await page.getByTestId('power-lifecycle').getByTestId(`transition-${transition}`).click();
      const dialog = page.getByRole('dialog').filter({ has: page.getByTestId('transition-ok') });
      await expectText(dialog.getByTestId('transition-confirm'), `由「${transition === 'take_up' ? '待承接' : '已承接'}」变更为「${to}」`);
      await fillDate(dialog.getByLabel(dateLabel), chinaToday());
      await dialog.getByTestId('transition-ok').click();
      await dialog.waitFor({ state: 'hidden' });
      await expectText(page.getByTestId('delegation-status'), to);
    }

    // — A month's cases: two completed cases with their dates; the page shows what the server counted.
    const month = lastMonth();
    await expectText(page.getByTestId('power-time-timed'), '0');
    await page.getByTestId('power-record-cases').click();
    const cases = page.getByRole('dialog', { name: '录入月度办件' });
    await fillDate(cases.getByLabel('月份'), month);
    await cases.getByLabel('办件量（件）').fill('7');
    for (const [i, [received, completed]] of [['03', '10'], ['05', '20']].entries()) {
      await cases.getByTestId('power-case-add').click();
      await fillDate(cases.getByLabel(`受理日期 ${i + 1}`), `${month}-${received}`);
      await fillDate(cases.getByLabel(`办结日期 ${i + 1}`), `${month}-${completed}`);
    }
    await closeModal(cases, '保存');
    const api = await apiAs(b.baseUrl, 'yibin');
    const detail = await getJson<DelegationDetail>(api, `/api/powers/${delegation.id}`);
    expect(detail.months).toMatchObject([{ month, caseCount: 7, timedCases: 2 }]);
    const time = detail.processingTime;
    expect(time.timedCases).toBe(2);
    await expectText(page.getByTestId('power-time-timed'), '2');
    await expectText(page.getByTestId('power-time-average'), String(Number.isInteger(time.averageDays!) ? time.averageDays : time.averageDays!.toFixed(1)));
    await expectText(page.getByTestId('power-time-p90'), String(Number.isInteger(time.p90Days!) ? time.p90Days : time.p90Days!.toFixed(1)));
    await expectText(page.getByTestId('power-time-compression'), '50.0%');
    await expectText(page.getByTestId(`power-cases-${month}`), '7');

    // — 事中事后监管措施, written by the zone's own staff.
    await page.getByTestId('power-measures-edit').click();
    await page.getByTestId('power-measures').getByLabel('事中事后监管措施').fill('双随机、一公开抽查；信用分级分类监管。');
    await page.getByTestId('power-measures-save').click();
    await expectText(page.getByTestId('power-measures'), '双随机、一公开抽查；信用分级分类监管。');
    expect((await getJson<DelegationDetail>(api, `/api/powers/${delegation.id}`)).delegation.supervisionMeasures).toBe('双随机、一公开抽查；信用分级分类监管。');

    // — Their stats view counts what they may see, as the API does.
    const stats = await getJson<PowerStats>(api, '/api/powers/stats?months=12');
    expect(stats.used).toBeGreaterThanOrEqual(1);
    await page.goto('/console/powers?tab=stats');
    for (const key of ['delegated', 'takenUp', 'used', 'slow'] as const) {
      await expectText(page.getByTestId(`powers-stat-${key}`).locator('.ant-statistic-content-value'), String(stats[key]));
    }
    await api.dispose();
  });
});
