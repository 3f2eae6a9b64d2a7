/**
 * What closing a non-scored stage does to the entries, the same way publishing a scored stage's
 * results does (transition-results.ts, setEntryStatuses): one batch, each entry's previous status
 * kept beside its outcome, withdrawn entries left alone. A checklist stage's (资格审查, 尽职调查)
 * outcomes are the organiser's conclusions (and it closes only with one for every entry in the
 * running); a 资格审查 also marks the registered entries that passed 资格审查通过; an
 * activity stage with a minimum attendance gets its outcomes here, from the counts at the close;
 * one without a minimum decides nothing. Runs inside the close step, under the stage's lock.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../../db/schema.js';
import type { RequestContext } from '../../../kernel/actor.js';
import { IN_RUNNING_STATUSES, isChecklistStage } from '../../../shared/stage-activities.enums.js';
import type { StageKind } from '../../../shared/evaluation.enums.js';
import { writeAudit } from '../../audit/audit.service.js';
import { countMissingConclusions, findRule } from './activities.repo.js';
import { AppError } from '../../../kernel/errors.js';
import './activities.messages.js';

type Stage = { id: number; campaign_id: number; kind: StageKind };

/** The close step's guard: a checklist stage with entries still lacking a conclusion (409 naming how many). */
export async function outcomesRefusal(db: Kysely<Database> | Transaction<Database>, stage: Stage): Promise<AppError | null> {
  if (!isChecklistStage(stage.kind)) return null;
  const missing = await countMissingConclusions(db, stage);
  return missing > 0 ? new AppError('CONCLUSIONS_MISSING', { count: missing }) : null;
}

/** Writes an activity stage's outcomes from attendance (if it has a minimum), then applies every outcome of the stage. */
export async function applyStageOutcomes(trx: Transaction<Database>, stage: Stage, context: RequestContext): Promise<void> {
  if (stage.kind !== 'activity' && !isChecklistStage(stage.kind)) return;
  if (stage.kind === 'activity') {
    const rule = await findRule(trx, stage.id);
    if (rule?.min_attendance == null) return;
    await sql`
      INSERT INTO stage_outcomes (stage_id, entry_id, basis, passed, decided_by)
      SELECT ${stage.id}, e.id, 'attendance',
        (SELECT count(*) FROM stage_attendance a JOIN stage_sessions s ON s.id = a.session_id WHERE s.stage_id = ${stage.id} AND a.entry_id = e.id AND a.status = 'present') >= ${rule.min_attendance},
        ${context.actor!.id}
      FROM campaign_entries e
      WHERE e.campaign_id = ${stage.campaign_id} AND e.status IN (${sql.join([...IN_RUNNING_STATUSES])})
      ON CONFLICT (stage_id, entry_id) DO UPDATE SET passed = EXCLUDED.passed, decided_by = EXCLUDED.decided_by, decided_at = now()`.execute(trx);
  }
  await sql`UPDATE stage_outcomes o SET prior_status = e.status FROM campaign_entries e WHERE o.stage_id = ${stage.id} AND e.id = o.entry_id`.execute(trx);
  const eliminated = await sql<{ id: number }>`
    UPDATE campaign_entries e SET status = 'eliminated', updated_at = now()
    FROM stage_outcomes o
    WHERE o.stage_id = ${stage.id} AND e.id = o.entry_id AND NOT o.passed AND e.status <> 'withdrawn'
    RETURNING e.id`.execute(trx);
  // Passing a 资格审查 is a status of its own; an entry already further on (advanced) keeps its.
  const qualified =
    stage.kind === 'qualification'
      ? await sql<{ id: number }>`
          UPDATE campaign_entries e SET status = 'qualified', updated_at = now()
          FROM stage_outcomes o
          WHERE o.stage_id = ${stage.id} AND e.id = o.entry_id AND o.passed AND e.status = 'registered'
          RETURNING e.id`.execute(trx)
      : { rows: [] };
  const outcomes = await trx.selectFrom('stage_outcomes').selectAll().where('stage_id', '=', stage.id).orderBy('entry_id').execute();
  if (outcomes.length === 0) return;
  await writeAudit(trx, context, { type: 'stage_outcomes.applied', entityId: stage.id, after: { outcomes, eliminated: eliminated.rows.map((row) => row.id).sort((a, b) => a - b), qualified: qualified.rows.map((row) => row.id).sort((a, b) => a - b) } });
}
