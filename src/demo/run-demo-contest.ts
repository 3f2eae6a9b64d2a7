/**
 * Runs the demo contest's sixth edition through the engine, as its organiser and judges would:
 * every stage opened, closed and published in order along its lifecycle; for the two scored
 * rounds the judges drawn with a fixed seed and assigned (draws.service), each judge's
 * commitment confirmed, score sheets from generateScores (the article gives the outcome, not
 * the scores), the results computed and saved (saveResults) and published with their 公示, then
 * confirmed (the publish transition decides who advances and who wins); finally the campaign
 * closed and published. Nothing here types a rank or an award in: the engine derives them.
 * The activity and due-diligence stages keep their records through their services (demo-stage-activities.ts).
 * Runs in the demo's transaction: the services' own transactions join it (joinedTransaction).
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import { joinedTransaction } from '../db/joined-transaction.js';
import type { Database } from '../db/schema.js';
import { actorOf, type RequestContext } from '../kernel/actor.js';
import { runTransition } from '../kernel/lifecycle/index.js';
import { generateScores } from '../features/evaluation/aggregation/generate-scores.js';
import { assignStage, createDraw } from '../features/evaluation/draws.service.js';
import { confirmCommitment } from '../features/evaluation/judging.service.js';
import { saveResults } from '../features/evaluation/results/results.service.js';
import { resultsTransitionSpec } from '../features/evaluation/results/transition-results.js';
import { campaignTransitionSpec } from '../features/evaluation/transition-campaign.js';
import { stageTransitionSpec } from '../features/evaluation/transition-stage.js';
import { runDemoFollowUp } from './demo-follow-up.js';
import { recordDemoStage } from './demo-stage-activities.js';
import type { AdvancementRule, AggregationMethod, StageKind } from '../shared/evaluation.enums.js';

type DemoCriterion = { nameZh: string; nameEn?: string; weight: number };
export type DemoStage = {
  kind: StageKind;
  name: string;
  startsOn?: string;
  endsOn?: string;
  advancement?: AdvancementRule;
  criteria?: DemoCriterion[];
  /** A scored stage's 公示: its first day (the source gives none; see data/demo/README.md). */
  publicityStartsOn?: string;
};

export type DemoContest = {
  campaignId: number;
  stages: (DemoStage & { id: number })[];
  /** In registration order; `named` for the firms the article names (first in their groups). */
  entries: { id: number; categoryId: number; named: boolean }[];
  judgeSeeds: Record<string, number>;
  panel: number;
  document: string;
  method: AggregationMethod;
  /** The article's follow-up agreements for the named winners (the contest's providers; a best case has none). */
  followUp?: boolean;
};

const loader = (actor: RequestContext['actor']): RequestContext => ({ actor, ip: null, userAgent: 'yanzhen-demo-loader' });
/** The 公示 of each round: five working days (the engine's default; the source gives none). */
const PUBLICITY_WORKING_DAYS = 5;

/** A fixed shuffle (Fisher–Yates on a small LCG): which invented entries do well is arbitrary, but the same on every load. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * The wanted order over `entries`: within each group the named firm first, then the invented
 * ones in a fixed shuffle; the groups interleaved (each group's k-th before anyone's k+1-th), so
 * every per-group rule reads the wanted order within the group.
 */
function wantedOrder(entries: DemoContest['entries'], seed: number): number[] {
  const byGroup = new Map<number, number[]>();
  entries.forEach((entry, index) => byGroup.set(entry.categoryId, [...(byGroup.get(entry.categoryId) ?? []), index]));
  const lists = [...byGroup.values()].map((indexes) => [...indexes.filter((i) => entries[i]!.named), ...shuffled(indexes.filter((i) => !entries[i]!.named), seed)]);
  const order: number[] = [];
  for (let k = 0; order.length < entries.length; k++) for (const list of lists) if (k < list.length) order.push(list[k]!);
  return order;
}

async function step(db: Kysely<Database>, organiser: RequestContext, spec: 'stage' | 'campaign', id: number, ...transitions: string[]) {
  for (const transition of transitions) {
    if (spec === 'stage') await runTransition(db, organiser, stageTransitionSpec, id, transition as never, {});
    else await runTransition(db, organiser, campaignTransitionSpec, id, transition as never, {});
  }
}

/** Draws and assigns the panel, has each judge commit, and writes their submitted sheets so that `entries` rank in the wanted order. */
async function scoreRound(db: Kysely<Database>, trx: Transaction<Database>, organiser: RequestContext, stage: DemoContest['stages'][number], entries: DemoContest['entries'], contest: DemoContest) {
  const seed = contest.judgeSeeds[stage.name]!;
  await createDraw(db, organiser, stage.id, { seed, size: contest.panel, exclusions: [] });
  await assignStage(db, organiser, stage.id, { perEntry: contest.panel, loadCap: entries.length }, null);
  await step(db, organiser, 'stage', stage.id, 'start_scoring');
  const panel = await trx
    .selectFrom('stage_judges as j')
    .innerJoin('users as u', 'u.id', 'j.user_id')
    .select(['j.expert_id', 'u.id', 'u.username', 'u.display_name', 'u.role', 'u.scope_zone_id'])
    .where('j.stage_id', '=', stage.id)
    .orderBy('j.position')
    .execute();
  for (const judge of panel) await confirmCommitment(db, loader(actorOf({ ...judge, scope_path: null })), stage.id);

  const assignments = await trx.selectFrom('current_stage_assignments').select(['entry_id', 'expert_id']).where('stage_id', '=', stage.id).execute();
  const entryIndex = new Map(entries.map((entry, index) => [entry.id, index]));
  const judgeIndex = new Map(panel.map((judge, index) => [judge.expert_id, index]));
  const judgesOf = entries.map(() => [] as number[]);
  for (const a of assignments) judgesOf[entryIndex.get(a.entry_id)!]!.push(judgeIndex.get(a.expert_id)!);
  const criteria = await trx.selectFrom('stage_criteria').select(['id', 'weight']).where('stage_id', '=', stage.id).orderBy('ordinal').execute();
  const sheets = generateScores({
    order: wantedOrder(entries, seed),
    judgesOf: (entry) => judgesOf[entry]!,
    judgeCount: panel.length,
    weights: criteria.map((c) => Number(c.weight)),
    scale: { min: 0, max: 100 },
    // The stage's method, and the plain mean a reader would check the table with.
    methods: [contest.method, 'mean'],
    seed,
  });
  await trx
    .insertInto('score_sheets')
    .values(sheets.map((sheet) => ({
      stage_id: stage.id, entry_id: entries[sheet.entry]!.id, expert_id: panel[sheet.judge]!.expert_id, status: 'submitted' as const, submitted_at: new Date(),
      scores: JSON.stringify(Object.fromEntries(criteria.map((c, k) => [String(c.id), sheet.scores[k]!]))),
    })))
    .execute();
  await step(db, organiser, 'stage', stage.id, 'close');

  await saveResults(db, organiser, stage.id, contest.method, []);
  const publicity = { startsOn: stage.publicityStartsOn!, workingDays: PUBLICITY_WORKING_DAYS };
  await runTransition(db, organiser, resultsTransitionSpec(publicity, null), stage.id, 'publish', { document: contest.document });
  await runTransition(db, organiser, resultsTransitionSpec(null, null), stage.id, 'confirm', {});
  // The runner stamps the steps with the loading day; the demo's results were published on the 公示's
  // first day and confirmed on the day after it ended, as the notice then reads (not in 2026).
  await trx
    .updateTable('stage_results')
    .set((eb) => ({ published_at: sql<Date>`(${eb.ref('publicity_starts_on')} + time '09:00') AT TIME ZONE 'Asia/Shanghai'`, confirmed_at: sql<Date>`(${eb.ref('publicity_ends_on')} + 1 + time '09:00') AT TIME ZONE 'Asia/Shanghai'` }))
    .where('id', '=', stage.id)
    .execute();
}

export async function runDemoContest(trx: Transaction<Database>, contest: DemoContest) {
  const db = joinedTransaction(trx);
  // The province office runs the demo contest (it may step in for any zone's contest): the demo has no 烟台 staff account.
  const admin = await trx
    .selectFrom('users as u')
    .innerJoin('zones as z', 'z.id', 'u.scope_zone_id')
    .select(['u.id', 'u.username', 'u.display_name', 'u.role', 'u.scope_zone_id', 'z.path as scope_path'])
    .where('u.role', '=', 'province_admin')
    .orderBy('u.id')
    .executeTakeFirstOrThrow();
  const organiser = loader(actorOf(admin));
  await step(db, organiser, 'campaign', contest.campaignId, 'open');
  for (const stage of contest.stages) {
    await step(db, organiser, 'stage', stage.id, 'open');
    if (stage.kind === 'scored') {
      const inRunning = await trx.selectFrom('campaign_entries').select('id').where('campaign_id', '=', contest.campaignId).where('status', 'in', ['qualified', 'advanced']).execute();
      const running = new Set(inRunning.map((row) => row.id));
      await scoreRound(db, trx, organiser, stage, contest.entries.filter((entry) => running.has(entry.id)), contest);
    } else {
      // 海选, 训练营, 尽职调查, 党史学习教育: their checks, conclusions, sessions and attendance, applied at the close.
      if (stage.kind !== 'registration') await recordDemoStage(db, organiser, contest.campaignId, stage);
      await step(db, organiser, 'stage', stage.id, 'close');
    }
    await step(db, organiser, 'stage', stage.id, 'publish');
  }
  await step(db, organiser, 'campaign', contest.campaignId, 'close', 'publish');
  if (contest.followUp) await runDemoFollowUp(db, trx, organiser, contest.entries.filter((entry) => entry.named).map((entry) => entry.id));
}
