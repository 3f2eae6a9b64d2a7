/**
 * What 办件量 rows are checked against: the item the code (or the name) names, its live
 * delegation to the row's zone, the receiving zone being the actor's own (only its staff record
 * cases), the delegation in operation, one row per delegation and month in the file. A month
 * already recorded is replaced by the file's count (offices resend a corrected month; the API
 * replaces a month whole too); its timed cases stay, so the count may not fall below them.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../../db/schema.js';
import { canWriteZone, type RequestContext } from '../../../kernel/actor.js';
import { AppError, type FieldIssue } from '../../../kernel/errors.js';
import { delegationsById, itemsByCode, itemsByName, liveDelegationsOf, recordedMonths, type CaseMonthBody } from '../../powers/powers-bulk.service.js';
import { listZones } from '../../zones/zones.service.js';
import type { RowChecker } from '../import-kind.js';
import { zoneResolver } from '../import-zones.js';
import { importKey } from '../imports.messages.js';
import type { StoredRow } from '../imports.repo.js';
import { importIssue, rowPlace } from '../row-issues.js';
import { casesRowMapper, type CasesSheetRow } from './cases-rows.js';
import './power-import-messages.js';

export async function casesRowChecker(db: Kysely<Database>, context: RequestContext): Promise<RowChecker<CasesSheetRow>> {
  const resolveZone = zoneResolver(await listZones(db));
  const actor = context.actor!;
  return {
    mapperFor: (sheet) => casesRowMapper(sheet, resolveZone),
    check: async (rows) => {
      const byCode = new Map((await itemsByCode(db, rows.flatMap((r) => (r.candidate.itemCode ? [r.candidate.itemCode] : [])))).map((i) => [i.code, i]));
      const named = await itemsByName(db, rows.flatMap((r) => (!r.candidate.itemCode && r.candidate.itemName ? [r.candidate.itemName] : [])));
      const items = [...byCode.values(), ...named];
      const delegations = await liveDelegationsOf(db, items.map((i) => i.id));
      const months = await recordedMonths(db, delegations.map((d) => d.id));
      const seen = new Map<string, CasesSheetRow>();
      for (const row of rows) {
        const { itemCode, itemName } = row.candidate;
        const matches = itemCode ? [byCode.get(itemCode)].filter((i) => i !== undefined) : named.filter((i) => i.name === itemName);
        if (!itemCode && !itemName) continue;
        if (matches.length === 0) {
          row.issues.push(importIssue(row, 'delegationId', 'power_import_item_unknown', { value: itemCode ?? itemName ?? '' }));
          continue;
        }
        if (matches.length > 1) {
          row.issues.push(importIssue(row, 'delegationId', 'power_import_item_ambiguous', { value: itemName ?? '' }));
          continue;
        }
        const item = matches[0]!;
        row.candidate.itemName = item.name;
        row.candidate.itemCode = item.code;
        if (!row.zone) continue;
        if (!(actor.role === 'zone_staff' && canWriteZone(actor, row.zone.path))) {
          row.issues.push(importIssue(row, 'zone', 'zone_forbidden', { zone: row.zone.name }));
          continue;
        }
        const delegation = delegations.find((d) => d.item_id === item.id && d.zone_id === row.zone!.id);
        if (!delegation) {
          row.issues.push(importIssue(row, 'delegationId', 'power_import_not_delegated', { item: item.name, zone: row.zone.name }));
          continue;
        }
        if (delegation.status !== 'in_operation') {
          row.issues.push(importIssue(row, 'delegationId', 'power_import_not_running', { item: item.name, zone: row.zone.name }));
          continue;
        }
        row.candidate.delegationId = delegation.id;
        if (!row.candidate.month) continue;
        const key = `${delegation.id}:${row.candidate.month}`;
        const earlier = seen.get(key);
        if (earlier) {
          // Two counts for one month: which is right is the office's to say, not ours to guess.
          row.issues.push(importIssue(row, 'month', 'power_import_month_repeated', { month: row.candidate.month, sheet: earlier.sheet, row: earlier.rowNumber }));
          continue;
        }
        seen.set(key, row);
        const recorded = months.get(key);
        if (recorded) {
          row.candidate.replaces = recorded.caseCount;
          if (row.candidate.caseCount !== undefined && recorded.timed > row.candidate.caseCount) {
            row.issues.push(importIssue(row, 'caseCount', 'power_import_timed_more', { month: row.candidate.month, timed: recorded.timed }));
          }
        }
      }
    },
  };
}

/** Under the commit's transaction: each delegation still the actor's zone's and in operation. */
export async function recheckCaseRows(trx: Transaction<Database>, context: RequestContext, rows: { row: StoredRow; body: CaseMonthBody }[]): Promise<FieldIssue[]> {
  const actor = context.actor;
  if (!actor) throw new AppError('UNAUTHENTICATED');
  const ids = [...new Set(rows.map((r) => r.body.delegationId))];
  const found = await delegationsById(trx, ids);
  const byId = new Map(found.map((d) => [d.id, d]));
  return rows.flatMap(({ row, body }): FieldIssue[] => {
    const delegation = byId.get(body.delegationId);
    if (!delegation || !(actor.role === 'zone_staff' && canWriteZone(actor, delegation.path))) throw new AppError('FORBIDDEN');
    if (delegation.status !== 'in_operation') return [{ path: '', place: rowPlace(row), key: importKey('power_import_not_running'), params: { item: delegation.item_name, zone: delegation.zone_name } }];
    return [];
  });
}
