/**
 * A judge's work on a stage: their assignments (only their own, through `assignedTo`; blind
 * stages hide the company and the zone), the commitment confirmed before any scoring, and score
 * sheets — a draft that may change, then a submission that never does. Every refusal is a zh/en
 * 4xx that changes nothing; an entry not assigned to the judge answers 404.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { RequestContext } from '../../kernel/actor.js';
import { AppError, notFound } from '../../kernel/errors.js';
import { assignedTo, viewerOf, type Assignment } from '../../kernel/viewer.js';
import { JUDGE_COMMITMENT_VERSION } from '../../shared/evaluation/commitment.js';
import { todayInChina } from '../../shared/partial-date.js';
import { writeAudit } from '../audit/audit.service.js';
import type { CriterionRow } from './campaigns.repo.js';
import './evaluation.messages.js';
import { presentCriterion } from './stage-present.js';

type Db = Kysely<Database>;
type Trx = Transaction<Database>;
type Scores = Record<string, number>;

/** The assignments in force: a judge sees the assignment rows that name them. */
const CURRENT_ASSIGNMENTS: Assignment = { table: 'current_stage_assignments', recordColumn: 'id', assigneeColumn: 'judge_user_id' };

const presentSheet = (row: { status: 'draft' | 'submitted'; scores: Scores; submitted_at: Date | null }) => ({
  status: row.status,
  scores: row.scores,
  submittedAt: row.submitted_at ? new Date(row.submitted_at).toISOString() : null,
});

export async function listMyAssignments(db: Db, context: RequestContext) {
  const rows = await db
    .selectFrom('current_stage_assignments as a')
    .innerJoin('campaign_stages as st', 'st.id', 'a.stage_id')
    .innerJoin('campaigns as c', 'c.id', 'st.campaign_id')
    .innerJoin('campaign_entries as e', 'e.id', 'a.entry_id')
    .leftJoin('innovations as i', 'i.id', 'e.innovation_id')
    .leftJoin('zones as z', 'z.id', 'i.zone_id')
    .leftJoin('score_sheets as s', (join) => join.onRef('s.stage_id', '=', 'a.stage_id').onRef('s.entry_id', '=', 'a.entry_id').onRef('s.expert_id', '=', 'a.expert_id'))
    .leftJoin('judge_commitments as jc', (join) => join.onRef('jc.stage_id', '=', 'a.stage_id').onRef('jc.expert_id', '=', 'a.expert_id'))
    .select([
      'a.id', 'a.stage_id', 'st.name as stage_name', 'c.title as campaign_title', 'st.status as stage_status', 'st.ends_on', 'st.blind',
      'e.id as entry_id', sql<string>`coalesce(i.name, e.project_name)`.as('title'), 'e.category_id', 'e.company_name', 'z.name as zone_name',
      's.status as sheet_status', 's.scores', 's.submitted_at', 'jc.confirmed_at',
    ])
    .where(assignedTo(viewerOf(context), CURRENT_ASSIGNMENTS, 'a.id'))
    .orderBy('a.stage_id')
    .orderBy('a.entry_id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    stageId: row.stage_id,
    stageName: row.stage_name,
    campaignTitle: row.campaign_title,
    stageStatus: row.stage_status,
    endsOn: row.ends_on,
    blind: row.blind,
    committed: row.confirmed_at !== null,
    entry: { id: row.entry_id, title: row.title, categoryId: row.category_id, companyName: row.blind ? null : row.company_name, zoneName: row.blind ? null : row.zone_name },
    sheet: row.sheet_status ? presentSheet({ status: row.sheet_status, scores: row.scores ?? {}, submitted_at: row.submitted_at }) : null,
  }));
}

/**
 * The judge's assignments and the criteria of the stages they are on: a judge sees a stage's
 * criteria only through an assignment of their own (the stage itself stays the organiser's).
 */
export async function myAssignmentsWithCriteria(db: Db, context: RequestContext) {
  const items = await listMyAssignments(db, context);
  const stageIds = [...new Set(items.map((item) => item.stageId))];
  const criteria: (CriterionRow & { stage_id: number })[] = stageIds.length
    ? await db
        .selectFrom('stage_criteria')
        .select(['id', 'stage_id', 'ordinal', 'name_zh', 'name_en', 'weight', 'scale_min', 'scale_max', 'levels'])
        .where('stage_id', 'in', stageIds)
        .orderBy('ordinal')
        .execute()
    : [];
  const stages = stageIds.map((stageId) => ({ stageId, criteria: criteria.filter((row) => row.stage_id === stageId).map(presentCriterion) }));
  return { items, stages };
}

/** The judge's seat on the stage's panel, or 404: a stage the judge does not sit on is not theirs to see. */
async function panelSeat(db: Db | Trx, context: RequestContext, stageId: number) {
  const seat = await db.selectFrom('stage_judges').select(['expert_id']).where('stage_id', '=', stageId).where('user_id', '=', context.actor!.id).executeTakeFirst();
  if (!seat) throw notFound();
  return seat;
}

export async function confirmCommitment(db: Db, context: RequestContext, stageId: number) {
  const seat = await panelSeat(db, context, stageId);
  return db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('judge_commitments')
      .values({ stage_id: stageId, expert_id: seat.expert_id, text_version: JUDGE_COMMITMENT_VERSION })
      .onConflict((oc) => oc.columns(['stage_id', 'expert_id']).doNothing())
      .returningAll()
      .executeTakeFirst();
    // Confirming twice is the same commitment: recorded and audited once.
    if (inserted) await writeAudit(trx, context, { type: 'judge_commitment.confirmed', entityId: stageId, after: inserted });
    const row = inserted ?? (await trx.selectFrom('judge_commitments').selectAll().where('stage_id', '=', stageId).where('expert_id', '=', seat.expert_id).executeTakeFirstOrThrow());
    return { stageId, textVersion: row.text_version, confirmedAt: new Date(row.confirmed_at).toISOString() };
  });
}

/** Everything that must hold before a judge writes a sheet: assigned (404), scoring, in time, committed (409). */
async function checkScoring(trx: Trx, context: RequestContext, stageId: number, entryId: number) {
  const assignment = await trx
    .selectFrom('current_stage_assignments')
    .select(['expert_id'])
    .where('stage_id', '=', stageId)
    .where('entry_id', '=', entryId)
    .where('judge_user_id', '=', context.actor!.id)
    .executeTakeFirst();
  if (!assignment) throw notFound();
  // Shared with the organiser's close: a sheet is written within the stage's scoring, not after.
  const stage = await trx.selectFrom('campaign_stages').select(['status', 'ends_on']).where('id', '=', stageId).forShare().executeTakeFirstOrThrow();
  if (stage.status !== 'scoring') throw new AppError('SCORING_CLOSED', { status: stage.status });
  const endsOn = stage.ends_on === null ? null : String(stage.ends_on).slice(0, 10);
  if (endsOn !== null && todayInChina() > endsOn) throw new AppError('SCORING_LATE', { endsOn });
  const committed = await trx.selectFrom('judge_commitments').select('stage_id').where('stage_id', '=', stageId).where('expert_id', '=', assignment.expert_id).executeTakeFirst();
  if (!committed) throw new AppError('COMMITMENT_REQUIRED');
  return assignment.expert_id;
}

/** Each score names one of the stage's criteria and lies on its scale; a submission scores every criterion. */
async function checkScores(trx: Trx, stageId: number, scores: Scores, complete: boolean) {
  const criteria = await trx.selectFrom('stage_criteria').select(['id', 'name_zh', 'scale_min', 'scale_max']).where('stage_id', '=', stageId).orderBy('ordinal').execute();
  const byId = new Map(criteria.map((criterion) => [String(criterion.id), criterion]));
  for (const [id, score] of Object.entries(scores)) {
    const criterion = byId.get(id);
    if (!criterion) throw new AppError('UNKNOWN_CRITERION', { id }, [{ path: `scores/${id}`, key: 'UNKNOWN_CRITERION', params: { id } }]);
    const [min, max] = [Number(criterion.scale_min), Number(criterion.scale_max)];
    if (score < min || score > max) {
      const params = { name: criterion.name_zh, min, max };
      throw new AppError('SCORE_OUT_OF_SCALE', params, [{ path: `scores/${id}`, key: 'SCORE_OUT_OF_SCALE', params }]);
    }
  }
  const missing = complete ? criteria.find((criterion) => scores[String(criterion.id)] === undefined) : undefined;
  if (missing) throw new AppError('SCORE_MISSING', { name: missing.name_zh }, [{ path: `scores/${missing.id}`, key: 'SCORE_MISSING', params: { name: missing.name_zh } }]);
}

/** Saves the judge's draft (any subset of the criteria); a submitted sheet is refused (409). */
export async function saveSheet(db: Db, context: RequestContext, stageId: number, entryId: number, scores: Scores) {
  return db.transaction().execute(async (trx) => {
    const expertId = await checkScoring(trx, context, stageId, entryId);
    await checkScores(trx, stageId, scores, false);
    const row = await trx
      .insertInto('score_sheets')
      .values({ stage_id: stageId, entry_id: entryId, expert_id: expertId, scores: JSON.stringify(scores) })
      .onConflict((oc) => oc.columns(['stage_id', 'entry_id', 'expert_id']).doUpdateSet({ scores: JSON.stringify(scores), updated_at: new Date() }).where('score_sheets.status', '=', 'draft'))
      .returningAll()
      .executeTakeFirst();
    if (!row) throw new AppError('SHEET_ALREADY_SUBMITTED');
    return presentSheet(row);
  });
}

/** Submits the sheet, with `scores` or the draft's, every criterion scored: irreversible, a second submit is 409. */
export async function submitSheet(db: Db, context: RequestContext, stageId: number, entryId: number, scores: Scores | undefined) {
  return db.transaction().execute(async (trx) => {
    const expertId = await checkScoring(trx, context, stageId, entryId);
    const before = await trx.selectFrom('score_sheets').selectAll().where('stage_id', '=', stageId).where('entry_id', '=', entryId).where('expert_id', '=', expertId).forUpdate().executeTakeFirst();
    if (before?.status === 'submitted') throw new AppError('SHEET_ALREADY_SUBMITTED');
    const final = scores ?? before?.scores ?? {};
    await checkScores(trx, stageId, final, true);
    const values = { scores: JSON.stringify(final), status: 'submitted' as const, submitted_at: new Date(), updated_at: new Date() };
    const after = before
      ? await trx.updateTable('score_sheets').set(values).where('id', '=', before.id).where('status', '=', 'draft').returningAll().executeTakeFirst()
      : await trx.insertInto('score_sheets').values({ stage_id: stageId, entry_id: entryId, expert_id: expertId, ...values }).onConflict((oc) => oc.doNothing()).returningAll().executeTakeFirst();
    // Lost a race with the judge's own other submit: the first one stands.
    if (!after) throw new AppError('SHEET_ALREADY_SUBMITTED');
    await writeAudit(trx, context, { type: 'score_sheet.submitted', entityId: after.id, before: before ?? { ...after, status: 'draft', submitted_at: null }, after });
    return presentSheet(after);
  });
}
