/**
 * What an innovation row is checked against besides its schema: may the actor create in the
 * row's zone (the same rule as the form), and is the name free in that zone, in the database
 * and earlier in the file. Checked at preview, and again under the commit's transaction.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../../db/schema.js';
import type { RequestContext } from '../../../kernel/actor.js';
import { AppError, type FieldIssue } from '../../../kernel/errors.js';
import { assertCanCreateIn } from '../../innovations/innovations.service.js';
import type { CreateInnovationBody } from '../../innovations/innovations.schema.js';
import { listZones } from '../../zones/zones.service.js';
import { compact } from '../cell-values.js';
import type { RowChecker } from '../import-kind.js';
import { importKey } from '../imports.messages.js';
import type { StoredRow } from '../imports.repo.js';
import { importIssue, rowPlace } from '../row-issues.js';
import { zoneResolver } from '../import-zones.js';
import { INNOVATION_MESSAGES } from './innovation-messages.js';
import { rowMapper, type InnovationSheetRow } from './innovation-rows.js';

/** The name as compared for duplicates: half-width, no spaces, case-folded. */
export function nameKey(name: string): string {
  return compact(name).toLowerCase();
}

/** May the actor create in the zone? Checked once per zone. */
function zonePermission(db: Kysely<Database>, context: RequestContext) {
  const cache = new Map<number, Promise<boolean>>();
  return (zoneId: number) => {
    if (!cache.has(zoneId)) {
      cache.set(
        zoneId,
        assertCanCreateIn(db, context, zoneId).then(
          () => true,
          (error: unknown) => {
            if (error instanceof AppError) return false;
            throw error;
          },
        ),
      );
    }
    return cache.get(zoneId)!;
  };
}

/** Existing innovation names per zone, for the duplicate check. */
async function existingNames(db: Kysely<Database>, zoneIds: number[]): Promise<Map<string, number>> {
  if (zoneIds.length === 0) return new Map();
  const rows = await db.selectFrom('innovations').select(['id', 'zone_id', 'name']).where('zone_id', 'in', zoneIds).execute();
  return new Map(rows.map((row) => [`${row.zone_id}|${nameKey(row.name)}`, row.id]));
}

export async function innovationRowChecker(db: Kysely<Database>, context: RequestContext): Promise<RowChecker<InnovationSheetRow>> {
  const resolve = zoneResolver(await listZones(db));
  const mayCreate = zonePermission(db, context);
  return {
    mapperFor: (sheet) => rowMapper(sheet, resolve),
    check: async (rows) => {
      for (const row of rows) {
        if (row.zone && !(await mayCreate(row.zone.id))) {
          row.issues.push(importIssue(row, 'zoneId', 'zone_forbidden', { zone: row.zone.name }));
          row.zone = null; // no duplicate check in a zone the actor may not write
        }
      }
      const zoneIds = [...new Set(rows.flatMap((row) => (row.zone ? [row.zone.id] : [])))];
      const existing = await existingNames(db, zoneIds);
      const seen = new Map<string, InnovationSheetRow>();
      for (const row of rows) {
        const name = row.candidate.name;
        if (!row.zone || !name) continue;
        const key = `${row.zone.id}|${nameKey(name)}`;
        const existingId = existing.get(key);
        const earlier = seen.get(key);
        if (existingId !== undefined) row.issues.push(importIssue(row, 'name', 'duplicate_existing', { zone: row.zone.short_name, id: existingId }));
        else if (earlier) row.issues.push(importIssue(row, 'name', 'duplicate_in_file', { sheet: earlier.sheet, row: earlier.rowNumber }));
        else seen.set(key, row);
      }
    },
  };
}

/** Under the commit's transaction: the actor still writes every zone (403 otherwise), and no name was taken since. */
export async function recheckInnovationRows(
  trx: Transaction<Database>,
  context: RequestContext,
  rows: { row: StoredRow; body: CreateInnovationBody }[],
): Promise<FieldIssue[]> {
  const zoneIds = [...new Set(rows.map(({ body }) => body.zoneId))];
  for (const zoneId of zoneIds) await assertCanCreateIn(trx, context, zoneId);
  const existing = await existingNames(trx, zoneIds);
  return rows.flatMap(({ row, body }) => {
    const existingId = existing.get(`${body.zoneId}|${nameKey(body.name)}`);
    if (existingId === undefined) return [];
    return [
      {
        path: '',
        place: rowPlace(row),
        key: importKey('duplicate_existing', INNOVATION_MESSAGES),
        params: { zone: String(row.candidate.zoneName ?? ''), id: existingId },
      } satisfies FieldIssue,
    ];
  });
}
