/**
 * Excel import and export against the real database, with workbooks generated here in the
 * layouts offices use. Preview checks every row with the API's schema, scope and duplicates;
 * commit is all-or-nothing, once, by the uploader only.
 */
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../kernel/errors.js';
import { createFilesTestApp, multipart, type FilesTestApp } from '../../testing/files-test-app.js';
import type { DemoUser } from '../../testing/test-app.js';
import { zoneIdByCode } from '../../testing/test-app.js';
import { buildWorkbook, officeSheet, plainSheet, TINY_PNG, type FixtureRow } from './fixtures/workbooks.js';
import { importDb } from './imports.repo.js';
import { exportInnovations } from './innovations/export-innovations.js';

let t: FilesTestApp;
const zones: Record<string, number> = {};

type PreviewRow = { sheet: string; rowNumber: number; status: 'ok' | 'error'; errors: { column: string; field: string; cell: string | null; message: string }[]; data: Record<string, unknown> };
type Preview = { importId: string; sheets: { name: string; rows: number; skipped?: string }[]; rows: PreviewRow[]; okCount: number; errorCount: number };

const preview = (user: DemoUser | null, content: Buffer, options: { fileName?: string; lang?: 'zh' | 'en' } = {}) => {
  const body = multipart([{ name: 'file', fileName: options.fileName ?? '成果汇总表.xlsx', content, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }]);
  return t.call(user, { method: 'POST', url: '/api/imports/innovations/preview', payload: body.payload, headers: body.headers, lang: options.lang });
};
/**
 * 确认导入 and its job, answered the way the request answered when it committed itself: the
 * step's refusal as it is; else, once the job has run, 200 with its result, or the job's error
 * with the rows the batch says it named.
 */
async function commit(user: DemoUser | null, importId: string, lang: 'zh' | 'en' = 'zh') {
  const step = await t.call(user, { method: 'POST', url: `/api/imports/${importId}/commit`, lang });
  if (step.statusCode !== 202) return { statusCode: step.statusCode, body: step.body, json: () => step.json() };
  await t.app.jobs.whenIdle();
  const job = (await t.call(user, { method: 'GET', url: `/api/jobs/${step.json().batch.commitJobId}`, lang })).json().job;
  if (job.status === 'succeeded') return { statusCode: 200, body: JSON.stringify(job.result), json: () => job.result };
  const batch = (await t.call(user, { method: 'GET', url: `/api/imports/${importId}`, lang })).json();
  const error = { code: job.error.code, message: job.error.message, fields: batch.commitError.fields };
  const statusCode = new AppError(job.error.code).statusCode;
  return { statusCode, body: JSON.stringify({ error }), json: () => ({ error }) };
}

async function okPreview(user: DemoUser, content: Buffer): Promise<Preview> {
  const response = await preview(user, content);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

async function counts() {
  const db = t.database.db;
  const [innovations, audit, events] = await Promise.all([
    db.selectFrom('innovations').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    db.selectFrom('innovation_events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { innovations: Number(innovations.n), audit: Number(audit.n), events: Number(events.n) };
}

const july2021 = new Date(Date.UTC(2021, 6, 1));

/** The office layout: title, merged two-row header, two sheets, full-width digits, a blank and a note row. */
async function officeWorkbook(prefix: string) {
  return buildWorkbook([
    officeSheet(
      '宜宾',
      [
        {
          name: `${prefix}跨境电商“一站式”监管`,
          zone: '　宜宾　',
          domain: '贸易便利化',
          task: '制度对接',
          novelty: '全国首创',
          painPoint: '跨境电商企业通关环节多',
          measures: '海关、税务、外汇“一站式”办理',
          effect: { label: '节约关税', value: '１１０万元' },
          departments: '宜宾海关、市商务局',
          exploredOn: july2021,
        },
        {
          name: `${prefix}临港产业协同招商`,
          zone: '宜宾协同改革先行区',
          domain: '投资便利化',
          task: '产业互动',
          effect: { label: '新增企业', value: '３５', unit: '家' },
          exploredOn: '２０２２年３月',
        },
      ],
      { blankRowAfter: 0, note: '注：数据截至2023年底' },
    ),
    { name: '填表说明', rows: [['请勿修改表头'], ['数值请填写阿拉伯数字']] },
    officeSheet('德阳', [
      {
        name: `${prefix}装备制造出口退税提速`,
        zone: '中国（四川）自由贸易试验区德阳协同改革先行区',
        domain: '金融',
        novelty: '全省首创',
        effect: { label: '退税规模', value: '1.4亿元' },
        exploredOn: '2021.7',
      },
    ]),
  ]);
}

beforeAll(async () => {
  t = await createFilesTestApp();
  for (const code of ['SC-P-YB', 'SC-P-DY', 'SC-P-DZ']) zones[code] = await zoneIdByCode(t, code);
});
afterAll(() => t.close());

describe('documentation', () => {
  it('lists the import, export and attachment endpoints in the OpenAPI document', async () => {
    const spec = (await t.call(null, { method: 'GET', url: '/api/openapi.json' })).json();
    for (const path of ['/api/imports/innovations/preview', '/api/imports/{id}/commit', '/api/innovations/export.xlsx', '/api/innovations/{id}/attachments', '/api/adoptions/{id}/attachments', '/api/attachments/{id}']) {
      expect(Object.keys(spec.paths)).toContain(path);
    }
  });
});

describe('preview', () => {
  it('reads a title row, merged two-row headers, two sheets, full-width digits and "110万元"', async () => {
    const result = await okPreview('admin', await officeWorkbook('甲'));
    expect(result.sheets).toEqual([
      { name: '宜宾', rows: 2, title: '四川自贸试验区协同改革先行区制度创新成果汇总表', ignoredRows: [8], columns: expect.any(Array), errorRows: 0, errorColumns: [] },
      { name: '填表说明', rows: 0, skipped: '未找到表头（需包含「成果名称」等列），未导入', title: null, ignoredRows: [], columns: [], errorRows: 0, errorColumns: [] },
      { name: '德阳', rows: 1, title: expect.any(String), ignoredRows: [], columns: expect.any(Array), errorRows: 0, errorColumns: [] },
    ]);
    expect(result).toMatchObject({ okCount: 3, errorCount: 0 });
    expect(result.rows.map((r) => [r.sheet, r.rowNumber, r.status])).toEqual([
      ['宜宾', 4, 'ok'],
      ['宜宾', 6, 'ok'],
      ['德阳', 4, 'ok'],
    ]);
    expect(result.rows[0]!.data).toEqual({
      zoneId: zones['SC-P-YB'],
      zoneName: '中国(四川)自由贸易试验区宜宾协同改革先行区',
      name: '甲跨境电商“一站式”监管',
      domain: 'trade_facilitation',
      task: 'institutional_alignment',
      novelty: 'national_first',
      painPoint: '跨境电商企业通关环节多',
      measures: '海关、税务、外汇“一站式”办理',
      effects: [{ label: '节约关税', value: '110', unit: '万元' }],
      departments: ['宜宾海关', '市商务局'],
      exploredOn: '2021-07',
    });
    expect(result.rows[1]!.data).toMatchObject({ zoneId: zones['SC-P-YB'], effects: [{ label: '新增企业', value: '35', unit: '家' }], exploredOn: '2022-03' });
    expect(result.rows[2]!.data).toMatchObject({
      zoneId: zones['SC-P-DY'],
      domain: 'financial_innovation',
      novelty: 'provincial_first',
      effects: [{ label: '退税规模', value: '1.4', unit: '亿元' }],
      exploredOn: '2021-07',
    });
  });

  it('takes the zone from the sheet name when there is no zone column, and splits "30%" into value and unit', async () => {
    const workbook = await buildWorkbook([plainSheet('达州', [{ name: '乙通关时间压缩', domain: '贸易便利化', effect: { label: '', value: '30', unit: '%' }, exploredOn: 2022 }])]);
    const result = await okPreview('admin', workbook);
    expect(result.rows[0]).toMatchObject({ status: 'ok', data: { zoneId: zones['SC-P-DZ'], effects: [{ label: '实践效果', value: '30', unit: '%' }], exploredOn: '2022' } });
  });

  it('shows each bad row with its column, cell and a localised message; commit is refused and nothing is inserted', async () => {
    const workbook = await buildWorkbook([
      officeSheet('宜宾', [
        { name: '丙好的一行', zone: '宜宾', domain: '贸易便利化' },
        { name: '丙坏的一行', zone: '宜宾', domain: '其他领域', exploredOn: '去年' },
        { name: '', zone: '宜宾', domain: '投资便利化', measures: '只有做法没有名称' },
        { name: '丙未知区域', zone: '火星', domain: '贸易便利化' },
      ]),
    ]);
    const result = await okPreview('admin', workbook);
    expect(result).toMatchObject({ okCount: 1, errorCount: 3 });
    const [good, bad, nameless, unknownZone] = result.rows;
    expect(good!.status).toBe('ok');
    expect(bad!.status).toBe('error');
    expect(bad!.errors).toEqual([
      { column: '创新领域', field: 'domain', cell: 'D5', message: '无法识别「其他领域」，可填：贸易便利化、投资便利化、金融管理与服务创新、政府职能转变、法治化环境' },
      { column: '探索时间', field: 'exploredOn', cell: 'M5', message: '无法识别的日期「去年」，可写作 2021年7月、2021-07 或 2021.7' },
    ]);
    expect(nameless!.errors).toEqual([{ column: '成果名称', field: 'name', cell: 'B6', message: '必填' }]);
    expect(unknownZone!.errors).toEqual([{ column: '所属区域', field: 'zoneId', cell: 'C7', message: '找不到区域「火星」' }]);

    const english = await preview('admin', workbook, { lang: 'en' });
    expect(english.json().rows[1].errors[0].message).toMatch(/^Cannot read "其他领域"/);

    const before = await counts();
    const refused = await commit('admin', result.importId);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.code).toBe('VALIDATION_FAILED');
    expect(refused.json().error.fields[0]).toEqual({ path: 'importId', message: '有 3 行存在错误，请修正文件后重新上传预览。' });
    expect(refused.json().error.fields[1]).toEqual({ path: '工作表「宜宾」第 5 行 创新领域', message: expect.stringContaining('无法识别「其他领域」') });
    expect(await counts()).toEqual(before);
    expect(await t.database.db.selectFrom('innovations').select('id').where('name', '=', '丙好的一行').execute()).toEqual([]);
  });

  it('gives a zone staff member a row error for a row of another zone, not a silent insert', async () => {
    const workbook = await buildWorkbook([
      officeSheet('汇总', [
        { name: '丁宜宾的成果', zone: '宜宾', domain: '贸易便利化' },
        { name: '丁德阳的成果', zone: '德阳', domain: '贸易便利化' },
      ]),
    ]);
    const result = await okPreview('yibin', workbook);
    expect(result.rows.map((r) => r.status)).toEqual(['ok', 'error']);
    expect(result.rows[1]!.errors).toEqual([{ column: '所属区域', field: 'zoneId', cell: 'C5', message: '您无权在「中国(四川)自由贸易试验区德阳协同改革先行区」新增成果' }]);
    expect((await commit('yibin', result.importId)).statusCode).toBe(400);
    expect(await t.database.db.selectFrom('innovations').select('id').where('name', 'like', '丁%').execute()).toEqual([]);
  });

  it('flags a name that already exists in the zone, and a name repeated in the file', async () => {
    const existing = await t.database.db.selectFrom('innovations').select(['id', 'name']).where('zone_id', '=', zones['SC-P-YB']!).executeTakeFirstOrThrow();
    const workbook = await buildWorkbook([
      officeSheet('宜宾', [
        { name: existing.name, zone: '宜宾', domain: '贸易便利化' },
        { name: '戊重复的成果', zone: '宜宾', domain: '贸易便利化' },
        { name: '戊 重复的成果', zone: '宜宾先行区', domain: '投资便利化' },
        { name: '戊重复的成果', zone: '德阳', domain: '投资便利化' },
      ]),
    ]);
    const result = await okPreview('admin', workbook);
    expect(result.rows.map((r) => r.status)).toEqual(['error', 'ok', 'error', 'ok']);
    expect(result.rows[0]!.errors).toEqual([{ column: '成果名称', field: 'name', cell: 'B4', message: `「宜宾」已有同名成果（编号 ${existing.id}）` }]);
    expect(result.rows[2]!.errors).toEqual([{ column: '成果名称', field: 'name', cell: 'B6', message: '与工作表「宜宾」第 5 行重名' }]);
  });

  it('is for zone writers only', async () => {
    const workbook = await officeWorkbook('己');
    expect((await preview('judge1', workbook)).statusCode).toBe(403);
    expect((await preview(null, workbook)).statusCode).toBe(401);
  });
});

describe('bad files', () => {
  it.each([
    ['a PNG renamed .xlsx', TINY_PNG, '不是有效的 Excel 工作簿（.xlsx）。请在 Excel 或 WPS 中另存为 .xlsx 后再上传。'],
    ['random bytes', Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256)), '不是有效的 Excel 工作簿（.xlsx）。请在 Excel 或 WPS 中另存为 .xlsx 后再上传。'],
    ['an old .xls', Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(2000)]), '这是旧版 .xls 文件或加密的工作簿，请去掉密码并另存为 .xlsx 后再上传。'],
  ])('%s → 400 with a localised message', async (_, content, message) => {
    const before = await counts();
    const response = await preview('admin', content);
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ path: 'file', message }] });
    const english = await preview('admin', content, { lang: 'en' });
    expect(english.json().error.fields[0].message).toMatch(/^(Not a valid Excel workbook|This is an old \.xls)/);
    expect(await counts()).toEqual(before);
  });

  it('a workbook without any recognisable sheet → 400 naming the sheets', async () => {
    const response = await preview('admin', await buildWorkbook([{ name: '封面', rows: [['2024年工作总结']] }]));
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields[0].message).toContain('「封面」未找到表头');
  });

  it('a file over 10 MB → 413', async () => {
    const response = await preview('admin', Buffer.concat([TINY_PNG, Buffer.alloc(10 * 1024 * 1024)]));
    expect(response.statusCode).toBe(413);
    expect(response.json().error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', message: '请求内容过大（上限 10 MB）。' });
  });
});

describe('commit', () => {
  let created: number[] = [];

  it('inserts every row in one go; they appear in the list, with audit entries', async () => {
    const result = await okPreview('yibin', await buildWorkbook([officeSheet('宜宾', [
      { name: '庚一号成果', zone: '宜宾', domain: '贸易便利化', effect: { label: '节约成本', value: '约110万元' } },
      { name: '庚二号成果', zone: '宜宾', domain: '政府职能转变', exploredOn: '2023-05' },
    ])]));
    expect(result.errorCount).toBe(0);
    const before = await counts();
    const response = await commit('yibin', result.importId);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ created: 2, ids: expect.any(Array) });
    created = response.json().ids;
    // Two records, the import entry, and the commit step's own entry.
    expect(await counts()).toEqual({ innovations: before.innovations + 2, events: before.events + 2, audit: before.audit + 4 });

    const list = await t.call('yibin', { method: 'GET', url: `/api/innovations?zoneId=${zones['SC-P-YB']}&status=draft&pageSize=200` });
    const listed = list.json().items.filter((item: { id: number }) => created.includes(item.id));
    expect(listed.map((item: { name: string; status: string }) => [item.name, item.status]).sort()).toEqual([
      ['庚一号成果', 'draft'],
      ['庚二号成果', 'draft'],
    ]);
    // Lists leave the long texts out: the record's own page has its effects.
    const first = listed.find((item: { name: string }) => item.name === '庚一号成果');
    const firstRecord = (await t.call('yibin', { method: 'GET', url: `/api/innovations/${first.id}` })).json().innovation;
    expect(firstRecord.effects).toEqual([{ label: '节约成本', value: '110', unit: '万元', period: null, text: '约110万元' }]);

    const audit = await t.database.db.selectFrom('audit_log').select(['type', 'entity_id', 'actor_name', 'after']).where('type', 'in', ['innovation.created', 'innovation.imported']).orderBy('id', 'desc').limit(3).execute();
    expect(audit.map((a) => a.type).sort()).toEqual(['innovation.created', 'innovation.created', 'innovation.imported']);
    expect(audit.filter((a) => a.type === 'innovation.created').map((a) => Number(a.entity_id)).sort()).toEqual([...created].sort());
    expect(audit.find((a) => a.type === 'innovation.imported')).toMatchObject({ actor_name: 'yibin', after: { importId: result.importId, created: 2, ids: created } });
    const verify = await t.call('auditor', { method: 'GET', url: '/api/audit/verify' });
    expect(verify.json()).toMatchObject({ ok: true });
  });

  it('refuses a second commit of the same batch with 409', async () => {
    const result = await okPreview('yibin', await buildWorkbook([officeSheet('宜宾', [{ name: '辛只导一次', zone: '宜宾', domain: '贸易便利化' }])]));
    expect((await commit('yibin', result.importId)).statusCode).toBe(200);
    const again = await commit('yibin', result.importId);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe('当前状态为「已导入」，不能执行「确认导入」。');
    expect(await t.database.db.selectFrom('innovations').select('id').where('name', '=', '辛只导一次').execute()).toHaveLength(1);
  });

  it('answers 404 to another user, and 400 to an id that is not one', async () => {
    const result = await okPreview('yibin', await buildWorkbook([officeSheet('宜宾', [{ name: '壬别人不能提交', zone: '宜宾', domain: '贸易便利化' }])]));
    expect((await commit('admin', result.importId)).statusCode).toBe(404);
    expect((await commit('deyang', result.importId)).statusCode).toBe(404);
    expect((await t.call('deyang', { method: 'GET', url: `/api/imports/${result.importId}` })).statusCode).toBe(404);
    expect((await t.call('yibin', { method: 'GET', url: `/api/imports/${result.importId}` })).statusCode).toBe(200);
    expect((await commit('yibin', 'not-a-uuid')).statusCode).toBe(400);
    expect(await t.database.db.selectFrom('innovations').select('id').where('name', '=', '壬别人不能提交').execute()).toEqual([]);
  });

  it('refuses an expired batch with 409, and a new upload cleans it away', async () => {
    const result = await okPreview('yibin', await buildWorkbook([officeSheet('宜宾', [{ name: '癸过期的成果', zone: '宜宾', domain: '贸易便利化' }])]));
    await importDb(t.database.db).updateTable('import_batches').set({ expires_at: sql<Date>`now() - interval '1 minute'` as unknown as Date }).where('id', '=', result.importId).execute();
    const expired = await commit('yibin', result.importId);
    expect(expired.statusCode).toBe(409);
    expect(expired.json().error.message).toBe('当前状态为「已过期」，不能执行「确认导入」。');
    await okPreview('yibin', await buildWorkbook([officeSheet('宜宾', [{ name: '癸另一个成果', zone: '宜宾', domain: '贸易便利化' }])]));
    expect((await commit('yibin', result.importId)).statusCode).toBe(404);
  });

  it('inserts nothing when one row fails in the middle of the transaction', async () => {
    const result = await okPreview('admin', await buildWorkbook([officeSheet('宜宾', [
      { name: '子第一行', zone: '宜宾', domain: '贸易便利化' },
      { name: '子第二行', zone: '宜宾', domain: '贸易便利化' },
      { name: '子第三行', zone: '宜宾', domain: '贸易便利化' },
    ])]));
    // The database refuses the second row (a test trigger), after the first was inserted.
    const db = t.database.db;
    await sql.raw(`CREATE FUNCTION test_refuse_row() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.name = '子第二行' THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$`).execute(db);
    await sql.raw('CREATE TRIGGER test_refuse_row BEFORE INSERT ON innovations FOR EACH ROW EXECUTE FUNCTION test_refuse_row()').execute(db);
    try {
      const before = await counts();
      const response = await commit('admin', result.importId);
      expect(response.statusCode).toBe(500);
      // Only the commit step's audit entry: the job wrote nothing.
      expect(await counts()).toEqual({ ...before, audit: before.audit + 1 });
      expect(await db.selectFrom('innovations').select('id').where('name', 'like', '子%').execute()).toEqual([]);
      const batch = await importDb(db).selectFrom('import_batches').select('status').where('id', '=', result.importId).executeTakeFirstOrThrow();
      expect(batch.status).toBe('previewed');
      const again = (await t.call('admin', { method: 'GET', url: `/api/imports/${result.importId}` })).json();
      expect(again).toMatchObject({ status: 'previewed', commitError: { message: expect.stringContaining('') } });
    } finally {
      await sql.raw('DROP TRIGGER test_refuse_row ON innovations').execute(db);
      await sql.raw('DROP FUNCTION test_refuse_row()').execute(db);
    }
    // Once the cause is gone, the same batch commits whole.
    expect((await commit('admin', result.importId)).json()).toMatchObject({ created: 3 });
  });

  it('answers the summary and the first 50 rows; the others come by page, filtered by sheet and by errors', async () => {
    const good = Array.from({ length: 230 }, (_, i) => ({ name: `辰分页第${i + 1}项`, zone: '宜宾', domain: i % 40 === 7 ? '其他领域' : '贸易便利化' }));
    const other = Array.from({ length: 30 }, (_, i) => ({ name: `辰德阳第${i + 1}项`, zone: '德阳', domain: i === 3 ? '' : '投资便利化' }));
    const result = await okPreview('admin', await buildWorkbook([plainSheet('宜宾', good), plainSheet('德阳', other)]));
    expect(result).toMatchObject({ okCount: 253, errorCount: 7 });
    expect(result.rows.map((r) => r.data.name)).toEqual(good.slice(0, 50).map((r) => r.name));
    const [yibin, deyang] = result.sheets as unknown as { errorRows: number; errorColumns: { column: string; rows: number }[] }[];
    expect(yibin).toMatchObject({ errorRows: 6, errorColumns: [{ column: '领域', rows: 6 }] });
    expect(deyang).toMatchObject({ errorRows: 1, errorColumns: [{ column: '领域', rows: 1 }] });
    // One stored row per spreadsheet row, in file order.
    const stored = await importDb(t.database.db).selectFrom('import_batch_rows').select('seq').where('batch_id', '=', result.importId).orderBy('seq').execute();
    expect(stored.map((r) => r.seq)).toEqual(Array.from({ length: 260 }, (_, i) => i));

    const rows = (query: string) => t.call('admin', { method: 'GET', url: `/api/imports/${result.importId}/rows?${query}` });
    const names: string[] = [];
    for (let page = 1; ; page += 1) {
      const body = (await rows(`page=${page}&pageSize=100`)).json() as { items: PreviewRow[]; total: number };
      expect(body.total).toBe(260);
      if (body.items.length === 0) break;
      names.push(...body.items.map((r) => String(r.data.name)));
    }
    expect(names).toEqual([...good, ...other].map((r) => r.name));

    const errors = (await rows('status=error&pageSize=4')).json() as { items: PreviewRow[]; total: number };
    expect(errors.total).toBe(7);
    expect(errors.items.map((r) => [r.sheet, r.rowNumber])).toEqual([['宜宾', 9], ['宜宾', 49], ['宜宾', 89], ['宜宾', 129]]);
    expect(errors.items[0]!.errors[0]).toMatchObject({ column: '领域', message: expect.stringContaining('无法识别「其他领域」') });
    const deyangErrors = (await rows(`status=error&sheet=${encodeURIComponent('德阳')}`)).json() as { items: PreviewRow[]; total: number };
    expect(deyangErrors.items.map((r) => [r.sheet, r.rowNumber, r.errors.map((e) => `${e.column}：${e.message}`)])).toEqual([['德阳', 5, [expect.stringMatching(/^领域：取值不在允许范围内/)]]]);
    const deyangOk = (await rows(`status=ok&sheet=${encodeURIComponent('德阳')}&page=2&pageSize=20`)).json() as { items: PreviewRow[]; total: number };
    expect(deyangOk).toMatchObject({ total: 29, page: 2, pageSize: 20 });
    expect(deyangOk.items).toHaveLength(9);
    // Past the end: no rows, the same total.
    expect((await rows('page=99&pageSize=50')).json()).toMatchObject({ items: [], total: 260 });

    // The rows are the uploader's, like the preview.
    expect((await t.call('yibin', { method: 'GET', url: `/api/imports/${result.importId}/rows` })).statusCode).toBe(404);
    expect((await t.call(null, { method: 'GET', url: `/api/imports/${result.importId}/rows` })).statusCode).toBe(401);
    expect((await rows('status=maybe')).statusCode).toBe(400);
    expect((await rows('pageSize=201')).statusCode).toBe(400);
  });

  it('checks the stored rows with the schema again at commit time', async () => {
    const result = await okPreview('admin', await buildWorkbook([officeSheet('宜宾', [{ name: '卯被篡改的行', zone: '宜宾', domain: '贸易便利化' }])]));
    await sql`UPDATE import_batch_rows SET row = jsonb_set(row, '{body,domain}', '"smuggling"') WHERE batch_id = ${result.importId} AND seq = 0`.execute(t.database.db);
    const response = await commit('admin', result.importId);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields[1]).toEqual({ path: '工作表「宜宾」第 4 行 创新领域', message: expect.stringContaining('取值不在允许范围内') });
    expect(await t.database.db.selectFrom('innovations').select('id').where('name', '=', '卯被篡改的行').execute()).toEqual([]);
  });

  it('checks names again at commit time', async () => {
    const result = await okPreview('yibin', await buildWorkbook([officeSheet('宜宾', [{ name: '丑同时录入', zone: '宜宾', domain: '贸易便利化' }])]));
    const form = await t.call('yibin', { method: 'POST', url: '/api/innovations', payload: { zoneId: zones['SC-P-YB'], name: '丑同时录入', domain: 'trade_facilitation' } });
    expect(form.statusCode).toBe(201);
    const response = await commit('yibin', result.importId);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields[0].message).toContain('已有同名成果');
    expect(await t.database.db.selectFrom('innovations').select('id').where('name', '=', '丑同时录入').execute()).toHaveLength(1);
  });
});

describe('template', () => {
  it('downloads a template whose headers the importer reads: filled in, it previews clean', async () => {
    const response = await t.call('yibin', { method: 'GET', url: '/api/imports/innovations/template.xlsx' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain(encodeURIComponent('制度创新成果导入模板'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(['制度创新成果', '填写说明']);
    const sheet = workbook.worksheets[0]!;
    sheet.getRow(3).values = [, '模板填写测试成果', '宜宾', '贸易便利化', '制度对接', '全省首创', '痛点', '举措', '节约时间：2天', '宜宾海关', '2021-07', '模板', '测试'];
    const preview = await okPreview('yibin', Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(preview.errorCount, JSON.stringify(preview.rows[0]?.errors)).toBe(0);
    expect(preview.rows[0]!.data).toMatchObject({ name: '模板填写测试成果', zoneId: zones['SC-P-YB'], domain: 'trade_facilitation', exploredOn: '2021-07' });
  });

  it('is for the roles that import', async () => {
    expect((await t.call(null, { method: 'GET', url: '/api/imports/innovations/template.xlsx' })).statusCode).toBe(401);
    for (const user of ['judge1', 'applicant1', 'auditor'] as const) {
      expect((await t.call(user, { method: 'GET', url: '/api/imports/innovations/template.xlsx' })).statusCode, user).toBe(403);
    }
    for (const user of ['admin', 'yibin', 'deyang'] as const) {
      expect((await t.call(user, { method: 'GET', url: '/api/imports/innovations/template.xlsx' })).statusCode, user).toBe(200);
    }
  });
});

describe('export', () => {
  const rows: FixtureRow[] = [
    { name: '寅达州通关便利化', zone: '达州', domain: '贸易便利化', task: '平台融通', novelty: '区域首创', painPoint: '通关慢', measures: '提前申报\n两步申报', effect: { label: '通关时间', value: '30%' }, departments: '达州海关、市商务局', exploredOn: july2021 },
    { name: '寅达州投资服务', zone: '达州', domain: '投资便利化', effect: { label: '新增企业', value: '约12家' }, exploredOn: '2022' },
  ];

  async function readExport(body: Buffer) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    return workbook.worksheets[0]!;
  }

  it('exports the visible rows with a title, Chinese headers and a frozen header; the file re-imports', async () => {
    const imported = await okPreview('admin', await buildWorkbook([officeSheet('达州', rows)]));
    expect((await commit('admin', imported.importId)).statusCode).toBe(200);

    const response = await t.call('admin', { method: 'GET', url: `/api/innovations/export.xlsx?zoneId=${zones['SC-P-DZ']}` });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10).replace(/-/g, '');
    expect(response.headers['content-disposition']).toBe(`attachment; filename="_${today}.xlsx"; filename*=UTF-8''${encodeURIComponent('制度创新成果')}_${today}.xlsx`);

    const sheet = await readExport(response.rawPayload);
    expect(String(sheet.getCell('A1').value)).toMatch(/^制度创新成果汇总表（导出于\d{4}年\d{1,2}月\d{1,2}日）$/);
    expect(sheet.getRow(2).values).toEqual(expect.arrayContaining(['序号', '成果名称', '所属区域', '创新领域', '实践效果', '探索时间', '状态']));
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    const names = [3, 4].map((r) => String(sheet.getCell(`B${r}`).value)).sort();
    expect(names).toEqual(['寅达州投资服务', '寅达州通关便利化']);
    const first = [3, 4].find((r) => sheet.getCell(`B${r}`).value === '寅达州通关便利化')!;
    expect(sheet.getCell(`D${first}`).value).toBe('贸易便利化');
    expect(sheet.getCell(`I${first}`).value).toBe('通关时间：30%');
    expect(sheet.getCell(`K${first}`).numFmt).toBe('yyyy"年"m"月"');
    expect(sheet.getCell(`M${first}`).value).toBe('草稿');

    // Back into the same database: every row is a duplicate now, and nothing else is wrong.
    const again = await okPreview('admin', response.rawPayload);
    expect(again.rows.map((r) => r.errors.map((e) => e.message.replace(/\d+/g, 'N')))).toEqual([
      ['「达州」已有同名成果（编号 N）'],
      ['「达州」已有同名成果（编号 N）'],
    ]);

    // Into a fresh database: the same rows preview clean.
    const fresh = await createFilesTestApp();
    try {
      const body = multipart([{ name: 'file', fileName: 'export.xlsx', content: response.rawPayload }]);
      const result = await fresh.call('admin', { method: 'POST', url: '/api/imports/innovations/preview', payload: body.payload, headers: body.headers });
      expect(result.statusCode, result.body).toBe(200);
      const roundTrip = result.json() as Preview;
      expect(roundTrip.errorCount).toBe(0);
      const byName = new Map(roundTrip.rows.map((r) => [r.data.name, r.data]));
      expect(byName.get('寅达州通关便利化')).toMatchObject({
        zoneId: zones['SC-P-DZ'],
        domain: 'trade_facilitation',
        task: 'platform_integration',
        novelty: 'regional_first',
        painPoint: '通关慢',
        measures: '提前申报\n两步申报',
        departments: ['达州海关', '市商务局'],
        exploredOn: '2021-07',
      });
      expect(byName.get('寅达州投资服务')).toMatchObject({ exploredOn: '2022' });
    } finally {
      await fresh.close();
    }
  });

  it('writes formula-like text so that editing the cell cannot make it a formula, and reads it back unchanged', async () => {
    const hostile = {
      name: '=HYPERLINK("http://evil.example","点击")',
      painPoint: '+86 热线受理慢',
      measures: "-负面清单之外一律放开\n@相关部门 会商",
      source: "'引号开头的来源",
    };
    const created = await t.call('admin', { method: 'POST', url: '/api/innovations', payload: { zoneId: zones['SC-P-DZ'], domain: 'trade_facilitation', ...hostile } });
    expect(created.statusCode, created.body).toBe(201);
    const response = await t.call('admin', { method: 'GET', url: `/api/innovations/export.xlsx?zoneId=${zones['SC-P-DZ']}&q=${encodeURIComponent('HYPERLINK')}` });
    const sheet = await readExport(response.rawPayload);
    const row = [3, 4, 5].find((r) => String(sheet.getCell(`B${r}`).value).includes('HYPERLINK'))!;
    // Stored as text with Excel's apostrophe mark: never a formula cell, never bare "=".
    expect(sheet.getCell(`B${row}`).type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell(`B${row}`).value).toBe(`'${hostile.name}`);
    expect(sheet.getCell(`G${row}`).value).toBe(`'${hostile.painPoint}`);

    const fresh = await createFilesTestApp();
    try {
      const body = multipart([{ name: 'file', fileName: 'export.xlsx', content: response.rawPayload }]);
      const result = await fresh.call('admin', { method: 'POST', url: '/api/imports/innovations/preview', payload: body.payload, headers: body.headers });
      const back = (result.json() as Preview).rows.find((r) => String(r.data.name).includes('HYPERLINK'))!;
      expect(back.data).toMatchObject(hostile);
    } finally {
      await fresh.close();
    }
  });

  it('gives the public only published innovations', async () => {
    const response = await t.call(null, { method: 'GET', url: `/api/innovations/export.xlsx?zoneId=${zones['SC-P-YB']}` });
    expect(response.statusCode).toBe(200);
    const sheet = await readExport(response.rawPayload);
    const statuses = new Set<string>();
    sheet.eachRow((row, n) => {
      if (n > 2) statuses.add(String(row.getCell(13).value));
    });
    expect(statuses.size).toBeGreaterThan(0);
    expect([...statuses].every((s) => ['已认定', '省内复制推广', '全国复制推广'].includes(s))).toBe(true);
    const staff = await readExport((await t.call('yibin', { method: 'GET', url: `/api/innovations/export.xlsx?zoneId=${zones['SC-P-YB']}` })).rawPayload);
    expect(staff.rowCount).toBeGreaterThan(sheet.rowCount);
  });

  it('re-reads published demo records without any error but the duplicate', async () => {
    const response = await t.call(null, { method: 'GET', url: `/api/innovations/export.xlsx?zoneId=${zones['SC-P-DY']}` });
    const result = await okPreview('admin', response.rawPayload);
    expect(result.rows.length).toBeGreaterThan(0);
    for (const row of result.rows) expect(row.errors.map((e) => e.field)).toEqual(['name']);
  });

  it('pages through the whole result and stops at the row cap', async () => {
    const collect = async (stream: NodeJS.ReadableStream) => {
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    };
    const context = { actor: null, ip: null, userAgent: null };
    const published = await t.database.db.selectFrom('innovations').select((eb) => eb.fn.countAll<number>().as('n')).where('status', 'in', ['recognized', 'province_replicated', 'nation_replicated']).executeTakeFirstOrThrow();
    const all = await readExport(await collect(await exportInnovations(t.database.db, context, {}, { pageSize: 7, maxRows: 10_000 })));
    expect(all.rowCount - 2).toBe(Number(published.n));
    const capped = await readExport(await collect(await exportInnovations(t.database.db, context, {}, { pageSize: 7, maxRows: 10 })));
    expect(capped.rowCount - 2).toBe(10);
  });

  it('takes the text query of the list', async () => {
    const response = await t.call('admin', { method: 'GET', url: `/api/innovations/export.xlsx?zoneId=${zones['SC-P-DZ']}&q=${encodeURIComponent('通关便利化')}` });
    expect(response.statusCode).toBe(200);
    const sheet = await readExport(response.rawPayload);
    expect(sheet.rowCount).toBe(3);
    expect(sheet.getCell('B3').value).toBe('寅达州通关便利化');
  });

  it('answers 404 for an unknown zone and 400 for an unknown filter', async () => {
    expect((await t.call('admin', { method: 'GET', url: '/api/innovations/export.xlsx?zoneId=999999' })).statusCode).toBe(404);
    expect((await t.call('admin', { method: 'GET', url: '/api/innovations/export.xlsx?colour=red' })).statusCode).toBe(400);
  });
});
