/**
 * Results through the API: every method equals the kernel on the same sheets (and a golden file,
 * so PGlite and PostgreSQL are held to the same numbers); the comparison and the analysis; saved
 * results replace pending ones and never published ones; refusals change nothing.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, buildZone } from '../../../testing/factories.js';
import { createTestApp, type TestApp, type TestUser } from '../../../testing/test-app.js';
import { judgeProfiles, krippendorffAlpha } from '../aggregation/analysis.js';
import { AGGREGATION_METHODS, rescaleToScale, type AggregationMethod } from '../aggregation/methods.js';
import { advancing, awards } from '../aggregation/outcomes.js';
import { rankByMethod } from '../aggregation/ranking.js';
import { buildScoreMatrix } from '../aggregation/score-matrix.js';
import { buildResultsStage, type ResultsStage } from './results.fixture.js';

let t: TestApp;
let staff: TestUser;
let zoneId: number;
let stage: ResultsStage;
beforeAll(async () => {
  t = await createTestApp();
  zoneId = (await buildZone(t)).id;
  staff = await buildUser(t, { role: 'zone_staff', zoneId });
  stage = await buildResultsStage(t, staff, zoneId, { entries: 10, judges: 6 });
});
afterAll(() => t.close());

const get = (url: string, user: TestUser = staff) => t.call(user, { method: 'GET', url });
const post = (url: string, payload: object, user: TestUser = staff) => t.call(user, { method: 'POST', url, payload });
const snapshot = async () =>
  JSON.stringify(await Promise.all((['stage_results', 'stage_result_entries', 'result_objections', 'campaign_entries', 'audit_log'] as const).map((table) => t.database.db.selectFrom(table).selectAll().execute())));

/** The kernel's answer over the sheets as stored, read one row per sheet (small here). */
async function kernel(s: ResultsStage, method: AggregationMethod) {
  const rows = await t.database.db.selectFrom('score_sheets').select(['entry_id', 'expert_id', 'scores']).where('stage_id', '=', s.stageId).where('status', '=', 'submitted').execute();
  const entryIds = [...new Set(rows.map((r) => r.entry_id))].sort((a, b) => a - b);
  const expertIds = [...new Set(rows.map((r) => r.expert_id))].sort((a, b) => a - b);
  const weights = [0.4, 0.6];
  const matrix = buildScoreMatrix({
    entryCount: entryIds.length,
    judgeCount: expertIds.length,
    weights,
    sheets: rows.map((r) => ({ entry: entryIds.indexOf(r.entry_id), judge: expertIds.indexOf(r.expert_id), scores: s.criteriaRows.map((c) => r.scores[String(c.id)]!) })),
  });
  const { values, ranks } = rankByMethod(matrix, method, entryIds);
  const display = method.startsWith('z_') ? rescaleToScale(values, 0, 0.4 * 100 + 0.6 * 10) : values;
  const categories = new Map((await t.database.db.selectFrom('campaign_entries').select(['id', 'category_id']).where('id', 'in', entryIds).execute()).map((r) => [r.id, r.category_id]));
  const ranked = entryIds.map((id, e) => ({ entry: e, category: categories.get(id)!, value: display[e]!, rank: ranks[e]! }));
  const advance = new Set(advancing(ranked, { kind: 'top_n', n: 3, per: 'overall' }));
  const prize = new Map<number, string>();
  for (const group of s.groups) for (const [e, tier] of awards(ranked.filter((r) => r.category === group), [{ name: '一等奖', count: 1 }, { name: '二等奖', count: 1 }], 'overall')) prize.set(e, tier);
  return {
    matrix,
    expertIds,
    items: entryIds
      .map((id, e) => ({ entryId: id, rank: ranks[e]!, value: values[e]!, displayValue: display[e]!, advancing: advance.has(e), award: prize.get(e) ?? null }))
      .sort((a, b) => a.rank - b.rank),
  };
}

const GOLDEN = new URL('./results.golden.json', import.meta.url);

describe('computed results', () => {
  it('equal the kernel for every method, and the golden file on either engine', async () => {
    const golden: Record<string, unknown> = {};
    for (const method of AGGREGATION_METHODS) {
      const response = await get(`/api/campaigns/stages/${stage.stageId}/results?method=${method}`);
      expect(response.statusCode, response.body).toBe(200);
      const body = response.json();
      expect(body.methods).toEqual([...AGGREGATION_METHODS]);
      const expected = (await kernel(stage, method)).items;
      const got = body.items.map((i: (typeof expected)[number]) => ({ entryId: i.entryId, rank: i.rank, value: i.value, displayValue: i.displayValue, advancing: i.advancing, award: i.award }));
      expect(got).toEqual(expected);
      // Entries by their position in the stage, so the file does not depend on ids.
      const position = new Map(stage.entryIds.map((id, i) => [id, i]));
      golden[method] = got.map(({ entryId, ...rest }: { entryId: number }) => ({ entry: position.get(entryId), ...rest }));
    }
    if (!existsSync(GOLDEN) || process.env.UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, `${JSON.stringify(golden, null, 1)}\n`);
    expect(golden).toEqual(JSON.parse(readFileSync(GOLDEN, 'utf8')));
  });

  it('lists what changes between two methods', async () => {
    const [a, b] = [await kernel(stage, 'mean'), await kernel(stage, 'z_total')];
    const expected = a.items
      .filter((x) => {
        const y = b.items.find((i) => i.entryId === x.entryId)!;
        return x.rank !== y.rank || x.advancing !== y.advancing || x.award !== y.award;
      })
      .map((x) => x.entryId);
    // The generated judges differ enough in leniency and spread that the methods disagree somewhere.
    expect(expected.length).toBeGreaterThan(0);
    const response = await get(`/api/campaigns/stages/${stage.stageId}/results/compare?a=mean&b=z_total`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().items.map((i: { entryId: number }) => i.entryId)).toEqual(expected);
    expect((await get(`/api/campaigns/stages/${stage.stageId}/results/compare?a=mean&b=mean`)).statusCode).toBe(400);
  });

  it('analyses the stage as the kernel does', async () => {
    const { matrix, expertIds } = await kernel(stage, 'mean');
    const body = (await get(`/api/campaigns/stages/${stage.stageId}/results/analysis?method=mean`)).json();
    expect(body.alpha).toBeCloseTo(krippendorffAlpha(matrix)!, 12);
    expect(body.judges.map((j: { expertId: number; leniency: number }) => [j.expertId, j.leniency])).toEqual(judgeProfiles(matrix).map((p, j) => [expertIds[j], p.leniency]));
    expect(body.entries).toHaveLength(10);
    for (const entry of body.entries) expect(entry.rankWithout).toHaveLength(6);
  });

  it('refuses an unknown tie-break criterion, and a stage that has not closed, changing nothing', async () => {
    const before = await snapshot();
    const bad = await get(`/api/campaigns/stages/${stage.stageId}/results?tieBreak=2147483647`);
    expect(bad.statusCode).toBe(400);
    const open = await buildResultsStage(t, staff, zoneId, { entries: 2, judges: 2 });
    await t.database.db.updateTable('campaign_stages').set({ status: 'scoring' }).where('id', '=', open.stageId).execute();
    const snap = await snapshot();
    const refused = await post(`/api/campaigns/stages/${open.stageId}/results`, { method: 'mean' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain('评分中');
    expect(await snapshot()).toBe(snap);
    expect(before).not.toBe('');
  });

  it('offers the trimmed mean only with five judges on every entry', async () => {
    const small = await buildResultsStage(t, staff, zoneId, { entries: 3, judges: 4 });
    const body = (await get(`/api/campaigns/stages/${small.stageId}/results`)).json();
    expect(body.methods).toEqual(['mean', 'z_total', 'z_criterion']);
    const refused = await post(`/api/campaigns/stages/${small.stageId}/results`, { method: 'trimmed_mean' }, staff);
    expect(refused.statusCode).toBe(400);
  });
});

describe('saved results', () => {
  it('persist the chosen method as pending, and a recompute replaces them', async () => {
    const saved = await post(`/api/campaigns/stages/${stage.stageId}/results`, { method: 'z_total', tieBreak: [stage.criteria[1]!] });
    expect(saved.statusCode, saved.body).toBe(200);
    const record = saved.json().record;
    expect(record).toMatchObject({ status: 'pending', method: 'z_total', tieBreak: [stage.criteria[1]], judgeCount: 6, sheetCount: 60, publication: null });
    expect(record.entries).toHaveLength(10);
    expect(saved.json().abilities).toMatchObject({ compute: true, publish: true, confirm: false, reopen: false });
    const again = (await post(`/api/campaigns/stages/${stage.stageId}/results`, { method: 'mean' })).json().record;
    expect(again.method).toBe('mean');
    expect(again.entries.map((e: { entryId: number; rank: number }) => [e.entryId, e.rank])).toEqual((await kernel(stage, 'mean')).items.map((i) => [i.entryId, i.rank]));
    expect(await t.database.db.selectFrom('stage_result_entries').select('entry_id').where('results_id', '=', stage.stageId).execute()).toHaveLength(10);
    const audit = await t.database.db.selectFrom('audit_log').select('type').where('type', '=', 'stage_results.computed').orderBy('id').execute();
    expect(audit.length).toBeGreaterThanOrEqual(2);
  });
});
