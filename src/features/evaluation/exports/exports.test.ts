/**
 * The .xlsx exports read back with ExcelJS: the score sheets (one worksheet per judge, valid
 * Chinese names, the header block, the blind stage's columns, submitted scores and blanks, the
 * weighted total's formula recomputed from the cells and equal to the engine's value, the
 * signature line, A4 with repeated header rows), a judge's own sheet only, and the results (the
 * saved ranking, the method, the 公示 once published, the methods side by side). Refusals change
 * nothing (the access matrices hold every role).
 */
import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, buildZone } from '../../../testing/factories.js';
import { createTestApp, type TestApp, type TestUser } from '../../../testing/test-app.js';
import { buildResultsStage, type ResultsStage } from '../results/results.fixture.js';
import { buildJudges, CRITERIA } from '../scoring.fixture.js';
import { METHODS_SHEET, RESULTS_SHEET } from './results-xlsx.js';
import { SHEET_LAYOUT, SIGNATURE_LINE } from './score-sheets-xlsx.js';
import { SHEET_NAME_MAX, sheetName } from '../../files/xlsx-format.js';

let t: TestApp;
let staff: TestUser;
let s: ResultsStage;
let campaignTitle = '';
/** The one sheet left a draft: judge 0 on entry 1. */
let draft = { expertId: 0, entryId: 0 };

beforeAll(async () => {
  t = await createTestApp();
  const zoneId = (await buildZone(t)).id;
  staff = await buildUser(t, { role: 'zone_staff', zoneId });
  s = await buildResultsStage(t, staff, zoneId, { entries: 5, judges: 3 });
  const db = t.database.db;
  // Every judge is assigned every entry (the fixture writes the sheets straight in, without a draw).
  await db.insertInto('stage_assignments').values(s.entryIds.flatMap((entryId) => s.judges.map((judge) => ({ stage_id: s.stageId, entry_id: entryId, expert_id: judge.expertId, judge_user_id: judge.id })))).execute();
  draft = { expertId: s.judges[0]!.expertId, entryId: s.entryIds[1]! };
  await db.updateTable('score_sheets').set({ status: 'draft', submitted_at: null }).where('stage_id', '=', s.stageId).where('expert_id', '=', draft.expertId).where('entry_id', '=', draft.entryId).execute();
  campaignTitle = (await db.selectFrom('campaigns').select('title').where('id', '=', s.campaign.id).executeTakeFirstOrThrow()).title;
});
afterAll(() => t.close());

const get = (user: TestUser | null, url: string) => t.call(user, { method: 'GET', url });
const sheetsUrl = () => `/api/campaigns/stages/${s.stageId}/sheets.xlsx`;
const resultsUrl = () => `/api/campaigns/stages/${s.stageId}/results.xlsx`;

async function workbookOf(response: LightMyRequestResponse): Promise<ExcelJS.Workbook> {
  expect(response.statusCode, response.body).toBe(200);
  expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
  return workbook;
}

const cellText = (sheet: ExcelJS.Worksheet) => {
  const texts: string[] = [];
  sheet.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.text))));
  return texts.join('\n');
};

async function submittedScores(expertId: number) {
  const rows = await t.database.db.selectFrom('score_sheets').select(['entry_id', 'scores', 'status']).where('stage_id', '=', s.stageId).where('expert_id', '=', expertId).execute();
  return new Map(rows.filter((r) => r.status === 'submitted').map((r) => [r.entry_id, s.criteriaRows.map((c) => r.scores[String(c.id)]!)]));
}

describe('score sheets (评分表)', () => {
  it('gives the organiser one A4 worksheet per judge, named by the judge, with the header block, scores, formula totals equal to the engine, and the signature line', async () => {
    const response = await get(staff, sheetsUrl());
    const fileName = decodeURIComponent(String(response.headers['content-disposition']).split("filename*=UTF-8''")[1]!);
    expect(fileName).toBe(`${campaignTitle}_初赛_评分表.xlsx`);
    const workbook = await workbookOf(response);
    const names = s.judges.map((judge) => `评委${judge.id}`);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(names);
    const weights = CRITERIA.map((c) => c.weight);
    for (const [j, judge] of s.judges.entries()) {
      const sheet = workbook.worksheets[j]!;
      expect(sheet.name.length).toBeLessThanOrEqual(SHEET_NAME_MAX);
      expect(sheet.name).not.toMatch(/[[\]:*?/\\]/);
      expect(sheet.pageSetup.paperSize).toBe(9);
      expect(sheet.pageSetup.printTitlesRow).toBe(`${SHEET_LAYOUT.header}:${SHEET_LAYOUT.scale}`);
      const all = cellText(sheet);
      expect(all).toContain(campaignTitle);
      expect(all).toContain('初赛');
      expect(all).toContain(`评委：评委${judge.id}　　工作单位：单位${judge.id}`);
      // Blind: the judge's list shows neither company nor zone, so neither does the sheet.
      expect(all).not.toContain('参赛公司');
      const header = sheet.getRow(SHEET_LAYOUT.header).values as ExcelJS.CellValue[];
      expect(header.slice(1)).toEqual(['序号', '参评项目', '创新性', '可行性', '加权总分']);
      expect([sheet.getCell(SHEET_LAYOUT.weights, 3).value, sheet.getCell(SHEET_LAYOUT.weights, 4).value]).toEqual(weights);

      const scores = await submittedScores(judge.expertId);
      s.entryIds.forEach((entryId, i) => {
        const r = SHEET_LAYOUT.firstLine + i;
        expect(sheet.getCell(r, 2).value).toBe(`项目${i + 1}`);
        const given = [sheet.getCell(r, 3).value, sheet.getCell(r, 4).value];
        const total = sheet.getCell(r, 5).value as ExcelJS.CellFormulaValue;
        expect(total.formula).toMatch(/SUMPRODUCT\(C\d+:D\d+,C\$6:D\$6\)/);
        const submitted = scores.get(entryId);
        if (!submitted) {
          expect(judge.expertId === draft.expertId && entryId === draft.entryId).toBe(true);
          expect(given).toEqual([null, null]);
          // Filled in by hand in Excel, a score off the criterion's scale is refused.
          expect([sheet.getCell(r, 3).dataValidation?.formulae, sheet.getCell(r, 4).dataValidation?.formulae]).toEqual([[0, 100], [0, 10]]);
          expect(total.result ?? '').toBe('');
          return;
        }
        expect(given).toEqual(submitted);
        // The formula recomputed from the cells equals the cached result, the engine's total.
        const recomputed = (given as number[]).reduce((sum, score, k) => sum + score * (sheet.getCell(SHEET_LAYOUT.weights, 3 + k).value as number), 0);
        expect(total.result as number).toBeCloseTo(recomputed, 9);
        expect(total.result as number).toBeCloseTo(submitted.reduce((sum, score, k) => sum + score * weights[k]!, 0), 9);
      });
      const signature = SHEET_LAYOUT.firstLine + s.entryIds.length + 2;
      expect(sheet.getCell(signature, 1).value).toBe(SIGNATURE_LINE);
    }
  });

  it('a judge on the panel gets their own sheet only; a judge off the panel, another zone and the public do not, and nothing changes', async () => {
    const judge = s.judges[1]!;
    const own = await workbookOf(await get(judge, sheetsUrl()));
    expect(own.worksheets.map((sheet) => sheet.name)).toEqual([`评委${judge.id}`]);
    expect(cellText(own.worksheets[0]!)).not.toContain(`评委${s.judges[0]!.id}`);
    const [outsider] = await buildJudges(t, 1);
    const other = await buildUser(t, { role: 'zone_staff', zoneId: (await buildZone(t)).id });
    const audited = () => t.database.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).where('type', 'not like', 'auth.%').executeTakeFirstOrThrow();
    const before = await audited();
    for (const [user, status] of [[outsider!, 404], [other, 404], [null, 401]] as const) {
      const response = await get(user, sheetsUrl());
      expect(response.statusCode, response.body).toBe(status);
      expect(response.json().error.message).toMatch(/[\u4e00-\u9fa5]/);
    }
    expect(await audited()).toEqual(before);
  });

  it('shows the company and the zone columns when the stage is not blind', async () => {
    await t.database.db.updateTable('campaign_stages').set({ blind: false }).where('id', '=', s.stageId).execute();
    try {
      const sheet = (await workbookOf(await get(staff, sheetsUrl()))).worksheets[0]!;
      expect((sheet.getRow(SHEET_LAYOUT.header).values as ExcelJS.CellValue[]).slice(1, 5)).toEqual(['序号', '参评项目', '申报单位', '所在区域']);
      expect(cellText(sheet)).toContain(s.companies[0]!);
    } finally {
      await t.database.db.updateTable('campaign_stages').set({ blind: true }).where('id', '=', s.stageId).execute();
    }
  });
});

describe('results (评审结果)', () => {
  it('is refused until results are saved, then gives the saved ranking; the mean equals the mean of the score sheets\' formula totals', async () => {
    const none = await get(staff, resultsUrl());
    expect(none.statusCode).toBe(409);
    expect(none.json().error.message).toMatch(/[\u4e00-\u9fa5]/);
    expect((await t.call(staff, { method: 'POST', url: `/api/campaigns/stages/${s.stageId}/results`, payload: { method: 'mean' } })).statusCode).toBe(200);

    const response = await get(staff, resultsUrl());
    expect(decodeURIComponent(String(response.headers['content-disposition']).split("filename*=UTF-8''")[1]!)).toBe(`${campaignTitle}_初赛_评审结果.xlsx`);
    const workbook = await workbookOf(response);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([RESULTS_SHEET, METHODS_SHEET]);
    const sheet = workbook.getWorksheet(RESULTS_SHEET)!;
    const all = cellText(sheet);
    expect(all).toContain('计分方法：平均分');
    expect(all).toContain('评委 3 人');
    expect(all).toContain('公示：尚未发布');
    expect((sheet.getRow(5).values as ExcelJS.CellValue[]).slice(1)).toEqual(['名次', '参评项目', '申报单位', '组别', '得分', '评委数', '晋级', '奖项']);
    const record = (await get(staff, `/api/campaigns/stages/${s.stageId}/results/record`)).json().record;
    expect(record.entries.length).toBe(5);

    // Each entry's mean: the average of its sheets' totals as the score-sheet workbook computes them.
    const sheets = await workbookOf(await get(staff, sheetsUrl()));
    const totals = new Map<string, number[]>();
    for (const judgeSheet of sheets.worksheets) {
      s.entryIds.forEach((_, i) => {
        const cell = judgeSheet.getCell(SHEET_LAYOUT.firstLine + i, 5).value as ExcelJS.CellFormulaValue;
        if (typeof cell.result === 'number') totals.set(`项目${i + 1}`, [...(totals.get(`项目${i + 1}`) ?? []), cell.result]);
      });
    }
    record.entries.forEach((entry: { rank: number; projectName: string; companyName: string; displayValue: number; judges: number; advancing: boolean; award: string | null }, i: number) => {
      const row = sheet.getRow(6 + i).values as ExcelJS.CellValue[];
      expect(row.slice(1)).toEqual([entry.rank, entry.projectName, entry.companyName, expect.any(String), entry.displayValue, entry.judges, entry.advancing ? '晋级' : '—', entry.award ?? '—']);
      const mine = totals.get(entry.projectName)!;
      expect(mine.length).toBe(entry.judges);
      expect(entry.displayValue).toBeCloseTo(mine.reduce((a, b) => a + b, 0) / mine.length, 9);
    });
    expect(record.entries.some((entry: { judges: number }) => entry.judges === 2)).toBe(true);

    const methods = workbook.getWorksheet(METHODS_SHEET)!;
    expect(cellText(methods)).toContain('平均分');
    expect(cellText(methods)).toContain('标准分（总分）');
    expect(methods.getCell(5, 2).value).toBe(record.entries[0].rank);
  });

  it('carries the 公示 document and dates once published; a judge and another zone get 404', async () => {
    const published = await t.call(staff, { method: 'POST', url: `/api/campaigns/stages/${s.stageId}/results/publish`, payload: { document: '测自贸〔2026〕8号', startsOn: '2026-09-28' } });
    expect(published.statusCode, published.body).toBe(200);
    const all = cellText((await workbookOf(await get(staff, resultsUrl()))).getWorksheet(RESULTS_SHEET)!);
    expect(all).toContain('公示文件：测自贸〔2026〕8号');
    expect(all).toMatch(/公示期：2026年9月28日至2026年\d+月\d+日（\d+ 个工作日）/);
    const other = await buildUser(t, { role: 'zone_staff', zoneId: (await buildZone(t)).id });
    for (const user of [s.judges[0]!, other]) expect((await get(user, resultsUrl())).statusCode).toBe(404);
  });
});

describe('worksheet names', () => {
  it('are what Excel accepts: no []:*?/\\, at most 31 characters, no leading or trailing apostrophe, unique without case', async () => {
    const used = new Set<string>();
    const long = '欧阳'.repeat(20);
    const names = ['张三', '张三', 'a[b]:c*d?e/f\\g', long, long, "'王五'", '***', 'Ann', 'ANN'].map((name) => sheetName(name, used));
    expect(names).toEqual(['张三', '张三（2）', 'abcdefg', long.slice(0, 31), `${long.slice(0, 28)}（2）`, '王五', '评委', 'Ann', 'ANN（2）']);
    // ExcelJS itself refuses an invalid name: every one of these is added.
    const workbook = new ExcelJS.Workbook();
    for (const name of names) expect(() => workbook.addWorksheet(name)).not.toThrow();
  });
});
