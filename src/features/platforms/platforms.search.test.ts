/**
 * The platform list's text search (GET /api/platforms?q=…) through the shared search engine:
 * the ledger's visibility, the documents following create, edit and transitions, the filters.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, zoneIdByCode, type DemoUser, type TestApp } from '../../testing/test-app.js';

let t: TestApp;
let yibinZoneId: number;

beforeAll(async () => {
  t = await createTestApp();
  yibinZoneId = await zoneIdByCode(t, 'SC-P-YB');
});
afterAll(() => t.close());

type Listed = { items: { id: number; name: string; status: string; type: string; zoneId: number }[]; total: number };

async function list(actor: DemoUser | null, query: string): Promise<Listed> {
  const response = await t.call(actor, { method: 'GET', url: `/api/platforms?${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as Listed;
}
const names = async (actor: DemoUser | null, query: string) => (await list(actor, query)).items.map((p) => p.name);

describe('GET /api/platforms?q=', () => {
  it('finds platforms by name, best match first, with the number of matches', async () => {
    const found = await list(null, `q=${encodeURIComponent('保税物流中心')}`);
    expect(found.items.map((p) => p.name)).toEqual(expect.arrayContaining(['眉山保税物流中心(B型)', '南充保税物流中心(B型)']));
    expect(found.total).toBe(found.items.length);
    // Title hits rank above platforms that mention the words elsewhere only.
    const first = await names(null, `q=${encodeURIComponent('综合保税区')}`);
    expect(first[0]).toBe('综合保税区');
  });

  it('finds them by note, by type name and by zone name', async () => {
    // Only one note holds the whole phrase; others holding part of it may follow.
    expect((await names(null, `q=${encodeURIComponent('中国绸都')}`))[0]).toBe('国家级丝绸外贸转型升级示范基地');
    // 中欧班列组货基地 is a type name: 南充's hub is of that type.
    expect(await names(null, `q=${encodeURIComponent('组货基地')}`)).toContain('中欧班列(南充)组货基地');
    const yibin = await list(null, `q=${encodeURIComponent('宜宾 口岸')}`);
    expect(yibin.items.length).toBeGreaterThan(0);
    expect(yibin.items.every((p) => p.zoneId === yibinZoneId)).toBe(true);
  });

  it('shows planning entries only inside their zone subtree, as the ledger does', async () => {
    const q = `q=${encodeURIComponent('铁路口岸')}`;
    expect(await names('yibin', q)).toContain('铁路口岸');
    expect(await names('admin', q)).toContain('铁路口岸');
    for (const outsider of [null, 'deyang', 'judge1', 'auditor'] as const) expect(await names(outsider, q), String(outsider)).not.toContain('铁路口岸');
  });

  it('filters the matches by status, type and zone, and pages them', async () => {
    const q = `q=${encodeURIComponent('基地')}`;
    const all = await list(null, q);
    expect(all.total).toBeGreaterThan(4);
    const operating = await list(null, `${q}&status=operating`);
    expect(operating.items.length).toBeGreaterThan(0);
    expect(operating.items.every((p) => p.status === 'operating')).toBe(true);
    const hubs = await list(null, `${q}&type=logistics_hub`);
    expect(hubs.items.every((p) => p.type === 'logistics_hub')).toBe(true);
    expect(hubs.total).toBeLessThan(all.total);
    const yibin = await list(null, `${q}&zoneId=${yibinZoneId}`);
    expect(yibin.items.every((p) => p.zoneId === yibinZoneId)).toBe(true);
    const firstPage = await list(null, `${q}&pageSize=2&page=1`);
    const secondPage = await list(null, `${q}&pageSize=2&page=2`);
    expect(firstPage.items).toHaveLength(2);
    expect(firstPage.total).toBe(all.total);
    expect([...firstPage.items, ...secondPage.items].map((p) => p.id)).toEqual(all.items.slice(0, 4).map((p) => p.id));
  });

  it('answers nothing for a query without letters, and refuses one that is too long, in Chinese first', async () => {
    expect(await list(null, `q=${encodeURIComponent('，。！')}`)).toEqual({ items: [], total: 0 });
    const tooLong = await t.call(null, { method: 'GET', url: `/api/platforms?q=${'港'.repeat(101)}` });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error.message).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('follows the record: created, renamed, moved to a public stage', async () => {
    const created = await t.call('yibin', {
      method: 'POST',
      url: `/api/zones/${yibinZoneId}/platforms`,
      payload: { type: 'port', name: '雪豹航空口岸', note: '谋划中的航空口岸', sourceNote: '内部线索麒麟' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().platform.id as number;
    const q = (text: string) => `q=${encodeURIComponent(text)}`;
    expect(await names('yibin', q('雪豹'))).toEqual(['雪豹航空口岸']);
    expect(await names(null, q('雪豹'))).toEqual([]);
    // The working notes behind the source are internal: never searchable, not even by staff in scope.
    expect(await names('yibin', q('麒麟'))).toEqual([]);

    expect((await t.call('yibin', { method: 'PATCH', url: `/api/platforms/${id}`, payload: { name: '雪狐航空口岸' } })).statusCode).toBe(200);
    expect(await names('yibin', q('雪豹'))).toEqual([]);
    expect(await names('yibin', q('雪狐'))).toEqual(['雪狐航空口岸']);

    const applied = await t.call('yibin', { method: 'POST', url: `/api/platforms/${id}/apply`, payload: { occurredOn: '2024-03-01' } });
    expect(applied.statusCode, applied.body).toBe(200);
    expect(await names(null, q('雪狐'))).toEqual(['雪狐航空口岸']);
    expect(await names(null, `${q('雪狐')}&status=applying`)).toEqual(['雪狐航空口岸']);
    expect(await names(null, `${q('雪狐')}&status=planning`)).toEqual([]);
  });
});
