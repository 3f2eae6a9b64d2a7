/** How delegations, items, batches and case months are presented: staff see the working notes and their abilities, the public neither. */
import type { Selectable } from 'kysely';
import type { PowerBatchesTable, PowerCaseMonthsTable, PowerDelegationChangesTable, PowerItemsTable } from '../../db/powers-schema.js';
import type { Actor } from '../../kernel/actor.js';
import { delegationAbilities } from './powers.policy.js';
import type { DelegationRow } from './powers.repo.js';
import type { BatchDto, DelegationDto, PowerItemDto, PublicDelegationDto } from './powers.schema.js';
import { average, compressionRate, p90 } from './processing-time.js';

export function presentItem(row: Selectable<PowerItemsTable>): PowerItemDto {
  return {
    id: row.id, parentId: row.parent_id, tier: row.tier, name: row.name, code: row.code, itemType: row.item_type, department: row.department,
    implementingBody: row.implementing_body, legalBasis: row.legal_basis, legalLimitDays: row.legal_limit_days, isSample: row.is_sample, source: row.source,
  };
}

export function presentBatch(row: Selectable<PowerBatchesTable>): BatchDto {
  return {
    id: row.id, level: row.level, title: row.title, document: row.document, publishedOn: row.published_on, publishedPrecision: row.published_precision,
    effectiveOn: row.effective_on, effectivePrecision: row.effective_precision, isSample: row.is_sample, source: row.source, internalNote: row.internal_note,
  };
}

/** The public form: no working notes, no abilities. */
export function presentPublicDelegation(row: DelegationRow): PublicDelegationDto {
  const item = presentItem({
    id: row.item_id, parent_id: row.item_parent_id, tier: row.item_tier, name: row.item_name, code: row.item_code, item_type: row.item_type, department: row.item_department,
    implementing_body: row.item_implementing_body, legal_basis: row.item_legal_basis, legal_limit_days: row.item_legal_limit_days, is_sample: row.item_is_sample,
    source: row.item_source, internal_note: null, created_at: new Date(0),
  });
  const { internalNote: _note, ...batch } = presentBatch({
    id: row.batch_id, level: row.batch_level, title: row.batch_title, document: row.batch_document, published_on: row.batch_published_on,
    published_precision: row.batch_published_precision, effective_on: row.batch_effective_on, effective_precision: row.batch_effective_precision,
    is_sample: row.batch_is_sample, source: row.batch_source, internal_note: null, created_at: new Date(0),
  });
  // On a day asked about, the terms then in effect; otherwise the current ones.
  const asOf = row.change_id !== null;
  const promised = asOf ? row.change_promised_limit_days : row.promised_limit_days;
  return {
    id: row.id,
    item,
    batch,
    zone: { id: row.zone_id, name: row.zone_name, nameEn: row.zone_name_en },
    receivingBody: asOf ? row.change_receiving_body : row.receiving_body,
    delegationType: asOf ? row.change_delegation_type! : row.delegation_type,
    entrustmentRef: asOf ? row.change_entrustment_ref : row.entrustment_ref,
    supervisionMeasures: row.supervision_measures,
    promisedLimitDays: promised,
    compressionRate: compressionRate(row.item_legal_limit_days, promised),
    status: row.status,
    acceptedOn: row.accepted_on,
    runningOn: row.running_on,
    withdrawnOn: row.withdrawn_on,
    withdrawnDocument: row.withdrawn_document,
    isSample: row.is_sample,
    source: row.source,
    asOf: null,
  };
}

export function presentDelegation(row: DelegationRow, actor: Actor | null, on?: string): DelegationDto {
  const base = presentPublicDelegation(row);
  return {
    ...base,
    asOf: on && row.change_id !== null ? { on, action: row.change_action!, effectiveOn: row.change_effective_on!, batchId: row.change_batch_id } : null,
    batch: { ...base.batch, internalNote: row.batch_internal_note },
    internalNote: row.internal_note,
    abilities: delegationAbilities(actor, row),
  };
}

export function presentPublicWithAsOf(row: DelegationRow, on?: string): PublicDelegationDto {
  const base = presentPublicDelegation(row);
  return { ...base, asOf: on && row.change_id !== null ? { on, action: row.change_action!, effectiveOn: row.change_effective_on!, batchId: row.change_batch_id } : null };
}

export function presentChange(row: Selectable<PowerDelegationChangesTable>) {
  return {
    id: row.id, action: row.action, effectiveOn: row.effective_on, batchId: row.batch_id, document: row.document, delegationType: row.delegation_type,
    entrustmentRef: row.entrustment_ref, receivingBody: row.receiving_body, promisedLimitDays: row.promised_limit_days,
  };
}

export function presentMonth(row: Selectable<PowerCaseMonthsTable>) {
  const durations = row.durations;
  return { month: row.month, caseCount: row.case_count, timedCases: durations.length, averageDays: average(durations), p90Days: p90(durations), isSample: row.is_sample };
}
