import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLATFORM_MACHINE, PLATFORM_STATUSES, PLATFORM_TRANSITIONS } from '../../shared/platforms.enums.js';
import { createTestApp, zoneIdByCode, type TestApp } from '../../testing/test-app.js';
import { nextStatus } from '../../shared/lifecycle.js';

let t: TestApp;
let yibinZoneId: number;
beforeAll(async () => {
  t = await createTestApp();
  yibinZoneId = await zoneIdByCode(t, 'SC-P-YB');
});
afterAll(() => t.close());

async function newPlatform(name: string) {
  const response = await t.call('yibin', { method: 'POST', url: `/api/zones/${yibinZoneId}/platforms`, payload: { type: 'bonded_logistics_center_b', name } });
  expect(response.statusCode).toBe(201);
  return response.json().platform as { id: number; status: string };
}
const move = (id: number, transition: string, payload: Record<string, unknown>, lang: 'zh' | 'en' = 'zh') =>
  t.call('yibin', { method: 'POST', url: `/api/platforms/${id}/${transition}`, payload, lang });

describe('the transition table', () => {
  // Every (status, transition) pair: allowed exactly where PLATFORM_MACHINE has an edge.
  for (const from of PLATFORM_STATUSES) {
    for (const transition of PLATFORM_TRANSITIONS) {
      const allowed = (PLATFORM_MACHINE[transition].from as readonly string[]).includes(from);
      it(`${from} --${transition}--> ${allowed ? PLATFORM_MACHINE[transition].to : 'refused'}`, () => {
        expect(nextStatus(PLATFORM_MACHINE, from, transition)).toBe(allowed ? PLATFORM_MACHINE[transition].to : null);
      });
    }
  }
});

describe('a platform through its lifecycle', () => {
  it('goes 谋划 → 申建 → 获批 → 建设 → 封关运营 with dated events and a document', async () => {
    const platform = await newPlatform('宜宾保税物流中心(B型)（测试）');
    expect(platform.status).toBe('planning');
    const steps = [
      ['apply', '2022-03-01', 'applying'],
      ['approve', '2022-09', 'approved'],
      ['build', '2023-01-10', 'building'],
      ['operate', '2024-06-18', 'operating'],
    ] as const;
    for (const [transition, date, status] of steps) {
      const response = await move(platform.id, transition, { occurredOn: date, document: transition === 'approve' ? '署贸函〔2022〕100号' : undefined });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json().platform.status).toBe(status);
    }
    const detail = (await t.call(null, { method: 'GET', url: `/api/platforms/${platform.id}` })).json();
    expect(detail.platform.statusDates).toMatchObject({
      applying: { on: '2022-03-01', precision: 'day' },
      approved: { on: '2022-09-01', precision: 'month' },
      operating: { on: '2024-06-18', precision: 'day' },
    });
    expect(detail.events.map((e: { action: string }) => e.action)).toEqual(['plan', 'apply', 'approve', 'build', 'operate']);
    // The public sees the step and its document, not the staff member who recorded it.
    expect(detail.events[2]).toMatchObject({ document: '署贸函〔2022〕100号', actorName: null });
    const inside = (await t.call('yibin', { method: 'GET', url: `/api/platforms/${platform.id}` })).json();
    expect(inside.events[2]).toMatchObject({ actorName: '宜宾先行区填报员（示例）' });
    const audit = await t.database.db.selectFrom('audit_log').select('action').where('entity_id', '=', String(platform.id)).orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'apply', 'approve', 'build', 'operate']);
  });

  it('refuses an illegal transition with 409 and a clear message, changing nothing', async () => {
    const platform = await newPlatform('非法跳转测试平台');
    const response = await move(platform.id, 'operate', { occurredOn: '2022-01-01' });
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({ code: 'INVALID_TRANSITION', message: '当前状态为「谋划」，不能执行「封关运营」。' });
    const english = await move(platform.id, 'build', { occurredOn: '2022-01-01' }, 'en');
    expect(english.json().error.message).toBe('The record is "Planning"; "Start construction" is not possible now.');
    const row = await t.database.db.selectFrom('platforms').select('status').where('id', '=', platform.id).executeTakeFirstOrThrow();
    expect(row.status).toBe('planning');
  });

  it('refuses a date earlier than the previous stage, and a date in the future', async () => {
    const platform = await newPlatform('日期校验测试平台');
    expect((await move(platform.id, 'apply', { occurredOn: '2023-05-01' })).statusCode).toBe(200);
    const earlier = await move(platform.id, 'approve', { occurredOn: '2023-04-30', document: '署贸函〔2023〕1号' });
    expect(earlier.statusCode).toBe(409);
    expect(earlier.json().error.message).toBe('日期不能早于上一阶段的日期（2023年5月1日）。');
    const future = await move(platform.id, 'approve', { occurredOn: '2999-01-01', document: '署贸函〔2023〕1号' });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.fields).toEqual([{ path: 'occurredOn', message: '日期不能晚于今天' }]);
  });

  it('records an approval only with its document (批复文号), and checks the machine before the body', async () => {
    const platform = await newPlatform('获批文号测试平台');
    expect((await move(platform.id, 'apply', { occurredOn: '2023-05-01' })).statusCode).toBe(200);
    const bare = await move(platform.id, 'approve', { occurredOn: '2023-06-01' });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().error.fields).toEqual([{ path: 'document', message: '必填' }]);
    // 404 → 403 → 409 → 400: a step the machine refuses is a 409 whatever its body holds.
    const refused = await move(platform.id, 'operate', { occurredOn: '2999-01-01', unknown: 1 });
    expect(refused.statusCode).toBe(409);
    const outsider = await t.call('deyang', { method: 'POST', url: `/api/platforms/${platform.id}/approve`, payload: { occurredOn: '2999-01-01' } });
    expect(outsider.statusCode).toBe(403);
    const row = await t.database.db.selectFrom('platforms').select('status').where('id', '=', platform.id).executeTakeFirstOrThrow();
    expect(row.status).toBe('applying');
  });

  it('becomes public when it leaves 谋划', async () => {
    const platform = await newPlatform('公开性测试平台');
    expect((await t.call(null, { method: 'GET', url: `/api/platforms/${platform.id}` })).statusCode).toBe(404);
    await move(platform.id, 'apply', { occurredOn: '2024-01-02' });
    const response = await t.call(null, { method: 'GET', url: `/api/platforms/${platform.id}` });
    expect(response.statusCode).toBe(200);
    expect(response.json().platform).toMatchObject({ isPublic: true, abilities: { update: false, approve: false } });
  });
});
