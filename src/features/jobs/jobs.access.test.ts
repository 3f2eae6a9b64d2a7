/**
 * The access matrix for jobs: every role × every job route, on the province admin's job.
 * A job is its owner's alone (anyone else gets 404, as if it did not exist); only the province
 * office may start a search reindex; the public gets 401; refusals change nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type DemoUser, type TestApp } from '../../testing/test-app.js';

type Who = DemoUser | null;
type Action = 'list' | 'kinds' | 'start' | 'read' | 'cancel';

let t: TestApp;
let adminJobId = 0;

beforeAll(async () => {
  t = await createTestApp();
  const started = await t.call('admin', { method: 'POST', url: '/api/jobs', payload: { kind: 'search.reindex', input: {} } });
  expect(started.statusCode).toBe(201);
  adminJobId = started.json().job.id;
  await t.app.jobs.whenIdle();
});
afterAll(() => t.close());

const OTHERS = { list: 200, kinds: 200, start: 403, read: 404, cancel: 404 };
const EXPECTED: Record<string, Record<Action, number>> = {
  public: { list: 401, kinds: 401, start: 401, read: 401, cancel: 401 },
  // The admin's own job has finished: cancelling it is a transition it no longer has.
  admin: { list: 200, kinds: 200, start: 201, read: 200, cancel: 409 },
  yibin: OTHERS,
  deyang: OTHERS,
  judge1: OTHERS,
  applicant1: OTHERS,
  auditor: OTHERS,
  secadmin: OTHERS,
};

function perform(who: Who, action: Action) {
  switch (action) {
    case 'list':
      return t.call(who, { method: 'GET', url: '/api/jobs' });
    case 'kinds':
      return t.call(who, { method: 'GET', url: '/api/jobs/kinds' });
    case 'start':
      return t.call(who, { method: 'POST', url: '/api/jobs', payload: { kind: 'search.reindex', input: {} } });
    case 'read':
      return t.call(who, { method: 'GET', url: `/api/jobs/${adminJobId}` });
    case 'cancel':
      return t.call(who, { method: 'POST', url: `/api/jobs/${adminJobId}/cancel` });
  }
}

const snapshot = async () => JSON.stringify(await t.database.db.selectFrom('jobs').selectAll().orderBy('id').execute());

describe('jobs access', () => {
  for (const [name, expected] of Object.entries(EXPECTED)) {
    const who = name === 'public' ? null : (name as DemoUser);
    for (const action of Object.keys(expected) as Action[]) {
      it(`${name} → ${action}: ${expected[action]}`, async () => {
        await t.app.jobs.whenIdle();
        const before = await snapshot();
        const response = await perform(who, action);
        expect(response.statusCode, response.body).toBe(expected[action]);
        await t.app.jobs.whenIdle();
        if (response.statusCode >= 400) {
          expect(response.json().error.code).toBeTypeOf('string');
          expect(await snapshot()).toBe(before);
        }
      });
    }
  }

  it('shows each person only their own jobs, and offers the reindex to the province office alone', async () => {
    const mine = (await t.call('admin', { method: 'GET', url: '/api/jobs' })).json();
    expect(mine.total).toBeGreaterThanOrEqual(1);
    expect(mine.items.every((job: { kind: string }) => job.kind === 'search.reindex')).toBe(true);
    for (const who of ['yibin', 'auditor', 'secadmin'] as const) {
      expect((await t.call(who, { method: 'GET', url: '/api/jobs' })).json()).toEqual({ items: [], total: 0 });
      expect((await t.call(who, { method: 'GET', url: '/api/jobs/kinds' })).json()).toEqual({ kinds: [] });
    }
    expect((await t.call('admin', { method: 'GET', url: '/api/jobs/kinds', lang: 'en' })).json()).toEqual({ kinds: [{ kind: 'search.reindex', label: 'Rebuild the search index' }] });
  });
});
