/**
 * Test setup for results: an open contest with two groups (prize tiers 一等奖 1 / 二等奖 1 each), a
 * scored stage (the campaign's only one, so it awards) with CRITERIA and a top-N rule, `entries`
 * registered companies spread over the groups, `judges` judges on the panel who all scored every
 * entry (sheets written straight into the database, submitted, from a seeded generator with a
 * leniency per judge), and the stage closed.
 */
import type { AdvancementRule } from '../../../shared/evaluation.enums.js';
import type { DemoUser, TestApp, TestUser } from '../../../testing/test-app.js';
import { buildJudges, buildScoredStage, type Judge } from '../scoring.fixture.js';

/** Deterministic scores: entry quality + judge leniency + noise, on each criterion's scale, in halves. */
export function generatedScore(seed: number, entry: number, judge: number, criterion: number, scaleMax: number): number {
  let state = (seed * 73856093) ^ (entry * 19349663) ^ (judge * 83492791) ^ (criterion * 2654435761);
  const next = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  next();
  const quality = ((entry * 37) % 11) / 10 - 0.5;
  // Judges differ in leniency and in how far apart they spread entries: the methods then disagree.
  const leniency = ((judge * 7) % 5) / 10 - 0.2;
  const spread = 0.3 + ((judge * 5) % 3) * 0.6;
  const raw = (0.5 + 0.5 * quality * spread + 0.4 * leniency + 0.5 * (next() - 0.5)) * scaleMax;
  return Math.round(Math.min(scaleMax, Math.max(0, raw)) * 2) / 2;
}

export type ResultsStage = Awaited<ReturnType<typeof buildResultsStage>>;

export async function buildResultsStage(
  t: TestApp,
  organiser: DemoUser | TestUser,
  zoneId: number,
  { entries = 8, judges = 6, seed = 1, advancement = { kind: 'top_n', n: 3, per: 'overall' } as AdvancementRule, panel }: { entries?: number; judges?: number; seed?: number; advancement?: AdvancementRule; panel?: Judge[] } = {},
) {
  const setup = await buildScoredStage(t, organiser, zoneId, entries);
  const call = async (method: 'POST' | 'PATCH', url: string, payload: object) => {
    const response = await t.call(organiser, { method, url, payload });
    if (response.statusCode >= 300) throw new Error(`${url}: ${response.body}`);
    return response.json();
  };
  const prizes = [{ name: '一等奖', count: 1 }, { name: '二等奖', count: 1 }];
  const groups = [
    (await call('POST', `/api/campaigns/${setup.campaign.id}/categories`, { name: '初创组', prizes })).category.id as number,
    (await call('POST', `/api/campaigns/${setup.campaign.id}/categories`, { name: '成长组', prizes })).category.id as number,
  ];
  await call('PATCH', `/api/campaigns/stages/${setup.stageId}`, { advancement });
  const db = t.database.db;
  for (const [i, id] of setup.entryIds.entries()) await db.updateTable('campaign_entries').set({ category_id: groups[i % 2]! }).where('id', '=', id).execute();
  const experts = panel ?? (await buildJudges(t, judges));
  await db.insertInto('stage_judges').values(experts.map((judge, i) => ({ stage_id: setup.stageId, expert_id: judge.expertId, user_id: judge.id, position: i + 1 }))).execute();
  const criteria = await db.selectFrom('stage_criteria').select(['id', 'scale_max']).where('stage_id', '=', setup.stageId).orderBy('ordinal').execute();
  const sheets = setup.entryIds.flatMap((entryId, e) =>
    experts.map((judge, j) => ({
      stage_id: setup.stageId,
      entry_id: entryId,
      expert_id: judge.expertId,
      status: 'submitted' as const,
      submitted_at: new Date(),
      scores: JSON.stringify(Object.fromEntries(criteria.map((c, k) => [String(c.id), generatedScore(seed, e, j, k, Number(c.scale_max))]))),
    })),
  );
  await db.insertInto('score_sheets').values(sheets).execute();
  await call('POST', `/api/campaigns/stages/${setup.stageId}/close`, {});
  return { ...setup, groups, judges: experts, criteriaRows: criteria };
}
