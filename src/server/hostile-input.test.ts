/**
 * The inputs a security tester sent that once answered 500: ids beyond int4, the year 0000,
 * NUL and lone surrogates (in JSON, filters, a login name, a spreadsheet cell, a file name)
 * and malformed Origin/Referer headers. Each gets a clear, localised 4xx and changes nothing.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFilesTestApp, multipart, type FilesTestApp } from '../testing/files-test-app.js';
import { zoneIdByCode } from '../testing/test-app.js';
import { TEST_PASSWORD } from '../testing/constants.js';

let t: FilesTestApp;
let yibin: number;
let draftId: number;
let publishedId: number;
let platformId: number;

beforeAll(async () => {
  t = await createFilesTestApp({ lockoutThreshold: 3 });
  yibin = await zoneIdByCode(t, 'SC-P-YB');
  const db = t.database.db;
  platformId = (await db.selectFrom('platforms').select('id').where('zone_id', '=', yibin).where('status', '=', 'planning').executeTakeFirstOrThrow()).id;
  const created = await t.call('yibin', { method: 'POST', url: '/api/innovations', payload: { zoneId: yibin, name: '敌意输入测试成果', domain: 'trade_facilitation' } });
  expect(created.statusCode, created.body).toBe(201);
  draftId = created.json().innovation.id;
  // Sign in first: a sign-in is itself audited, and the checks below compare before and after.
  for (const user of ['admin', 'yibin', 'auditor'] as const) await t.cookieFor(user);
  publishedId = (await db.selectFrom('innovations').select('id').where('status', '=', 'recognized').where('zone_id', '!=', yibin).executeTakeFirstOrThrow()).id;
});
afterAll(() => t.close());

/** Everything a refused request must leave alone (sessions and login counters aside). */
async function fingerprint(): Promise<string> {
  const db = t.database.db;
  const tables = ['zones', 'platforms', 'platform_events', 'innovations', 'innovation_events', 'innovation_adoptions', 'audit_log', 'import_batches', 'attachments'] as const;
  const counts = await Promise.all(tables.map((table) => db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()));
  const rows = await Promise.all([db.selectFrom('innovations').selectAll().orderBy('id').execute(), db.selectFrom('platforms').selectAll().orderBy('id').execute()]);
  return JSON.stringify([counts, rows]);
}

async function expectRefused(send: () => Promise<{ statusCode: number; json: () => { error: { code: string; message: string } } }>, status = 400) {
  const before = await fingerprint();
  const response = await send();
  expect(response.statusCode).toBe(status);
  expect(response.json().error.message).toMatch(/[\u4e00-\u9fa5]/);
  expect(await fingerprint()).toBe(before);
  return response;
}

const TOO_BIG = '2147483648';

describe('ids beyond what the database stores', () => {
  it.each([
    ['a path id', () => t.call('admin', { method: 'GET', url: `/api/innovations/${TOO_BIG}` })],
    ['a path id on a transition', () => t.call('admin', { method: 'POST', url: `/api/platforms/${TOO_BIG}/apply`, payload: { occurredOn: '2022-01-01' } })],
    ['a zoneId filter', () => t.call('admin', { method: 'GET', url: `/api/innovations?zoneId=${TOO_BIG}` })],
    ['a zoneId filter on platforms', () => t.call('admin', { method: 'GET', url: `/api/platforms?zoneId=99999999999999999999` })],
    ['a zoneId filter on the matrix', () => t.call('admin', { method: 'GET', url: `/api/replication/matrix?zoneId=${TOO_BIG}` })],
    ['parentId in a body', () => t.call('admin', { method: 'POST', url: '/api/zones', payload: { parentId: 2147483648, code: 'X-TEST', type: 'pilot_zone', name: '测试', shortName: '测试', source: '测试' } })],
    ['zoneId in a body', () => t.call('admin', { method: 'POST', url: '/api/innovations', payload: { zoneId: 2147483648, name: '测试成果', domain: 'trade_facilitation' } })],
    ['zoneId in an adoption', () => t.call('admin', { method: 'POST', url: `/api/innovations/${publishedId}/adoptions`, payload: { zoneId: 1e12, adoptedOn: '2022-01-01' } })],
    ['an id in the public case library', () => t.call(null, { method: 'GET', url: `/api/public/innovations/${TOO_BIG}` })],
  ])('%s', async (_, send) => {
    const response = await expectRefused(send);
    expect(response.json().error.code).toBe('VALIDATION_FAILED');
  });
});

describe('dates outside the one shared range, or after today', () => {
  it.each([
    ['a zone founded in 0000', () => t.call('admin', { method: 'PATCH', url: `/api/zones/${yibin}`, payload: { establishedOn: '0000-01-01' } }), '日期应在'],
    ['a zone founded in 9999', () => t.call('admin', { method: 'PATCH', url: `/api/zones/${yibin}`, payload: { establishedOn: '9999-12-31' } }), '不能晚于今天'],
    ['an idea first tried in year 0000', () => t.call('yibin', { method: 'PATCH', url: `/api/innovations/${draftId}`, payload: { exploredOn: '0000' } }), '日期应在'],
    ['an idea first tried in 9999', () => t.call('yibin', { method: 'PATCH', url: `/api/innovations/${draftId}`, payload: { exploredOn: '9999-12' } }), '不能晚于今天'],
    ['a platform step in 0000', () => t.call('yibin', { method: 'POST', url: `/api/platforms/${platformId}/apply`, payload: { occurredOn: '0000-01-01' } }), '日期应在'],
    // The body is checked after the machine (404 → 403 → 409 → 400): a step the record may take.
    ['a replication dated 9999-12-31', () => t.call('admin', { method: 'POST', url: `/api/innovations/${publishedId}/replicate_province`, payload: { occurredOn: '9999-12-31', document: '川府函〔2099〕1号' } }), '不能晚于今天'],
    ['an adoption in 0000', () => t.call('yibin', { method: 'POST', url: `/api/innovations/${publishedId}/adoptions`, payload: { adoptedOn: '0000-02-01' } }), '日期应在'],
    ['an audit filter from 0000', () => t.call('auditor', { method: 'GET', url: '/api/audit?from=0000-01-01' }), '日期应在'],
  ])('%s', async (_, send, message) => {
    const response = await expectRefused(send);
    expect(JSON.stringify(response.json().error)).toContain(message);
  });
});

describe('NUL and lone surrogates', () => {
  it.each([
    ['in a name', () => t.call('yibin', { method: 'PATCH', url: `/api/innovations/${draftId}`, payload: { name: 'a\u0000b' } })],
    ['as a lone surrogate in a name', () => t.call('yibin', { method: 'PATCH', url: `/api/innovations/${draftId}`, payload: { name: 'a\ud800b' } })],
    ['in free text', () => t.call('yibin', { method: 'PATCH', url: `/api/innovations/${draftId}`, payload: { measures: 'x\udc00' } })],
    ['in a search', () => t.call(null, { method: 'GET', url: '/api/public/innovations?q=%00' })],
    ['in an audit filter', () => t.call('auditor', { method: 'GET', url: '/api/audit?actor=a%00b' })],
    ['in another audit filter', () => t.call('auditor', { method: 'GET', url: '/api/audit?entityId=1%00' })],
    ['in a near-duplicate check', () => t.call('yibin', { method: 'POST', url: '/api/innovations/similar', payload: { name: '\ud83d' } })],
  ])('%s', async (_, send) => {
    const response = await expectRefused(send);
    expect(response.json().error.code).toBe('VALIDATION_FAILED');
  });

  it('a login name with NUL or a lone surrogate is refused like a wrong password and audited', async () => {
    for (const username of ['adm\u0000in', 'admin\ud800']) {
      const response = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: TEST_PASSWORD } });
      expect(response.statusCode).toBe(401);
      expect(response.json().error.code).toBe('INVALID_CREDENTIALS');
    }
    const audit = await t.database.db.selectFrom('audit_log').select(['type', 'after']).where('type', '=', 'auth.login_failed').orderBy('id', 'desc').limit(2).execute();
    expect(audit.map((entry) => (entry.after as { username: string }).username)).toEqual(['admin\uFFFD', 'adm\uFFFDin']);
  });

  it('a spreadsheet cell holding _x0000_ becomes a row error, not a failure', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('成果');
    sheet.addRow(['成果名称', '所属区域', '领域']);
    sheet.addRow(['a_x0000_b 跨境结算', '宜宾', '贸易便利化']);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const body = multipart([{ name: 'file', fileName: '成果.xlsx', content: file }]);
    const response = await t.call('yibin', { method: 'POST', url: '/api/imports/innovations/preview', payload: body.payload, headers: body.headers });
    expect(response.statusCode, response.body).toBe(200);
    const [row] = response.json().rows;
    expect(row.status).toBe('error');
    expect(JSON.stringify(row.errors)).toContain('无法保存的字符');
  });

  it('a multipart file name with an encoded NUL is cleaned, not stored as is', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('成果').addRow(['成果名称', '所属区域', '领域']);
    const content = Buffer.from(await workbook.xlsx.writeBuffer());
    const boundary = '----yanzhen-hostile';
    const payload = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.xlsx"; filename*=UTF-8''a%00b%ED%A0%80.xlsx\r\nContent-Type: application/octet-stream\r\n\r\n`),
      content,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const response = await t.call('yibin', {
      method: 'POST',
      url: '/api/imports/innovations/preview',
      payload,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    expect(response.statusCode).toBeLessThan(500);
    expect(response.body).not.toContain('\\u0000');
  });
});

describe('Origin and Referer on writes', () => {
  const write = (headers: Record<string, string>) =>
    t.call('yibin', { method: 'POST', url: '/api/innovations/similar', payload: { name: '跨境电商' }, headers: { host: 'localhost:3000', ...headers } });

  it.each([['null'], ['http://['], ['not a url'], ['https://evil.example']])('a foreign or malformed Origin %s is refused with 403', async (origin) => {
    const response = await write({ origin });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('FORBIDDEN');
  });

  it('without Origin, a foreign Referer is refused and a same-site one accepted', async () => {
    expect((await write({ referer: 'https://evil.example/page' })).statusCode).toBe(403);
    expect((await write({ referer: '::::' })).statusCode).toBe(403);
    expect((await write({ referer: 'http://localhost:3000/console/innovations' })).statusCode).toBe(200);
    expect((await write({ origin: 'http://localhost:3000' })).statusCode).toBe(200);
  });
});

describe('sign-in throttling tells nothing and locks no one else out', () => {
  const login = (username: string, password: string, ip: string) =>
    t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, remoteAddress: ip });

  it('answers a known and an unknown name the same way, 401 then 423', async () => {
    for (const username of ['deyang', 'nobody_here']) {
      const answers: number[] = [];
      for (let i = 0; i < 4; i += 1) answers.push((await login(username, 'Wrong-password-1', '10.0.0.9')).statusCode);
      expect(answers, username).toEqual([401, 401, 423, 423]);
    }
  });

  it('a stranger who locks a name from one address does not keep its owner out elsewhere', async () => {
    for (let i = 0; i < 3; i += 1) await login('yibin', 'Wrong-password-1', '10.6.6.6');
    expect((await login('yibin', TEST_PASSWORD, '10.6.6.6')).statusCode).toBe(423);
    expect((await login('yibin', TEST_PASSWORD, '10.1.1.1')).statusCode).toBe(200);
  });
});
