/**
 * The results of a scored stage, end to end: a contest of 宜宾's with four registered companies
 * and a panel of three judges who all submitted their sheets (through the API), the stage closed;
 * in the browser the organiser compares two methods, saves one, publishes it with a 文号; a
 * visitor objects on the portal's 公示; the organiser answers; the public results show the ranks.
 */
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import type { APIRequestContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, getJson, signInContext, useBrowser } from '../support/browser.js';
import type { PublicResults, ResultsRecordAnswer, StageResults } from '../support/api-types.js';
import { expectAbsent, expectText } from '../support/app.js';
import { RESULTS_DIR } from '../support/constants.js';
import { buildClosedContest } from '../support/results.js';
import { chooseOption, uniqueTag } from '../support/innovations.js';

const b = useBrowser();
const tag = uniqueTag();
const asciiTag = String(Date.now() % 100_000_000);
const TITLE = `宜宾片区创新创业大赛（结果测试${tag}）`;
const DOCUMENT = '宜自贸〔2026〕9号';

let admin: APIRequestContext;
let visitor: APIRequestContext;
let campaignId = 0;
let stageId = 0;

async function snapshot(page: Page, name: string): Promise<void> {
  const dir = join(RESULTS_DIR, 'screenshots', 'evaluation');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}

beforeAll(async () => {
  admin = await apiAs(b.baseUrl, 'admin');
  visitor = await apiAs(b.baseUrl, null);
  ({ campaignId, stageId } = await buildClosedContest(b.baseUrl, TITLE, tag, asciiTag));
});
afterAll(async () => {
  await admin?.dispose();
  await visitor?.dispose();
});

describe('the organiser chooses, saves and publishes the results', () => {
  it('compares two methods and sees what changes, with the analysis in words', async () => {
    const page = b.page;
    await signInContext(b.session.context, 'admin');
    await page.goto(`/console/campaigns/${campaignId}/stages/${stageId}`);
    const card = page.getByTestId('stage-results');
    await expectText(card.getByTestId('results-sheets'), '3 位评委 · 12 份评分表');
    const table = card.getByTestId('results-table');
    await expect.poll(() => table.locator('tbody tr[data-row-key]').count()).toBe(4);
    await expectText(table, '按「平均分」的排名');
    // Three judges: the trimmed mean is not offered, and the page says why.
    await expectText(card, '「去掉最高最低分后平均」需要每个项目至少 5 位评委');
    await chooseOption(page, card.getByLabel('对照方法'), '标准分（总分）');
    const other = card.getByTestId('results-table-other');
    await expect.poll(() => other.locator('tbody tr[data-row-key]').count()).toBe(4);
    const preview = (method: string) => getJson<StageResults>(admin, `/api/campaigns/stages/${stageId}/results?method=${method}`);
    const [mean, zTotal] = [await preview('mean'), await preview('z_total')];
    const changed = mean.items.filter((item) => zTotal.items.find((z) => z.entryId === item.entryId)!.rank !== item.rank);
    const changes = card.getByTestId('method-changes');
    await expectText(changes, '「平均分」与「标准分（总分）」相比的变化');
    expect(changed).toHaveLength(2);
    for (const item of changed) {
      const row = changes.getByTestId(`change-${item.entryId}`);
      await expectText(row, `名次 ${item.rank} → ${zTotal.items.find((z) => z.entryId === item.entryId)!.rank}`);
      await expectText(row, item.advancing ? '晋级：是 → 否' : '晋级：否 → 是');
    }
    const top = mean.items.find((item) => item.rank === 1)!;
    await expectText(table.getByTestId(`results-table-entry-${top.entryId}`), top.displayValue.toFixed(1));
    await expectText(table.getByTestId(`results-table-entry-${top.entryId}`), '晋级');
    await expectText(card.getByTestId('results-alpha'), /^α = -?\d\.\d\d：评委之间/);
    await snapshot(page, 'results-compare');
  });

  it('saves the chosen method as pending, then publishes it with a 文号 (confirmed as irreversible)', async () => {
    const page = b.page;
    await signInContext(b.session.context, 'admin');
    await page.goto(`/console/campaigns/${campaignId}/stages/${stageId}`);
    const card = page.getByTestId('stage-results');
    await expectText(page.getByTestId('results-record-none'), '尚未保存结果');
    await card.getByTestId('results-save').click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: '保存' }).click();
    const record = page.getByTestId('results-record');
    await expectText(record.getByTestId('results-status'), '待发布');
    await expectText(record, '平均分');

    await record.getByTestId('results-publish').click();
    const dialog = page.getByRole('dialog', { name: '发布结果并开始公示' });
    await dialog.getByLabel('文号').fill(DOCUMENT);
    await dialog.getByRole('button', { name: '发布结果' }).click();
    // Not yet: publishing cannot be undone, so the box must be ticked.
    await expectText(dialog, '请确认发布');
    await dialog.getByTestId('publish-irreversible').check();
    await snapshot(page, 'results-publish');
    await dialog.getByRole('button', { name: '发布结果' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expectText(record.getByTestId('results-status'), '公示中');
    await expectText(record.getByTestId('results-document'), DOCUMENT);
    const saved = await getJson<ResultsRecordAnswer>(admin, `/api/campaigns/stages/${stageId}/results/record`);
    const publication = saved.record!.publication!;
    await expectText(record.getByTestId('results-period'), `（5 个工作日）`);
    expect(publication.workingDays).toBe(5);
    // The 公示 has just begun: confirming waits for its end.
    expect(await record.getByTestId('results-confirm').isDisabled()).toBe(true);
    await expectText(record, '公示期结束且所有异议均已答复');
    await expectAbsent(card.getByTestId('results-save'));
    await expectText(card.getByTestId('results-view-only'), '结果已发布');

    // 导出结果: the saved ranking with its 公示, as a workbook.
    const [download] = await Promise.all([page.waitForEvent('download'), card.getByTestId('export-results').click()]);
    expect(download.suggestedFilename()).toBe(`${TITLE}_初赛_评审结果.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(await download.path())) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['评审结果', '计分方法对比']);
    const sheet = workbook.worksheets[0]!;
    expect(String(sheet.getCell(4, 1).value)).toContain(`公示文件：${DOCUMENT}`);
    for (const [i, entry] of saved.record!.entries.entries()) {
      const row = sheet.getRow(6 + i).values as ExcelJS.CellValue[];
      expect([row[1], row[2], row[5]]).toEqual([entry.rank, entry.projectName, entry.displayValue]);
    }
  });
});

describe('the 公示 on the portal and an objection', () => {
  it('shows the published ranks and takes an objection; the organiser answers it', async () => {
    const page = b.page;
    await page.goto('/campaigns');
    await page.getByTestId(`results-${campaignId}`).click();
    await page.waitForURL(`**/campaigns/${campaignId}/results`);
    const notice = page.getByTestId(`public-stage-${stageId}`);
    await expectText(page.getByRole('heading', { level: 1 }), TITLE);
    await expectText(notice.getByTestId(`public-document-${stageId}`), DOCUMENT);
    const published = await getJson<PublicResults>(visitor, `/api/public/campaigns/${campaignId}/results`);
    const entries = published.stages[0]!.entries;
    for (const entry of entries) await expectText(notice.getByTestId(`public-entry-${entry.entryId}`), entry.value.toFixed(1));
    const last = entries.at(-1)!;
    await snapshot(page, 'results-public');
    // Printed, the notice is the table and its dates: no form, no button, no portal chrome.
    await page.emulateMedia({ media: 'print' });
    expect(await notice.getByTestId(`objection-${stageId}-card`).isVisible()).toBe(false);
    expect(await page.getByTestId('results-print').isVisible()).toBe(false);
    expect(await page.locator('.yz-portal-header').isVisible()).toBe(false);
    await snapshot(page, 'results-public-print');
    await page.emulateMedia({ media: 'screen' });

    const form = notice.getByTestId(`objection-${stageId}-form`);
    await chooseOption(page, form.getByLabel('对哪个项目'), `${last.rank}. ${last.projectName}（${last.companyName}）`);
    await form.getByLabel('姓名或单位').fill(last.companyName!);
    await form.getByLabel('联系方式').fill('0831-7654321');
    await form.getByLabel('异议内容').fill('可行性评分未考虑已投产的生产线，请复核。');
    await form.getByTestId(`objection-${stageId}-submit`).click();
    await expectText(notice.getByTestId(`objection-${stageId}-filed`), '异议已提交');

    await signInContext(b.session.context, 'admin');
    await page.goto(`/console/campaigns/${campaignId}/stages/${stageId}`);
    const objections = page.getByTestId('objections');
    const record = await getJson<ResultsRecordAnswer>(admin, `/api/campaigns/stages/${stageId}/results/record`);
    const objection = record.record!.objections[0]!;
    const item = objections.getByTestId(`objection-${objection.id}`);
    await expectText(item, '可行性评分未考虑已投产的生产线');
    await expectText(item, '待答复');
    await item.getByLabel('答复内容').fill('经复核，评委已查看生产线材料，评分有据，维持结果。');
    await item.getByText('不成立').click();
    await snapshot(page, 'results-objection');
    await item.getByTestId(`answer-submit-${objection.id}`).click();
    await expectText(item, '经复核，评委已查看生产线材料');
    await expectText(item, '不成立');
    // Not upheld: nothing to reopen.
    await expectAbsent(page.getByTestId('results-reopen'));
    await snapshot(page, 'results-record');
  });
});
