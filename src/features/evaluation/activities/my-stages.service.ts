/**
 * What an applicant sees of its own entry in the non-scored stages that have started: per
 * activity stage its attendance counts, and once a stage has closed whether the entry passed it.
 * Never the notes, the per-item checks, the reasons or who recorded them: those are the
 * organiser's. An entry not the viewer's own answers 404.
 */
import { sql, type Kysely, type SqlBool } from 'kysely';
import type { Database } from '../../../db/schema.js';
import type { RequestContext } from '../../../kernel/actor.js';
import { notFound } from '../../../kernel/errors.js';
import { ownedBy, viewerOf } from '../../../kernel/viewer.js';
import { entriesWhere } from '../entries.repo.js';
import { unsafeEntryStages } from './activities.repo.js';

const DECIDED = new Set(['closed', 'published']);

export async function myEntryStages(db: Kysely<Database>, context: RequestContext, entryId: number) {
  const entry = await entriesWhere(db, sql<SqlBool>`e.id = ${entryId} AND ${ownedBy(viewerOf(context), 'e.applicant_user_id')}`).executeTakeFirst();
  if (!entry) throw notFound();
  const stages = await unsafeEntryStages(db, entry);
  return {
    entryId,
    stages: stages.map((stage) => ({
      stageId: stage.id,
      name: stage.name,
      kind: stage.kind,
      status: stage.status,
      attendance: stage.kind === 'activity' ? { sessions: Number(stage.sessions), present: Number(stage.present), excused: Number(stage.excused), absent: Number(stage.absent), minAttendance: stage.min_attendance } : null,
      passed: DECIDED.has(stage.status) ? (stage.passed ?? null) : null,
    })),
  };
}
