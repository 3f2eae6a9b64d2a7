/**
 * 异议 during a 公示: filed by anyone (name and contact required, the route rate-limited like the
 * registration) — by a signed-in applicant on its own entry, the account is recorded too — and
 * answered once by the organiser, upheld or not. Both lock the results record, as the lifecycle
 * steps do, so an objection is never filed or answered across a confirmation.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.js';
import type { RequestContext } from '../../../kernel/actor.js';
import { AppError, notFound } from '../../../kernel/errors.js';
import { viewerOf } from '../../../kernel/viewer.js';
import { PUBLIC_RESULTS_STATUSES } from '../../../shared/evaluation.enums.js';
import { todayInChina } from '../../../shared/partial-date.js';
import { writeAudit } from '../../audit/audit.service.js';
import { findVisibleStage } from '../campaigns.repo.js';
import { organises } from '../evaluation.policy.js';
import './results.messages.js';

type Db = Kysely<Database>;

export type ObjectionInput = { entryId: number; name: string; contact: string; text: string };

const present = (row: { id: number; entry_id: number; filed_at: Date | string }) => ({ id: row.id, entryId: row.entry_id, filedAt: new Date(row.filed_at).toISOString() });

export async function fileObjection(db: Db, context: RequestContext, stageId: number, input: ObjectionInput) {
  return db.transaction().execute(async (trx) => {
    const results = await trx.selectFrom('stage_results').selectAll().where('id', '=', stageId).forShare().executeTakeFirst();
    // Results nobody outside has seen do not exist for the public.
    if (!results || !PUBLIC_RESULTS_STATUSES.includes(results.status)) throw notFound();
    if (results.status !== 'publicizing' || todayInChina() > results.publicity_ends_on!) throw new AppError('OBJECTIONS_CLOSED');
    const entry = await trx
      .selectFrom('stage_result_entries as r')
      .innerJoin('campaign_entries as e', 'e.id', 'r.entry_id')
      .select(['e.id', 'e.applicant_user_id'])
      .where('r.results_id', '=', stageId)
      .where('r.entry_id', '=', input.entryId)
      .executeTakeFirst();
    if (!entry) throw new AppError('OBJECTION_ENTRY_UNKNOWN', { id: input.entryId });
    const actor = context.actor;
    const ownEntry = actor !== null && actor.role === 'applicant' && entry.applicant_user_id === actor.id;
    const row = await trx
      .insertInto('result_objections')
      .values({ results_id: stageId, entry_id: entry.id, filer_name: input.name, filer_contact: input.contact, filer_user_id: ownEntry ? actor.id : null, body: input.text })
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(trx, context, { type: 'result_objection.filed', entityId: row.id, after: row });
    return present(row);
  });
}

export async function answerObjection(db: Db, context: RequestContext, objectionId: number, input: { answer: string; upheld: boolean }) {
  const found = await db.selectFrom('result_objections').select(['id', 'results_id']).where('id', '=', objectionId).executeTakeFirst();
  const stage = found && (await findVisibleStage(db, viewerOf(context), found.results_id));
  if (!found || !stage) throw notFound();
  if (!organises(context.actor, stage)) throw new AppError('FORBIDDEN');
  return db.transaction().execute(async (trx) => {
    const results = await trx.selectFrom('stage_results').select('status').where('id', '=', found.results_id).forUpdate().executeTakeFirstOrThrow();
    if (results.status !== 'publicizing') throw new AppError('OBJECTIONS_CLOSED');
    const before = await trx.selectFrom('result_objections').selectAll().where('id', '=', objectionId).forUpdate().executeTakeFirstOrThrow();
    if (before.answer !== null) throw new AppError('OBJECTION_ALREADY_ANSWERED');
    const after = await trx
      .updateTable('result_objections')
      .set({ answer: input.answer, upheld: input.upheld, answered_by: context.actor!.id, answered_at: new Date() })
      .where('id', '=', objectionId)
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(trx, context, { type: 'result_objection.answered', entityId: objectionId, before, after });
    return { id: after.id, entryId: after.entry_id, answer: after.answer!, upheld: after.upheld!, answeredAt: new Date(after.answered_at!).toISOString() };
  });
}
