/**
 * Demo 放权赋能事项 and 通办 (data/demo/powers.json): the batches and delegations the article and
 * shared/data name, each with its source. The item-level lists were not found, so where only a
 * count is known the items (and the 川渝通办 items beyond the named examples, and the spread of
 * the 435 cases) are generated and marked 示例; counting the catalogue gives the article's counts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import { parsePartialDate } from '../shared/partial-date.js';
import type { DelegationStatus, DelegationType, PowerItemType, PowerLevel } from '../shared/powers.enums.js';

type ItemSet = { key: string; count: number; codePrefix: string; namePrefix: string; itemType: PowerItemType; department: string; implementingBody: string; legalBasis: string; source: string; internalNote: string };
type Batch = { key: string; level: PowerLevel; title: string; document: string | null; publishedOn: string | null; effectiveOn: string; isSample: boolean; source: string; internalNote: string | null };
type Delegation = {
  zoneCode: string; itemSet: string; from: number; to: number; batch: string; type: DelegationType; entrustmentRef?: string; status: DelegationStatus;
  receivingBody: string | null; effectiveOn?: string; source: string; internalNote?: string;
};
type TongbanBatch = { programme: string; batchNo: number; document: string; issuedOn: string; targetDate: string; source: string; internalNote: string };
type Tongban = {
  zoneCode: string; partnerRegion: string;
  named: { batchNo: number; name: string; source: string; internalNote: string }[];
  fill: { batchNo: number; count: number }[]; fillSource: string; fillNote: string;
  cases: { total: number; months: string[]; source: string; note: string };
};
/** A delegation of a named item (资阳's dental devices, 温江's special items): the item as the article names it, its fastest case where one is given. */
type NamedDelegation = {
  zoneCode: string; batch: string; receivingBody: string; status: DelegationStatus; source: string; fastestDays?: number; supervisionMeasures?: string;
  item: { name: string; code: string; itemType: PowerItemType; department: string; implementingBody: string; legalBasis: string };
};
type NamedCases = { products: number; months: string[]; source: string; note: string };
type DemoPowers = {
  itemSets: ItemSet[]; batches: Batch[]; delegations: Delegation[]; tongbanBatches: TongbanBatch[]; tongbanItems: Tongban;
  namedDelegations: NamedDelegation[]; namedDelegationsNote: NamedCases;
};

/** `total` spread over `parts` as evenly as whole numbers allow, the remainder to the first. */
export function spread(total: number, parts: number): number[] {
  return Array.from({ length: parts }, (_, k) => Math.floor(total / parts) + (k < total % parts ? 1 : 0));
}

const CHUNK = 500;
async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let k = 0; k < rows.length; k += CHUNK) await insert(rows.slice(k, k + CHUNK));
}

export async function loadDemoPowers(trx: Transaction<Database>, dir: string, zoneByCode: Map<string, { id: number }>) {
  const file = join(dir, 'powers.json');
  if (!existsSync(file)) return { powerItems: 0, powerDelegations: 0, tongbanItems: 0 };
  const data = JSON.parse(readFileSync(file, 'utf8')) as DemoPowers;
  const zoneId = (code: string) => zoneByCode.get(code)?.id ?? (() => { throw new Error(`demo powers: unknown zone ${code}`); })();

  const itemIds = new Map<string, number[]>();
  for (const set of data.itemSets) {
    const rows = Array.from({ length: set.count }, (_, k) => {
      const n = String(k + 1).padStart(3, '0');
      return {
        tier: 'main' as const, name: `${set.namePrefix}（示例${n}）`, code: `${set.codePrefix}-${n}`, item_type: set.itemType, department: set.department,
        implementing_body: set.implementingBody, legal_basis: set.legalBasis, is_sample: true, source: set.source, internal_note: set.internalNote,
      };
    });
    const ids: number[] = [];
    await insertChunked(rows, async (chunk) => ids.push(...(await trx.insertInto('power_items').values(chunk).returning('id').execute()).map((r) => r.id)));
    itemIds.set(set.key, ids);
  }

  const batches = new Map<string, { id: number; effectiveOn: string; document: string | null }>();
  for (const b of data.batches) {
    const effective = parsePartialDate(b.effectiveOn)!;
    const published = b.publishedOn ? parsePartialDate(b.publishedOn) : null;
    const row = await trx
      .insertInto('power_batches')
      .values({
        level: b.level, title: b.title, document: b.document, published_on: published?.on ?? null, published_precision: published?.precision ?? null,
        effective_on: effective.on, effective_precision: effective.precision, is_sample: b.isSample, source: b.source, internal_note: b.internalNote,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    batches.set(b.key, { id: row.id, effectiveOn: effective.on, document: b.document });
  }

  let delegations = 0;
  for (const group of data.delegations) {
    const batch = batches.get(group.batch) ?? (() => { throw new Error(`demo powers: unknown batch ${group.batch}`); })();
    const items = (itemIds.get(group.itemSet) ?? []).slice(group.from, group.to);
    if (items.length !== group.to - group.from) throw new Error(`demo powers: item set ${group.itemSet} has no items ${group.from}–${group.to}`);
    const terms = { delegation_type: group.type, entrustment_ref: group.entrustmentRef ?? null, receiving_body: group.receivingBody };
    const rows = items.map((itemId) => ({
      item_id: itemId, batch_id: batch.id, zone_id: zoneId(group.zoneCode), ...terms, status: group.status, is_sample: true, source: group.source, internal_note: group.internalNote ?? null,
    }));
    const ids: number[] = [];
    await insertChunked(rows, async (chunk) => ids.push(...(await trx.insertInto('power_delegations').values(chunk).returning('id').execute()).map((r) => r.id)));
    const effectiveOn = group.effectiveOn ?? batch.effectiveOn;
    await insertChunked(ids, (chunk) =>
      trx.insertInto('power_delegation_changes').values(chunk.map((id) => ({ delegation_id: id, batch_id: batch.id, action: 'add' as const, effective_on: effectiveOn, document: batch.document, ...terms }))).execute(),
    );
    delegations += ids.length;
  }

  delegations += await loadNamedDelegations(trx, data, batches, zoneId);

  const tongbanBatchIds = new Map<number, number>();
  for (const b of data.tongbanBatches) {
    const row = await trx
      .insertInto('tongban_batches')
      .values({ programme: b.programme, batch_no: b.batchNo, document: b.document, issued_on: b.issuedOn, target_date: b.targetDate, source: b.source, internal_note: b.internalNote })
      .returning('id')
      .executeTakeFirstOrThrow();
    tongbanBatchIds.set(b.batchNo, row.id);
  }
  const tb = data.tongbanItems;
  const zone = zoneId(tb.zoneCode);
  const namedIds: number[] = [];
  for (const item of tb.named) {
    const row = await trx
      .insertInto('tongban_items')
      .values({ batch_id: tongbanBatchIds.get(item.batchNo)!, zone_id: zone, name: item.name, mode: null, partner_region: tb.partnerRegion, source: item.source, internal_note: item.internalNote })
      .returning('id')
      .executeTakeFirstOrThrow();
    namedIds.push(row.id);
  }
  let tongbanItems = namedIds.length;
  for (const fill of tb.fill) {
    const named = tb.named.filter((item) => item.batchNo === fill.batchNo).length;
    const rows = Array.from({ length: fill.count - named }, (_, k) => ({
      batch_id: tongbanBatchIds.get(fill.batchNo)!, zone_id: zone, name: `川渝通办事项（第${fill.batchNo}批·示例${String(k + 1).padStart(3, '0')}）`, mode: null,
      partner_region: tb.partnerRegion, is_sample: true, source: tb.fillSource, internal_note: tb.fillNote,
    }));
    if (rows.length > 0) await trx.insertInto('tongban_items').values(rows).execute();
    tongbanItems += rows.length;
  }
  // The article gives only the total: spread over the named items and the months, marked 示例.
  const caseRows = spread(tb.cases.total, namedIds.length).flatMap((perItem, k) =>
    spread(perItem, tb.cases.months.length).map((count, m) => ({ tongban_item_id: namedIds[k]!, month: tb.cases.months[m]!, case_count: count, is_sample: true, source: `${tb.cases.source}；${tb.cases.note}` })),
  );
  await trx.insertInto('tongban_case_months').values(caseRows).execute();
  return { powerItems: [...itemIds.values()].reduce((n, ids) => n + ids.length, 0), powerDelegations: delegations, tongbanItems };
}

/**
 * The named items: one delegation each, and for the timed ones (资阳) the products spread over the
 * items and months (示例) with only the fastest case timed, as the article gives only that.
 */
async function loadNamedDelegations(trx: Transaction<Database>, data: DemoPowers, batches: Map<string, { id: number; effectiveOn: string; document: string | null }>, zoneId: (code: string) => number) {
  const timed = data.namedDelegations.filter((named) => named.fastestDays !== undefined);
  const products = spread(data.namedDelegationsNote.products, timed.length);
  const { months, source, note } = data.namedDelegationsNote;
  for (const named of data.namedDelegations) {
    const batch = batches.get(named.batch) ?? (() => { throw new Error(`demo powers: unknown batch ${named.batch}`); })();
    const { name, code, itemType, department, implementingBody, legalBasis } = named.item;
    const item = await trx
      .insertInto('power_items')
      .values({ tier: 'main', name, code, item_type: itemType, department, implementing_body: implementingBody, legal_basis: legalBasis, is_sample: true, source: named.source, internal_note: '事项名称据原文；事项编码为示例。' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const terms = { delegation_type: 'devolve' as const, entrustment_ref: null, receiving_body: named.receivingBody };
    const delegation = await trx
      .insertInto('power_delegations')
      .values({ item_id: item.id, batch_id: batch.id, zone_id: zoneId(named.zoneCode), ...terms, status: named.status, supervision_measures: named.supervisionMeasures ?? null, is_sample: true, source: named.source })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx.insertInto('power_delegation_changes').values({ delegation_id: delegation.id, batch_id: batch.id, action: 'add', effective_on: batch.effectiveOn, document: batch.document, ...terms }).execute();
    const k = timed.indexOf(named);
    if (k < 0) continue;
    const rows = spread(products[k]!, months.length).map((count, m) => ({
      delegation_id: delegation.id, month: months[m]!, case_count: count,
      // The fastest case, in the last month: when it was is not given either.
      durations: JSON.stringify(m === months.length - 1 ? [named.fastestDays!] : []), is_sample: true, source: `${source}；${note}`,
    }));
    await trx.insertInto('power_case_months').values(rows).execute();
  }
  return data.namedDelegations.length;
}
