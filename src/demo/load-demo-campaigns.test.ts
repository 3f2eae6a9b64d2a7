/**
 * The demo contest as loaded into the test template (the demo load, load-demo.ts): the sixth
 * edition of 烟台片区创新创业大赛 run through the engine gives, in its public results, the article's
 * outcome — 24 finalists, 一等奖 4 / 二等奖 8 / 三等奖 12, the four named firms first in their groups
 * — and every invented record says 示例.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import type { DemoCampaigns } from './load-demo-campaigns.js';
import { DEMO_DIR } from './load-demo.js';

type PublicEntry = { companyName: string | null; projectName: string | null; category: string | null; rank: number; advancing: boolean; award: string | null };
type PublicStage = { name: string; status: string; publication: { document: string; startsOn: string; endsOn: string }; entries: PublicEntry[] };

const data = JSON.parse(readFileSync(join(DEMO_DIR, 'campaigns.json'), 'utf8')) as DemoCampaigns;
const GROUPS = ['初创组', '成长组', '乡村振兴组', '自贸创新组'];

let t: TestApp;
let campaignId: number;
let stages: PublicStage[];
beforeAll(async () => {
  t = await createTestApp();
  const list = (await t.call(null, { method: 'GET', url: '/api/public/campaigns?pageSize=100' })).json().items as { id: number; title: string; edition: number; seriesName: string; note: string | null; status: string }[];
  const sixth = list.find((c) => c.seriesName === '烟台片区创新创业大赛' && c.edition === 6)!;
  campaignId = sixth.id;
  const response = await t.call(null, { method: 'GET', url: `/api/public/campaigns/${campaignId}/results` });
  expect(response.statusCode).toBe(200);
  stages = response.json().stages;
});
afterAll(() => t.close());

const inGroup = (stage: PublicStage, group: string) => stage.entries.filter((e) => e.category === group).sort((a, b) => a.rank - b.rank);

describe('the public record of the series', () => {
  it('lists the six editions 2016–2021, the sixth published with its note', async () => {
    const list = (await t.call(null, { method: 'GET', url: '/api/public/campaigns?pageSize=100' })).json().items as { edition: number; year: number; seriesName: string; status: string; note: string | null; startsOn: string | null; endsOn: string | null }[];
    const editions = list.filter((c) => c.seriesName === '烟台片区创新创业大赛').sort((a, b) => a.edition - b.edition);
    expect(editions.map((c) => [c.edition, c.year])).toEqual([1, 2, 3, 4, 5, 6].map((n) => [n, 2015 + n]));
    const sixth = editions[5]!;
    expect(sixth).toMatchObject({ status: 'published', startsOn: '2021-09-01', endsOn: '2021-11-16' });
    expect(sixth.note).toContain('张元伟');
    for (const provider of ['中国农业银行烟台自贸支行', '烟台业达国际人才集团有限公司', '烟台业达创业投资有限公司']) expect(sixth.note).toContain(provider);
  });

  it('the series says what six editions won, with its source', async () => {
    const series = (await t.call('admin', { method: 'GET', url: '/api/campaigns/series' })).json().items as { name: string; description: string | null; source: string | null; organiserZoneName: string }[];
    const yantai = series.find((s) => s.name === '烟台片区创新创业大赛')!;
    expect(yantai.description).toMatch(/14个项目在烟台市获奖.*3个项目在山东省获奖.*3个项目在“中国创翼”大赛中获奖/);
    expect(yantai.source).toContain('《山东自贸试验区烟台片区 第六届创新创业大赛决赛收官》');
  });

  it('has the seven stages in order with their kinds, each published', async () => {
    const rows = await t.database.db.selectFrom('campaign_stages').select(['name', 'kind', 'status', 'starts_on']).where('campaign_id', '=', campaignId).orderBy('ordinal').execute();
    expect(rows.map((r) => [r.name, r.kind])).toEqual([
      ['宣传报名', 'registration'], ['海选', 'qualification'], ['“自贸加油站”创业训练营', 'activity'], ['初赛', 'scored'],
      ['尽职调查', 'due_diligence'], ['党史学习教育', 'activity'], ['决赛', 'scored'],
    ]);
    expect(rows.every((r) => r.status === 'published')).toBe(true);
    expect(rows[6]!.starts_on).toBe('2021-11-16');
  });
});

describe('the results, as the engine computed them', () => {
  it('publishes both scored rounds, confirmed after their 公示, under the field the source leaves blank', () => {
    expect(stages.map((s) => [s.name, s.status])).toEqual([['初赛', 'final'], ['决赛', 'final']]);
    expect(stages.map((s) => s.publication.document)).toEqual([data.edition.document, data.edition.document]);
    expect(stages[1]!.publication.startsOn).toBe('2021-11-17');
  });

  it('初赛: 88 ranked, the top 6 of each group advance — 24 finalists', () => {
    const first = stages[0]!;
    expect(first.entries).toHaveLength(88);
    expect(first.entries.filter((e) => e.advancing)).toHaveLength(24);
    for (const group of GROUPS) expect(inGroup(first, group).map((e) => e.advancing)).toEqual(inGroup(first, group).map((_, i) => i < 6));
  });

  it('决赛: the 24 finalists, 一等奖 4 / 二等奖 8 / 三等奖 12, 1 / 2 / 3 in each group', () => {
    const final = stages[1]!;
    const finalists = new Set(stages[0]!.entries.filter((e) => e.advancing).map((e) => e.companyName));
    expect(new Set(final.entries.map((e) => e.companyName))).toEqual(finalists);
    const count = (award: string) => final.entries.filter((e) => e.award === award).length;
    expect([count('一等奖'), count('二等奖'), count('三等奖')]).toEqual([4, 8, 12]);
    for (const group of GROUPS) expect(inGroup(final, group).map((e) => e.award)).toEqual(['一等奖', '二等奖', '二等奖', '三等奖', '三等奖', '三等奖']);
  });

  it('the four named firms win 一等奖, each first in its group, with their projects', () => {
    const final = stages[1]!;
    for (const named of data.edition.named) {
      const top = inGroup(final, named.group)[0]!;
      expect(top).toMatchObject({ companyName: named.companyName, projectName: named.projectName, award: '一等奖' });
    }
    expect(data.edition.named.map((n) => n.group).sort()).toEqual([...GROUPS].sort());
  });
});

describe('what is invented says 示例', () => {
  it('every entry but the four named firms is a 示例 company with a 示例 project, and every credit code is a sample', async () => {
    const entries = (await t.call('admin', { method: 'GET', url: `/api/campaigns/${campaignId}/entries` })).json().items as { companyName: string; title: string; creditCode: string; isSample: boolean }[];
    expect(entries).toHaveLength(88);
    const named = new Set(data.edition.named.map((n) => n.companyName));
    const invented = entries.filter((e) => !named.has(e.companyName));
    expect(invented).toHaveLength(84);
    for (const entry of invented) expect([entry.companyName, entry.title].every((text) => text.includes('示例'))).toBe(true);
    // The source gives no firm's code: the code shown is a sample for every entry, the named ones too.
    expect(entries.every((e) => e.isSample && /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(e.creditCode))).toBe(true);
  });

  it('the judges, their accounts and the criteria say 示例', async () => {
    const db = t.database.db;
    const experts = await db.selectFrom('experts as e').innerJoin('stage_judges as j', 'j.expert_id', 'e.id').innerJoin('users as u', 'u.id', 'e.user_id')
      .innerJoin('campaign_stages as st', 'st.id', 'j.stage_id').select(['e.name', 'e.organisation', 'u.display_name', 'u.role']).where('st.campaign_id', '=', campaignId).execute();
    expect(experts).toHaveLength(10);
    for (const expert of experts) expect([expert.name, expert.organisation, expert.display_name].every((text) => text!.includes('示例')) && expert.role === 'judge').toBe(true);
    const criteria = await db.selectFrom('stage_criteria as c').innerJoin('campaign_stages as st', 'st.id', 'c.stage_id').select('c.name_zh').where('st.campaign_id', '=', campaignId).execute();
    expect(criteria).toHaveLength(8);
    expect(criteria.every((c) => c.name_zh.includes('示例'))).toBe(true);
  });

  it('the panels were drawn with the fixed seeds and every assigned judge submitted a sheet', async () => {
    const db = t.database.db;
    const draws = await db.selectFrom('stage_draws as d').innerJoin('campaign_stages as st', 'st.id', 'd.stage_id').select(['st.name', 'd.seed', 'd.panel_size']).where('st.campaign_id', '=', campaignId).orderBy('st.ordinal').execute();
    expect(draws.map((d) => [d.name, Number(d.seed), d.panel_size])).toEqual([['初赛', data.edition.judges.seeds['初赛'], 5], ['决赛', data.edition.judges.seeds['决赛'], 5]]);
    for (const [name, entries] of [['初赛', 88], ['决赛', 24]] as const) {
      const stage = await db.selectFrom('campaign_stages').select('id').where('campaign_id', '=', campaignId).where('name', '=', name).executeTakeFirstOrThrow();
      const assigned = await db.selectFrom('current_stage_assignments').select((eb) => eb.fn.countAll<number>().as('n')).where('stage_id', '=', stage.id).executeTakeFirstOrThrow();
      const submitted = await db.selectFrom('score_sheets').select((eb) => eb.fn.countAll<number>().as('n')).where('stage_id', '=', stage.id).where('status', '=', 'submitted').executeTakeFirstOrThrow();
      expect([Number(assigned.n), Number(submitted.n)]).toEqual([entries * 5, entries * 5]);
    }
  });
});

describe('the follow-up the article announces', () => {
  it('the four named 一等奖 firms each have an agreement with each of the three providers, 示例, and no other winner has one', async () => {
    const view = await t.call('admin', { method: 'GET', url: `/api/campaigns/${campaignId}/follow-up` });
    expect(view.statusCode, view.body).toBe(200);
    const { winners, totals } = view.json() as { winners: { companyName: string; award: string; agreements: { provider: string; providerKind: string; isSample: boolean; amountWan: string | null }[]; reports: { isSample: boolean; narrative: string }[] }[]; totals: { winners: number; agreements: number; winnersWithAgreement: number; latest: { reports: number } } };
    expect(winners).toHaveLength(24);
    const named = new Set(data.edition.named.map((n) => n.companyName));
    for (const winner of winners) {
      if (!named.has(winner.companyName)) {
        expect(winner.agreements).toEqual([]);
        continue;
      }
      expect(winner.award).toBe('一等奖');
      expect(winner.agreements.map((a) => a.provider).sort()).toEqual(['中国农业银行烟台自贸支行', '烟台业达创业投资有限公司', '烟台业达国际人才集团有限公司'].sort());
      expect(winner.agreements.every((a) => a.isSample && a.amountWan === null)).toBe(true);
    }
    expect(totals).toMatchObject({ winners: 24, agreements: 12, winnersWithAgreement: 4 });
    // KPI reports are invented: every one says 示例.
    const reports = winners.flatMap((w) => w.reports);
    expect(reports.length).toBeGreaterThan(0);
    expect(reports.every((r) => r.isSample && r.narrative.startsWith('示例'))).toBe(true);
    expect(totals.latest.reports).toBe(winners.filter((w) => w.reports.length > 0).length);
  });
});

describe('the non-scored stages, recorded through their services', () => {
  const stageId = async (name: string) =>
    (await t.database.db.selectFrom('campaign_stages').select('id').where('campaign_id', '=', campaignId).where('name', '=', name).executeTakeFirstOrThrow()).id;

  it('训练营: five 示例 sessions, the attendance of all 88, informative (nobody left out for it)', async () => {
    const view = (await t.call('admin', { method: 'GET', url: `/api/campaigns/stages/${await stageId('“自贸加油站”创业训练营')}/attendance` })).json();
    expect(view.sessions).toHaveLength(5);
    expect(view.sessions.every((s: { title: string; heldOn: string }) => s.title.includes('示例') && s.heldOn >= '2021-09-01' && s.heldOn < '2021-11-01')).toBe(true);
    expect(view.minAttendance).toBeNull();
    expect(view.entries).toHaveLength(88);
    expect(view.entries.every((e: { records: unknown[]; passed: boolean | null }) => e.records.length === 5 && e.passed === null)).toBe(true);
    const attended = view.entries.reduce((sum: number, e: { attended: number }) => sum + e.attended, 0);
    expect(attended).toBe(view.sessions.reduce((sum: number, s: { present: number }) => sum + s.present, 0));
    expect(attended).toBeLessThan(88 * 5);
  });

  it('尽职调查: a 示例 checklist of five, every finalist checked and concluded 通过 — the 24 stay 24', async () => {
    const view = (await t.call('admin', { method: 'GET', url: `/api/campaigns/stages/${await stageId('尽职调查')}/diligence` })).json();
    expect(view.items).toHaveLength(5);
    expect(view.items.every((i: { name: string }) => i.name.includes('示例'))).toBe(true);
    expect(view.entries).toHaveLength(24);
    expect(view.missing).toBe(0);
    expect(view.entries.every((e: { checks: unknown[]; conclusion: { passed: boolean } | null }) => e.checks.length === 5 && e.conclusion?.passed === true)).toBe(true);
  });

  it('党史学习教育: one 示例 session the day before the final, all 24 present, its minimum of one met', async () => {
    const view = (await t.call('admin', { method: 'GET', url: `/api/campaigns/stages/${await stageId('党史学习教育')}/attendance` })).json();
    expect(view.sessions).toMatchObject([{ heldOn: '2021-11-15', present: 24 }]);
    expect(view.minAttendance).toBe(1);
    expect(view.entries).toHaveLength(24);
    expect(view.entries.every((e: { passed: boolean | null }) => e.passed === true)).toBe(true);
  });
});
