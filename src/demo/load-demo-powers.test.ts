/**
 * The demo's 放权赋能事项 and 通办, counted from the catalogue through the public API, give the
 * article's and shared/data's counts: 内江 146 provincial items in three batches, 137 municipal and
 * 258 district; 德阳 146 + 30 to the logistics port and 216 川渝通办 items in two batches with 435
 * cases; the two Sichuan batches of 33 (31 下放 + 2 委托) and 109 (四川省人民政府令第332号).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, zoneIdByCode, type TestApp } from '../testing/test-app.js';
import { spread } from './load-demo-powers.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const get = async (url: string) => {
  const answer = await t.call(null, { method: 'GET', url });
  expect(answer.statusCode, answer.body).toBe(200);
  return answer.json();
};

describe('the demo catalogue reproduces the article’s counts', () => {
  it('内江: three batches of 146 provincial items, 137 municipal and 258 district items', async () => {
    const zone = await zoneIdByCode(t, 'SC-P-NJ');
    const stats = await get(`/api/public/powers/stats?zone=${zone}`);
    expect(stats.byLevel).toEqual({ province: 146, city: 137, county: 258 });
    expect(stats.delegated).toBe(541);
    const provincial = await get(`/api/public/powers?zone=${zone}&level=province&pageSize=200`);
    expect(provincial.total).toBe(146);
    expect(new Set(provincial.items.map((d: { batch: { id: number } }) => d.batch.id)).size).toBe(3);
    // Generated items say so.
    expect(provincial.items.every((d: { item: { isSample: boolean } }) => d.item.isSample)).toBe(true);
  });

  it('德阳: 146 provincial and 30 municipal items to the logistics port; 216 川渝通办 items in two batches, 435 cases', async () => {
    const zone = await zoneIdByCode(t, 'SC-P-DY');
    const stats = await get(`/api/public/powers?zone=${zone}&pageSize=200`);
    expect(stats.total).toBe(176);
    const port = stats.items.filter((d: { receivingBody: string }) => d.receivingBody === '德阳国际铁路物流港');
    expect(port.length).toBe(176);
    expect((await get(`/api/public/powers/stats?zone=${zone}`)).byLevel).toEqual({ province: 146, city: 30, county: 0 });
    const tongban = await get(`/api/public/tongban?zone=${zone}&pageSize=20`);
    expect(tongban.total).toBe(216);
    expect(tongban.batches.map((b: { document: string; items: number }) => [b.document, b.items])).toEqual([['川办发〔2020〕67号', 95], ['川办发〔2021〕10号', 121]]);
    expect(tongban.cases).toBe(435);
    // The discrepancy notes stay internal.
    expect(JSON.stringify(tongban)).not.toContain('渝北区');
    const staff = (await t.call('deyang', { method: 'GET', url: '/api/tongban?pageSize=1' })).json();
    expect(staff.batches[0].internalNote).toContain('97');
  });

  it('the two Sichuan batches to the FTZ: 33 (31 下放 + 2 委托) and 109 by 四川省人民政府令第332号', async () => {
    const zone = await zoneIdByCode(t, 'SC-CNLG');
    const list = await get(`/api/public/powers?zone=${zone}&pageSize=200`);
    const byBatch = new Map<string, string[]>();
    for (const d of list.items as { batch: { title: string; document: string | null }; delegationType: string }[]) {
      const key = d.batch.document ?? d.batch.title;
      byBatch.set(key, [...(byBatch.get(key) ?? []), d.delegationType]);
    }
    const first = byBatch.get('首批省级管理事项（自贸试验区）')!;
    expect([first.length, first.filter((t) => t === 'devolve').length, first.filter((t) => t === 'entrust').length]).toEqual([33, 31, 2]);
    expect(byBatch.get('四川省人民政府令第332号')!.length).toBe(109);
  });

  it('资阳: the dental devices registered in 103 / 3 / 1 working days at the fastest, 128 products; 温江: special items under 关地协同', async () => {
    const zone = await zoneIdByCode(t, 'SC-P-ZY');
    const list = await get(`/api/public/powers?zone=${zone}&pageSize=20`);
    const fastest: Record<string, number | null> = {};
    let products = 0;
    for (const d of list.items as { id: number; item: { name: string } }[]) {
      const detail = await get(`/api/public/powers/${d.id}`);
      fastest[d.item.name] = detail.processingTime.fastestDays;
      products += detail.months.reduce((n: number, m: { caseCount: number }) => n + m.caseCount, 0);
    }
    expect(fastest).toEqual({ '第三类医疗器械注册（口腔医疗器械）': 103, '第二类医疗器械注册（口腔医疗器械）': 3, '第一类医疗器械备案（口腔医疗器械）': 1 });
    expect(products).toBe(128);
    const wenjiang = await get(`/api/public/powers?zone=${await zoneIdByCode(t, 'SC-P-WJ')}&pageSize=20`);
    expect(wenjiang.items.map((d: { item: { name: string } }) => d.item.name)).toEqual(['生物医药研发用特殊物品进口卫生检疫审批']);
    expect(wenjiang.items[0].supervisionMeasures).toContain('1周~2周');
  });

  it('spreads a total without losing any', () => {
    expect(spread(435, 15)).toEqual(Array(15).fill(29));
    expect(spread(29, 8)).toEqual([4, 4, 4, 4, 4, 3, 3, 3]);
  });
});
