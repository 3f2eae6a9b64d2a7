/**
 * An innovation's whole life through the console: 宜宾's staff write it up in the form (draft)
 * and 申报; the province office 开始审核, 认定 (文号 + date + opinion) and 省内复制推广. Each
 * step lands in the timeline; once recognised the case is public, where its milestones show
 * the 文号 but never the reviewer's opinion.
 */
import type { APIRequestContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, useBrowser } from '../support/browser.js';
import type { Zone } from '../support/api-types.js';
import { expectAbsent, expectText, fillDate, signInWithForm, zoneByCode } from '../support/app.js';
import { ZONE_CODES } from '../support/constants.js';
import { chooseOption, innovationByName, innovationDetail, publicCase, searchCases, uniqueTag } from '../support/innovations.js';

const b = useBrowser();
let admin: APIRequestContext;
let yibin: Zone;

beforeAll(async () => {
  admin = await apiAs(b.baseUrl, 'admin');
  yibin = await zoneByCode(admin, ZONE_CODES.yibin);
});
afterAll(() => admin?.dispose());

/** Opens the step's dialog from the detail page and returns it. */
async function openTransition(page: Page, name: string, title: RegExp): Promise<Locator> {
  await page.getByTestId(`transition-${name}`).click();
  const dialog = page.getByRole('dialog', { name: title });
  await dialog.waitFor();
  return dialog;
}

/** The timeline's entries as shown, oldest first. */
async function timeline(page: Page): Promise<string[]> {
  return page.getByTestId('innovation-timeline').locator('[data-testid^="innovation-event-"]').allInnerTexts();
}

describe('an innovation from draft to province-wide replication', () => {
  it('is written by 宜宾, recognised and replicated by the province office, and published without the reviewer comment', async () => {
    const page = b.page;
    const tag = uniqueTag();
    // A word of the name a visitor will search for; the tag keeps the name unique.
    const word = '冷链食品';
    const name = `${word}“预约查验+集中监管”通关模式（${tag}）`;
    const measures = '依托宜宾港冷链查验平台，推行进口冷链食品预约查验、集中监管，查验结果海关与市场监管部门互认。';
    const recognizedDocument = `川自贸办〔2025〕${tag}号`;
    const replicatedDocument = `川自贸办〔2025〕${tag}推字号`;
    const reviewerComment = `审核意见（内部）：材料齐全，成效数据经核实——${tag}`;

    // — 宜宾's staff write it up in the form and save a draft.
    await signInWithForm(page, 'yibin');
    await page.goto('/console/innovations');
    await page.getByTestId('innovation-create').click();
    await page.waitForURL('**/console/innovations/new');
    await page.getByRole('heading', { level: 1, name: '新增成果' }).waitFor();
    // 宜宾 is the only zone yibin files for, so it is already chosen.
    await expectText(page.locator('.ant-form-item').filter({ hasText: '所属区域' }).locator('.ant-select'), '宜宾');
    await page.getByLabel('成果名称').fill(name);
    await chooseOption(page, page.getByLabel('领域', { exact: true }), '贸易便利化');
    await chooseOption(page, page.getByLabel('三大任务'), '制度对接');
    await page.getByLabel('举措').fill(measures);
    await page.getByRole('button', { name: '添加一项成效' }).click();
    const effect = page.getByTestId('effects-editor').locator('.ant-card').filter({ hasText: '成效 1' });
    await effect.getByLabel('指标').fill('查验时间压缩');
    await effect.getByLabel('数值').fill('1.5');
    await effect.getByLabel('单位').fill('天');
    await page.getByTestId('innovation-save').click();

    await page.waitForURL(/\/console\/innovations\/\d+$/);
    const id = Number(new URL(page.url()).pathname.split('/').pop());
    const detail = page.getByTestId(`innovation-detail-${id}`);
    await detail.waitFor();
    await expectText(detail.locator('h1'), name);
    await expectText(detail.locator('h1'), '草稿');
    expect(await detail.innerText()).toContain('查验时间压缩');
    // What was typed is what was stored.
    const stored = await innovationByName(admin, name);
    expect(stored).toMatchObject({ id, zoneId: yibin.id, domain: 'trade_facilitation', task: 'institutional_alignment', measures, status: 'draft' });
    expect(stored.effects).toEqual([{ label: '查验时间压缩', value: '1.5', unit: '天', period: null, text: null }]);

    // — 申报: a plain confirmation, no fields to fill.
    let dialog = await openTransition(page, 'submit', /申报/);
    expect(await dialog.getByTestId('transition-confirm').innerText()).toContain('由「草稿」变更为「已申报」');
    await dialog.getByTestId('transition-ok').click();
    await dialog.waitFor({ state: 'hidden' });
    await expectText(detail.locator('h1'), '已申报');
    // Zone staff have nothing more to decide: the review is the province's.
    await expectAbsent(page.getByTestId('transition-start_review'));
    await expectAbsent(page.getByTestId('transition-recognize'));

    // — The province office reviews it.
    const office = await b.newSession();
    const adminPage = office.page;
    await signInWithForm(adminPage, 'admin');
    await adminPage.goto(`/console/innovations/${id}`);
    const adminDetail = adminPage.getByTestId(`innovation-detail-${id}`);
    await adminDetail.waitFor();
    await expectText(adminDetail.locator('h1'), '已申报');

    dialog = await openTransition(adminPage, 'start_review', /开始审核/);
    await dialog.getByTestId('transition-ok').click();
    await dialog.waitFor({ state: 'hidden' });
    await expectText(adminDetail.locator('h1'), '审核中');

    // 认定 asks for the opinion, the 文号 and the date; it says the case will be published.
    dialog = await openTransition(adminPage, 'recognize', /认定/);
    const confirm = await dialog.getByTestId('transition-confirm').innerText();
    expect(confirm).toContain('由「审核中」变更为「已认定」');
    expect(confirm).toContain('认定后成果将在门户案例库公开');
    // Nothing filled in: the dialog says what is missing and stays open.
    await dialog.getByTestId('transition-ok').click();
    await expectText(dialog, '请填写文号');
    await expectText(dialog, '请选择认定日期');
    await expectText(dialog, '请填写认定意见');
    await dialog.getByLabel('文号').fill(recognizedDocument);
    await fillDate(dialog.getByLabel('认定日期'), '2025-03-18');
    await dialog.getByLabel('认定意见').fill(reviewerComment);
    await dialog.getByTestId('transition-ok').click();
    await dialog.waitFor({ state: 'hidden' });
    await expectText(adminDetail.locator('h1'), '已认定');
    await expectText(adminDetail, `2025年3月18日 · ${recognizedDocument}`);

    // 省内复制推广: 文号 and 发文日期.
    dialog = await openTransition(adminPage, 'replicate_province', /省内复制推广/);
    expect(await dialog.getByTestId('transition-confirm').innerText()).toContain('由「已认定」变更为「省内复制推广」');
    await dialog.getByLabel('文号').fill(replicatedDocument);
    await fillDate(dialog.getByLabel('发文日期'), '2025-06-30');
    await dialog.getByTestId('transition-ok').click();
    await dialog.waitFor({ state: 'hidden' });
    await expectText(adminDetail.locator('h1'), '省内复制推广');
    await expectAbsent(adminPage.getByTestId('transition-replicate_province'));

    // The timeline tells the whole story, in order, with who decided what.
    await expect.poll(() => timeline(adminPage).then((entries) => entries.length)).toBe(5);
    const entries = await timeline(adminPage);
    expect(entries[0]).toContain('新建');
    expect(entries[1]).toMatch(/申报[\s\S]*草稿 → 已申报/);
    expect(entries[2]).toMatch(/开始审核[\s\S]*已申报 → 审核中/);
    expect(entries[3]).toMatch(/认定[\s\S]*审核中 → 已认定/);
    expect(entries[3]).toContain('2025年3月18日');
    expect(entries[3]).toContain(`文号：${recognizedDocument}`);
    expect(entries[3]).toContain(reviewerComment);
    expect(entries[3]).toContain('经办人：省自贸办管理员（示例）');
    expect(entries[4]).toMatch(/省内复制推广[\s\S]*已认定 → 省内复制推广/);
    expect(entries[4]).toContain(`文号：${replicatedDocument}`);
    expect(entries[4]).toContain('2025年6月30日');

    // 宜宾's staff see the same story on their side after a reload.
    await page.reload();
    await detail.waitFor();
    await expectText(detail.locator('h1'), '省内复制推广');
    expect(await timeline(page)).toHaveLength(5);

    // The server agrees.
    const after = await innovationDetail(admin, id);
    expect(after.innovation).toMatchObject({
      status: 'province_replicated',
      isPublished: true,
      recognition: { on: '2025-03-18', document: recognizedDocument },
      provinceReplication: { on: '2025-06-30', document: replicatedDocument },
    });
    expect(after.events.map((e) => e.action)).toEqual(['create', 'submit', 'start_review', 'recognize', 'replicate_province']);

    // — A visitor finds it in the case library by a word of its name.
    const visitor = (await b.newSession()).page;
    await visitor.goto('/cases');
    expect(await searchCases(visitor, word)).toBeGreaterThanOrEqual(1);
    const card = visitor.getByTestId(`case-${id}`);
    await card.waitFor();
    expect(await card.getByRole('heading').innerText()).toBe(name);
    expect(await card.getByRole('heading').locator('mark').allInnerTexts()).toEqual([word]);

    // Its case page: the recognition milestone with its 文号, never the reviewer's opinion.
    await card.getByRole('link', { name }).click();
    await visitor.waitForURL(`**/cases/${id}`);
    const casePage = visitor.getByTestId(`case-page-${id}`);
    await casePage.waitFor();
    const milestones = visitor.getByTestId('case-milestones');
    await milestones.waitFor();
    const recognized = milestones.getByRole('listitem').filter({ hasText: '已认定' });
    expect(await recognized.innerText()).toMatch(/2025年3月18日[\s\S]*已认定[\s\S]*/);
    expect(await recognized.innerText()).toContain(`文号：${recognizedDocument}`);
    expect(await milestones.getByRole('listitem').filter({ hasText: '省内复制推广' }).innerText()).toContain(`文号：${replicatedDocument}`);
    const publicText = await casePage.innerText();
    expect(publicText).toContain(measures);
    expect(publicText).not.toContain(reviewerComment);
    expect(publicText).not.toContain('审核意见');
    expect(publicText).not.toContain('省自贸办管理员');
    // Nor does the public API hand the opinion out.
    const shown = await publicCase(visitor.request, id);
    expect(JSON.stringify(shown)).not.toContain(reviewerComment);
    expect(shown.milestones.find((m) => m.toStatus === 'recognized')).toMatchObject({ occurredOn: '2025-03-18', document: recognizedDocument });

    expect(office.pageErrors).toEqual([]);
    expect(b.session.pageErrors).toEqual([]);
  });
});
