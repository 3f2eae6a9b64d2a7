/**
 * What a stage's score sheets for signature (评分表) hold, and who may have them: the organiser
 * every judge of the panel, a judge on the panel their own sheet only (a stage they do not sit
 * on: 404, as everywhere a judge reaches). Each judge's entries are their assignments in force,
 * named as the judge sees them (a blind stage hides the company and the zone); a score is shown
 * only once submitted — a draft is the judge's own business, and a blank is what they fill in
 * on paper. The weighted total of each submitted sheet is the engine's (`scoreMatrixFromColumns`),
 * so the workbook's formula can be checked against it.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../db/schema.js';
import type { RequestContext } from '../../../kernel/actor.js';
import { AppError, notFound } from '../../../kernel/errors.js';
import { viewerOf } from '../../../kernel/viewer.js';
import { scoreMatrixFromColumns } from '../aggregation/score-matrix.js';
import { findVisibleStage, unsafeFindStage, type StageRow } from '../campaigns.repo.js';
import { organises } from '../evaluation.policy.js';

type Db = Kysely<Database>;

export type SheetLine = {
  entryId: number;
  title: string;
  /** Null on a blind stage, as the judge's own list shows it. */
  companyName: string | null;
  zoneName: string | null;
  /** The submitted scores in the stage's criteria order; null until the sheet is submitted. */
  scores: number[] | null;
  /** The engine's weighted total of the submitted sheet. */
  total: number | null;
};

export type JudgeSheet = { expertId: number; name: string; organisation: string | null; lines: SheetLine[] };

/** `own`: a judge's own sheet (not the organiser's whole panel). */
export type ScoreSheets = { stage: StageRow; campaignTitle: string; judges: JudgeSheet[]; own: boolean };

/** The stage and whose sheets the viewer may have: the whole panel (organiser) or their own seat (judge). */
async function sheetsScope(db: Db, context: RequestContext, stageId: number): Promise<{ stage: StageRow; userId: number | null }> {
  const actor = context.actor!;
  const visible = await findVisibleStage(db, viewerOf(context), stageId);
  if (visible && organises(actor, visible)) return { stage: visible, userId: null };
  const seat = await db.selectFrom('stage_judges').select('user_id').where('stage_id', '=', stageId).where('user_id', '=', actor.id).executeTakeFirst();
  if (seat) return { stage: visible ?? (await unsafeFindStage(db, stageId))!, userId: actor.id };
  if (visible) throw new AppError('FORBIDDEN');
  throw notFound();
}

/** Σ weight × score of each submitted sheet, by the engine (one judge, each sheet its own entry). */
function engineTotals(weights: number[], lines: SheetLine[]): void {
  const submitted = lines.filter((line) => line.scores !== null);
  if (submitted.length === 0) return;
  const matrix = scoreMatrixFromColumns({
    entryCount: submitted.length,
    judgeCount: 1,
    weights,
    sheetEntry: Int32Array.from(submitted, (_, i) => i),
    sheetJudge: new Int32Array(submitted.length),
    scores: Float64Array.from(submitted.flatMap((line) => line.scores!)),
  });
  submitted.forEach((line, i) => (line.total = matrix.totals[i]!));
}

export async function readScoreSheets(db: Db, context: RequestContext, stageId: number): Promise<ScoreSheets> {
  const { stage, userId } = await sheetsScope(db, context, stageId);
  if (stage.kind !== 'scored') throw new AppError('STAGE_NOT_SCORED');
  if (stage.criteria.length === 0) throw new AppError('STAGE_HAS_NO_CRITERIA');
  let panel = db
    .selectFrom('stage_judges as sj')
    .innerJoin('experts as x', 'x.id', 'sj.expert_id')
    .select(['sj.expert_id', 'x.name', 'x.organisation'])
    .where('sj.stage_id', '=', stageId);
  if (userId !== null) panel = panel.where('sj.user_id', '=', userId);
  let assigned = db
    .selectFrom('current_stage_assignments as a')
    .innerJoin('campaign_entries as e', 'e.id', 'a.entry_id')
    .leftJoin('innovations as i', 'i.id', 'e.innovation_id')
    .leftJoin('zones as z', 'z.id', 'i.zone_id')
    .leftJoin('score_sheets as s', (join) =>
      join.onRef('s.stage_id', '=', 'a.stage_id').onRef('s.entry_id', '=', 'a.entry_id').onRef('s.expert_id', '=', 'a.expert_id').on('s.status', '=', 'submitted'),
    )
    .select(['a.expert_id', 'a.entry_id', sql<string>`coalesce(i.name, e.project_name, e.company_name, '')`.as('title'), 'e.company_name', 'z.name as zone_name', 's.scores'])
    .where('a.stage_id', '=', stageId);
  if (userId !== null) assigned = assigned.where('a.judge_user_id', '=', userId);
  const [judges, rows, campaign] = await Promise.all([
    panel.orderBy('sj.position').execute(),
    assigned.orderBy('a.expert_id').orderBy('a.entry_id').execute(),
    db.selectFrom('campaigns').select('title').where('id', '=', stage.campaign_id).executeTakeFirstOrThrow(),
  ]);
  const criterionIds = stage.criteria.map((c) => String(c.id));
  const weights = stage.criteria.map((c) => Number(c.weight));
  const sheets = judges.map((judge) => {
    const lines: SheetLine[] = rows
      .filter((row) => row.expert_id === judge.expert_id)
      .map((row) => ({
        entryId: row.entry_id,
        title: row.title,
        companyName: stage.blind ? null : row.company_name,
        zoneName: stage.blind ? null : row.zone_name,
        // A submitted sheet scores every criterion (checked on submit).
        scores: row.scores ? criterionIds.map((id) => row.scores![id]!) : null,
        total: null,
      }));
    engineTotals(weights, lines);
    return { expertId: judge.expert_id, name: judge.name, organisation: judge.organisation, lines };
  });
  return { stage, campaignTitle: campaign.title, judges: sheets, own: userId !== null };
}
