/**
 * The 放权清单 import against the real database: a provincial table with merged headers, 序号 and
 * 备注 into the batch chosen on upload; bad rows named in Chinese and nothing written; a commit
 * that meets a delegation made meanwhile writes nothing; only the province office imports; the
 * export of a day re-imports into a fresh database and exports the same again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, buildZone } from '../../../testing/factories.js';
import { createFilesTestApp, type FilesTestApp } from '../../../testing/files-test-app.js';
import type { TestUser } from '../../../testing/test-app.js';
import { powersSnapshot } from '../../powers/powers.test-support.js';
import { commitImport, exportedRows, officeCatalogue, previewPowers } from './power-import-test-support.js';

let t: FilesTestApp;
let office: TestUser;
let staff: TestUser;
let zone: { id: number; name: string };
let batch: number;
const ZONE_NAME = '测试承接片区清单甲';
const stamp = Date.now() % 100000;
const code = (n: number) => `TCAT-${stamp}-${n}`;

async function newBatch(app: FilesTestApp, user: TestUser, level = 'province') {
  const answer = await app.call(user, { method: 'POST', url: '/api/powers/batches', payload: { level, title: '测试放权批次', document: '川府令第999号', publishedOn: '2023-05-01', effectiveOn: '2023-06-01' } });
  expect(answer.statusCode, answer.body).toBe(201);
  return answer.json().batch.id as number;
}

beforeAll(async () => {
  t = await createFilesTestApp();
  zone = await buildZone(t, { name: ZONE_NAME });
  office = await buildUser(t, { role: 'province_admin' });
  staff = await buildUser(t, { role: 'zone_staff', zoneId: zone.id });
  batch = await newBatch(t, office);
});
afterAll(() => t.close());

const goodRows = () => [
  [1, '外商投资企业设立登记', code(1), '行政许可', '省市场监管局', '《中华人民共和国外商投资法》第三十一条', '省级', '下放', null, `${ZONE_NAME}管委会`, '20个工作日', 5, '首批试点'],
  [2, '出版物零售单位设立审批', code(2), '许可', '省新闻出版局', '《出版管理条例》第三十五条', '省级', '委托', '川新出委〔2023〕3号', ZONE_NAME, 20, '3', null],
];

describe('a provincial 放权清单', () => {
  it('reads the merged headers, 序号, 主管部门/实施机关 and 备注; commit adds the items and delegates them in the batch', async () => {
    const preview = await previewPowers(t, office, 'power_catalogue', await officeCatalogue(goodRows()), batch);
    expect(preview.statusCode, preview.body).toBe(200);
    const result = preview.json();
    expect(result, JSON.stringify(result.rows)).toMatchObject({ okCount: 2, errorCount: 0 });
    expect(result.rows[0].data).toMatchObject({
      name: '外商投资企业设立登记', code: code(1), itemType: 'licensing', department: '省市场监管局', implementingBody: '省市场监管局', legalLimitDays: 20, promisedLimitDays: 5,
      delegationType: 'devolve', zoneId: zone.id, batchId: batch, internalNote: '首批试点',
    });
    expect(result.rows[1].data).toMatchObject({ delegationType: 'entrust', entrustmentRef: '川新出委〔2023〕3号', promisedLimitDays: 3 });
    const committed = await commitImport(t, office, result.importId);
    expect(committed.statusCode, committed.body).toBe(200);
    expect(committed.json().created).toBe(2);
    const listed = (await t.call(office, { method: 'GET', url: `/api/powers?zone=${zone.id}&on=2023-06-01` })).json();
    expect(listed.items.map((d: { item: { code: string } }) => d.item.code).sort()).toEqual([code(1), code(2)]);
    const audit = await t.database.db.selectFrom('audit_log').select('type').where('type', 'in', ['power.imported', 'power.item_created', 'power.delegated']).where('actor_id', '=', office.id).execute();
    expect(audit.filter((a) => a.type === 'power.imported')).toHaveLength(1);
    expect(audit.filter((a) => a.type === 'power.delegated')).toHaveLength(2);
    // The same file again meets the delegations it made.
    const again = (await previewPowers(t, office, 'power_catalogue', await officeCatalogue(goodRows()), batch)).json();
    expect(again.errorCount).toBe(2);
    expect(again.rows[0].errors[0].message).toContain('已下放给');
  });

  it('names bad rows in Chinese (type, level, zone, 委托书, 时限, the batch’s level) and writes nothing', async () => {
    const before = await powersSnapshot(t);
    const file = await officeCatalogue([
      [1, '事项甲', code(10), '行政审判', '省商务厅', '《条例》', '省级', '下放', null, ZONE_NAME, 10, 5, null],
      [2, '事项乙', code(11), '行政确认', '省商务厅', '《条例》', '国家级', '下放', null, ZONE_NAME, 10, 5, null],
      [3, '事项丙', code(12), '行政确认', '省商务厅', '《条例》', '省级', '下放', null, '不存在的片区', 10, 5, null],
      [4, '事项丁', code(13), '行政确认', '省商务厅', '《条例》', '省级', '委托', null, ZONE_NAME, 10, 5, null],
      [5, '事项戊', code(14), '行政确认', '省商务厅', '《条例》', '市级', '代办', null, ZONE_NAME, '即办', 5, null],
      [6, '事项己', code(15), '公共服务', '省商务厅', '《条例》', '省级', '授权', null, ZONE_NAME, 10, 5, null],
    ]);
    const result = (await previewPowers(t, office, 'power_catalogue', file, batch)).json();
    expect(result).toMatchObject({ okCount: 1, errorCount: 5 });
    const messages = result.rows.map((r: { errors: { message: string; column: string; cell: string }[] }) => r.errors.map((e) => e.message).join(' | '));
    expect(messages[0]).toContain('无法识别「行政审判」');
    expect(messages[1]).toContain('无法识别「国家级」');
    expect(messages[2]).toContain('找不到区域「不存在的片区」');
    expect(messages[3]).toContain('委托书');
    expect(messages[4]).toMatch(/无法识别「代办」/);
    expect(messages[4]).toMatch(/时限「即办」须为工作日数/);
    expect(messages[4]).toMatch(/下放层级「市级」与所选批次/);
    expect(result.rows[2].errors[0]).toMatchObject({ column: '承接主体', cell: 'J6' });
    const committed = await commitImport(t, office, result.importId);
    expect(committed.statusCode).toBe(400);
    expect(await powersSnapshot(t)).toBe(before);
  });

  it('all or nothing: a delegation made between preview and commit keeps the whole file out', async () => {
    const rows = [
      [1, '事项子', code(20), '行政许可', '省商务厅', '《条例》', '省级', '下放', null, ZONE_NAME, 10, 5, null],
      [2, '事项丑', code(21), '行政许可', '省商务厅', '《条例》', '省级', '下放', null, ZONE_NAME, 10, 5, null],
    ];
    const result = (await previewPowers(t, office, 'power_catalogue', await officeCatalogue(rows), batch)).json();
    expect(result.errorCount).toBe(0);
    const item = (await t.call(office, { method: 'POST', url: '/api/powers/items', payload: { tier: 'main', name: '事项丑', code: code(21), itemType: 'licensing', department: '省商务厅', implementingBody: '省商务厅', legalBasis: '《条例》' } })).json().item;
    expect((await t.call(office, { method: 'POST', url: '/api/powers', payload: { itemId: item.id, batchId: batch, zoneId: zone.id, delegationType: 'devolve' } })).statusCode).toBe(201);
    const before = await powersSnapshot(t);
    const committed = await commitImport(t, office, result.importId);
    expect(committed.statusCode, committed.body).toBe(400);
    expect(await powersSnapshot(t)).toBe(before);
    expect(await t.database.db.selectFrom('power_items').select('id').where('code', '=', code(20)).executeTakeFirst()).toBeUndefined();
  });

  it('only the province office imports the catalogue; the batch is chosen on upload', async () => {
    const file = await officeCatalogue(goodRows());
    expect((await previewPowers(t, staff, 'power_catalogue', file, batch)).statusCode).toBe(403);
    expect((await previewPowers(t, 'yibin', 'power_catalogue', file, batch)).statusCode).toBe(403);
    expect((await previewPowers(t, null, 'power_catalogue', file, batch)).statusCode).toBe(401);
    const none = await previewPowers(t, office, 'power_catalogue', file);
    expect(none.statusCode).toBe(400);
    expect(none.json().error.message).toContain('放权批次');
    expect((await previewPowers(t, office, 'power_catalogue', file, 99_999_999)).statusCode).toBe(400);
    expect((await t.call(staff, { method: 'GET', url: '/api/imports/power_catalogue/template.xlsx' })).statusCode).toBe(403);
    const template = await t.call(office, { method: 'GET', url: '/api/imports/power_catalogue/template.xlsx' });
    expect(template.statusCode).toBe(200);
    // The template's own header reads as a catalogue (an empty one: no rows to import).
    const empty = await previewPowers(t, office, 'power_catalogue', template.rawPayload, batch);
    expect(empty.statusCode, empty.body).toBe(200);
    expect(empty.json().sheets[0].columns.filter((c: { field: string | null }) => c.field).length).toBe(14);
  });
});

describe('the export of a day', () => {
  it('is the viewer’s catalogue on that day, and re-imports into a fresh database as the same catalogue', async () => {
    const exported = await t.call(office, { method: 'GET', url: `/api/powers/export.xlsx?on=2023-06-01&zone=${zone.id}` });
    expect(exported.statusCode, exported.body).toBe(200);
    expect(exported.headers['content-type']).toContain('spreadsheetml');
    const first = await exportedRows(exported.rawPayload);
    expect(first.rows.map((r) => r[2])).toEqual(expect.arrayContaining([code(1), code(2), code(21)]));
    // Before the batch took effect there was nothing; zone staff of another zone see none of it.
    expect((await exportedRows((await t.call(office, { method: 'GET', url: `/api/powers/export.xlsx?on=2023-05-31&zone=${zone.id}` })).rawPayload)).rows).toEqual([]);
    expect((await exportedRows((await t.call('deyang', { method: 'GET', url: `/api/powers/export.xlsx?on=2023-06-01&zone=${zone.id}` })).rawPayload)).rows).toEqual([]);
    expect((await t.call('auditor', { method: 'GET', url: '/api/powers/export.xlsx' })).statusCode).toBe(403);

    const fresh = await createFilesTestApp();
    try {
      const freshZone = await buildZone(fresh, { name: ZONE_NAME });
      const freshOffice = await buildUser(fresh, { role: 'province_admin' });
      const freshBatch = await newBatch(fresh, freshOffice);
      const preview = (await previewPowers(fresh, freshOffice, 'power_catalogue', exported.rawPayload, freshBatch)).json();
      expect(preview, JSON.stringify(preview.rows?.[0])).toMatchObject({ errorCount: 0, okCount: first.rows.length });
      expect((await commitImport(fresh, freshOffice, preview.importId)).statusCode).toBe(200);
      const again = await fresh.call(freshOffice, { method: 'GET', url: `/api/powers/export.xlsx?on=2023-06-01&zone=${freshZone.id}` });
      expect(await exportedRows(again.rawPayload)).toEqual(first);
    } finally {
      await fresh.close();
    }
  });
});
