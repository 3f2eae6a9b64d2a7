/**
 * Recognised innovations (认定 and above) in a set of zone subtrees, for the figures other
 * capabilities cite beside the economic ones (简报: 累计探索形成22项制度创新成果，其中6项在全省复制推广).
 * Only published statuses, so what it lists may be shown to anyone; each comes with its id and name
 * so a count links to the records it counts.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { PUBLISHED_INNOVATION_STATUSES, type InnovationStatus } from '../../shared/innovations.enums.js';

export type CountedInnovation = { id: number; name: string; zoneId: number; status: InnovationStatus };

export async function recognisedInnovationsUnder(db: Kysely<Database>, zonePaths: readonly string[], statuses: readonly InnovationStatus[] = PUBLISHED_INNOVATION_STATUSES): Promise<CountedInnovation[]> {
  const published = statuses.filter((status) => PUBLISHED_INNOVATION_STATUSES.includes(status));
  if (zonePaths.length === 0 || published.length === 0) return [];
  const rows = await db
    .selectFrom('innovations as i')
    .innerJoin('zones as z', 'z.id', 'i.zone_id')
    .select(['i.id', 'i.name', 'i.zone_id', 'i.status'])
    .where('i.status', 'in', [...published])
    .where((eb) => eb.or(zonePaths.map((path) => eb('z.path', 'like', `${path}%`))))
    .orderBy('i.id')
    .execute();
  return rows.map((row) => ({ id: row.id, name: row.name, zoneId: row.zone_id, status: row.status }));
}
