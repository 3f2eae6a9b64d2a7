/**
 * The expert pool through the API: the organisers read all of it (contact included); the
 * province office keeps every record, a zone only its own zone's experts; every other role is
 * refused and no public route shows an expert.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, buildZone } from '../../testing/factories.js';
import { createTestApp, type TestApp, type TestUser } from '../../testing/test-app.js';

let t: TestApp;
let zone: { id: number };
let otherZone: { id: number };
let staff: TestUser;
let province: TestUser;
beforeAll(async () => {
  t = await createTestApp();
  [zone, otherZone] = [await buildZone(t), await buildZone(t)];
  staff = await buildUser(t, { role: 'zone_staff', zoneId: zone.id });
  province = await buildUser(t, { role: 'province_admin' });
});
afterAll(() => t.close());

const expertRows = async () => JSON.stringify(await t.database.db.selectFrom('experts').selectAll().orderBy('id').execute());

describe('the expert pool', () => {
  it('the province office adds experts of any zone or of none; every organiser reads them, contact included', async () => {
    const outside = await t.call(province, { method: 'POST', url: '/api/experts', payload: { name: '李教授', field: '国际贸易', organisation: '中山大学自贸区综合研究院', contact: '020-0000 0000' } });
    expect(outside.statusCode, outside.body).toBe(201);
    expect(outside.json().expert).toMatchObject({ zoneId: null, contact: '020-0000 0000', isActive: true, abilities: { update: true } });
    const inOther = await t.call(province, { method: 'POST', url: '/api/experts', payload: { name: '王研究员', field: '金融', zoneId: otherZone.id } });
    expect(inOther.statusCode).toBe(201);
    const seen = await t.call(staff, { method: 'GET', url: `/api/experts/${outside.json().expert.id}` });
    expect(seen.json().expert).toMatchObject({ contact: '020-0000 0000', abilities: { update: false } });
    const found = await t.call(staff, { method: 'GET', url: `/api/experts?q=${encodeURIComponent('自贸区综合')}` });
    expect(found.json().items.map((e: { name: string }) => e.name)).toEqual(['李教授']);
    const byZone = await t.call(staff, { method: 'GET', url: `/api/experts?zoneId=${otherZone.id}` });
    expect(byZone.json()).toMatchObject({ total: 1, items: [{ name: '王研究员' }] });
  });

  it('a zone keeps its own zone\'s experts and no one else\'s', async () => {
    const own = await t.call(staff, { method: 'POST', url: '/api/experts', payload: { name: '张律师', field: '法律', zoneId: zone.id } });
    expect(own.statusCode, own.body).toBe(201);
    const before = await expertRows();
    for (const payload of [{ name: '赵会计', field: '财务' }, { name: '赵会计', field: '财务', zoneId: otherZone.id }]) {
      const refused = await t.call(staff, { method: 'POST', url: '/api/experts', payload });
      expect(refused.statusCode).toBe(403);
      expect(refused.json().error.code).toBe('EXPERT_ZONE_OUTSIDE_SCOPE');
    }
    const moveOut = await t.call(staff, { method: 'PATCH', url: `/api/experts/${own.json().expert.id}`, payload: { zoneId: otherZone.id } });
    expect(moveOut.statusCode).toBe(403);
    expect(await expertRows()).toBe(before);
    const provinceExpert = (await t.call(province, { method: 'POST', url: '/api/experts', payload: { name: '钱博士', field: '物流' } })).json().expert;
    const after = await expertRows();
    expect((await t.call(staff, { method: 'PATCH', url: `/api/experts/${provinceExpert.id}`, payload: { field: '改' } })).statusCode).toBe(403);
    expect(await expertRows()).toBe(after);
    const retired = await t.call(staff, { method: 'PATCH', url: `/api/experts/${own.json().expert.id}`, payload: { isActive: false, contact: '' } });
    expect(retired.json().expert).toMatchObject({ isActive: false, contact: null });
    const active = (await t.call(staff, { method: 'GET', url: `/api/experts?active=false&zoneId=${zone.id}` })).json();
    expect(active.items.map((e: { name: string }) => e.name)).toEqual(['张律师']);
  });

  it('is refused to judges, applicants and the auditor, asks the public to sign in, and changes nothing', async () => {
    const id = (await t.call(province, { method: 'POST', url: '/api/experts', payload: { name: '孙专家', field: '数字经济', contact: 'sun@example.org' } })).json().expert.id;
    const before = await expertRows();
    for (const role of ['judge', 'applicant', 'auditor'] as const) {
      const user = await buildUser(t, { role });
      for (const request of [
        { method: 'GET' as const, url: '/api/experts' },
        { method: 'GET' as const, url: `/api/experts/${id}` },
        { method: 'POST' as const, url: '/api/experts', payload: { name: '冒名', field: '无' } },
        { method: 'PATCH' as const, url: `/api/experts/${id}`, payload: { contact: 'x' } },
      ]) {
        const response = await t.call(user, request);
        expect(response.statusCode, `${role} ${request.method} ${request.url}`).toBe(403);
        expect(response.body).not.toContain('sun@example.org');
      }
    }
    expect((await t.call(null, { method: 'GET', url: `/api/experts/${id}` })).statusCode).toBe(401);
    expect(await expertRows()).toBe(before);
    const missing = await t.call(province, { method: 'GET', url: '/api/experts/2147483647' });
    expect(missing.statusCode).toBe(404);
  });
});

describe('linking an expert to a judge account', () => {
  it('lists the active judge accounts not yet linked, and links one on create and on edit; the link is audited', async () => {
    const judge = await buildUser(t, { role: 'judge' });
    const other = await buildUser(t, { role: 'judge' });
    const offered = async (q = '') => (await t.call(staff, { method: 'GET', url: `/api/experts/judge-accounts?q=${encodeURIComponent(q)}` })).json();
    const listed = await offered(judge.username);
    expect(listed.items).toEqual([{ id: judge.id, username: judge.username, displayName: expect.any(String) }]);
    expect(Object.keys(listed.items[0]).sort()).toEqual(['displayName', 'id', 'username']);

    const created = await t.call(province, { method: 'POST', url: '/api/experts', payload: { name: '周评委', field: '综合', userId: judge.id } });
    expect(created.statusCode, created.body).toBe(201);
    const expert = created.json().expert;
    expect(expert.judgeAccount).toEqual({ id: judge.id, username: judge.username, displayName: expect.any(String) });
    expect((await offered(judge.username)).items).toEqual([]);

    const moved = await t.call(province, { method: 'PATCH', url: `/api/experts/${expert.id}`, payload: { userId: other.id } });
    expect(moved.json().expert.judgeAccount.id).toBe(other.id);
    expect((await offered(judge.username)).items.map((a: { id: number }) => a.id)).toEqual([judge.id]);
    const audit = await t.database.db.selectFrom('audit_log').select(['after']).where('type', '=', 'expert.updated').where('entity_id', '=', String(expert.id)).orderBy('id').execute();
    expect(JSON.stringify(audit.at(-1)!.after)).toContain(`"user_id":${other.id}`);

    const unlinked = await t.call(province, { method: 'PATCH', url: `/api/experts/${expert.id}`, payload: { userId: null } });
    expect(unlinked.json().expert.judgeAccount).toBeNull();
  });

  it('refuses an account that is not a judge, is deactivated or is linked to another expert, and changes nothing', async () => {
    const judge = await buildUser(t, { role: 'judge' });
    const first = (await t.call(province, { method: 'POST', url: '/api/experts', payload: { name: '吴评委', field: '综合', userId: judge.id } })).json().expert;
    const second = (await t.call(province, { method: 'POST', url: '/api/experts', payload: { name: '郑评委', field: '综合' } })).json().expert;
    const applicant = await buildUser(t, { role: 'applicant' });
    const retired = await buildUser(t, { role: 'judge' });
    await t.database.db.updateTable('users').set({ is_active: false }).where('id', '=', retired.id).execute();
    const before = await expertRows();
    const cases = [
      { userId: applicant.id, status: 400, code: 'JUDGE_ACCOUNT_NOT_JUDGE' },
      { userId: 2147483647, status: 400, code: 'JUDGE_ACCOUNT_NOT_JUDGE' },
      { userId: retired.id, status: 409, code: 'JUDGE_ACCOUNT_INACTIVE' },
      { userId: judge.id, status: 409, code: 'JUDGE_ACCOUNT_TAKEN' },
    ];
    for (const { userId, status, code } of cases) {
      for (const request of [
        { method: 'POST' as const, url: '/api/experts', payload: { name: '冯评委', field: '综合', userId } },
        { method: 'PATCH' as const, url: `/api/experts/${second.id}`, payload: { userId } },
      ]) {
        const refused = await t.call(province, request);
        expect(refused.statusCode, `${code} ${request.method}`).toBe(status);
        expect(refused.json().error).toMatchObject({ code, fields: [{ path: 'userId' }] });
        expect(refused.json().error.message).toMatch(/[\u4e00-\u9fa5]/);
      }
    }
    const taken = await t.call(province, { method: 'PATCH', url: `/api/experts/${second.id}`, payload: { userId: judge.id } });
    expect(taken.json().error.message).toContain('吴评委');
    expect(await expertRows()).toBe(before);
    // Saving an expert with its own account again is no conflict.
    expect((await t.call(province, { method: 'PATCH', url: `/api/experts/${first.id}`, payload: { userId: judge.id, field: '贸易' } })).statusCode).toBe(200);
    expect((await offered(t, retired.username)).items).toEqual([]);
  });

  it('is the organisers\' alone', async () => {
    for (const role of ['judge', 'applicant', 'auditor', 'security_admin'] as const) {
      const user = await buildUser(t, { role });
      expect((await t.call(user, { method: 'GET', url: '/api/experts/judge-accounts' })).statusCode, role).toBe(403);
    }
    expect((await t.call(null, { method: 'GET', url: '/api/experts/judge-accounts' })).statusCode).toBe(401);
  });
});

const offered = async (app: TestApp, q: string) => (await app.call(province, { method: 'GET', url: `/api/experts/judge-accounts?q=${encodeURIComponent(q)}` })).json();
