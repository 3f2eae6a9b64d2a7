/** pageWithTotal: a page and the total in one statement; past the last page the total still counts; the window column never leaks. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { pageWithTotal } from './page-with-total.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('pageWithTotal', () => {
  const zones = () => t.database.db.selectFrom('zones').where('type', '=', 'pilot');
  const list = (limit?: number, offset?: number) => pageWithTotal(zones(), (q) => q.select(['id', 'code']).orderBy('id'), { limit, offset });

  it('gives the page in order and the count of every row the filter keeps', async () => {
    const all = await zones().select('id').orderBy('id').execute();
    expect(all.length).toBeGreaterThan(3);
    const page = await list(2, 1);
    expect(page.rows.map((row) => row.id)).toEqual(all.slice(1, 3).map((row) => row.id));
    expect(page.total).toBe(all.length);
    expect(Object.keys(page.rows[0]!).sort()).toEqual(['code', 'id']);
    expect((await list()).rows).toHaveLength(all.length);
  });

  it('still counts past the last page, and says 0 when nothing matches', async () => {
    const all = await zones().select('id').execute();
    expect(await list(10, 10_000)).toEqual({ rows: [], total: all.length });
    const none = await pageWithTotal(zones().where('code', '=', 'NO-SUCH-ZONE'), (q) => q.select('id'), { limit: 10, offset: 0 });
    expect(none).toEqual({ rows: [], total: 0 });
  });
});
