/**
 * The 月度办件量 import against the real database: months written as offices write them, items by
 * code or by name; only the receiving zone's staff, for their own zone and delegations in
 * operation; a month repeated in the file is an error, a month already recorded is replaced;
 * processing-time columns are refused when filled; one table written by LibreOffice Calc.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, buildZone } from '../../../testing/factories.js';
import { createFilesTestApp, type FilesTestApp } from '../../../testing/files-test-app.js';
import type { TestUser } from '../../../testing/test-app.js';
import { powersSnapshot } from '../../powers/powers.test-support.js';
import { casesWorkbook, commitImport, previewPowers } from './power-import-test-support.js';

let t: FilesTestApp;
let dir: string;
let office: TestUser;
let staffA: TestUser;
let staffB: TestUser;
let zoneA: { id: number; name: string };
let zoneB: { id: number; name: string };
const stamp = Date.now() % 100000;
const code = (n: number) => `TCASE-${stamp}-${n}`;
const delegations: Record<string, number> = {};

async function delegate(n: number, zone: { id: number }, batch: number, run: TestUser | null) {
  const item = (await t.call(office, { method: 'POST', url: '/api/powers/items', payload: { tier: 'main', name: `办件测试事项${n}`, code: code(n), itemType: 'licensing', department: '省商务厅', implementingBody: '省商务厅', legalBasis: '《条例》', legalLimitDays: 20 } })).json().item;
  const made = await t.call(office, { method: 'POST', url: '/api/powers', payload: { itemId: item.id, batchId: batch, zoneId: zone.id, delegationType: 'devolve', promisedLimitDays: 5 } });
  expect(made.statusCode, made.body).toBe(201);
  const id = made.json().delegation.id as number;
  if (run) {
    expect((await t.call(run, { method: 'POST', url: `/api/powers/${id}/take_up`, payload: { occurredOn: '2024-01-02' } })).statusCode).toBe(200);
    expect((await t.call(run, { method: 'POST', url: `/api/powers/${id}/begin_operation`, payload: { occurredOn: '2024-01-03' } })).statusCode).toBe(200);
  }
  return id;
}

beforeAll(async () => {
  t = await createFilesTestApp();
  dir = await mkdtemp(join(tmpdir(), 'yz-cases-'));
  zoneA = await buildZone(t, { name: '测试办件片区甲' });
  zoneB = await buildZone(t, { name: '测试办件片区乙' });
  office = await buildUser(t, { role: 'province_admin' });
  staffA = await buildUser(t, { role: 'zone_staff', zoneId: zoneA.id });
  staffB = await buildUser(t, { role: 'zone_staff', zoneId: zoneB.id });
  const batch = (await t.call(office, { method: 'POST', url: '/api/powers/batches', payload: { level: 'province', title: '办件测试批次', effectiveOn: '2023-06-01' } })).json().batch.id;
  delegations.a1 = await delegate(1, zoneA, batch, staffA);
  delegations.a2 = await delegate(2, zoneA, batch, staffA);
  delegations.b3 = await delegate(3, zoneB, batch, staffB);
  delegations.a4 = await delegate(4, zoneA, batch, null);
});
afterAll(async () => {
  await t.close();
  await rm(dir, { recursive: true, force: true });
});

const monthsOf = (id: number) => t.database.db.selectFrom('power_case_months').select(['month', 'case_count']).where('delegation_id', '=', id).orderBy('month').execute();
const HEADER = ['序号', '事项编码', '事项名称', '承接主体', '月份', '办件量'];

describe('月度办件量', () => {
  it('reads 2024年3月, 2024-04, 202405 and a date cell, items by code or name; commit records each month', async () => {
    const file = await casesWorkbook(HEADER, [
      [1, code(1), null, zoneA.name, '2024年3月', 12],
      [2, code(1), null, zoneA.name, '2024-04', '1,204'],
      [3, null, '办件测试事项2', `${zoneA.name}管委会`, 202405, '0'],
      [4, code(2), null, zoneA.name, new Date(Date.UTC(2024, 5, 1)), 3],
    ]);
    const result = (await previewPowers(t, staffA, 'power_cases', file)).json();
    expect(result, JSON.stringify(result.rows)).toMatchObject({ okCount: 4, errorCount: 0 });
    expect(result.rows[2].data).toMatchObject({ delegationId: delegations.a2, month: '2024-05', caseCount: 0, itemCode: code(2) });
    const committed = await commitImport(t, staffA, result.importId);
    expect(committed.statusCode, committed.body).toBe(200);
    expect(await monthsOf(delegations.a1!)).toEqual([{ month: '2024-03', case_count: 12 }, { month: '2024-04', case_count: 1204 }]);
    expect(await monthsOf(delegations.a2!)).toEqual([{ month: '2024-05', case_count: 0 }, { month: '2024-06', case_count: 3 }]);
    const audit = await t.database.db.selectFrom('audit_log').select('type').where('actor_id', '=', staffA.id).where('type', 'in', ['power.cases_imported', 'power.cases_recorded']).execute();
    expect(audit.filter((a) => a.type === 'power.cases_imported')).toHaveLength(1);
  });

  it('replaces a month already recorded (shown in the preview), keeping its timed cases', async () => {
    const timed = await t.call(staffA, { method: 'POST', url: `/api/powers/${delegations.a1}/cases`, payload: { month: '2024-03', caseCount: 12, cases: [{ receivedOn: '2024-03-04', completedOn: '2024-03-06' }, { receivedOn: '2024-03-05', completedOn: '2024-03-08' }] } });
    expect(timed.statusCode, timed.body).toBe(200);
    const result = (await previewPowers(t, staffA, 'power_cases', await casesWorkbook(HEADER, [[1, code(1), null, zoneA.name, '2024-03', 15]]))).json();
    expect(result.rows[0].data).toMatchObject({ replaces: 12, caseCount: 15 });
    expect((await commitImport(t, staffA, result.importId)).statusCode).toBe(200);
    const month = await t.database.db.selectFrom('power_case_months').select(['case_count', 'durations']).where('delegation_id', '=', delegations.a1!).where('month', '=', '2024-03').executeTakeFirstOrThrow();
    expect(month).toEqual({ case_count: 15, durations: [2, 3] });
    // Below the timed cases it would lose them: refused.
    const lower = (await previewPowers(t, staffA, 'power_cases', await casesWorkbook(HEADER, [[1, code(1), null, zoneA.name, '2024-03', 1]]))).json();
    expect(lower.rows[0].errors[0].message).toContain('已录入 2 件计时办件');
  });

  it('names bad rows and writes nothing: repeated month, another zone, not running, unknown item, bad month and count, a filled 平均办理时长', async () => {
    const before = await powersSnapshot(t);
    const file = await casesWorkbook([...HEADER, '平均办理时长（工作日）'], [
      [1, code(1), null, zoneA.name, '2024-07', 4, null],
      [2, code(1), null, zoneA.name, '2024年7月', 5, null],
      [3, code(3), null, zoneB.name, '2024-07', 5, null],
      [4, code(4), null, zoneA.name, '2024-07', 5, null],
      [5, 'NO-SUCH-CODE', null, zoneA.name, '2024-07', 5, null],
      [6, code(2), null, zoneA.name, '七月', -1, null],
      [7, code(2), null, zoneA.name, '2024-08', 5, 3.5],
    ]);
    const result = (await previewPowers(t, staffA, 'power_cases', file)).json();
    expect(result).toMatchObject({ okCount: 1, errorCount: 6 });
    const messages = result.rows.map((r: { errors: { message: string }[] }) => r.errors.map((e) => e.message).join(' | '));
    expect(messages[1]).toContain('2024-07 已在工作表「办件量」第 2 行填写');
    expect(messages[2]).toContain('只能导入本区域的办件量');
    expect(messages[3]).toContain('尚未投入运行');
    expect(messages[4]).toContain('目录中没有事项「NO-SUCH-CODE」');
    expect(messages[5]).toContain('无法识别的月份「七月」');
    expect(messages[5]).toContain('办件量「-1」');
    expect(messages[6]).toContain('办理时长不能从表格导入');
    expect((await commitImport(t, staffA, result.importId)).statusCode).toBe(400);
    expect(await powersSnapshot(t)).toBe(before);
  });

  it('only zone staff import cases: the province office and roles without a zone are refused; the template has 填写说明', async () => {
    const file = await casesWorkbook(HEADER, [[1, code(1), null, zoneA.name, '2024-09', 4]]);
    expect((await previewPowers(t, office, 'power_cases', file)).statusCode).toBe(403);
    expect((await previewPowers(t, 'auditor', 'power_cases', file)).statusCode).toBe(403);
    expect((await previewPowers(t, staffB, 'power_cases', file)).json().errorCount).toBe(1);
    const template = await t.call(staffA, { method: 'GET', url: '/api/imports/power_cases/template.xlsx' });
    expect(template.statusCode).toBe(200);
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['月度办件量', '填写说明']);
  });
});

describe('a table written by LibreOffice Calc', () => {
  it('a title merged over the columns, 办件情况 merged over 月份 and 办件量: read and committed', async () => {
    const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const cell = (v: string | number | null, attrs = '') =>
      v === null ? `<table:table-cell${attrs}/>` : typeof v === 'number'
        ? `<table:table-cell${attrs} office:value-type="float" office:value="${v}"><text:p>${v}</text:p></table:table-cell>`
        : `<table:table-cell${attrs} office:value-type="string"><text:p>${esc(v)}</text:p></table:table-cell>`;
    const row = (cells: string[]) => `<table:table-row>${cells.join('')}</table:table-row>`;
    const cover = '<table:covered-table-cell/>';
    const rows = [
      row([cell(`${zoneA.name}下放事项月度办件情况统计表`, ' table:number-columns-spanned="4"'), cover, cover, cover]),
      row([cell('事项编码', ' table:number-rows-spanned="2"'), cell('承接主体', ' table:number-rows-spanned="2"'), cell('办件情况', ' table:number-columns-spanned="2"'), cover]),
      row([cover, cover, cell('月份'), cell('办件量')]),
      row([cell(code(2)), cell(zoneA.name), cell('2024年10月'), cell(7)]),
      row([cell(code(1)), cell(zoneA.name), cell('2024.10'), cell(9)]),
      row([cell('注：办件量为当月办结数。')]),
    ];
    const fods = `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:body><office:spreadsheet><table:table table:name="10月"><table:table-column table:number-columns-repeated="4"/>${rows.join('')}</table:table></office:spreadsheet></office:body></office:document>`;
    const source = join(dir, 'cases.fods');
    await writeFile(source, fods);
    await promisify(execFile)('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'xlsx', '--outdir', dir, source], { timeout: 120_000 });
    const result = (await previewPowers(t, staffA, 'power_cases', await readFile(join(dir, 'cases.xlsx')))).json();
    expect(result, JSON.stringify(result.rows ?? result)).toMatchObject({ okCount: 2, errorCount: 0 });
    expect((await commitImport(t, staffA, result.importId)).statusCode).toBe(200);
    expect((await monthsOf(delegations.a2!)).find((m) => m.month === '2024-10')).toEqual({ month: '2024-10', case_count: 7 });
    expect((await monthsOf(delegations.a1!)).find((m) => m.month === '2024-10')).toEqual({ month: '2024-10', case_count: 9 });
  }, 180_000);
});
