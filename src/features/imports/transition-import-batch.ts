/**
 * Moves an import batch along IMPORT_BATCH_MACHINE through the shared runner (kernel/lifecycle).
 * The work is shared this way: 确认导入 is the step previewed → committing, and its effect queues
 * the `imports.commit` job in the step's own transaction (no batch is committing without its job,
 * no job runs for a batch still previewed); the job's end is the job's (commit-job.ts): committed
 * with the rows, or back to previewed when it fails. 放弃 is previewed → discarded.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { AppError, notFound } from '../../kernel/errors.js';
import type { JobQueue } from '../../kernel/jobs.js';
import { defineLifecycle, ownerParty, type TransitionSpec } from '../../kernel/lifecycle/index.js';
import {
  IMPORT_BATCH_DECISION_FIELDS,
  IMPORT_BATCH_MACHINE,
  IMPORT_BATCH_STATUS_LABELS,
  IMPORT_BATCH_TRANSITION_LABELS,
  type ImportBatchStatus,
  type ImportBatchTransition,
} from '../../shared/imports.enums.js';
import { writeAudit } from '../audit/audit.service.js';
import { refuseRowsWithErrors } from './commit-batch.js';
import { importKindOf } from './import-kinds.js';
import { findBatch } from './imports.repo.js';
import type { ImportBatchStepDto } from './imports.schema.js';

type BatchRecord = { id: string; kind: string; status: string; user_id: number; error_count: number; is_expired: boolean };
type DecisionField = keyof typeof IMPORT_BATCH_DECISION_FIELDS;

/** A batch is its previewer's alone: anyone else, the province office included, is told there is none. */
export const IMPORT_BATCH_LIFECYCLE = defineLifecycle<ImportBatchTransition, ImportBatchStatus, DecisionField, BatchRecord>({
  name: 'import_batch',
  machine: IMPORT_BATCH_MACHINE,
  fields: IMPORT_BATCH_DECISION_FIELDS,
  labels: { status: IMPORT_BATCH_STATUS_LABELS, transition: IMPORT_BATCH_TRANSITION_LABELS },
  parties: ownerParty((batch) => batch.user_id),
});

export const COMMIT_JOB_KIND = 'imports.commit';

async function presentStep(db: Kysely<Database>, userId: number, id: string): Promise<ImportBatchStepDto> {
  const batch = await findBatch(db, userId, id);
  if (!batch) throw notFound();
  return { importId: batch.id, status: batch.status, commitJobId: batch.commit_job_id };
}

/** The spec, given how to reach the job runner (the app's, looked up when a step is taken). */
export function importBatchTransitionSpec(
  queue: () => JobQueue,
): TransitionSpec<ImportBatchTransition, ImportBatchStatus, DecisionField, BatchRecord, string, ImportBatchStepDto> {
  return {
    lifecycle: IMPORT_BATCH_LIFECYCLE,
    table: 'import_batches',
    load: async (db, context, id) => (context.actor ? findBatch(db, context.actor.id, id) : undefined),
    blocked: (batch, transition) => (batch.is_expired ? new AppError('INVALID_TRANSITION', { from: 'expired', action: transition }) : null),
    // A batch with row errors is refused at the step (400 naming the rows), not queued to fail.
    checkLocked: async (trx, batch, _decision, transition) => {
      if (transition === 'commit' && batch.error_count > 0) await refuseRowsWithErrors(trx, importKindOf(batch.kind), batch.id, batch.error_count);
    },
    effects: async (trx, _batch, step, context) => {
      if (step.transition !== 'commit') return {};
      const job = await queue().enqueueIn(trx, { ...context, actor: context.actor! }, COMMIT_JOB_KIND, { importId: step.id });
      return { commit_job_id: job.id };
    },
    afterCommit: () => queue().wake(),
    audit: { type: 'import.transitioned', write: writeAudit },
    present: (db, context, id) => presentStep(db, context.actor!.id, id),
  };
}
