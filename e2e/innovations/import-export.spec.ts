/**
 * Excel in and out, as 宜宾's staff: a workbook laid out the way offices make them (title row,
 * two-row header with a merged 成效 group, full-width digits, "110万元") is previewed row by
 * row; a bad 领域 blocks the whole import until a corrected file is uploaded; the committed
 * drafts show in the list, and the list's export downloads them again as .xlsx.
 */
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { APIRequestContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, useBrowser } from '../support/browser.js';
import type { Zone } from '../support/api-types.js';
import { expectAbsent, expectText, signInWithForm, zoneByCode } from '../support/app.js';
import { ZONE_CODES } from '../support/constants.js';
import { innovationDetail, listInnovations, uniqueTag } from '../support/innovations.js';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const b = useBrowser();
let admin: APIRequestContext;
let yibin: Zone;

beforeAll(async () => {
  admin = await apiAs(b.baseUrl, 'admin');
  yibin = await zoneByCode(admin, ZONE_CODES.yibin);
});
afterAll(() => admin?.dispose());

type Row = { name: string; zone: string; domain: string; task?: string; measures?: string; effect?: [label: string, value: string, unit?: string]; exploredOn?: string };

/**
 * The office layout: row 1 a merged title, rows 2–3 the header with 成效 merged over
 * 指标/数值/单位 (every other header merged down), data from row 4.
 */
async function officeWorkbook(rows: Row[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('宜宾');
  ws.addRow(['宜宾协同改革先行区制度创新成果汇总表（截至2024年底）']);
  ws.addRow(['序号', '成果名称', '所属区域', '创新领域', '三大任务', '主要做法', '成效', null, null, '探索时间']);
  ws.addRow([null, null, null, null, null, null, '指标', '数值', '单位', null]);
  rows.forEach((row, i) =>
    ws.addRow([i + 1, row.name, row.zone, row.domain, row.task ?? null, row.measures ?? null, row.effect?.[0] ?? null, row.effect?.[1] ?? null, row.effect?.[2] ?? null, row.exploredOn ?? null]),
  );
  ws.mergeCells('A1:J1');
  ws.mergeCells('G2:I2');
  for (const col of ['A', 'B', 'C', 'D', 'E', 'F', 'J']) ws.mergeCells(`${col}2:${col}3`);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Every non-empty cell's text of every sheet. */
async function workbookTexts(buffer: Buffer): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  const texts: string[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => texts.push(cell.text))));
  return texts;
}

async function upload(page: Page, fileName: string, content: Buffer): Promise<void> {
  await page.locator('input[type="file"]').setInputFiles({ name: fileName, mimeType: XLSX_TYPE, buffer: content });
  await expectText(page.locator('.ant-card-head-title'), `预览：${fileName}`);
}

describe('importing and exporting innovations with Excel', () => {
  it('refuses a file with a bad row, imports the corrected one, and exports what the list shows', async () => {
    const page = b.page;
    const tag = uniqueTag();
    const names = [`${tag}跨境电商“一站式”监管`, `${tag}临港产业协同招商`, `${tag}涉外商事纠纷多元化解`];
    const rows: Row[] = [
      { name: names[0]!, zone: '宜宾', domain: '贸易便利化', task: '制度对接', measures: '海关、税务、外汇“一站式”办理', effect: ['节约关税', '110万元'], exploredOn: '2021年7月' },
      // Full-width digits, as typed with a Chinese input method.
      { name: names[1]!, zone: '宜宾协同改革先行区', domain: '投资便利化', task: '产业互动', effect: ['新增企业', '３５', '家'], exploredOn: '２０２２年３月' },
      { name: names[2]!, zone: '宜宾', domain: '其他领域', measures: '设立涉外商事调解中心' },
    ];

    await signInWithForm(page, 'yibin');
    await page.goto('/console/innovations');
    await page.getByTestId('innovation-import').click();
    await page.waitForURL('**/console/innovations/import');
    await page.getByRole('heading', { level: 1, name: '导入 Excel' }).waitFor();

    // — The first file: two good rows, one with a 领域 nobody knows.
    await upload(page, `${tag}成果汇总表.xlsx`, await officeWorkbook(rows));
    await expectText(page.getByTestId('import-counts'), /校验通过\s*2\s*行/);
    await expectText(page.getByTestId('import-counts'), /有错误\s*1\s*行/);
    const bad = page.getByTestId('import-row-6');
    await expectText(bad, '错误');
    const badText = await bad.innerText();
    expect(badText).toContain(names[2]);
    expect(badText).toContain('创新领域（D6）');
    expect(badText).toContain('无法识别「其他领域」，可填：贸易便利化、投资便利化、金融管理与服务创新、政府职能转变、法治化环境');
    await expectText(page.getByTestId('import-row-4'), '通过');
    await expectText(page.getByTestId('import-row-5'), '通过');
    expect(await page.getByTestId('import-row-4').innerText()).toContain('贸易便利化');
    await page.getByRole('alert').filter({ hasText: '有 1 行存在错误，请修改文件后重新上传' }).waitFor();
    // All or nothing: the commit button is off, and nothing was created.
    expect(await page.getByTestId('import-commit').isDisabled()).toBe(true);
    expect((await listInnovations(admin, { zoneId: yibin.id, q: tag })).filter((i) => names.includes(i.name))).toEqual([]);

    // — The corrected file goes through.
    rows[2] = { ...rows[2]!, domain: '法治化环境' };
    await upload(page, `${tag}成果汇总表（修改）.xlsx`, await officeWorkbook(rows));
    await expectText(page.getByTestId('import-counts'), /校验通过\s*3\s*行/);
    await expectText(page.getByTestId('import-counts'), /有错误\s*0\s*行/);
    await expectText(page.getByTestId('import-row-6'), '通过');
    await expectAbsent(page.getByTestId('import-row-6').locator('.yz-import-errors'));
    const commit = page.getByTestId('import-commit');
    expect(await commit.isEnabled()).toBe(true);
    await commit.click();
    const confirm = page.locator('.ant-popconfirm');
    await expectText(confirm, '确认导入 3 项成果？');
    await confirm.getByRole('button', { name: '确认导入' }).click();
    // The commit is a job: its id joins the preview's in the URL, and the page follows it to the end.
    await page.waitForURL(/[?&]job=\d+/);
    await expectText(page.getByTestId('import-done'), '已导入 3 项成果');
    // Coming back to the same address shows the import done.
    await page.reload();
    await expectText(page.getByTestId('import-done'), '已导入 3 项成果');

    // What was read is what was stored: "110万元" split, full-width digits made plain, drafts.
    const created = (await listInnovations(admin, { zoneId: yibin.id, q: tag })).filter((i) => names.includes(i.name));
    expect(created.map((i) => i.name).sort()).toEqual([...names].sort());
    const byName = new Map(await Promise.all(created.map(async (i) => [i.name, (await innovationDetail(admin, i.id)).innovation] as const)));
    expect(byName.get(names[0]!)).toMatchObject({ status: 'draft', zoneId: yibin.id, domain: 'trade_facilitation', effects: [{ label: '节约关税', value: '110', unit: '万元' }], exploredOn: '2021-07-01', exploredPrecision: 'month' });
    expect(byName.get(names[1]!)).toMatchObject({ status: 'draft', domain: 'investment_facilitation', effects: [{ label: '新增企业', value: '35', unit: '家' }], exploredOn: '2022-03-01', exploredPrecision: 'month' });
    expect(byName.get(names[2]!)).toMatchObject({ status: 'draft', domain: 'rule_of_law' });

    // — The list shows them (the page's link opens the drafts), found by the file's tag.
    await page.getByTestId('import-to-list').click();
    await page.waitForURL('**/console/innovations?status=draft');
    const search = page.getByLabel('检索创新成果');
    await search.fill(tag);
    await search.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === tag);
    for (const item of created) {
      const row = page.getByTestId(`innovation-row-${item.id}`);
      await row.waitFor();
      const text = await row.innerText();
      expect(text).toContain(item.name);
      expect(text).toContain('宜宾');
      expect(text).toContain('草稿');
    }
    await expect.poll(() => page.locator('[data-testid^="innovation-row-"]').count()).toBe(3);

    // — Export what the list shows: an .xlsx holding those names.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('innovation-export').click()]);
    expect(download.suggestedFilename()).toMatch(/^制度创新成果_\d{8}\.xlsx$/);
    const path = await download.path();
    const texts = await workbookTexts(await readFile(path));
    for (const name of names) expect(texts).toContain(name);
    expect(texts).toContain('成果名称');
    expect(texts).toContain('节约关税：110万元');
    expect(texts).toContain('新增企业：35家');
    expect(b.session.pageErrors).toEqual([]);
  });

  it('pages through a long preview and filters the rows with errors', async () => {
    const page = b.page;
    const tag = uniqueTag();
    const rows: Row[] = Array.from({ length: 60 }, (_, i) => ({ name: `${tag}长表第${i + 1}项`, zone: '宜宾', domain: i === 57 ? '其他领域' : '贸易便利化' }));

    await signInWithForm(page, 'yibin');
    await page.goto('/console/innovations/import');
    await upload(page, `${tag}长表.xlsx`, await officeWorkbook(rows));
    await expectText(page.getByTestId('import-counts'), /校验通过\s*59\s*行/);
    await expectText(page.getByTestId('import-counts'), /有错误\s*1\s*行/);
    // Data from row 4: the first page holds rows 4–53, the second the rest.
    await page.getByTestId('import-row-4').waitFor();
    await expectAbsent(page.getByTestId('import-row-63'));
    await page.locator('.ant-pagination').getByTitle('2').click();
    await page.getByTestId('import-row-63').waitFor();
    await expectAbsent(page.getByTestId('import-row-4'));

    await expectText(page.getByTestId('import-error-columns-宜宾'), '创新领域：1 行');
    await page.getByTestId('import-only-errors-宜宾').click();
    await page.getByTestId('import-row-61').waitFor();
    await expect.poll(() => page.locator('[data-testid^="import-row-"]').count()).toBe(1);
    expect(await page.getByTestId('import-row-61').innerText()).toContain('无法识别「其他领域」');
    expect(b.session.pageErrors).toEqual([]);
  });
});
