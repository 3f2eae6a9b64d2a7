/**
 * Attachments: types checked by content, size limit, safe download headers, internal files
 * hidden outside the owning zone's subtree, adoption evidence, audited upload and delete.
 */
import { existsSync, readdirSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/schema.js';
import { buildWorkbook, plainSheet, TINY_PNG } from '../imports/fixtures/workbooks.js';
import type { DemoUser } from '../../testing/test-app.js';
import { zoneIdByCode } from '../../testing/test-app.js';
import { addAttachment } from './attachments.service.js';
import { fileStore } from './file-store.js';
import { createFilesTestApp, minimalPdf, multipart, type FilesTestApp, type Part } from '../../testing/files-test-app.js';

let t: FilesTestApp;
let yibinZoneId: number;
/** A draft of 宜宾: only 宜宾 and the province see it. */
let draftId: number;
/** Published (recognised) innovation of 宜宾, with one public and one internal file. */
let publishedId: number;
let publicFileId: number;
let internalFileId: number;

const upload = (user: DemoUser | null, url: string, parts: Part[], lang: 'zh' | 'en' = 'zh') => {
  const body = multipart(parts);
  return t.call(user, { method: 'POST', url, payload: body.payload, headers: body.headers, lang });
};
const file = (fileName: string, content: Buffer): Part => ({ name: 'file', fileName, content, contentType: 'application/pdf' });

async function createDraft(name: string): Promise<number> {
  const response = await t.call('yibin', { method: 'POST', url: '/api/innovations', payload: { zoneId: yibinZoneId, name, domain: 'trade_facilitation' } });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().innovation.id;
}

async function move(user: DemoUser, id: number, transition: string, payload: Record<string, unknown> = {}) {
  const response = await t.call(user, { method: 'POST', url: `/api/innovations/${id}/${transition}`, payload });
  expect(response.statusCode, response.body).toBe(200);
}

beforeAll(async () => {
  t = await createFilesTestApp();
  yibinZoneId = await zoneIdByCode(t, 'SC-P-YB');
  draftId = await createDraft('附件测试成果（草稿）');
  publishedId = await createDraft('附件测试成果（已认定）');
  const pub = await upload('yibin', `/api/innovations/${publishedId}/attachments`, [file('认定材料.pdf', minimalPdf('public'))]);
  const internal = await upload('yibin', `/api/innovations/${publishedId}/attachments`, [{ name: 'internal', value: 'true' }, file('内部审核意见.pdf', minimalPdf('internal'))]);
  expect(pub.statusCode, pub.body).toBe(201);
  expect(internal.statusCode, internal.body).toBe(201);
  publicFileId = pub.json().attachment.id;
  internalFileId = internal.json().attachment.id;
  await move('yibin', publishedId, 'submit');
  await move('admin', publishedId, 'start_review');
  await move('admin', publishedId, 'recognize', { comment: '同意认定', document: '川自贸办〔2024〕9号', occurredOn: '2024-05-01' });
});
afterAll(() => t.close());

describe('upload', () => {
  it('stores a PDF under the data dir by content hash prefix, with a row and an audit entry', async () => {
    const content = minimalPdf('hello');
    const response = await upload('yibin', `/api/innovations/${draftId}/attachments`, [file('汇报材料.pdf', content)]);
    expect(response.statusCode, response.body).toBe(201);
    const attachment = response.json().attachment;
    expect(attachment).toMatchObject({ fileName: '汇报材料.pdf', mediaType: 'application/pdf', sizeBytes: content.length, isInternal: false });
    const row = await t.database.db.selectFrom('attachments').selectAll().where('id', '=', attachment.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ entity_type: 'innovation', entity_id: draftId });
    expect(row.storage_key.startsWith(`${row.sha256.slice(0, 2)}/`)).toBe(true);
    expect(existsSync(join(t.dataDir, 'files', ...row.storage_key.split('/')))).toBe(true);
    const audit = await t.database.db.selectFrom('audit_log').select(['type', 'actor_name']).where('entity_type', '=', 'attachment').where('entity_id', '=', String(attachment.id)).orderBy('id').execute();
    expect(audit).toEqual([{ type: 'attachment.uploaded', actor_name: 'yibin' }]);
    const detail = await t.call('yibin', { method: 'GET', url: `/api/innovations/${draftId}` });
    expect(detail.json().attachments.map((a: { id: number }) => a.id)).toContain(attachment.id);
  });

  it('judges the type by content: a PNG named .pdf is stored as a PNG', async () => {
    const response = await upload('yibin', `/api/innovations/${draftId}/attachments`, [file('现场照片.pdf', TINY_PNG)]);
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().attachment).toMatchObject({ fileName: '现场照片.png', mediaType: 'image/png' });
  });

  it('accepts an Excel workbook', async () => {
    const workbook = await buildWorkbook([plainSheet('宜宾', [{ name: '甲', domain: '贸易便利化' }])]);
    const response = await upload('yibin', `/api/innovations/${draftId}/attachments`, [file('台账.xlsx', workbook)]);
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().attachment.mediaType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  });

  it.each([
    ['an executable renamed .pdf', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)])],
    ['HTML renamed .pdf', Buffer.from('<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>')],
    ['a ZIP that is no Office file', Buffer.from('504b0506000000000000000000000000000000000000', 'hex')],
    ['random text', Buffer.from('这是一份纯文本说明')],
  ])('refuses %s with a localised 400 and stores nothing', async (_, content) => {
    const before = await t.database.db.selectFrom('attachments').select('id').execute();
    const response = await upload('yibin', `/api/innovations/${draftId}/attachments`, [file('材料.pdf', content)]);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('VALIDATION_FAILED');
    expect(response.json().error.fields).toEqual([{ path: 'file', message: expect.stringContaining('只能上传 PDF、Word') }]);
    const english = await upload('yibin', `/api/innovations/${draftId}/attachments`, [file('x.pdf', content)], 'en');
    expect(english.json().error.fields[0].message).toContain('Only PDF, Word');
    expect(await t.database.db.selectFrom('attachments').select('id').execute()).toEqual(before);
  });

  it('refuses a file over 20 MB with 413', async () => {
    const big = Buffer.concat([minimalPdf(), Buffer.alloc(20 * 1024 * 1024, 0x20)]);
    const response = await upload('yibin', `/api/innovations/${draftId}/attachments`, [file('大文件.pdf', big)]);
    expect(response.statusCode).toBe(413);
    expect(response.json().error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', message: '请求内容过大（上限 20 MB）。' });
  });

  it('refuses a request without a file or not in multipart form', async () => {
    const none = await upload('yibin', `/api/innovations/${draftId}/attachments`, [{ name: 'internal', value: 'true' }]);
    expect(none.statusCode).toBe(400);
    expect(none.json().error.fields[0].message).toContain('请选择要上传的文件');
    const json = await t.call('yibin', { method: 'POST', url: `/api/innovations/${draftId}/attachments`, payload: { file: 'x' } });
    expect(json.statusCode).toBe(400);
    expect(json.json().error.fields[0].message).toContain('multipart/form-data');
  });

  it('answers 404 outside the scope, 403 to those who see but may not attach, 401 to the public', async () => {
    const parts = [file('x.pdf', minimalPdf())];
    expect((await upload('deyang', `/api/innovations/${draftId}/attachments`, parts)).statusCode).toBe(404);
    expect((await upload('deyang', `/api/innovations/${publishedId}/attachments`, parts)).statusCode).toBe(403);
    expect((await upload('judge1', `/api/innovations/${publishedId}/attachments`, parts)).statusCode).toBe(403);
    // Recognised records are no longer editable, so nobody attaches to them.
    expect((await upload('yibin', `/api/innovations/${publishedId}/attachments`, parts)).statusCode).toBe(403);
    expect((await upload(null, `/api/innovations/${publishedId}/attachments`, parts)).statusCode).toBe(401);
    expect((await upload('yibin', '/api/innovations/999999/attachments', parts)).statusCode).toBe(404);
  });

  it('removes the stored file when the database write fails', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yanzhen-store-'));
    try {
      const store = fileStore(dir);
      const failing = { transaction: () => ({ execute: async () => Promise.reject(new Error('database down')) }) } as unknown as Kysely<Database>;
      const target = { entityType: 'innovation' as const, entityId: 1, canAttach: true, canSeeInternal: true };
      await expect(
        addAttachment(failing, store, { actor: null, ip: null, userAgent: null }, target, { buffer: minimalPdf(), fileName: 'a.pdf', fields: {} }, { isInternal: false }),
      ).rejects.toThrow('database down');
      const prefixes = readdirSync(join(dir, 'files'));
      expect(prefixes.flatMap((prefix) => readdirSync(join(dir, 'files', prefix)))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('download', () => {
  it('serves the bytes with a safe Content-Disposition, the sniffed type, nosniff and a sandbox CSP', async () => {
    const response = await t.call('yibin', { method: 'GET', url: `/api/attachments/${publicFileId}` });
    expect(response.statusCode).toBe(200);
    expect(response.rawPayload.equals(minimalPdf('public'))).toBe(true);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe(`attachment; filename="_.pdf"; filename*=UTF-8''${encodeURIComponent('认定材料')}.pdf`);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toBe("sandbox; default-src 'none'");
  });

  const cases: [DemoUser | null, 'public' | 'internal', number][] = [
    [null, 'public', 200],
    [null, 'internal', 404],
    ['deyang', 'public', 200],
    ['deyang', 'internal', 404],
    ['judge1', 'internal', 404],
    ['yibin', 'internal', 200],
    ['admin', 'internal', 200],
  ];
  it.each(cases)('as %s, a %s file of a published innovation answers %i', async (user, kind, status) => {
    const id = kind === 'public' ? publicFileId : internalFileId;
    const response = await t.call(user, { method: 'GET', url: `/api/attachments/${id}` });
    expect(response.statusCode).toBe(status);
    if (status === 404) expect(response.json().error.code).toBe('NOT_FOUND');
  });

  it('lists internal files only to those who may see them', async () => {
    const ids = async (user: DemoUser | null) => (await t.call(user, { method: 'GET', url: `/api/innovations/${publishedId}` })).json().attachments.map((a: { id: number }) => a.id);
    expect(await ids('yibin')).toEqual([publicFileId, internalFileId]);
    expect(await ids('deyang')).toEqual([publicFileId]);
    expect(await ids(null)).toEqual([publicFileId]);
    const portal = await t.call(null, { method: 'GET', url: `/api/public/innovations/${publishedId}` });
    expect(portal.json().attachments.map((a: { id: number }) => a.id)).toEqual([publicFileId]);
  });

  it('hides files of records the actor cannot see', async () => {
    const response = await upload('yibin', `/api/innovations/${draftId}/attachments`, [file('草稿材料.pdf', minimalPdf())]);
    const id = response.json().attachment.id;
    expect((await t.call('deyang', { method: 'GET', url: `/api/attachments/${id}` })).statusCode).toBe(404);
    expect((await t.call(null, { method: 'GET', url: `/api/attachments/${id}` })).statusCode).toBe(404);
    expect((await t.call('admin', { method: 'GET', url: `/api/attachments/${id}` })).statusCode).toBe(200);
  });
});

describe('delete', () => {
  it('removes the row and the file, audited; others get 404 or 403', async () => {
    const response = await upload('yibin', `/api/innovations/${draftId}/attachments`, [file('待删除.pdf', minimalPdf('bye'))]);
    const id = response.json().attachment.id;
    const row = await t.database.db.selectFrom('attachments').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const path = join(t.dataDir, 'files', ...row.storage_key.split('/'));
    expect((await t.call('deyang', { method: 'DELETE', url: `/api/attachments/${id}` })).statusCode).toBe(404);
    expect((await t.call(null, { method: 'DELETE', url: `/api/attachments/${id}` })).statusCode).toBe(401);
    expect((await t.call('yibin', { method: 'DELETE', url: `/api/attachments/${publicFileId}` })).statusCode).toBe(403);

    const deleted = await t.call('yibin', { method: 'DELETE', url: `/api/attachments/${id}` });
    expect(deleted.statusCode).toBe(204);
    expect(await t.database.db.selectFrom('attachments').select('id').where('id', '=', id).executeTakeFirst()).toBeUndefined();
    expect(existsSync(path)).toBe(false);
    const audit = await t.database.db.selectFrom('audit_log').select(['type', 'before']).where('entity_type', '=', 'attachment').where('entity_id', '=', String(id)).orderBy('id').execute();
    expect(audit.map((a) => a.type)).toEqual(['attachment.uploaded', 'attachment.deleted']);
    expect(audit[1]!.before).toMatchObject({ file_name: '待删除.pdf', storage_key: row.storage_key });
    expect((await t.call('yibin', { method: 'GET', url: `/api/attachments/${id}` })).statusCode).toBe(404);
  });
});

describe('adoption evidence', () => {
  let adoptionId: number;
  beforeAll(async () => {
    const response = await t.call('deyang', { method: 'POST', url: `/api/innovations/${publishedId}/adoptions`, payload: { adoptedOn: '2024-06-01', adaptation: '结合德阳装备制造实际' } });
    expect(response.statusCode, response.body).toBe(201);
    adoptionId = response.json().adoption.id;
  });

  it('lets writers of the adopting zone attach evidence, nobody else', async () => {
    const parts = [file('复制推广佐证.pdf', minimalPdf('evidence'))];
    expect((await upload('yibin', `/api/adoptions/${adoptionId}/attachments`, parts)).statusCode).toBe(403);
    expect((await upload('judge1', `/api/adoptions/${adoptionId}/attachments`, parts)).statusCode).toBe(403);
    expect((await upload('deyang', '/api/adoptions/999999/attachments', parts)).statusCode).toBe(404);
    const response = await upload('deyang', `/api/adoptions/${adoptionId}/attachments`, parts);
    expect(response.statusCode, response.body).toBe(201);
    const row = await t.database.db.selectFrom('attachments').selectAll().where('id', '=', response.json().attachment.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ entity_type: 'adoption', entity_id: adoptionId });
    const detail = await t.call('yibin', { method: 'GET', url: `/api/innovations/${publishedId}` });
    const adoption = detail.json().adoptions.find((a: { id: number }) => a.id === adoptionId);
    expect(adoption.attachments.map((a: { id: number }) => a.id)).toEqual([row.id]);
    expect((await t.call(null, { method: 'GET', url: `/api/attachments/${row.id}` })).statusCode).toBe(200);
  });

  it('keeps internal evidence inside the adopting zone', async () => {
    const response = await upload('deyang', `/api/adoptions/${adoptionId}/attachments`, [{ name: 'internal', value: 'true' }, file('内部佐证.pdf', minimalPdf())]);
    expect(response.statusCode, response.body).toBe(201);
    const id = response.json().attachment.id;
    expect((await t.call('deyang', { method: 'GET', url: `/api/attachments/${id}` })).statusCode).toBe(200);
    expect((await t.call('admin', { method: 'GET', url: `/api/attachments/${id}` })).statusCode).toBe(200);
    expect((await t.call('yibin', { method: 'GET', url: `/api/attachments/${id}` })).statusCode).toBe(404);
    expect((await t.call(null, { method: 'GET', url: `/api/attachments/${id}` })).statusCode).toBe(404);
  });
});
