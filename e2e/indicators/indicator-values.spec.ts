/**
 * An indicator value's life through the console: 宜宾's staff record 约110万元 for 2020 (a draft
 * with an internal note), are refused a second value for the same year with the API's message,
 * correct it to 约120万元 with a reason, read both versions in its history, and publish it. The
 * past-date view shows the table as it stood then (without today's value, read-only), and the
 * portal's 数据 page shows the published figure with its qualifier and source, never the note.
 * The indicator is the test's own (a unique code), so the shared e2e database never collides.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiAs, getJson, useBrowser } from '../support/browser.js';
import type { IndicatorValues, PublicIndicatorValues } from '../support/api-types.js';
import { closeModal, expectAbsent, expectText, pickInTreeSelect, signInWithForm, zoneByCode } from '../support/app.js';
import { ZONE_CODES } from '../support/constants.js';
import { chooseOption, uniqueTag } from '../support/innovations.js';

const b = useBrowser();

/** The open dialog titled `title`. */
async function dialogNamed(page: Page, title: RegExp): Promise<Locator> {
  const dialog = page.getByRole('dialog', { name: title });
  await dialog.waitFor();
  return dialog;
}

/** Yesterday in China time, as the as-of picker writes it. */
function chinaYesterday(): string {
  const shifted = new Date(Date.now() + 8 * 3600_000 - 24 * 3600_000);
  return shifted.toISOString().slice(0, 10);
}

describe('an indicator value from entry to the portal', () => {
  it('is recorded, corrected with a reason, kept in its history and published; the portal shows the figure and source, not the note', async () => {
    const page = b.page;
    const tag = uniqueTag();
    // Codes are ASCII: the clock and a random number, unique across reruns on the same database.
    const code = `e2e_duty_${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
    const nameZh = `节约关税（端到端${tag}）`;
    const source = `《宜宾综保区运行情况》（端到端${tag}）`;
    const sentence = `2020年为企业节约关税约110万元（${tag}）。`;
    const note = `内部核对：待海关确认（${tag}）`;
    const reason = `按海关复核数更正（${tag}）`;

    // The province office defines the indicator (definitions are its alone).
    const admin = await apiAs(b.baseUrl, 'admin');
    const yibin = await zoneByCode(admin, ZONE_CODES.yibin);
    const created = await admin.post('/api/indicators', {
      data: { code, nameZh, nameEn: `Duty saved (e2e ${code})`, unit: 'cny_10k', periodKind: 'year', combine: 'sum' },
    });
    expect(created.status(), await created.text()).toBe(201);
    await admin.dispose();

    // — 宜宾's staff open the indicator: unit and period kind in words.
    await signInWithForm(page, 'yibin');
    await page.goto(`/console/indicators?indicator=${code}`);
    await page.getByRole('heading', { level: 1, name: '指标数据' }).waitFor();
    const facts = page.getByTestId('indicator-facts');
    await expectText(facts, '万元');
    await expectText(facts, '年度');

    // — Records 约110万元 for 2020 with its source and an internal note.
    const enter = async () => {
      await page.getByTestId('indicator-enter').click();
      const dialog = await dialogNamed(page, /录入/);
      await pickInTreeSelect(page, dialog.getByLabel('区域', { exact: true }), yibin.name);
      await chooseOption(page, dialog.getByLabel('统计期'), '2020年');
      await dialog.getByLabel('数值', { exact: true }).fill('110');
      await chooseOption(page, dialog.getByLabel('限定词'), '约');
      await dialog.getByLabel('资料来源').fill(source);
      await dialog.getByLabel('原文表述').fill(sentence);
      await dialog.getByLabel('内部备注').fill(note);
      await dialog.getByRole('button', { name: /保\s*存/ }).click();
      return dialog;
    };
    const first = await enter();
    await first.waitFor({ state: 'hidden' }).catch(() => closeModal(first, '保存'));
    const row = page.getByTestId(`value-row-${yibin.id}-2020`);
    await expectText(row, '约110万元');
    await expectText(row, '未发布');

    const staff = await apiAs(b.baseUrl, 'yibin');
    const recorded = await getJson<IndicatorValues>(staff, `/api/indicators/${code}/values`);
    expect(recorded.items).toHaveLength(1);
    expect(recorded.items[0]).toMatchObject({ zoneId: yibin.id, period: '2020', value: '110', unit: 'cny_10k', qualifier: 'about', source, sourceSentence: sentence, internalNote: note, publishedAt: null });
    const firstId = recorded.items[0]!.id;

    // — A second value for the same zone and year is refused with the API's message, and nothing changes.
    const second = await enter();
    await expectText(second.getByRole('alert'), '已有该指标的数据');
    await second.getByRole('button', { name: /取\s*消/ }).click();
    expect((await getJson<IndicatorValues>(staff, `/api/indicators/${code}/values`)).items.map((item) => item.id)).toEqual([firstId]);

    // — Corrects it to 约120万元 with a reason (the reason is required).
    await page.getByTestId(`value-correct-${firstId}`).click();
    const correction = await dialogNamed(page, /更正/);
    await expectText(correction, '约110万元');
    await correction.getByLabel('数值', { exact: true }).fill('120');
    await correction.getByRole('button', { name: /保\s*存/ }).click();
    await expectText(correction, '请填写更正原因');
    await correction.getByLabel('更正原因').fill(reason);
    await closeModal(correction, '保存');
    await expectText(row, '约120万元');
    await expectText(row, '已更正');

    // — The history keeps both versions: value, who, when, why.
    await row.getByRole('button', { name: '更正记录' }).click();
    const history = page.getByTestId('value-history');
    await history.waitFor();
    const v1 = history.getByTestId('history-version-1');
    const v2 = history.getByTestId('history-version-2');
    await expectText(v1, '约110万元');
    await expectText(v1, '首次录入');
    await expectText(v1, '宜宾先行区填报员');
    await expectText(v2, '约120万元');
    await expectText(v2, reason);
    await expectText(v2, '当前版本');
    await page.locator('.ant-drawer').getByRole('button', { name: /close|关闭/i }).click();
    await history.waitFor({ state: 'hidden' });

    // — Publishes the corrected value, after confirming.
    const current = (await getJson<IndicatorValues>(staff, `/api/indicators/${code}/values`)).items[0]!;
    expect(current).toMatchObject({ value: '120', qualifier: 'about', correctionReason: reason, publishedAt: null });
    await row.getByRole('checkbox').check();
    await page.getByTestId('indicator-publish').click();
    const confirm = await dialogNamed(page, /确认发布 1 项数据/);
    await expectText(confirm, '不能撤回');
    await page.getByTestId('publish-confirm-ok').click();
    await expectText(row, '已发布');
    expect((await getJson<IndicatorValues>(staff, `/api/indicators/${code}/values`)).items[0]!.publishedAt).not.toBeNull();

    // — As of yesterday the value was not yet known: an empty, read-only table.
    await page.goto(`/console/indicators?indicator=${code}&asOf=${chinaYesterday()}`);
    await page.getByTestId('as-of-notice').waitFor();
    await expectAbsent(page.getByTestId('indicator-enter'));
    await expectAbsent(page.getByTestId(`value-row-${yibin.id}-2020`));
    await staff.dispose();

    // — The portal's 数据 page, signed out: the published figure with its qualifier and source, no note.
    const visitor = await b.newSession();
    await visitor.page.goto('/');
    await visitor.page.getByTestId('nav-data').click();
    await visitor.page.getByRole('heading', { level: 1, name: '数据' }).waitFor();
    // Dozens of indicators: a reader types a few characters of the name, as in any long list.
    const picker = visitor.page.getByLabel('指标', { exact: true });
    await picker.click();
    await picker.fill(tag);
    await chooseOption(visitor.page, picker, nameZh);
    await expectText(visitor.page.getByTestId(`data-figure-${yibin.id}-2020`), '约120万元');
    const cited = visitor.page.getByTestId(`data-source-${yibin.id}-2020`);
    await expectText(cited, source);
    await expectText(cited, sentence);
    expect(await visitor.page.locator('main').innerText()).not.toContain(note);
    const published = await getJson<PublicIndicatorValues>(visitor.page.request, `/api/public/indicators/${code}/values`);
    expect(published.items).toHaveLength(1);
    expect(JSON.stringify(published)).not.toContain(note);
    expect(published.items[0]).toMatchObject({ value: '120', qualifier: 'about', source, corrected: true });
  });
});
