/**
 * Moves a bulletin along BULLETIN_MACHINE through the shared runner. 印发 evaluates every figure
 * one last time under the row lock and writes the document into `frozen` in the step's own
 * transaction (a figure the data cannot give refuses the step, 409, naming it); from then on the
 * bulletin is read from `frozen` alone, so a later correction of a value never changes it.
 */
import { AppError } from '../../kernel/errors.js';
import type { TransitionSpec } from '../../kernel/lifecycle/index.js';
import { viewerOf } from '../../kernel/viewer.js';
import type { BULLETIN_DECISION_FIELDS, BulletinStatus, BulletinTransition } from '../../shared/bulletins.enums.js';
import { writeAudit } from '../audit/audit.service.js';
import { reindexBulletin } from './bulletin-search.js';
import { BULLETIN_LIFECYCLE } from './bulletins.policy.js';
import { findVisibleBulletin, type BulletinRow } from './bulletins.repo.js';
import type { BulletinDto } from './bulletins.schema.js';
import { composeDocument, getBulletin } from './bulletins.service.js';
import './bulletins.messages.js';
import { canWriteZone } from '../../kernel/actor.js';
import type { JobQueue } from '../../kernel/jobs.js';
import { RENDER_JOB_KIND } from './render-job.js';

/** The spec, given how to reach the job runner (the app's, looked up when a step is taken). */
export const bulletinTransitionSpec = (queue: () => JobQueue): TransitionSpec<BulletinTransition, BulletinStatus, keyof typeof BULLETIN_DECISION_FIELDS, BulletinRow, number, BulletinDto> => ({
  lifecycle: BULLETIN_LIFECYCLE,
  table: 'bulletins',
  stampColumn: 'updated_at',
  // A draft is its office's (and the offices above); an issued one anyone's, and the party rules say who may withdraw it.
  load: async (db, context, id) => {
    const row = await findVisibleBulletin(db, viewerOf(context), id);
    return row && (row.status !== 'draft' || canWriteZone(context.actor, row.zone_path)) ? row : undefined;
  },
  effects: async (trx, record, step, context) => {
    if (step.transition !== 'issue') return {};
    const document = await composeDocument(trx, context, record);
    const unavailable = document.figures.filter((figure) => !figure.available).map((figure) => figure.key);
    if (unavailable.length > 0) throw new AppError('BULLETIN_FIGURES_UNAVAILABLE', { keys: unavailable.join('、') });
    // The files are made from `frozen` by a job queued in this same transaction: no issued bulletin is without its job.
    const job = await queue().enqueueIn(trx, { ...context, actor: context.actor! }, RENDER_JOB_KIND, { bulletinId: step.id });
    return { frozen: JSON.stringify(document), render_job_id: job.id };
  },
  afterCommit: () => queue().wake(),
  writeEvent: (trx, step) =>
    trx
      .insertInto('bulletin_events')
      .values({
        bulletin_id: step.id,
        action: step.transition,
        from_status: step.from,
        to_status: step.to,
        issued_on: step.decision.issuedOn ?? null,
        comment: step.decision.comment ?? null,
        actor_id: step.actorId,
      })
      .returningAll()
      .executeTakeFirstOrThrow(),
  audit: { type: 'bulletin.transitioned', write: writeAudit },
  // 印发 makes it public and indexes its frozen text; 撤回 takes it off the public index.
  reindex: reindexBulletin,
  present: (db, context, id) => getBulletin(db, context, id),
});
