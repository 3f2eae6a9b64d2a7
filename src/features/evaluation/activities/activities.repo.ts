/**
 * Storage of the non-scored stages' records. Every read takes a stage the caller has found
 * within the viewer's scope and checked the viewer organises (or an entry the viewer owns):
 * the `unsafe` prefix says so where the function alone would not.
 */
import { sql, type Kysely, type SqlBool, type Transaction } from 'kysely';
import type { Database } from '../../../db/schema.js';
import { CHECKLIST_STAGE_KINDS, IN_RUNNING_STATUSES } from '../../../shared/stage-activities.enums.js';
import { entriesWhere, type EntryRow } from '../entries.repo.js';

type Db = Kysely<Database> | Transaction<Database>;

/**
 * The entries a stage concerns: those in the running (qualified or advanced) and, once the
 * stage has decided on them, those with a record of it (an entry eliminated at its close, or
 * later, stays on the stage's record).
 */
export function unsafeStageEntries(db: Db, stage: { id: number; campaign_id: number }): Promise<EntryRow[]> {
  return entriesWhere(
    db,
    sql<SqlBool>`e.campaign_id = ${stage.campaign_id} AND (e.status IN (${sql.join([...IN_RUNNING_STATUSES])})
      OR EXISTS (SELECT 1 FROM stage_outcomes o WHERE o.stage_id = ${stage.id} AND o.entry_id = e.id)
      OR EXISTS (SELECT 1 FROM stage_attendance a JOIN stage_sessions s ON s.id = a.session_id WHERE s.stage_id = ${stage.id} AND a.entry_id = e.id)
      OR EXISTS (SELECT 1 FROM stage_checks k JOIN stage_checklist_items i ON i.id = k.item_id WHERE i.stage_id = ${stage.id} AND k.entry_id = e.id))`,
  ).execute() as Promise<EntryRow[]>;
}

/** Of `entryIds`, those not in the running of the stage's campaign (to refuse, 400). */
export async function notInRunning(db: Db, campaignId: number, entryIds: readonly number[]): Promise<number[]> {
  const found = await db
    .selectFrom('campaign_entries')
    .select('id')
    .where('campaign_id', '=', campaignId)
    .where('status', 'in', IN_RUNNING_STATUSES)
    .where('id', 'in', [...entryIds])
    .execute();
  const ok = new Set(found.map((row) => row.id));
  return [...new Set(entryIds)].filter((id) => !ok.has(id));
}

export function listChecklist(db: Db, stageId: number) {
  return db.selectFrom('stage_checklist_items').selectAll().where('stage_id', '=', stageId).orderBy('ordinal').execute();
}

export function listChecks(db: Db, stageId: number) {
  return db
    .selectFrom('stage_checks as k')
    .innerJoin('stage_checklist_items as i', 'i.id', 'k.item_id')
    .innerJoin('users as u', 'u.id', 'k.checked_by')
    .select(['k.item_id', 'k.entry_id', 'k.outcome', 'k.note', 'k.checked_at', 'u.display_name as checked_by_name'])
    .where('i.stage_id', '=', stageId)
    .orderBy('i.ordinal')
    .execute();
}

export function listOutcomes(db: Db, stageId: number) {
  return db
    .selectFrom('stage_outcomes as o')
    .innerJoin('users as u', 'u.id', 'o.decided_by')
    .select(['o.entry_id', 'o.basis', 'o.passed', 'o.reason', 'o.decided_at', 'u.display_name as decided_by_name'])
    .where('o.stage_id', '=', stageId)
    .execute();
}

export function listSessions(db: Db, stageId: number) {
  return db.selectFrom('stage_sessions').selectAll().where('stage_id', '=', stageId).orderBy('held_on').orderBy('id').execute();
}

export function listAttendance(db: Db, stageId: number) {
  return db
    .selectFrom('stage_attendance as a')
    .innerJoin('stage_sessions as s', 's.id', 'a.session_id')
    .innerJoin('users as u', 'u.id', 'a.recorded_by')
    .select(['a.session_id', 'a.entry_id', 'a.status', 'a.note', 'a.recorded_at', 'u.display_name as recorded_by_name'])
    .where('s.stage_id', '=', stageId)
    .execute();
}

export async function findRule(db: Db, stageId: number) {
  return (await db.selectFrom('stage_activity_rules').selectAll().where('stage_id', '=', stageId).executeTakeFirst()) ?? null;
}

/** How many entries in the running of a due-diligence stage have no conclusion yet. */
export async function countMissingConclusions(db: Db, stage: { id: number; campaign_id: number }): Promise<number> {
  const row = await db
    .selectFrom('campaign_entries as e')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('e.campaign_id', '=', stage.campaign_id)
    .where('e.status', 'in', IN_RUNNING_STATUSES)
    .where((eb) => eb.not(eb.exists(eb.selectFrom('stage_outcomes as o').select('o.entry_id').whereRef('o.entry_id', '=', 'e.id').where('o.stage_id', '=', stage.id))))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The non-scored stages of an entry's campaign that have started, with the entry's attendance counts and outcome: for its applicant. */
export function unsafeEntryStages(db: Db, entry: { id: number; campaign_id: number }) {
  return db
    .selectFrom('campaign_stages as st')
    .leftJoin('stage_activity_rules as r', 'r.stage_id', 'st.id')
    .leftJoin('stage_outcomes as o', (join) => join.onRef('o.stage_id', '=', 'st.id').on('o.entry_id', '=', entry.id))
    .select([
      'st.id', 'st.name', 'st.kind', 'st.status', 'r.min_attendance', 'o.passed',
      sql<number>`(SELECT count(*)::int FROM stage_sessions s WHERE s.stage_id = st.id)`.as('sessions'),
      sql<number>`(SELECT count(*)::int FROM stage_attendance a JOIN stage_sessions s ON s.id = a.session_id WHERE s.stage_id = st.id AND a.entry_id = ${entry.id} AND a.status = 'present')`.as('present'),
      sql<number>`(SELECT count(*)::int FROM stage_attendance a JOIN stage_sessions s ON s.id = a.session_id WHERE s.stage_id = st.id AND a.entry_id = ${entry.id} AND a.status = 'excused')`.as('excused'),
      sql<number>`(SELECT count(*)::int FROM stage_attendance a JOIN stage_sessions s ON s.id = a.session_id WHERE s.stage_id = st.id AND a.entry_id = ${entry.id} AND a.status = 'absent')`.as('absent'),
    ])
    .where('st.campaign_id', '=', entry.campaign_id)
    .where('st.kind', 'in', ['activity', ...CHECKLIST_STAGE_KINDS])
    .where('st.status', '<>', 'planned')
    .orderBy('st.ordinal')
    .execute();
}
