/**
 * Platform storage. Every read takes the viewer and returns only rows the viewer may see:
 * public stages everywhere, planning-stage entries only inside the actor's zone subtree.
 */
import { sql, type Kysely, type Selectable, type SqlBool } from 'kysely';
import { inZoneSubtree, type Viewer } from '../../kernel/viewer.js';
import { pageWithTotal } from '../../db/page-with-total.js';
import type { Database, PlatformEventsTable, ZoneRow } from '../../db/schema.js';
import { PUBLIC_PLATFORM_STATUSES, type PlatformStatus, type PlatformType } from '../../shared/platforms.enums.js';

export type PlatformRow = {
  id: number;
  zone_id: number;
  zone_name: string;
  zone_path: string;
  type: PlatformType;
  name: string;
  status: PlatformStatus;
  note: string | null;
  source: string | null;
  source_note: string | null;
  updated_at: Date;
};
export type PlatformEventRow = Selectable<PlatformEventsTable> & { actor_name: string | null };
/** What a stage date is read from (stageDates). */
export type StageEvent = Pick<PlatformEventRow, 'from_status' | 'to_status' | 'occurred_on' | 'occurred_precision'>;
/** Timestamps come back from JSON as text. */
type JsonEvent = Omit<PlatformEventRow, 'created_at'> & { created_at: string };

function visibleQuery(db: Kysely<Database>, viewer: Viewer) {
  return db
    .selectFrom('platforms as p')
    .innerJoin('zones as z', 'z.id', 'p.zone_id')
    .where((eb) => eb.or([eb('p.status', 'in', PUBLIC_PLATFORM_STATUSES), inZoneSubtree(viewer, 'z.path')]));
}

const COLUMNS = ['p.id', 'p.zone_id', 'z.name as zone_name', 'z.path as zone_path', 'p.type', 'p.name', 'p.status', 'p.note', 'p.source', 'p.source_note', 'p.updated_at'] as const;

export function findVisiblePlatform(db: Kysely<Database>, viewer: Viewer, id: number): Promise<PlatformRow | undefined> {
  return visibleQuery(db, viewer).select(COLUMNS).where('p.id', '=', id).executeTakeFirst();
}

/** A platform the actor may see with all its events (and who recorded them), in one statement. */
export async function findVisiblePlatformWithEvents(db: Kysely<Database>, viewer: Viewer, id: number): Promise<{ row: PlatformRow; events: PlatformEventRow[] } | undefined> {
  const found = await visibleQuery(db, viewer)
    .select(COLUMNS)
    .select(
      sql<JsonEvent[]>`(SELECT coalesce(json_agg(to_jsonb(e) || jsonb_build_object('actor_name', u.display_name) ORDER BY e.id), '[]')
        FROM platform_events e LEFT JOIN users u ON u.id = e.actor_id WHERE e.platform_id = p.id)`.as('events'),
    )
    .where('p.id', '=', id)
    .executeTakeFirst();
  if (!found) return undefined;
  const { events, ...row } = found;
  return { row, events: events.map((event) => ({ ...event, created_at: new Date(event.created_at) })) };
}

/** `ids`: only these platforms (the page a text search found). */
export type PlatformFilter = { zonePath?: string; status?: PlatformStatus; type?: PlatformType; ids?: readonly number[]; limit?: number; offset?: number };

/**
 * The platforms the actor may see, with the events their stage dates come from and the total of
 * all pages, in one statement (the total is a window count; a page past the end counts apart).
 */
export async function listVisiblePlatforms(
  db: Kysely<Database>,
  viewer: Viewer,
  filter: PlatformFilter,
): Promise<{ rows: (PlatformRow & { stage_events: StageEvent[] })[]; total: number }> {
  if (filter.ids?.length === 0) return { rows: [], total: 0 };
  let query = visibleQuery(db, viewer);
  if (filter.ids) query = query.where('p.id', 'in', [...filter.ids]);
  if (filter.zonePath) query = query.where('z.path', 'like', `${filter.zonePath}%`);
  if (filter.status) query = query.where('p.status', '=', filter.status);
  if (filter.type) query = query.where('p.type', '=', filter.type);
  return pageWithTotal(
    query,
    (q) =>
      q
        .select(COLUMNS)
        .select(
          sql<StageEvent[]>`(SELECT coalesce(json_agg(json_build_object('from_status', e.from_status, 'to_status', e.to_status, 'occurred_on', e.occurred_on, 'occurred_precision', e.occurred_precision) ORDER BY e.id), '[]')
            FROM platform_events e WHERE e.platform_id = p.id)`.as('stage_events'),
        )
        .orderBy('z.path')
        .orderBy('p.id'),
    filter,
  );
}

/**
 * Zone rows with the platforms the actor may see in each zone itself (`own_platforms`; subtree
 * totals: sumOverSubtrees): one statement. With `around`, only that zone, its ancestors and
 * everything under it.
 */
export function listZonesWithVisiblePlatforms(db: Kysely<Database>, viewer: Viewer, around?: number): Promise<(ZoneRow & { own_platforms: number })[]> {
  const counts = db
    .selectFrom('platforms as p')
    .innerJoin('zones as pz', 'pz.id', 'p.zone_id')
    .where((eb) => eb.or([eb('p.status', 'in', PUBLIC_PLATFORM_STATUSES), inZoneSubtree(viewer, 'pz.path')]))
    .select(['p.zone_id', sql<number>`count(*)::int`.as('n')])
    .groupBy('p.zone_id')
    .as('c');
  let query = db
    .selectFrom('zones as z')
    .leftJoin(counts, 'c.zone_id', 'z.id')
    .selectAll('z')
    .select(sql<number>`coalesce(c.n, 0)`.as('own_platforms'));
  if (around !== undefined) {
    const aroundPath = sql<string>`(SELECT path FROM zones WHERE id = ${around})`;
    query = query.where((eb) => eb.or([sql<SqlBool>`z.path LIKE ${aroundPath} || '%'`, sql<SqlBool>`${aroundPath} LIKE z.path || '%'`]));
  }
  return query.orderBy('z.sort_order').orderBy('z.id').execute();
}

/** Visible platforms per zone, counted over each zone's whole subtree. */
export async function countVisibleBySubtree(db: Kysely<Database>, viewer: Viewer): Promise<Map<number, number>> {
  const result = await db
    .selectFrom('zones as anc')
    .innerJoin('zones as z', (join) => join.on(sql<boolean>`z.path LIKE anc.path || '%'`))
    .innerJoin('platforms as p', 'p.zone_id', 'z.id')
    .where((eb) => eb.or([eb('p.status', 'in', PUBLIC_PLATFORM_STATUSES), inZoneSubtree(viewer, 'z.path')]))
    .select(['anc.id', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('anc.id')
    .execute();
  return new Map(result.map((row) => [row.id, Number(row.n)]));
}

/** The events of platforms by id, whoever asks: unsafe — the caller has found the platforms within the viewer's scope. */
export function unsafeListPlatformEvents(db: Kysely<Database>, platformIds: number[]): Promise<PlatformEventRow[]> {
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
