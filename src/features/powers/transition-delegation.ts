/**
 * Moves a delegation along DELEGATION_MACHINE through the shared runner. 收回 also writes a
 * 'withdraw' change effective on the day it records, so the catalogue read for any later day
 * leaves the delegation out; it may not predate the delegation's latest change (409).
 */
import { AppError } from '../../kernel/errors.js';
import type { TransitionSpec } from '../../kernel/lifecycle/index.js';
import { viewerOf } from '../../kernel/viewer.js';
import type { DELEGATION_DECISION_FIELDS, DelegationStatus, DelegationTransition } from '../../shared/powers.enums.js';
import { writeAudit } from '../audit/audit.service.js';
import { DELEGATION_LIFECYCLE } from './powers.policy.js';
import { findDelegation, lastChange, type DelegationRow } from './powers.repo.js';
import type { DelegationDto } from './powers.schema.js';
import { presentDelegation } from './powers-present.js';
import { reindexDelegations } from './powers-search.js';
import './powers.messages.js';

export const DELEGATION_TRANSITION_SPEC: TransitionSpec<DelegationTransition, DelegationStatus, keyof typeof DELEGATION_DECISION_FIELDS, DelegationRow, number, DelegationDto> = {
  lifecycle: DELEGATION_LIFECYCLE,
  table: 'power_delegations',
  stampColumn: 'updated_at',
  // Staff see the delegations of their zone subtree; anyone else is told there is none.
  load: (db, context, id) => findDelegation(db, viewerOf(context), id),
  checkLocked: async (trx, record, decision, transition) => {
    if (transition !== 'revoke') return;
    const last = await lastChange(trx, record.id);
    if (last && decision.occurredOn! < last.effective_on) throw new AppError('POWER_WITHDRAW_BEFORE_EFFECTIVE', { lastOn: last.effective_on });
  },
  effects: async (trx, record, step) => {
    if (step.transition !== 'revoke') return {};
    await trx
      .insertInto('power_delegation_changes')
      .values({
        delegation_id: record.id, batch_id: null, action: 'withdraw', effective_on: step.decision.occurredOn!, document: step.decision.document,
        delegation_type: record.delegation_type, entrustment_ref: record.entrustment_ref, receiving_body: record.receiving_body, promised_limit_days: record.promised_limit_days,
        created_by: step.actorId,
      })
      .execute();
    return {};
  },
  writeEvent: (trx, step) =>
    trx
      .insertInto('power_delegation_events')
      .values({
        delegation_id: step.id, action: step.transition, from_status: step.from, to_status: step.to, occurred_on: step.decision.occurredOn ?? null,
        document: step.decision.document ?? null, comment: step.decision.comment ?? null, actor_id: step.actorId,
      })
      .returningAll()
      .executeTakeFirstOrThrow(),
  audit: { type: 'power.transitioned', write: writeAudit },
  reindex: (db, id) => reindexDelegations(db, [id]),
  present: async (db, context, id) => presentDelegation((await findDelegation(db, viewerOf(context), id))!, context.actor),
};
