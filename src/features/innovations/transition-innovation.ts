/**
 * Moves an innovation along INNOVATION_MACHINE through the shared runner (kernel/lifecycle):
 * how an innovation is found within the viewer's scope, its history row, its audit type, its
 * search document. The order of checks and the transaction are the runner's.
 */
import { writeAudit } from '../audit/audit.service.js';
import type { TransitionSpec } from '../../kernel/lifecycle/index.js';
import type { InnovationStatus, InnovationTransition, INNOVATION_DECISION_FIELDS } from '../../shared/innovations.enums.js';
import { findVisibleInnovation } from './innovations.repo.js';
import { INNOVATION_LIFECYCLE } from './innovations.policy.js';
import { getVisibleInnovation, presentInnovation } from './innovations.service.js';
import { reindexInnovation } from './innovation-search.js';
import type { InnovationDto } from './innovations.schema.js';
import { viewerOf } from '../../kernel/viewer.js';

type InnovationRecord = { zone_path: string; status: InnovationStatus };

export const innovationTransitionSpec: TransitionSpec<InnovationTransition, InnovationStatus, keyof typeof INNOVATION_DECISION_FIELDS, InnovationRecord, number, InnovationDto> = {
  lifecycle: INNOVATION_LIFECYCLE,
  table: 'innovations',
  stampColumn: 'updated_at',
  load: (db, context, id) => findVisibleInnovation(db, viewerOf(context), id),
  writeEvent: (trx, step) =>
    trx
      .insertInto('innovation_events')
      .values({
        innovation_id: step.id,
        action: step.transition,
        from_status: step.from,
        to_status: step.to,
        comment: step.decision.comment,
        document: step.decision.document,
        batch: step.decision.batch,
        occurred_on: step.decision.occurredOn,
        actor_id: step.actorId,
      })
      .returningAll()
      .executeTakeFirstOrThrow(),
  audit: { type: 'innovation.transitioned', write: writeAudit },
  reindex: reindexInnovation,
  present: async (db, context, id) => presentInnovation(await getVisibleInnovation(db, viewerOf(context), id), context),
};
