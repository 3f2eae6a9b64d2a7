/**
 * The access matrix for notifications: every role × every route, on a notification of judge1's.
 * A notification is its person's alone (anyone else gets 404, as if it did not exist); the public
 * gets 401; refusals change nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type DemoUser, type TestApp } from '../../testing/test-app.js';
import { notify } from './notifications.service.js';

type Action = 'list' | 'unread' | 'read' | 'readAll';
let t: TestApp;
let judgesNotification = 0;

beforeAll(async () => {
  t = await createTestApp();
  const judge = await t.database.db.selectFrom('users').select('id').where('username', '=', 'judge1').executeTakeFirstOrThrow();
  await notify(t.database.db, [judge.id], { kind: 'evaluation.judge_reminder', params: { campaign: '测试活动', stage: '初赛', assigned: 3, submitted: 1 }, link: '/console/my-reviews' }, null);
  judgesNotification = (await t.database.db.selectFrom('notifications').select('id').where('user_id', '=', judge.id).executeTakeFirstOrThrow()).id;
});
afterAll(() => t.close());

const OTHERS: Record<Action, number> = { list: 200, unread: 200, read: 404, readAll: 200 };
const EXPECTED: Record<string, Record<Action, number>> = {
  public: { list: 401, unread: 401, read: 401, readAll: 401 },
  admin: OTHERS,
  yibin: OTHERS,
  deyang: OTHERS,
  applicant1: OTHERS,
  auditor: OTHERS,
  secadmin: OTHERS,
  // Last, since marking its notification read changes it.
  judge1: { list: 200, unread: 200, read: 200, readAll: 200 },
};

function perform(who: DemoUser | null, action: Action) {
  switch (action) {
    case 'list': return t.call(who, { method: 'GET', url: '/api/my/notifications' });
    case 'unread': return t.call(who, { method: 'GET', url: '/api/my/notifications/unread-count' });
    case 'read': return t.call(who, { method: 'POST', url: `/api/my/notifications/${judgesNotification}/read` });
    case 'readAll': return t.call(who, { method: 'POST', url: '/api/my/notifications/read-all' });
  }
}

const snapshot = async () => JSON.stringify(await t.database.db.selectFrom('notifications').selectAll().orderBy('id').execute());

describe('notifications access', () => {
  for (const [name, expected] of Object.entries(EXPECTED)) {
    const who = name === 'public' ? null : (name as DemoUser);
    for (const action of Object.keys(expected) as Action[]) {
      it(`${name} → ${action}: ${expected[action]}`, async () => {
        const before = await snapshot();
        const response = await perform(who, action);
        expect(response.statusCode, response.body).toBe(expected[action]);
        // Anyone but judge1 changes nothing of judge1's, whatever they answer.
        if (response.statusCode >= 400 || name !== 'judge1') expect(await snapshot()).toBe(before);
        if (response.statusCode >= 400) expect(response.json().error.message).toMatch(/[\u4e00-\u9fa5]/);
        if (name !== 'judge1' && action === 'list' && who) expect(response.json()).toEqual({ items: [], total: 0, unread: 0 });
      });
    }
  }
});
