/**
 * Moves an innovation along INNOVATION_MACHINE. Order: load within scope (404) → the role the
 * transition needs (403) → the machine (409) → what the decision must record (400) → write.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { RequestContext } from '../../kernel/actor.js';
import { AppError } from '../../kernel/errors.js';
import {
  INNOVATION_MACHINE,
  INNOVATION_STATUS_LABELS,
  INNOVATION_TRANSITION_LABELS,
  type InnovationStatus,
  type InnovationTransition,
  type Lang,
} from '../../shared/enums.js';
import { FIELD_MESSAGES } from '../../shared/validation-messages.js';
import { writeAudit } from '../audit/audit.service.js';
import { canTransition, hasTransitionRole } from './innovations.policy.js';
import { getVisibleInnovation, presentInnovation, visibilityOf } from './innovations.service.js';
import { reindexInnovation } from './innovation-search.js';
import type { InnovationDto, TransitionInnovationBody } from './innovations.schema.js';

/** The columns that keep a decision's facts on the record itself (see migration 0002). */
function factColumns(transition: InnovationTransition, body: TransitionInnovationBody) {
  switch (transition) {
    case 'recognize':
      return { recognized_on: body.occurredOn ?? null, recognized_precision: body.occurredOn ? 'day' : null, recognized_document: body.document ?? null, recognized_batch: body.batch ?? null };
    case 'replicate_province':
      return { province_replicated_on: body.occurredOn ?? null, province_replicated_precision: body.occurredOn ? 'day' : null, province_replicated_document: body.document ?? null };
    case 'replicate_national':
      return { nation_replicated_on: body.occurredOn ?? null, nation_replicated_precision: body.occurredOn ? 'day' : null, nation_replicated_document: body.document ?? null, nation_replicated_batch: body.batch ?? null };
    default:
      return {};
  }
}

export async function transitionInnovation(
  db: Kysely<Database>,
  context: RequestContext,
  id: number,
  transition: InnovationTransition,
  body: TransitionInnovationBody,
  lang: Lang,
): Promise<InnovationDto> {
  const row = await getVisibleInnovation(db, visibilityOf(context), id);
  if (!hasTransitionRole(context.actor, row, transition)) throw new AppError('FORBIDDEN');
  const edge = INNOVATION_MACHINE[transition];
  const invalid = () =>
    new AppError('INVALID_TRANSITION', {
      from: INNOVATION_STATUS_LABELS[row.status as InnovationStatus][lang],
      action: INNOVATION_TRANSITION_LABELS[transition][lang],
    });
  if (!canTransition(context.actor, row, transition)) throw invalid();
  const missing = (edge.needs as readonly ('comment' | 'document' | 'occurredOn')[]).filter((field) => !body[field]);
  if (missing.length > 0) {
    throw new AppError('VALIDATION_FAILED', {}, missing.map((path) => ({ path, message: FIELD_MESSAGES.required[lang] })));
  }
  await db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('innovations').selectAll().where('id', '=', id).forUpdate().executeTakeFirstOrThrow();
    // Two reviewers at once: the second must see the status the first left.
    if (!canTransition(context.actor, { zone_path: row.zone_path, status: before.status }, transition)) throw invalid();
    const after = await trx
      .updateTable('innovations')
      .set({ status: edge.to, updated_at: new Date(), ...factColumns(transition, body) })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    const event = await trx
      .insertInto('innovation_events')
      .values({
        innovation_id: id,
        action: transition,
        from_status: before.status,
        to_status: edge.to,
        comment: body.comment || null,
        document: body.document || null,
        batch: body.batch || null,
        occurred_on: body.occurredOn ?? null,
        actor_id: context.actor!.id,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(trx, context, { type: 'innovation.transitioned', entityId: id, action: transition, before, after: { ...after, event } });
    await reindexInnovation(trx, id);
  });
  return presentInnovation(await getVisibleInnovation(db, visibilityOf(context), id), context);
}
