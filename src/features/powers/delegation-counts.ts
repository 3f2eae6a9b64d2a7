/**
 * Delegated items (放权事项) in a set of zone subtrees, for the figures other capabilities cite
 * beside the economic ones (简报: 有效承接三批146项省级管理事项下放，推动137项市级管理事项和258项区级审批事项下放).
 * Every delegation comes from a published document, so what it lists may be shown to anyone;
 * withdrawn ones (已收回) are not counted. Each comes with its id and name so a count links to
 * the records it counts.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { PowerLevel } from '../../shared/powers.enums.js';

export type CountedDelegation = { id: number; name: string; code: string; zoneId: number; isSample: boolean };

export async function delegationsUnder(db: Kysely<Database>, zonePaths: readonly string[], level?: PowerLevel): Promise<CountedDelegation[]> {
  if (zonePaths.length === 0) return [];
  let query = db
    .selectFrom('power_delegations as d')
    .innerJoin('power_items as i', 'i.id', 'd.item_id')
    .innerJoin('power_batches as b', 'b.id', 'd.batch_id')
    .innerJoin('zones as z', 'z.id', 'd.zone_id')
    .select(['d.id', 'i.name', 'i.code', 'd.zone_id', 'd.is_sample', 'i.is_sample as item_is_sample'])
    .where('d.status', '<>', 'revoked')
    .where((eb) => eb.or(zonePaths.map((path) => eb('z.path', 'like', `${path}%`))));
  if (level) query = query.where('b.level', '=', level);
  const rows = await query.orderBy('d.id').execute();
  return rows.map((row) => ({ id: row.id, name: row.name, code: row.code, zoneId: row.zone_id, isSample: row.is_sample || row.item_is_sample }));
}
