/**
 * Moves a stage's results along RESULTS_MACHINE through the shared runner. Beyond the table:
 *   - 发布 (publish) sets the ranked entries' statuses in one batch (awarded, advanced or not
 *     advanced; each entry's previous status kept to restore) and starts the 公示 of N working
 *     days from its first day (nthWorkingDay; a year the holiday calendar lacks is a 400);
 *   - 确认 (confirm) only once the 公示 has ended (today in China after its last day) and every
 *     objection is answered with none upheld;
 *   - 重新开放 (reopen) only with an upheld objection: the entries' statuses are restored and the
 *     results are pending again, to be recomputed and published anew.
 * Guards are checked on the loaded record and again under the lock (objections are answered
 * under the same lock). Results are keyed by their stage's id.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Mailing } from '../../notifications/notifications.service.js';
import { notifyResultsPublished } from '../evaluation.notify.js';
import { sql } from 'kysely';
import type { Database } from '../../../db/schema.js';
import { AppError } from '../../../kernel/errors.js';
import type { TransitionSpec } from '../../../kernel/lifecycle/index.js';
import { viewerOf } from '../../../kernel/viewer.js';
import { coveredYears, CalendarYearNotCovered, nthWorkingDay } from '../../../shared/calendar/working-days.js';
import type { EVALUATION_DECISION_FIELDS, ResultsStatus, ResultsTransition } from '../../../shared/evaluation.enums.js';
import { todayInChina } from '../../../shared/partial-date.js';
import { writeAudit } from '../../audit/audit.service.js';
import { findVisibleStage, type StageRow } from '../campaigns.repo.js';
import { RESULTS_LIFECYCLE } from '../evaluation.policy.js';
import { presentRecord, type ResultsRecordRow } from './results-present.js';
import './results.messages.js';

type ObjectionCounts = { unanswered: number; upheld: number };
export type ResultsTarget = ResultsRecordRow & { zone_path: string; campaign_kind: StageRow['campaign_kind']; stage: StageRow; objections: ObjectionCounts };

/** The 公示 the publish step starts: its first day (YYYY-MM-DD, China) and its length in working days. */
export type Publicity = { startsOn: string; workingDays: number };

async function countObjections(db: Kysely<Database>, stageId: number): Promise<ObjectionCounts> {
  const row = await db
    .selectFrom('result_objections')
    .select([sql<number>`count(*) FILTER (WHERE answer IS NULL)::int`.as('unanswered'), sql<number>`count(*) FILTER (WHERE upheld)::int`.as('upheld')])
    .where('results_id', '=', stageId)
    .executeTakeFirstOrThrow();
  return { unanswered: Number(row.unanswered), upheld: Number(row.upheld) };
}

function refusal(record: Pick<ResultsTarget, 'publicity_ends_on' | 'objections'>, transition: ResultsTransition): AppError | null {
  if (transition === 'confirm') {
    if (record.publicity_ends_on !== null && todayInChina() <= record.publicity_ends_on) return new AppError('PUBLICITY_NOT_ENDED', { endsOn: record.publicity_ends_on });
    if (record.objections.unanswered > 0) return new AppError('OBJECTIONS_UNANSWERED', { count: record.objections.unanswered });
    if (record.objections.upheld > 0) return new AppError('OBJECTION_UPHELD');
  }
  if (transition === 'reopen' && record.objections.upheld === 0) return new AppError('NO_UPHELD_OBJECTION');
  return null;
}

/** The 公示's last day; a year without a holiday arrangement is the caller's to change (400), not a failure. */
function publicityEnd({ startsOn, workingDays }: Publicity): string {
  try {
    return nthWorkingDay(startsOn, workingDays);
  } catch (error) {
    if (error instanceof CalendarYearNotCovered) {
      const last = coveredYears(Number(startsOn.slice(0, 4)))?.last ?? coveredYears(new Date().getUTCFullYear())?.last ?? error.year - 1;
      throw new AppError('PUBLICITY_CALENDAR_NOT_COVERED', { year: error.year, last });
    }
    throw error;
  }
}

/**
 * Sets each ranked entry's status from the results, keeping the one it had (withdrawn entries stay
 * withdrawn). Under a recorded (manual) rule the engine decides no advancement: only awards are set.
 */
async function setEntryStatuses(trx: Transaction<Database>, stageId: number, decidesAdvancement: boolean) {
  await sql`UPDATE stage_result_entries r SET prior_status = e.status FROM campaign_entries e WHERE r.results_id = ${stageId} AND e.id = r.entry_id`.execute(trx);
  await sql`
    UPDATE campaign_entries e
    SET status = CASE WHEN r.award IS NOT NULL THEN 'awarded' WHEN r.advancing THEN 'advanced' ELSE 'eliminated' END, updated_at = now()
    FROM stage_result_entries r
    WHERE r.results_id = ${stageId} AND e.id = r.entry_id AND e.status <> 'withdrawn' AND (${decidesAdvancement} OR r.award IS NOT NULL)`.execute(trx);
}

async function restoreEntryStatuses(trx: Transaction<Database>, stageId: number) {
  await sql`
    UPDATE campaign_entries e SET status = r.prior_status, updated_at = now()
    FROM stage_result_entries r
    WHERE r.results_id = ${stageId} AND e.id = r.entry_id AND r.prior_status IS NOT NULL AND e.status <> 'withdrawn'`.execute(trx);
  await trx.updateTable('stage_result_entries').set({ prior_status: null }).where('results_id', '=', stageId).execute();
}

const UNPUBLISHED = { published_at: null, published_by: null, document: null, publicity_starts_on: null, publicity_ends_on: null, working_days: null };

type Dto = Awaited<ReturnType<typeof presentRecord>>;

/**
 * The spec; `publicity` is what the publish step's body adds to the machine's decision (the 公示's
 * start and length); `mailing` how the applicants told of the published results are mailed.
 */
export function resultsTransitionSpec(
  publicity: Publicity | null,
  mailing: Mailing | null,
): TransitionSpec<ResultsTransition, ResultsStatus, keyof typeof EVALUATION_DECISION_FIELDS, ResultsTarget, number, Dto> {
  return {
    lifecycle: RESULTS_LIFECYCLE,
    table: 'stage_results',
    stampColumn: 'updated_at',
    load: async (db, context, id) => {
      const stage = await findVisibleStage(db, viewerOf(context), id);
      const row = stage && (await db.selectFrom('stage_results').selectAll().where('id', '=', id).executeTakeFirst());
      return stage && row ? { ...row, zone_path: stage.zone_path, campaign_kind: stage.campaign_kind, stage, objections: await countObjections(db, id) } : undefined;
    },
    blocked: (record, transition) => refusal(record, transition),
    checkLocked: async (trx, record, _decision, transition) => {
      const locked = await trx.selectFrom('stage_results').select('publicity_ends_on').where('id', '=', record.id).executeTakeFirstOrThrow();
      const refused = refusal({ publicity_ends_on: locked.publicity_ends_on, objections: await countObjections(trx, record.id) }, transition);
      if (refused) throw refused;
    },
    effects: async (trx, record, step, context) => {
      switch (step.transition) {
        case 'publish': {
          const period = publicity ?? { startsOn: todayInChina(), workingDays: 5 };
          const endsOn = publicityEnd(period);
          await setEntryStatuses(trx, record.id, record.stage.advancement.kind !== 'manual');
          // Told in the step's own transaction: the notice exists exactly when the results are out.
          await notifyResultsPublished(trx, record.id, endsOn, mailing);
          return {
            published_at: new Date(),
            published_by: context.actor!.id,
            document: step.decision.document,
            publicity_starts_on: period.startsOn,
            publicity_ends_on: endsOn,
            working_days: period.workingDays,
          };
        }
        case 'confirm':
          return { confirmed_at: new Date(), confirmed_by: context.actor!.id };
        case 'reopen':
          await restoreEntryStatuses(trx, record.id);
          return UNPUBLISHED;
      }
    },
    audit: { type: 'stage_results.transitioned', write: writeAudit },
    present: async (db, context, id) => presentRecord(db, context, (await findVisibleStage(db, viewerOf(context), id))!),
    // The mails queued with the notices go now rather than at the next poll.
    afterCommit: () => mailing?.queue.wake(),
  };
}
