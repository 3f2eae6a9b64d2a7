/**
 * 放权赋能事项 through the API on a real database: the catalogue tree and its refusals (which
 * change nothing), a delegation's steps in the runner's order (404 → 403 → 409 → 400), cases with
 * processing time counted in working days, the catalogue on a day and the comparison of two days,
 * the stats view, and what the public sees. Records are the test's own (factories), not the demo's.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, buildZone } from '../../testing/factories.js';
import { powersSnapshot } from './powers.test-support.js';
import { createTestApp, type TestApp, type TestUser } from '../../testing/test-app.js';

let t: TestApp;
let ftz: { id: number; path: string };
let zoneA: { id: number; path: string };
let zoneB: { id: number; path: string };
let office: TestUser;
let staffA: TestUser;
let staffB: TestUser;
let serial = 0;

beforeAll(async () => {
  t = await createTestApp();
  ftz = await buildZone(t);
  zoneA = await buildZone(t, { parentId: ftz.id });
  zoneB = await buildZone(t, { parentId: ftz.id });
  office = await buildUser(t, { role: 'province_admin', zoneId: ftz.id });
  staffA = await buildUser(t, { role: 'zone_staff', zoneId: zoneA.id });
  staffB = await buildUser(t, { role: 'zone_staff', zoneId: zoneB.id });
});
afterAll(() => t.close());

const snapshot = () => powersSnapshot(t);

const item = (overrides: Record<string, unknown> = {}) => ({
  tier: 'main', name: `测试事项${++serial}`, code: `T-ITEM-${serial}-${Date.now() % 100000}`, itemType: 'licensing', department: '省商务厅', implementingBody: '省商务厅',
  legalBasis: '《测试条例》第三条', legalLimitDays: 20, ...overrides,
});

async function newItem(overrides: Record<string, unknown> = {}): Promise<number> {
  const answer = await t.call(office, { method: 'POST', url: '/api/powers/items', payload: item(overrides) });
  expect(answer.statusCode, answer.body).toBe(201);
  return answer.json().item.id;
}
async function newBatch(effectiveOn: string, title = `测试批次${++serial}`): Promise<number> {
  const answer = await t.call(office, { method: 'POST', url: '/api/powers/batches', payload: { level: 'province', title, document: `测试令第${serial}号`, publishedOn: effectiveOn, effectiveOn } });
  expect(answer.statusCode, answer.body).toBe(201);
  return answer.json().batch.id;
}
async function delegate(payload: Record<string, unknown>): Promise<{ id: number }> {
  const answer = await t.call(office, { method: 'POST', url: '/api/powers', payload });
  expect(answer.statusCode, answer.body).toBe(201);
  return answer.json().delegation;
}

describe('the catalogue', () => {
  it('builds 主项 → 子项 → 办理项 and refuses a wrong tier, a taken code and the zones’ staff, changing nothing', async () => {
    const main = await newItem();
    const sub = await newItem({ tier: 'sub', parentId: main });
    await newItem({ tier: 'handling', parentId: sub });
    const before = await snapshot();
    const refusals = [
      [office, item({ tier: 'handling', parentId: main }), 400, 'POWER_PARENT_TIER'],
      [office, item({ tier: 'sub' }), 400, 'POWER_PARENT_TIER'],
      [office, item({ tier: 'sub', parentId: 99_999_999 }), 400, 'POWER_ITEM_UNKNOWN'],
      [office, item({ legalBasis: '   ' }), 400, 'VALIDATION_FAILED'],
      [office, item({ code: '含中文' }), 400, 'VALIDATION_FAILED'],
      [staffA, item(), 403, 'FORBIDDEN'],
      [null, item(), 401, 'UNAUTHENTICATED'],
    ] as const;
    for (const [who, payload, status, code] of refusals) {
      const answer = await t.call(who, { method: 'POST', url: '/api/powers/items', payload });
      expect({ status: answer.statusCode, code: answer.json().error.code }).toEqual({ status, code });
    }
    const code = (await t.database.db.selectFrom('power_items').select('code').where('id', '=', main).executeTakeFirstOrThrow()).code;
    const taken = await t.call(office, { method: 'POST', url: '/api/powers/items', payload: item({ code }) });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.message).toContain(code);
    expect(await snapshot()).toBe(before);
  });

  it('refuses a 委托 without its 委托书, a zone outside the office, a date before the batch and a second live delegation', async () => {
    const itemId = await newItem();
    const batchId = await newBatch('2024-03-01');
    const outside = await buildZone(t);
    const body = { itemId, batchId, zoneId: zoneA.id, delegationType: 'entrust', entrustmentRef: '测试委托书〔2024〕1号', promisedLimitDays: 5 };
    await delegate(body);
    const before = await snapshot();
    const cases = [
      [{ ...body, itemId: await newItem(), entrustmentRef: null }, 400, 'POWER_ENTRUSTMENT_REF'],
      [{ ...body, zoneId: outside.id }, 400, 'POWER_ZONE_OUTSIDE'],
      [{ ...body, itemId: 99_999_999 }, 400, 'POWER_ITEM_UNKNOWN'],
      [{ ...body, batchId: 99_999_999 }, 400, 'POWER_BATCH_UNKNOWN'],
      [{ ...body, zoneId: zoneB.id, effectiveOn: '2024-02-29' }, 400, 'POWER_EFFECTIVE_BEFORE_BATCH'],
      [body, 409, 'POWER_ALREADY_DELEGATED'],
      [{ ...body, delegationType: 'lend' }, 400, 'VALIDATION_FAILED'],
    ] as const;
    const afterItem = await snapshot();
    for (const [payload, status, code] of cases) {
      const answer = await t.call(office, { method: 'POST', url: '/api/powers', payload });
      expect({ status: answer.statusCode, code: answer.json().error.code }).toEqual({ status, code });
    }
    expect(await snapshot()).toBe(afterItem);
    expect(afterItem).not.toBe(before); // only the extra item made for the first case
  });
});

describe('a delegation’s steps and its cases', () => {
  it('answers in the runner’s order, 404 → 403 → 409 → 400, then moves', async () => {
    const d = await delegate({ itemId: await newItem(), batchId: await newBatch('2024-01-02'), zoneId: zoneA.id, delegationType: 'devolve', promisedLimitDays: 2 });
    const post = (who: TestUser, step: string, payload: object) => t.call(who, { method: 'POST', url: `/api/powers/${d.id}/${step}`, payload });
    const before = await snapshot();
    expect((await post(staffB, 'take_up', { bogus: 1 })).statusCode).toBe(404);
    expect((await post(office, 'take_up', { bogus: 1 })).statusCode).toBe(403);
    expect((await post(staffA, 'revoke', { bogus: 1 })).statusCode).toBe(403);
    expect((await post(staffA, 'begin_operation', { bogus: 1 })).statusCode).toBe(409);
    const bare = await post(staffA, 'take_up', {});
    expect(bare.statusCode).toBe(400);
    expect(bare.json().error.fields.map((f: { path: string }) => f.path)).toEqual(['occurredOn']);
    expect(await snapshot()).toBe(before);
    const taken = await post(staffA, 'take_up', { occurredOn: '2024-09-02' });
    expect(taken.statusCode, taken.body).toBe(200);
    expect(taken.json().delegation).toMatchObject({ status: 'taken_up', acceptedOn: '2024-09-02', abilities: { begin_operation: true, take_up: false } });

    // Cases only once it runs (409), by its own zone's staff (the office: 403; another zone: 404).
    const month = { month: '2024-10', caseCount: 6, cases: [
      { receivedOn: '2024-09-27', completedOn: '2024-10-08' }, // 29 Sep (调休), 30 Sep, 8 Oct: 3
      { receivedOn: '2024-09-30', completedOn: '2024-10-08' }, // 8 Oct: 1
      { receivedOn: '2024-10-08', completedOn: '2024-10-14' }, // 9, 10, 11, 12 (调休), 14: 5
      { receivedOn: '2024-10-14', completedOn: '2024-10-15' }, // 1
    ] };
    const cases = (who: TestUser, payload: object) => t.call(who, { method: 'POST', url: `/api/powers/${d.id}/cases`, payload });
    expect((await cases(staffA, month)).statusCode).toBe(409);
    expect((await post(staffA, 'begin_operation', { occurredOn: '2024-09-10' })).statusCode).toBe(200);
    const running = await snapshot();
    expect((await cases(office, month)).statusCode).toBe(403);
    expect((await cases(staffB, month)).statusCode).toBe(404);
    expect((await cases(staffA, { ...month, caseCount: 3 })).json().error.code).toBe('POWER_CASES_MISMATCH');
    expect((await cases(staffA, { ...month, month: '2024-09' })).json().error.code).toBe('POWER_CASE_OUTSIDE_MONTH');
    expect((await cases(staffA, { ...month, cases: [{ receivedOn: '2024-10-09', completedOn: '2024-10-08' }] })).json().error.code).toBe('POWER_CASE_ORDER');
    expect((await cases(staffA, { ...month, month: '2024-13' })).statusCode).toBe(400);
    expect(await snapshot()).toBe(running);
    const recorded = await cases(staffA, month);
    expect(recorded.statusCode, recorded.body).toBe(200);
    // Durations 1, 1, 3, 5: mean 2.5, p90 5; legal 20, promised 2: 压缩率 0.9, slower than promised.
    expect(recorded.json()).toEqual({
      month: { month: '2024-10', caseCount: 6, timedCases: 4, averageDays: 2.5, p90Days: 5, isSample: false },
      processingTime: { legalLimitDays: 20, promisedLimitDays: 2, compressionRate: 0.9, timedCases: 4, averageDays: 2.5, p90Days: 5, fastestDays: 1, slowerThanPromised: true },
    });

    const stats = (await t.call(office, { method: 'GET', url: `/api/powers/stats?zone=${zoneA.id}&months=3&until=2024-11` })).json();
    expect(stats).toMatchObject({ firstMonth: '2024-09', lastMonth: '2024-11', slow: 1, trend: [{ month: '2024-09', cases: 0 }, { month: '2024-10', cases: 6, itemsUsed: 1 }, { month: '2024-11', cases: 0 }] });
    expect(stats.slowItems.items.map((i: { id: number }) => i.id)).toEqual([d.id]);
    expect(stats.processingTime).toMatchObject({ cases: 6, timedCases: 4, averageDays: 2.5 });
    expect(stats.zeroUse.items.map((i: { id: number }) => i.id)).not.toContain(d.id);
    // The trend as .xlsx: the same rows as the page's table, the zone and the window in the title.
    const file = await t.call(office, { method: 'GET', url: `/api/powers/stats/trend.xlsx?zone=${zoneA.id}&months=3&until=2024-11` });
    expect(file.statusCode, file.body).toBe(200);
    expect(file.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const rows = workbook.worksheets[0]!.getSheetValues().slice(1).map((row) => (row as unknown[]).slice(1));
    expect(rows[0]![0]).toBe(`放权事项月度办件趋势（${zoneA.name}，2024年9月至2024年11月）`); // merged across the columns
    expect(rows.slice(1)).toEqual([['月份', '办件量（件）', '有办件的事项（项）'], ['2024年9月', 0, 0], ['2024年10月', 6, 1], ['2024年11月', 0, 0]]);
    expect((await t.call(office, { method: 'GET', url: `/api/powers/stats/trend.xlsx?months=0` })).statusCode).toBe(400);
    // Outside the months counted, it is a zero-use item.
    const later = (await t.call(office, { method: 'GET', url: `/api/powers/stats?zone=${zoneA.id}&months=1&until=2024-12` })).json();
    expect(later.zeroUse.items.map((i: { id: number }) => i.id)).toContain(d.id);

    // The public sees the aggregate, never the events or the working notes.
    const open = (await t.call(null, { method: 'GET', url: `/api/public/powers/${d.id}` })).json();
    expect(open.months).toEqual([{ month: '2024-10', caseCount: 6, timedCases: 4, averageDays: 2.5, p90Days: 5, isSample: false }]);
    expect(open.events).toBeUndefined();
    expect(open.delegation.internalNote).toBeUndefined();
  });
});

describe('the catalogue on a day', () => {
  it('reads each day’s terms, leaves withdrawn ones out from their day, and compares two days', async () => {
    const zone = await buildZone(t, { parentId: ftz.id });
    const first = await newBatch('2021-01-01', '第一批（测试）');
    const second = await newBatch('2022-01-01', '第二批（测试）');
    const kept = await delegate({ itemId: await newItem(), batchId: first, zoneId: zone.id, delegationType: 'devolve', promisedLimitDays: 10, internalNote: '内部：测试备注' });
    const changed = await delegate({ itemId: await newItem(), batchId: first, zoneId: zone.id, delegationType: 'entrust', entrustmentRef: '委托书1号', promisedLimitDays: 10 });
    const added = await delegate({ itemId: await newItem(), batchId: second, zoneId: zone.id, delegationType: 'devolve' });
    const gone = await delegate({ itemId: await newItem(), batchId: first, zoneId: zone.id, delegationType: 'devolve' });
    const change = await t.call(office, { method: 'POST', url: `/api/powers/${changed.id}/changes`, payload: { batchId: second, delegationType: 'devolve', promisedLimitDays: 4 } });
    expect(change.statusCode, change.body).toBe(200);
    const early = await t.call(office, { method: 'POST', url: `/api/powers/${changed.id}/changes`, payload: { batchId: first, delegationType: 'devolve' } });
    expect(early.json().error.code).toBe('POWER_CHANGE_BEFORE_LAST');
    const tooEarly = await t.call(office, { method: 'POST', url: `/api/powers/${gone.id}/revoke`, payload: { occurredOn: '2020-06-01', document: '收回〔2023〕1号' } });
    expect(tooEarly.json().error.code).toBe('POWER_WITHDRAW_BEFORE_EFFECTIVE');
    expect((await t.call(office, { method: 'POST', url: `/api/powers/${gone.id}/revoke`, payload: { occurredOn: '2023-03-01', document: '收回〔2023〕1号' } })).statusCode).toBe(200);

    const on = async (day: string) => {
      const answer = (await t.call(office, { method: 'GET', url: `/api/powers?zone=${zone.id}&on=${day}&pageSize=50` })).json();
      // One entry per delegation: only one change is in effect on any day.
      expect(new Set(answer.items.map((d: { id: number }) => d.id)).size).toBe(answer.total);
      return Object.fromEntries(answer.items.map((d: { id: number; delegationType: string; promisedLimitDays: number | null }) => [d.id, `${d.delegationType}/${d.promisedLimitDays}`]));
    };
    expect(await on('2020-12-31')).toEqual({});
    expect(await on('2021-06-01')).toEqual({ [kept.id]: 'devolve/10', [changed.id]: 'entrust/10', [gone.id]: 'devolve/null' });
    expect(await on('2022-06-01')).toEqual({ [kept.id]: 'devolve/10', [changed.id]: 'devolve/4', [added.id]: 'devolve/null', [gone.id]: 'devolve/null' });
    expect(await on('2023-03-01')).toEqual({ [kept.id]: 'devolve/10', [changed.id]: 'devolve/4', [added.id]: 'devolve/null' });
    // By type, as in effect on the day: the 委托 became a 下放 by the second batch.
    const ofType = async (query: string) => (await t.call(null, { method: 'GET', url: `/api/public/powers?zone=${zone.id}&${query}` })).json().items.map((d: { id: number }) => d.id);
    expect(await ofType('type=entrust&on=2021-06-01')).toEqual([changed.id]);
    expect(await ofType('type=entrust&on=2022-06-01')).toEqual([]);
    expect(await ofType('type=entrust')).toEqual([]);
    expect((await t.call(null, { method: 'GET', url: `/api/public/powers?type=delegate` })).statusCode).toBe(400);

    const compare = async (from: string, to: string) => {
      const answer = (await t.call(null, { method: 'GET', url: `/api/public/powers/compare?zone=${zone.id}&from=${from}&to=${to}` })).json();
      const ids = (list: { delegation: { id: number } }[]) => list.map((e) => e.delegation.id);
      return { added: ids(answer.added), changed: ids(answer.changed), withdrawn: ids(answer.withdrawn) };
    };
    expect(await compare('2021-06-01', '2022-06-01')).toEqual({ added: [added.id], changed: [changed.id], withdrawn: [] });
    expect(await compare('2022-06-01', '2023-06-01')).toEqual({ added: [], changed: [], withdrawn: [gone.id] });
    expect(await compare('2020-01-01', '2021-01-01')).toEqual({ added: [kept.id, changed.id, gone.id], changed: [], withdrawn: [] });
    const reversed = await t.call(null, { method: 'GET', url: `/api/public/powers/compare?from=2022-01-01&to=2021-01-01` });
    expect(reversed.json().error.code).toBe('POWER_RANGE_ORDER');

    // The public list leaves out the working notes; staff of another zone see none of it.
    const open = (await t.call(null, { method: 'GET', url: `/api/public/powers?zone=${zone.id}` })).json();
    expect(open.total).toBe(4);
    expect(JSON.stringify(open)).not.toContain('内部：测试备注');
    expect((await t.call(staffB, { method: 'GET', url: `/api/powers?zone=${zone.id}` })).json().total).toBe(0);
    expect((await t.call(staffB, { method: 'GET', url: `/api/powers/${kept.id}` })).statusCode).toBe(404);

    const stats = (await t.call(office, { method: 'GET', url: `/api/powers/stats?zone=${zone.id}` })).json();
    expect(stats).toMatchObject({ delegated: 3, takenUp: 0, used: 0, byStatus: { delegated: 3, revoked: 1 }, byType: { devolve: 3, entrust: 0 }, byLevel: { province: 3 } });
    // Two changes on one day: the later one holds from that very day, the earlier one never did.
    const twice = await delegate({ itemId: await newItem(), batchId: first, zoneId: zone.id, delegationType: 'devolve', promisedLimitDays: 9 });
    const sameDay = await t.call(office, { method: 'POST', url: `/api/powers/${twice.id}/changes`, payload: { batchId: first, delegationType: 'devolve', promisedLimitDays: 7 } });
    expect(sameDay.statusCode, sameDay.body).toBe(200);
    expect((await on('2021-01-01'))[twice.id]).toBe('devolve/7');
    expect((await on('2022-06-01'))[twice.id]).toBe('devolve/7');
    expect(await compare('2020-12-31', '2021-01-01')).toMatchObject({ added: expect.arrayContaining([twice.id]) });
    // The view is kept between reads only until a write: the same question now counts the new one.
    const again = (await t.call(office, { method: 'GET', url: `/api/powers/stats?zone=${zone.id}` })).json();
    expect(again).toMatchObject({ delegated: 4, byStatus: { delegated: 4, revoked: 1 } });
  });
});

describe('finding delegations by words', () => {
  it('finds several words of the name, the 事项编码 and the department, ranked, in the viewer’s scope, and by the status a step leaves', async () => {
    const zone = await buildZone(t, { parentId: zoneA.id });
    const batch = await newBatch('2021-01-01', '第一批（检索测试）');
    const device = await delegate({ itemId: await newItem({ name: '第二类医疗器械产品注册核发', department: '省药品监督管理局', code: `YLQX-${serial}` }), batchId: batch, zoneId: zone.id, delegationType: 'devolve' });
    const seeds = await delegate({ itemId: await newItem({ name: '农作物种子生产经营许可证核发', department: '省农业农村厅' }), batchId: batch, zoneId: zone.id, delegationType: 'entrust', entrustmentRef: '委托书2号' });
    const found = async (who: TestUser | null, q: string, extra = '') => {
      const url = `${who ? '/api/powers' : '/api/public/powers'}?zone=${zone.id}&q=${encodeURIComponent(q)}${extra}`;
      const answer = await t.call(who, { method: 'GET', url });
      expect(answer.statusCode, answer.body).toBe(200);
      return answer.json().items.map((d: { id: number }) => d.id);
    };
    // Words apart (医疗器械 … 注册), not one substring; the code; the department.
    expect(await found(office, '医疗器械 注册')).toEqual([device.id]);
    expect(await found(null, `YLQX-${serial - 1}`)).toEqual([device.id]);
    expect(await found(staffA, '农业农村厅')).toEqual([seeds.id]);
    expect(await found(staffB, '种子')).toEqual([]);
    expect(await found(office, '种子', '&on=2020-06-01')).toEqual([]);
    expect(await found(office, '种子', '&on=2021-06-01')).toEqual([seeds.id]);
    // The delegation type and the item type narrow the words' matches too.
    expect(await found(null, '核发', '&type=entrust')).toEqual([seeds.id]);
    expect(await found(null, '核发', '&type=devolve&itemType=licensing')).toEqual([device.id]);
    expect(await found(null, '核发', '&itemType=public_service')).toEqual([]);
    // A step re-indexes the status facet: a revoked delegation is found under 已收回, not under 待承接.
    expect((await t.call(office, { method: 'POST', url: `/api/powers/${seeds.id}/revoke`, payload: { occurredOn: '2022-03-01', document: '收回〔2022〕2号' } })).statusCode).toBe(200);
    expect(await found(office, '种子', '&status=delegated')).toEqual([]);
    expect(await found(office, '种子', '&status=revoked')).toEqual([seeds.id]);
  });
});
