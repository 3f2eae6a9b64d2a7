/**
 * A closed scored stage's results, the organiser's: every offered method computed side by side
 * from the submitted sheets (`GET …/results?method=`), the "what changes" list between two
 * methods, the analysis (disagreement, stability, judges' leniency and agreement, Krippendorff's
 * alpha), and the chosen method's results computed and saved as pending (`POST …/results`;
 * recomputing replaces pending results, published ones are never changed).
 *
 * Who: the stage as the viewer sees it (404 outside), organised by the viewer (403 otherwise).
 * Judges' and applicants' views never reach here: the per-judge figures are the organiser's.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.js';
import type { RequestContext } from '../../../kernel/actor.js';
import { AppError } from '../../../kernel/errors.js';
import type { AggregationMethod } from '../../../shared/evaluation.enums.js';
import { writeAudit } from '../../audit/audit.service.js';
import { judgeProfiles, krippendorffAlpha } from '../aggregation/analysis.js';
import { fastStability } from '../aggregation/leave-one-out.js';
import { availableMethods, TRIMMED_MEAN_MIN_JUDGES } from '../aggregation/methods.js';
import { unsafeListCategories, type StageRow } from '../campaigns.repo.js';
import { getOrganisedStage } from '../stages.service.js';
import { computeResults, rankStage, type OutcomeRules } from './compute-results.js';
import { entryNames, lockResults, writePendingResults } from './results.repo.js';
import './results.messages.js';
import { readStageScores, type StageScores } from './stage-scores.js';
import { presentRecord, publicName } from './results-present.js';

type Db = Kysely<Database>;

/** The stage, seen and organised by the viewer, a scored one. */
export async function organisedStage(db: Db, context: RequestContext, stageId: number): Promise<StageRow> {
  const stage = await getOrganisedStage(db, context, stageId);
  if (stage.kind !== 'scored') throw new AppError('STAGE_NOT_SCORED');
  return stage;
}

/** A closed scored stage with its criteria: the only kind that has results. */
async function closedStage(db: Db, context: RequestContext, stageId: number): Promise<StageRow> {
  const stage = await organisedStage(db, context, stageId);
  if (stage.status !== 'closed' && stage.status !== 'published') throw new AppError('RESULTS_STAGE_NOT_CLOSED', { status: stage.status });
  if (stage.criteria.length === 0) throw new AppError('STAGE_HAS_NO_CRITERIA');
  return stage;
}

/** The stage's rule, and the categories' prizes if it is the campaign's last scored stage (the final awards; earlier rounds only advance). */
async function outcomeRules(db: Db, stage: StageRow): Promise<OutcomeRules> {
  const last = await db
    .selectFrom('campaign_stages')
    .select((eb) => eb.fn.max('ordinal').as('ordinal'))
    .where('campaign_id', '=', stage.campaign_id)
    .where('kind', '=', 'scored')
    .executeTakeFirstOrThrow();
  const awards = Number(last.ordinal) === stage.ordinal;
  const categories = awards ? await unsafeListCategories(db, stage.campaign_id) : [];
  return { advancement: stage.advancement, prizes: new Map(categories.map((c) => [c.id, c.prizes])) };
}

function checkMethod(scores: StageScores, method: AggregationMethod) {
  if (!availableMethods(scores.matrix).includes(method)) throw new AppError('RESULTS_METHOD_UNAVAILABLE', { min: TRIMMED_MEAN_MIN_JUDGES });
}

/** Tie-break criteria ids → their indexes in the stage's criteria (an id not of the stage: 400). */
function tieBreakIndexes(scores: StageScores, tieBreak: readonly number[]): number[] {
  return tieBreak.map((id) => {
    const index = scores.criterionIds.indexOf(id);
    if (index < 0) throw new AppError('UNKNOWN_CRITERION', { id });
    return index;
  });
}

async function prepare(db: Db, context: RequestContext, stageId: number) {
  const stage = await closedStage(db, context, stageId);
  const scores = await readStageScores(db, stage);
  return { stage, scores, rules: await outcomeRules(db, stage) };
}

const methodsOffered = (scores: StageScores) => availableMethods(scores.matrix);

/** One method's ranking, computed now from the sheets (not saved): what the side-by-side view shows. */
export async function previewResults(db: Db, context: RequestContext, stageId: number, method: AggregationMethod, tieBreak: number[]) {
  const { stage, scores, rules } = await prepare(db, context, stageId);
  checkMethod(scores, method);
  const results = computeResults(scores, method, tieBreakIndexes(scores, tieBreak), rules);
  const names = await entryNames(db, Array.from(scores.entryIds));
  return {
    stageId: stage.id,
    method,
    tieBreak,
    methods: methodsOffered(scores),
    scale: scores.scale,
    judgeCount: scores.matrix.judgeCount,
    sheetCount: scores.matrix.sheetJudge.length,
    items: results.map((r) => {
      const entryId = scores.entryIds[r.index]!;
      const name = names.get(entryId)!;
      return {
        entryId,
        categoryId: name.category_id,
        ...publicName(name),
        value: r.value,
        displayValue: r.displayValue,
        rank: r.rank,
        judges: r.judges,
        advancing: r.advancing,
        award: r.award,
        sd: r.sd,
        range: r.range,
        bestRank: r.bestRank,
        worstRank: r.worstRank,
        singleJudge: r.singleJudge,
      };
    }),
  };
}

/** The "what changes" list: entries whose rank, advancement or award differs between methods a and b. */
export async function compareMethods(db: Db, context: RequestContext, stageId: number, a: AggregationMethod, b: AggregationMethod, tieBreak: number[]) {
  if (a === b) throw new AppError('RESULTS_SAME_METHOD');
  const { scores, rules } = await prepare(db, context, stageId);
  checkMethod(scores, a);
  checkMethod(scores, b);
  const indexes = tieBreakIndexes(scores, tieBreak);
  const [ra, rb] = [rankStage(scores, a, indexes, rules), rankStage(scores, b, indexes, rules)];
  const names = await entryNames(db, Array.from(scores.entryIds));
  const outcome = (r: typeof ra, e: number) => ({ rank: r.ranks[e]!, displayValue: r.display[e]!, advancing: r.outcome.advancing.has(e), award: r.outcome.awards.get(e) ?? null });
  const items = [];
  for (let e = 0; e < scores.entryIds.length; e++) {
    const [x, y] = [outcome(ra, e), outcome(rb, e)];
    if (x.rank === y.rank && x.advancing === y.advancing && x.award === y.award) continue;
    const entryId = scores.entryIds[e]!;
    items.push({ entryId, ...publicName(names.get(entryId)!), a: x, b: y });
  }
  items.sort((p, q) => p.a.rank - q.a.rank);
  return { stageId, a, b, tieBreak, items };
}

/** Per entry disagreement and stability, per judge leniency and agreement, the stage's alpha. */
export async function analyseStage(db: Db, context: RequestContext, stageId: number, method: AggregationMethod, tieBreak: number[]) {
  const { scores, rules } = await prepare(db, context, stageId);
  checkMethod(scores, method);
  const indexes = tieBreakIndexes(scores, tieBreak);
  const results = computeResults(scores, method, indexes, rules);
  const stability = fastStability(scores.matrix, method, scores.entryIds, indexes);
  const experts = await db.selectFrom('experts').select(['id', 'name']).where('id', 'in', scores.expertIds.length > 0 ? Array.from(scores.expertIds) : [0]).execute();
  const expertName = new Map(experts.map((e) => [e.id, e.name]));
  return {
    stageId,
    method,
    alpha: krippendorffAlpha(scores.matrix),
    entries: results.map((r) => ({
      entryId: scores.entryIds[r.index]!,
      rank: r.rank,
      sd: r.sd,
      range: r.range,
      bestRank: r.bestRank,
      worstRank: r.worstRank,
      singleJudge: r.singleJudge,
      // Which judge's absence moves the entry where: the organiser's, like everything here.
      rankWithout: [...stability[r.index]!.byJudge].map(([judge, rank]) => ({ expertId: scores.expertIds[judge]!, rank })),
    })),
    judges: judgeProfiles(scores.matrix).map((profile, j) => ({ expertId: scores.expertIds[j]!, name: expertName.get(scores.expertIds[j]!) ?? '', ...profile })),
  };
}

/** Every offered method's rank and displayed value per entry, with the same tie-break: the side-by-side sheet of the results export. */
export async function methodsSideBySide(db: Db, context: RequestContext, stageId: number, tieBreak: readonly number[]) {
  const { scores, rules } = await prepare(db, context, stageId);
  const indexes = tieBreakIndexes(scores, tieBreak);
  const methods = methodsOffered(scores);
  const ranked = methods.map((method) => rankStage(scores, method, indexes, rules));
  const byEntry = new Map<number, { rank: number; displayValue: number }[]>();
  scores.entryIds.forEach((entryId, e) => byEntry.set(entryId, ranked.map((r) => ({ rank: r.ranks[e]!, displayValue: r.display[e]! }))));
  return { methods, byEntry };
}

/** Computes the chosen method's results and saves them as pending (replacing pending ones). */
export async function saveResults(db: Db, context: RequestContext, stageId: number, method: AggregationMethod, tieBreak: number[]) {
  const { stage, scores, rules } = await prepare(db, context, stageId);
  if (scores.entryIds.length === 0) throw new AppError('RESULTS_NO_SHEETS');
  checkMethod(scores, method);
  const results = computeResults(scores, method, tieBreakIndexes(scores, tieBreak), rules);
  await db.transaction().execute(async (trx) => {
    const before = await lockResults(trx, stage.id);
    if (before && before.status !== 'pending') throw new AppError('RESULTS_ALREADY_PUBLISHED', { status: before.status });
    const after = await writePendingResults(
      trx,
      { stageId: stage.id, method, tieBreak, judgeCount: scores.matrix.judgeCount, sheetCount: scores.matrix.sheetJudge.length, alpha: krippendorffAlpha(scores.matrix), userId: context.actor!.id },
      scores.entryIds,
      results,
    );
    await writeAudit(trx, context, { type: 'stage_results.computed', entityId: stage.id, before: before ?? null, after: { ...after, entries: results.length } });
  });
  return presentRecord(db, context, stage);
}
