/**
 * External indices as published: the demo's 中山大学 制度创新指数 by edition and level, with rank
 * changes computed from two editions' published ranks (重庆 10 → 8, the top seven unchanged), a
 * rank the source does not state left out, and no working note on the public answer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type Entry = { rank: number | null; name: string; score: string | null; scoreQualifier: string | null; change: { zh: string } | null; previous: { edition: string; rank: number } | null; source: { publication: string; url: string | null } };

describe('external indices', () => {
  it('lists the index with its editions, newest first, and its levels', async () => {
    const answer = await t.call(null, { method: 'GET', url: '/api/public/external-indices' });
    expect(answer.statusCode).toBe(200);
    const [index] = answer.json().items;
    expect(index.code).toBe('sysu_ftz_innovation');
    expect(index.editions).toEqual(['2024-2025', '2023-2024', '2022-2023', '2021-2022', '2020-2021']);
    expect(index.levels.map((level: { label: { zh: string } }) => level.label.zh)).toContain('片区（总指数）');
  });

  it('ranks one edition with the change on the previous one, computed from both', async () => {
    const answer = await t.call(null, { method: 'GET', url: `/api/public/external-indices/sysu_ftz_innovation?edition=2024-2025&level=${encodeURIComponent('片区(总指数)')}` });
    expect(answer.statusCode, answer.body).toBe(200);
    const entries = answer.json().entries as Entry[];
    expect(entries.map((entry) => entry.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const chongqing = entries.find((entry) => entry.name === '重庆')!;
    expect(chongqing.previous).toEqual({ edition: '2023-2024', rank: 10 });
    expect(chongqing.change?.zh).toBe('由第10位升至第8位');
    // "前七名没有变化": each of the top seven keeps its place.
    expect(entries.slice(0, 7).map((entry) => entry.change?.zh)).toEqual(entries.slice(0, 7).map((entry) => `保持第${entry.rank}位`));
    expect(entries[0]!.source.publication).toBe('中国日报网广东频道');
    expect(answer.body).not.toContain('treat ranks');
  });

  it('keeps an unranked place unranked and its score as stated (超80)', async () => {
    const answer = await t.call(null, { method: 'GET', url: `/api/public/external-indices/sysu_ftz_innovation?edition=2021-2022&level=${encodeURIComponent('省级')}` });
    const entries = answer.json().entries as Entry[];
    const sichuan = entries.find((entry) => entry.name === '四川')!;
    expect(sichuan).toMatchObject({ rank: null, score: '80', scoreQualifier: 'over', change: null });
    expect(entries[0]!.rank).toBe(1);
  });

  it('answers 404 for an unknown index, edition or level', async () => {
    expect((await t.call(null, { method: 'GET', url: '/api/public/external-indices/no_such_index' })).statusCode).toBe(404);
    expect((await t.call(null, { method: 'GET', url: '/api/public/external-indices/sysu_ftz_innovation?edition=1999-2000' })).statusCode).toBe(404);
    expect((await t.call(null, { method: 'GET', url: `/api/public/external-indices/sysu_ftz_innovation?edition=2022-2023&level=${encodeURIComponent('沿边片区')}` })).statusCode).toBe(404);
  });
});
