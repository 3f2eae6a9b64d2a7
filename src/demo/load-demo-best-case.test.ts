/**
 * The demo best-case selection as loaded into the test template: the 2020–2021 十佳案例 run through
 * the engine gives, in its public results, the one outcome the source states — 烟台片区's
 * 进口散装葡萄酒保税加工新模式 first in 贸易便利化 — with 十佳 as the top two of each of the five
 * domains, the four principles as criteria, and every entry the source does not place marked 示例.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INNOVATION_DOMAIN_LABELS } from '../shared/innovations.enums.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';

type PublicEntry = { innovationTitle: string | null; zoneName: string | null; category: string | null; rank: number; advancing: boolean; award: string | null; isSample: boolean };
type PublicResults = { campaign: { title: string; kind: string; source: string | null; note: string | null }; stages: { name: string; status: string; method: string; confirmedAt: string | null; publication: { startsOn: string; endsOn: string }; entries: PublicEntry[] }[] };

const WINE = '进口散装葡萄酒保税加工新模式';
const DOMAINS = Object.values(INNOVATION_DOMAIN_LABELS).map((l) => l.zh);
let t: TestApp;
let campaignId: number;
let results: PublicResults;
beforeAll(async () => {
  t = await createTestApp();
  const list = (await t.call(null, { method: 'GET', url: '/api/public/campaigns?pageSize=100' })).json().items as { id: number; seriesName: string; year: number; kind: string }[];
  campaignId = list.find((c) => c.seriesName === '中国自由贸易试验区制度创新十佳案例' && c.year === 2021)!.id;
  const response = await t.call(null, { method: 'GET', url: `/api/public/campaigns/${campaignId}/results` });
  expect(response.statusCode).toBe(200);
  results = response.json();
});
afterAll(() => t.close());

const inDomain = (domain: string) => results.stages[0]!.entries.filter((e) => e.category === domain).sort((a, b) => a.rank - b.rank);

describe('the 2020–2021 十佳案例 as the engine computed it', () => {
  it('is a published best case with its source and a note saying what the demo invents', () => {
    expect(results.campaign).toMatchObject({ title: '2020-2021年度中国自由贸易试验区制度创新十佳案例', kind: 'best_case' });
    expect(results.campaign.source).toContain('朱先俊');
    expect(results.campaign.note).toContain('第八届中山大学自贸区高端论坛');
    expect(results.campaign.note).toContain('示例');
    expect(results.stages.map((s) => [s.name, s.status, s.method])).toEqual([['专家评审', 'final', 'trimmed_mean']]);
    // Confirmed when the 公示 was over (2021), not on the day the demo was loaded.
    const { publication, confirmedAt } = results.stages[0]!;
    expect(publication.startsOn).toBe('2021-11-22');
    expect(confirmedAt! > publication.endsOn && confirmedAt! < '2021-12-31').toBe(true);
  });

  it('ranks 进口散装葡萄酒保税加工新模式 first in 贸易便利化, the only entry not marked 示例', () => {
    const top = inDomain('贸易便利化')[0]!;
    expect(top).toMatchObject({ innovationTitle: WINE, zoneName: expect.stringContaining('烟台'), award: '十佳案例', isSample: false });
    expect(results.stages[0]!.entries.filter((e) => !e.isSample).map((e) => e.innovationTitle)).toEqual([WINE]);
  });

  it('awards 十佳案例 to the top two of each domain, and nobody advances by computation (the award ends the selection)', async () => {
    const entries = results.stages[0]!.entries;
    expect(new Set(entries.map((e) => e.category))).toEqual(new Set(DOMAINS));
    for (const domain of DOMAINS) {
      const ranked = inDomain(domain);
      expect(ranked.map((e) => e.award)).toEqual(ranked.map((_, i) => (i < 2 ? '十佳案例' : null)));
    }
    // 法治化环境 has one recognised case among the demo's zones: 十佳 is as many as the domains hold, up to two each.
    const awarded = entries.filter((e) => e.award === '十佳案例').length;
    expect(awarded).toBe(DOMAINS.reduce((sum, domain) => sum + Math.min(2, inDomain(domain).length), 0));
    expect(entries.some((e) => e.advancing)).toBe(false);
  });

  it('entries are the pilot zones\' recognised innovations from more than one FTZ, scored on the four principles by a seeded panel of seven', async () => {
    const db = t.database.db;
    const zones = new Set(results.stages[0]!.entries.map((e) => e.zoneName));
    expect([...zones].some((z) => z!.includes('山东'))).toBe(true);
    expect([...zones].some((z) => z!.includes('四川'))).toBe(true);
    const stage = await db.selectFrom('campaign_stages').select('id').where('campaign_id', '=', campaignId).where('kind', '=', 'scored').executeTakeFirstOrThrow();
    const criteria = await db.selectFrom('stage_criteria').select(['name_zh', 'weight']).where('stage_id', '=', stage.id).orderBy('ordinal').execute();
    expect(criteria.map((c) => [c.name_zh, Number(c.weight)])).toEqual([['创新性', 0.3], ['操作性', 0.25], ['契合性', 0.25], ['地区特色', 0.2]]);
    const draw = await db.selectFrom('stage_draws').select(['seed', 'panel_size']).where('stage_id', '=', stage.id).executeTakeFirstOrThrow();
    expect([Number(draw.seed), draw.panel_size]).toEqual([20211120, 7]);
    const sheets = await db.selectFrom('score_sheets').select((eb) => eb.fn.countAll<number>().as('n')).where('stage_id', '=', stage.id).where('status', '=', 'submitted').executeTakeFirstOrThrow();
    expect(Number(sheets.n)).toBe(results.stages[0]!.entries.length * 7);
  });
});
