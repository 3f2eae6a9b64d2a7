/**
 * What 放权清单 rows are checked against besides their schema: the batch chosen on upload (its
 * level against the row's 下放层级), the province office's scope over the receiving zone, the
 * code's item in the catalogue (same name, or the row adds it), no live delegation of the item
 * to that zone, and no row repeating another. Checked at preview, and again under the commit's
 * transaction.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../../db/schema.js';
import { canWriteZone, type RequestContext } from '../../../kernel/actor.js';
import { AppError, type FieldIssue } from '../../../kernel/errors.js';
import { POWER_LEVEL_LABELS } from '../../../shared/powers.enums.js';
import { findBatch, itemsByCode, liveDelegationKeys, type CatalogueRowBody } from '../../powers/powers-bulk.service.js';
import { listZones } from '../../zones/zones.service.js';
import type { BatchInfo, RowChecker } from '../import-kind.js';
import { zoneResolver } from '../import-zones.js';
import { importKey } from '../imports.messages.js';
import type { StoredRow } from '../imports.repo.js';
import { importIssue, rowPlace } from '../row-issues.js';
import { catalogueRowMapper, type CatalogueSheetRow } from './catalogue-rows.js';
import './power-import-messages.js';

export async function catalogueRowChecker(db: Kysely<Database>, context: RequestContext, info: BatchInfo): Promise<RowChecker<CatalogueSheetRow>> {
  if (!info.batch) throw new AppError('POWER_IMPORT_BATCH_REQUIRED');
  const batch = await findBatch(db, info.batch);
  if (!batch) throw new AppError('POWER_BATCH_UNKNOWN', { id: info.batch });
  const resolveZone = zoneResolver(await listZones(db));
  const actor = context.actor!;
  return {
    mapperFor: (sheet) => catalogueRowMapper(sheet, resolveZone, batch.id),
    check: async (rows) => {
      for (const row of rows) {
        if (row.level && row.level !== batch.level) {
          row.issues.push(importIssue(row, 'level', 'power_import_level_mismatch', { value: row.candidate.levelLabel ?? '', batch: batch.document ?? batch.title, level: POWER_LEVEL_LABELS[batch.level].zh }));
        }
        if (row.zone && !canWriteZone(actor, row.zone.path)) {
          row.issues.push(importIssue(row, 'zoneId', 'zone_forbidden', { zone: row.zone.name }));
          row.zone = null;
        }
      }
      const items = new Map((await itemsByCode(db, rows.flatMap((r) => (r.candidate.code ? [r.candidate.code] : [])))).map((i) => [i.code, i]));
      const live = await liveDelegationKeys(db, [...items.values()].map((i) => i.id));
      const names = new Map<string, CatalogueSheetRow>();
      const pairs = new Map<string, CatalogueSheetRow>();
      for (const row of rows) {
        const { code, name } = row.candidate;
        if (!code) continue;
        const item = items.get(code);
        if (item) {
          row.candidate.existingItem = true;
          if (name && item.name !== name) row.issues.push(importIssue(row, 'code', 'power_import_code_name', { code, name: item.name }));
        } else {
          const earlier = names.get(code);
          if (earlier && earlier.candidate.name !== name) row.issues.push(importIssue(row, 'code', 'power_import_code_repeated', { code, sheet: earlier.sheet, row: earlier.rowNumber }));
          else if (!earlier) names.set(code, row);
        }
        if (!row.zone) continue;
        if (item && live.has(`${item.id}:${row.zone.id}`)) {
          row.issues.push(importIssue(row, 'code', 'power_import_delegated', { item: item.name, zone: row.zone.name }));
          continue;
        }
        const key = `${code}:${row.zone.id}`;
        const earlier = pairs.get(key);
        if (earlier) row.issues.push(importIssue(row, 'code', 'power_import_repeated', { sheet: earlier.sheet, row: earlier.rowNumber }));
        else pairs.set(key, row);
      }
    },
  };
}

/** Under the commit's transaction: the zones are still the actor's, the codes still name the same items, nothing was delegated meanwhile. */
export async function recheckCatalogueRows(trx: Transaction<Database>, context: RequestContext, rows: { row: StoredRow; body: CatalogueRowBody }[]): Promise<FieldIssue[]> {
  const actor = context.actor;
  if (!actor) throw new AppError('UNAUTHENTICATED');
  const zones = new Map((await listZones(trx)).map((z) => [z.id, z]));
  const items = new Map((await itemsByCode(trx, rows.map((r) => r.body.code))).map((i) => [i.code, i]));
  const live = await liveDelegationKeys(trx, [...items.values()].map((i) => i.id));
  return rows.flatMap(({ row, body }): FieldIssue[] => {
    const zone = zones.get(body.zoneId);
    if (!zone || !canWriteZone(actor, zone.path)) throw new AppError('FORBIDDEN');
    const item = items.get(body.code);
    if (item && item.name !== body.name) return [{ path: '', place: rowPlace(row), key: importKey('power_import_code_name'), params: { code: body.code, name: item.name } }];
    if (item && live.has(`${item.id}:${zone.id}`)) return [{ path: '', place: rowPlace(row), key: importKey('power_import_delegated'), params: { item: item.name, zone: zone.name } }];
    return [];
  });
}
