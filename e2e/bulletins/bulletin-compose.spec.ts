/**
 * A 简报 from the console to the portal: 宜宾's staff compose a bulletin whose one section cites a
 * demo indicator value of 宜宾 (挂牌以来累计外贸进出口, 2021: 182.9亿元) and a count of recognised
 * innovations, see both figures in the preview, save, and issue it today; the portal lists it and
 * the reader shows the figure as frozen, with how it was computed. The title is the test's own, so
 * reruns on the shared e2e database never collide.
 */
import { describe, expect, it } from 'vitest';
import { apiAs, getJson, useBrowser } from '../support/browser.js';
import type { BulletinAnswer, PublicBulletinList } from '../support/api-types.js';
import { expectText, fillDate, signInWithForm } from '../support/app.js';
import { chooseOption, uniqueTag } from '../support/innovations.js';

const b = useBrowser();

/** Today in China time, as the issue-date picker writes it. */
const chinaToday = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

describe('a bulletin from compose to the portal', () => {
  it('cites a stored value and a count, previews them, is issued with its figures frozen, and is read on the portal', async () => {
    const page = b.page;
    const tag = uniqueTag();
    const title = `宜宾先行区工作简报（端到端${tag}）`;
    const headline = `宜宾外贸两年累计增长（${tag}）`;

    await signInWithForm(page, 'yibin');
    await page.goto('/console/bulletins');
    await page.getByRole('heading', { level: 1, name: '简报' }).waitFor();
    await page.getByTestId('bulletin-new').click();
    const create = page.getByRole('dialog', { name: '新建简报' });
    await create.waitFor();
    await create.getByLabel('简报名称').fill(title);
    await create.getByLabel('编印单位').fill('宜宾协同改革先行区工作办公室');
    await create.getByLabel('头条标题').fill(headline);
    await create.getByTestId('bulletin-create-ok').click();
    await page.waitForURL(/\/console\/bulletins\/\d+$/);
    const id = Number(/(\d+)$/.exec(page.url())![1]);

    // — 添加数据: the stored value, computed before it is added.
    await page.getByTestId('figure-add').click();
    let dialog = page.getByRole('dialog', { name: '添加数据' });
    await dialog.waitFor();
    await dialog.getByLabel('标记').fill('trade');
    await chooseOption(page, dialog.getByRole('combobox', { name: '指标', exact: true }), '挂牌以来累计外贸进出口');
    await chooseOption(page, dialog.getByLabel('时期'), '2021年');
    await dialog.getByTestId('figure-evaluate').click();
    await expectText(dialog.getByTestId('figure-evaluated'), '182.9亿元');
    await dialog.getByTestId('figure-add-ok').click();
    await dialog.waitFor({ state: 'hidden' });
    await expectText(page.getByTestId('figure-row-trade'), '182.9亿元');

    // — A count of the recognised innovations over the bulletin's coverage (宜宾).
    await page.getByTestId('figure-add').click();
    dialog = page.getByRole('dialog', { name: '添加数据' });
    await dialog.waitFor();
    await dialog.getByLabel('标记').fill('results');
    await chooseOption(page, dialog.getByLabel('数据类型'), '工作计数');
    await chooseOption(page, dialog.getByLabel('计数项'), '形成制度创新成果（项）');
    await dialog.getByTestId('figure-add-ok').click();
    await dialog.waitFor({ state: 'hidden' });

    // — One section citing both, then 保存: the preview shows the figures' words as they are typed.
    await page.getByTestId('section-add').click();
    const section = page.getByTestId('section-0');
    await section.getByLabel('小标题').fill('外贸与制度创新');
    await section.getByRole('textbox').nth(1).fill('两年累计进出口{{trade}}，累计形成{{results}}制度创新成果。');
    // The preview follows the text as it is typed, before 保存.
    const preview = page.getByTestId('bulletin-preview');
    await expectText(preview, '外贸与制度创新');
    await expectText(preview.getByTestId('figure-run-trade'), '182.9亿元');
    await page.getByTestId('bulletin-save').click();
    await expectText(preview.getByTestId('figure-run-trade'), '182.9亿元');
    const api = await apiAs(b.baseUrl, 'yibin');
    const saved = (await getJson<BulletinAnswer>(api, `/api/bulletins/${id}`)).bulletin;
    const count = saved.figures.find((f) => f.key === 'results')!;
    expect(count.available).toBe(true);
    await expectText(preview.getByTestId('figure-run-results'), count.text!.zh);

    // — 印发 today: the bulletin opens frozen.
    await page.getByTestId('transition-issue').click();
    const issue = page.getByRole('dialog', { name: /印发/ });
    await issue.waitFor();
    await fillDate(issue.getByLabel('印发日期'), chinaToday());
    await issue.getByTestId('transition-ok').click();
    await page.getByTestId('bulletin-frozen').waitFor();
    await expectText(page.getByTestId('bulletin-status'), '已印发');
    const issued = (await getJson<BulletinAnswer>(api, `/api/bulletins/${id}`)).bulletin;
    expect(issued).toMatchObject({ status: 'issued', live: false, issuedOn: chinaToday() });
    await api.dispose();

    // — The portal lists it (searchable) and the reader shows the frozen figure with how it was computed.
    const visitor = await apiAs(b.baseUrl, null);
    const found = await getJson<PublicBulletinList>(visitor, `/api/public/bulletins?q=${encodeURIComponent(tag)}`);
    expect(found.items.map((item) => item.id)).toEqual([id]);
    await visitor.dispose();
    await page.goto(`/bulletins?q=${encodeURIComponent(tag)}`);
    await page.getByTestId(`public-bulletin-${id}`).getByRole('link', { name: headline }).click();
    const doc = page.getByTestId('bulletin-document');
    await expectText(doc, title);
    await expectText(doc.getByTestId('figure-run-trade'), '182.9亿元');
    await doc.getByTestId('figure-run-trade').hover();
    await expectText(page.getByTestId('figure-how-trade'), '《制度对接 平台融通 产业互动》');
    await page.getByTestId('bulletin-print').waitFor();
  });
});
