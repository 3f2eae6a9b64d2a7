/**
 * Platform storage. Every read takes the actor and returns only rows the actor may see:
 * public stages everywhere, planning-stage entries only inside the actor's zone subtree.
 */
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Actor } from '../../kernel/actor.js';
import { zonePathInScope } from '../../kernel/scope.js';
import type { Database, PlatformEventsTable } from '../../db/schema.js';
import { PUBLIC_PLATFORM_STATUSES } from '../../shared/enums.js';

export type PlatformRow = {
  id: number;
  zone_id: number;
  zone_name: string;
  zone_path: string;
  type: string;
  name: string;
  status: string;
  note: string | null;
  source: string | null;
  source_note: string | null;
  updated_at: Date;
};
export type PlatformEventRow = Selectable<PlatformEventsTable> & { actor_name: string | null };

function visibleQuery(db: Kysely<Database>, actor: Actor | null) {
  return db
    .selectFrom('platforms as p')
    .innerJoin('zones as z', 'z.id', 'p.zone_id')
    .where((eb) => eb.or([eb('p.status', 'in', PUBLIC_PLATFORM_STATUSES), zonePathInScope('z.path', actor)]));
}

const COLUMNS = ['p.id', 'p.zone_id', 'z.name as zone_name', 'z.path as zone_path', 'p.type', 'p.name', 'p.status', 'p.note', 'p.source', 'p.source_note', 'p.updated_at'] as const;

export function findVisiblePlatform(db: Kysely<Database>, actor: Actor | null, id: number): Promise<PlatformRow | undefined> {
  return visibleQuery(db, actor).select(COLUMNS).where('p.id', '=', id).executeTakeFirst();
}

export type PlatformFilter = { zonePath?: string; status?: string; type?: string; limit?: number; offset?: number };

export async function listVisiblePlatforms(db: Kysely<Database>, actor: Actor | null, filter: PlatformFilter): Promise<{ rows: PlatformRow[]; total: number }> {
  let query = visibleQuery(db, actor);
  if (filter.zonePath) query = query.where('z.path', 'like', `${filter.zonePath}%`);
  if (filter.status) query = query.where('p.status', '=', filter.status);
  if (filter.type) query = query.where('p.type', '=', filter.type);
  let rowsQuery = query.select(COLUMNS).orderBy('z.path').orderBy('p.id');
  if (filter.limit !== undefined) rowsQuery = rowsQuery.limit(filter.limit).offset(filter.offset ?? 0);
  const [rows, count] = await Promise.all([
    rowsQuery.execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** Visible platforms per zone, counted over each zone's whole subtree. */
export async function countVisibleBySubtree(db: Kysely<Database>, actor: Actor | null): Promise<Map<number, number>> {
  const result = await db
    .selectFrom('zones as anc')
    .innerJoin('zones as z', (join) => join.on(sql<boolean>`z.path LIKE anc.path || '%'`))
    .innerJoin('platforms as p', 'p.zone_id', 'z.id')
    .where((eb) => eb.or([eb('p.status', 'in', PUBLIC_PLATFORM_STATUSES), zonePathInScope('z.path', actor)]))
    .select(['anc.id', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('anc.id')
    .execute();
  return new Map(result.map((row) => [row.id, Number(row.n)]));
}

export function listEvents(db: Kysely<Database>, platformIds: number[]): Promise<PlatformEventRow[]> {
  if (platformIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('platform_events as e')
    .leftJoin('users as u', 'u.id', 'e.actor_id')
    .selectAll('e')
    .select('u.display_name as actor_name')
    .where('e.platform_id', 'in', platformIds)
    .orderBy('e.platform_id')
    .orderBy('e.id')
    .execute();
}
