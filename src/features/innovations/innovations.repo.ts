/**
 * Innovation storage. Reads take the actor: published records (recognised and above) are
 * visible to everyone, the rest only inside the actor's zone subtree.
 */
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Actor } from '../../kernel/actor.js';
import { zonePathInScope } from '../../kernel/scope.js';
import type { Database, InnovationEventsTable, InnovationsTable } from '../../db/schema.js';
import { PUBLISHED_INNOVATION_STATUSES } from '../../shared/enums.js';

export type InnovationRow = Selectable<InnovationsTable> & { zone_name: string; zone_short_name: string; zone_path: string; adoption_count: number };
export type InnovationEventRow = Selectable<InnovationEventsTable> & { actor_name: string | null };

/** The year an innovation is filed under: when recognised, else when explored, else when entered. */
export const innovationYear = sql<number>`EXTRACT(YEAR FROM COALESCE(i.recognized_on, i.explored_on, i.created_at::date))::int`;

export type Visibility = { kind: 'public' } | { kind: 'actor'; actor: Actor | null };

function visibleQuery(db: Kysely<Database>, visibility: Visibility) {
  return db
    .selectFrom('innovations as i')
    .innerJoin('zones as z', 'z.id', 'i.zone_id')
    .where((eb) =>
      visibility.kind === 'public'
        ? eb('i.status', 'in', PUBLISHED_INNOVATION_STATUSES)
        : eb.or([eb('i.status', 'in', PUBLISHED_INNOVATION_STATUSES), zonePathInScope('z.path', visibility.actor)]),
    );
}

function withColumns(query: ReturnType<typeof visibleQuery>) {
  return query
    .selectAll('i')
    .select(['z.name as zone_name', 'z.short_name as zone_short_name', 'z.path as zone_path'])
    .select((eb) =>
      eb.selectFrom('innovation_adoptions as a').whereRef('a.innovation_id', '=', 'i.id').select((e) => e.fn.countAll<number>().as('n')).as('adoption_count'),
    );
}

function normalise(row: Record<string, unknown>): InnovationRow {
  return { ...(row as InnovationRow), adoption_count: Number(row.adoption_count ?? 0) };
}

export async function findVisibleInnovation(db: Kysely<Database>, visibility: Visibility, id: number): Promise<InnovationRow | undefined> {
  const row = await withColumns(visibleQuery(db, visibility)).where('i.id', '=', id).executeTakeFirst();
  return row ? normalise(row) : undefined;
}

export async function findVisibleInnovationsByIds(db: Kysely<Database>, visibility: Visibility, ids: number[]): Promise<InnovationRow[]> {
  if (ids.length === 0) return [];
  const rows = await withColumns(visibleQuery(db, visibility)).where('i.id', 'in', ids).execute();
  return rows.map(normalise);
}

export type InnovationFilter = {
  zonePath?: string;
  domain?: string;
  task?: string;
  statuses?: readonly string[];
  year?: number;
  limit: number;
  offset: number;
};

/** Filtered listing without a text query (see the ordering below). */
export async function listVisibleInnovations(db: Kysely<Database>, visibility: Visibility, filter: InnovationFilter): Promise<{ rows: InnovationRow[]; total: number }> {
  let query = visibleQuery(db, visibility);
  if (filter.zonePath) query = query.where('z.path', 'like', `${filter.zonePath}%`);
  if (filter.domain) query = query.where('i.domain', '=', filter.domain);
  if (filter.task) query = query.where('i.task', '=', filter.task);
  // An empty list (a status outside the chosen level) matches nothing; `IN ()` is not SQL.
  if (filter.statuses) query = filter.statuses.length ? query.where('i.status', 'in', filter.statuses) : query.where(sql<boolean>`FALSE`);
  if (filter.year) query = query.where(innovationYear, '=', filter.year);
  const [rows, count] = await Promise.all([
    (visibility.kind === 'public'
      ? // The case library leads with the latest decisions.
        withColumns(query).orderBy(sql`COALESCE(i.nation_replicated_on, i.province_replicated_on, i.recognized_on)`, (ob) => ob.desc().nullsLast())
      : // Staff see what changed last; records loaded together keep their entry order.
        withColumns(query).orderBy('i.updated_at', 'desc'))
      .orderBy('i.id', visibility.kind === 'public' ? 'desc' : 'asc')
      .limit(filter.limit)
      .offset(filter.offset)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows: rows.map(normalise), total: Number(count.n) };
}

export function listInnovationEvents(db: Kysely<Database>, innovationId: number): Promise<InnovationEventRow[]> {
  return db
    .selectFrom('innovation_events as e')
    .leftJoin('users as u', 'u.id', 'e.actor_id')
    .selectAll('e')
    .select('u.display_name as actor_name')
    .where('e.innovation_id', '=', innovationId)
    .orderBy('e.id')
    .execute();
}
