/**
 * What the evaluation engine tells people, and when: judges when entries are assigned to them
 * (and the replacement judge when one declares a conflict), judges who have not finished when the
 * organiser reminds them, an applicant when its registration is made. The kinds and their texts
 * are in src/shared/evaluation.notifications.ts; sending is the notifications feature's.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { RequestContext } from '../../kernel/actor.js';
import { AppError } from '../../kernel/errors.js';
import { deadlineParams } from '../../shared/evaluation.notifications.js';
import { notify, type Mailing } from '../notifications/notifications.service.js';
import { writeAudit } from '../audit/audit.service.js';
import { getOrganisedStage } from './stages.service.js';

type Db = Kysely<Database>;

/** Where a judge works, and where an applicant follows its entries (the console's pages). */
export const JUDGE_PAGE = '/console/my-reviews';
export const APPLICANT_PAGE = '/console/my-entries';
/** A second reminder within this many minutes is refused: judges are not to be flooded by double clicks. */
export const REMINDER_INTERVAL_MINUTES = 60;

async function stageNames(db: Db, stageId: number) {
  return db
    .selectFrom('campaign_stages as st')
    .innerJoin('campaigns as c', 'c.id', 'st.campaign_id')
    .select(['c.title as campaign', 'st.name as stage', 'st.ends_on'])
    .where('st.id', '=', stageId)
    .executeTakeFirstOrThrow();
}

/** Tells each judge (by account) how many entries of the stage are now theirs to score. */
export async function notifyAssigned(trx: Db, stageId: number, countsByJudge: ReadonlyMap<number, number>, mailing: Mailing | null): Promise<number> {
  if (countsByJudge.size === 0) return 0;
  const names = await stageNames(trx, stageId);
  const params = { campaign: names.campaign, stage: names.stage, ...deadlineParams(names.ends_on) };
  return notify(trx, [...countsByJudge.keys()], (userId) => ({ kind: 'evaluation.judge_assigned', params: { ...params, count: countsByJudge.get(userId) ?? 0 }, link: JUDGE_PAGE }), mailing);
}

/**
 * 提醒: every judge of a stage in scoring with sheets still to submit is told how far they are.
 * Refused when the stage is not 评分中 (nothing to remind of) or a reminder went out within the
 * hour; the reminder is audited with the judges it reached.
 */
export async function remindJudges(db: Db, context: RequestContext, stageId: number, mailing: Mailing | null): Promise<{ reminded: number }> {
  const stage = await getOrganisedStage(db, context, stageId);
  return db.transaction().execute(async (trx) => {
    const locked = await trx.selectFrom('campaign_stages').select(['id', 'status']).where('id', '=', stage.id).forUpdate().executeTakeFirstOrThrow();
    if (locked.status !== 'scoring') throw new AppError('REMIND_NOT_SCORING', { status: locked.status });
    const draw = await trx
      .selectFrom('stage_draws')
      .select(['reminded_at', sql<boolean>`reminded_at > now() - make_interval(mins => ${REMINDER_INTERVAL_MINUTES})`.as('recent')])
      .where('stage_id', '=', stage.id)
      .executeTakeFirst();
    if (draw?.recent) throw new AppError('REMINDED_RECENTLY', { minutes: REMINDER_INTERVAL_MINUTES });
    const behind = await trx
      .selectFrom('current_stage_assignments as a')
      .leftJoin('score_sheets as s', (join) => join.onRef('s.stage_id', '=', 'a.stage_id').onRef('s.entry_id', '=', 'a.entry_id').onRef('s.expert_id', '=', 'a.expert_id'))
      .select(['a.judge_user_id', sql<number>`count(*)::int`.as('assigned'), sql<number>`(count(s.id) FILTER (WHERE s.status = 'submitted'))::int`.as('submitted')])
      .where('a.stage_id', '=', stage.id)
      .groupBy('a.judge_user_id')
      .having(sql<boolean>`count(s.id) FILTER (WHERE s.status = 'submitted') < count(*)`)
      .orderBy('a.judge_user_id')
      .execute();
    const progress = new Map(behind.map((row) => [row.judge_user_id, row]));
    const names = await stageNames(trx, stage.id);
    const params = { campaign: names.campaign, stage: names.stage, ...deadlineParams(names.ends_on) };
    const reminded = await notify(
      trx,
      [...progress.keys()],
      (userId) => ({ kind: 'evaluation.judge_reminder', params: { ...params, assigned: progress.get(userId)!.assigned, submitted: progress.get(userId)!.submitted }, link: JUDGE_PAGE }),
      mailing,
    );
    await trx.updateTable('stage_draws').set({ reminded_at: sql`now()` }).where('stage_id', '=', stage.id).execute();
    await writeAudit(trx, context, { type: 'campaign_stage.reminded', entityId: stage.id, after: { judges: [...progress.keys()], reminded } });
    return { reminded };
  });
}

/**
 * Tells the applicants of a stage's ranked entries that its results are published, and until when
 * the public notice (公示) runs. A best case's entries are the zones' innovations: no applicant.
 */
export async function notifyResultsPublished(trx: Db, stageId: number, publicityEndsOn: string, mailing: Mailing | null): Promise<number> {
  const applicants = await trx
    .selectFrom('stage_result_entries as r')
    .innerJoin('campaign_entries as e', 'e.id', 'r.entry_id')
    .select('e.applicant_user_id')
    .where('r.results_id', '=', stageId)
    .where('e.applicant_user_id', 'is not', null)
    .execute();
  const names = await stageNames(trx, stageId);
  return notify(
    trx,
    applicants.map((row) => row.applicant_user_id!),
    { kind: 'evaluation.results_published', params: { campaign: names.campaign, stage: names.stage, publicityEndsOn }, link: APPLICANT_PAGE },
    mailing,
  );
}

/** Confirms a registration to the applicant account it made, with the username to sign in with. */
export async function notifyRegistered(
  trx: Db,
  entry: { campaignId: number; categoryId: number; projectName: string; applicantId: number; username: string },
  mailing: Mailing | null,
): Promise<void> {
  const names = await trx
    .selectFrom('campaigns as c')
    .innerJoin('campaign_categories as k', 'k.campaign_id', 'c.id')
    .select(['c.title as campaign', 'k.name as category'])
    .where('c.id', '=', entry.campaignId)
    .where('k.id', '=', entry.categoryId)
    .executeTakeFirstOrThrow();
  await notify(trx, [entry.applicantId], { kind: 'evaluation.registration_received', params: { ...names, project: entry.projectName, username: entry.username }, link: APPLICANT_PAGE }, mailing);
}
