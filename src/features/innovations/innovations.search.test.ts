import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, zoneIdByCode, type TestApp } from '../../testing/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type Item = { id: number; name: string; zoneShortName: string; highlight: { title: { text: string; hit: boolean }[]; snippet: { text: string; hit: boolean }[] } | null };

describe('searching innovations', () => {
  it('finds words, highlights them as segments, and the segments rebuild the title', async () => {
    const body = (await t.call(null, { method: 'GET', url: '/api/public/innovations?q=保税研发' })).json();
    const items = body.items as Item[];
    expect(items.length).toBeGreaterThan(0);
    expect(items[0]!.zoneShortName).toBe('温江');
    const title = items[0]!.highlight!.title;
    expect(title.map((s) => s.text).join('')).toBe(items[0]!.name);
    expect(title.some((s) => s.hit)).toBe(true);
  });

  it('understands abbreviations (跨境电子商务 finds 跨境电商) and short queries (彩灯)', async () => {
    const short = (await t.call(null, { method: 'GET', url: '/api/public/innovations?q=彩灯' })).json().items as Item[];
    expect(short.length).toBeGreaterThan(0);
    expect(short.every((i) => i.zoneShortName === '自贡' || JSON.stringify(i.highlight).includes('彩灯'))).toBe(true);
    const abbreviation = (await t.call(null, { method: 'GET', url: '/api/public/innovations?q=自由贸易试验区' })).json();
    const full = (await t.call(null, { method: 'GET', url: '/api/public/innovations?q=自贸区' })).json();
    expect(abbreviation.total).toBe(full.total);
  });

  it('combines the text query with filters (zone subtree, domain)', async () => {
    const neijiang = await zoneIdByCode(t, 'SC-P-NJ');
    const items = (await t.call(null, { method: 'GET', url: `/api/public/innovations?q=包装材料&zoneId=${neijiang}&domain=trade_facilitation` })).json().items as Item[];
    expect(items.map((i) => i.zoneShortName)).toEqual(items.map(() => '内江'));
    expect(items.length).toBeGreaterThan(0);
  });

  it('survives hostile queries', async () => {
    for (const q of [`'; DROP TABLE innovations; --`, '&|!:*()', '<script>', '🚢🚢', '保'.repeat(100)]) {
      const response = await t.call(null, { method: 'GET', url: `/api/public/innovations?q=${encodeURIComponent(q)}` });
      expect(response.statusCode).toBe(200);
    }
  });
});

describe('near-duplicate hints', () => {
  it('flags a resubmission of 内江 包装材料免税循环 from another zone, with a score', async () => {
    const response = await t.call('deyang', { method: 'POST', url: '/api/innovations/similar', payload: { name: '包装材料免税循环进入综保区试点', measures: '携手锦城海关开展包装材料免税循环进综合保税区试点，减少企业申报次数，提高商品流转效率' } });
    expect(response.statusCode).toBe(200);
    const [best] = response.json().items as { name: string; zoneName: string; score: number }[];
    expect(best!.name).toContain('包装材料');
    expect(best!.zoneName).toContain('内江');
    expect(best!.score).toBeGreaterThan(0.4);
  });

  it('does not flag unrelated text', async () => {
    const response = await t.call('deyang', { method: 'POST', url: '/api/innovations/similar', payload: { name: '农村集体经营性建设用地入市改革', measures: '宅基地流转' } });
    expect(response.json().items).toEqual([]);
  });
});
