/**
 * An activity (活动) stage — 训练营, 党史学习教育: its sessions (date within the stage's dates,
 * title, place), each entry's attendance at each (出席 / 缺席 / 请假, with a note; who and when),
 * the count per entry, and the stage's optional minimum attendance, applied when the stage closes
 * (stage-outcomes.ts; without one, attendance is informative). Every write audited in its
 * transaction, under the stage's lock.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.js';
import type { RequestContext } from '../../../kernel/actor.js';
import { AppError, notFound } from '../../../kernel/errors.js';
import type { EntryStatus } from '../../../shared/evaluation.enums.js';
import { writeAudit } from '../../audit/audit.service.js';
import type { StageRow } from '../campaigns.repo.js';
import { findRule, listAttendance, listOutcomes, listSessions, notInRunning, unsafeStageEntries } from './activities.repo.js';
import type { AddSessionBody, AttendanceDto, RecordAttendanceBody } from './activities.schema.js';
import { activityAbilities, iso, organisedStageOfKind, refuseOutsiders, writeOnStage } from './activity-stage.js';

type Db = Kysely<Database>;

async function present(db: Db, stage: StageRow): Promise<AttendanceDto> {
  const [sessions, entries, records, rule, outcomes] = await Promise.all([
    listSessions(db, stage.id), unsafeStageEntries(db, stage), listAttendance(db, stage.id), findRule(db, stage.id), listOutcomes(db, stage.id),
  ]);
  const current = await db.selectFrom('campaign_stages').select(['status', 'starts_on', 'ends_on']).where('id', '=', stage.id).executeTakeFirstOrThrow();
  const passed = new Map(outcomes.map((o) => [o.entry_id, o.passed]));
  const present = (filter: (r: (typeof records)[number]) => boolean) => records.filter((r) => r.status === 'present' && filter(r)).length;
  return {
    stageId: stage.id,
    status: current.status,
    startsOn: current.starts_on,
    endsOn: current.ends_on,
    minAttendance: rule?.min_attendance ?? null,
    sessions: sessions.map((s) => ({ id: s.id, heldOn: s.held_on, title: s.title, place: s.place, present: present((r) => r.session_id === s.id) })),
    entries: entries.map((entry) => ({
      entryId: entry.id,
      title: entry.title,
      companyName: entry.company_name,
      categoryName: entry.category_name,
      isSample: entry.is_sample,
      status: entry.status as EntryStatus,
      attended: present((r) => r.entry_id === entry.id),
      records: records.filter((r) => r.entry_id === entry.id).map((r) => ({ sessionId: r.session_id, status: r.status, note: r.note, by: r.recorded_by_name, at: iso(r.recorded_at) })),
      passed: passed.get(entry.id) ?? null,
    })),
    abilities: activityAbilities({ status: current.status, campaign_status: stage.campaign_status }),
  };
}

export async function getAttendance(db: Db, context: RequestContext, stageId: number): Promise<AttendanceDto> {
  return present(db, await organisedStageOfKind(db, context, stageId, 'activity'));
}

/** Sets (or clears, null) the stage's minimum attendance while its setup is open. */
export async function setAttendanceRule(db: Db, context: RequestContext, stageId: number, minAttendance: number | null): Promise<AttendanceDto> {
  const stage = await organisedStageOfKind(db, context, stageId, 'activity');
  return writeOnStage(db, stage, 'setup', present, async (trx) => {
    const before = await findRule(trx, stageId);
    const after = await trx
      .insertInto('stage_activity_rules')
      .values({ stage_id: stageId, min_attendance: minAttendance })
      .onConflict((oc) => oc.column('stage_id').doUpdateSet({ min_attendance: minAttendance, updated_at: new Date() }))
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(trx, context, { type: 'stage_activity_rule.set', entityId: stageId, before, after });
  });
}

/** Adds a session, dated within the stage's dates where it has them (400 otherwise). */
export async function addSession(db: Db, context: RequestContext, stageId: number, body: AddSessionBody): Promise<AttendanceDto> {
  const stage = await organisedStageOfKind(db, context, stageId, 'activity');
  const outside = (stage.starts_on !== null && body.heldOn < stage.starts_on) || (stage.ends_on !== null && body.heldOn > stage.ends_on);
  if (outside) {
    const params = { startsOn: stage.starts_on ?? '—', endsOn: stage.ends_on ?? '—' };
    throw new AppError('SESSION_OUTSIDE_STAGE', params, [{ path: 'heldOn', key: 'SESSION_OUTSIDE_STAGE', params }]);
  }
  return writeOnStage(db, stage, 'setup', present, async (trx) => {
    const row = await trx.insertInto('stage_sessions').values({ stage_id: stageId, held_on: body.heldOn, title: body.title, place: body.place ?? null }).returningAll().executeTakeFirstOrThrow();
    await writeAudit(trx, context, { type: 'stage_session.created', entityId: stageId, after: row });
  });
}

/** A session of an activity stage the viewer organises (404 if the session or its stage is not the viewer's to see). */
async function organisedSession(db: Db, context: RequestContext, sessionId: number) {
  const session = await db.selectFrom('stage_sessions').selectAll().where('id', '=', sessionId).executeTakeFirst();
  if (!session) throw notFound();
  return { session, stage: await organisedStageOfKind(db, context, session.stage_id, 'activity') };
}

/** Removes a session and its attendance while the stage's setup is open. */
export async function deleteSession(db: Db, context: RequestContext, sessionId: number): Promise<AttendanceDto> {
  const { session, stage } = await organisedSession(db, context, sessionId);
  return writeOnStage(db, stage, 'setup', present, async (trx) => {
    const attendance = await trx.selectFrom('stage_attendance').selectAll().where('session_id', '=', sessionId).orderBy('entry_id').execute();
    const gone = await trx.deleteFrom('stage_sessions').where('id', '=', sessionId).returningAll().executeTakeFirst();
    if (!gone) throw notFound();
    await writeAudit(trx, context, { type: 'stage_session.deleted', entityId: stage.id, before: { ...session, attendance } });
  });
}

/** Records attendance at a session for entries in the running (a later record replaces the earlier). */
export async function recordAttendance(db: Db, context: RequestContext, sessionId: number, body: RecordAttendanceBody): Promise<AttendanceDto> {
  const { stage } = await organisedSession(db, context, sessionId);
  return writeOnStage(db, stage, 'record', present, async (trx) => {
    const entryIds = body.records.map((record) => record.entryId);
    refuseOutsiders(await notInRunning(trx, stage.campaign_id, entryIds), (i) => `records/${i}/entryId`, entryIds);
    const byEntry = new Map(body.records.map((record) => [record.entryId, record]));
    const rows = [...byEntry.values()].map((r) => ({ session_id: sessionId, entry_id: r.entryId, status: r.status, note: r.note ?? null, recorded_by: context.actor!.id }));
    const before = await trx.selectFrom('stage_attendance').selectAll().where('session_id', '=', sessionId).where('entry_id', 'in', [...byEntry.keys()]).orderBy('entry_id').execute();
    const after = await trx
      .insertInto('stage_attendance')
      .values(rows)
      .onConflict((oc) => oc.columns(['session_id', 'entry_id']).doUpdateSet((eb) => ({ status: eb.ref('excluded.status'), note: eb.ref('excluded.note'), recorded_by: eb.ref('excluded.recorded_by'), recorded_at: new Date() })))
      .returningAll()
      .execute();
    await writeAudit(trx, context, { type: 'stage_attendance.recorded', entityId: stage.id, before, after });
  });
}
