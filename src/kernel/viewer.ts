/**
 * Who a query answers to: one viewer type for every read. `public` is an answer made for the
 * public whoever asks (the portal's endpoints); `actor` is an answer for a signed-in person, or
 * for nobody (`actor: null`, the public through a staff endpoint). A viewer sees records by three
 * predicates, each an SQL condition for the caller's WHERE, so they combine in any query:
 *   - the zone subtree (`inZoneSubtree`): zone staff and the province office see their zones;
 *   - assignment (`assignedTo`): a judge sees the entries assigned to them;
 *   - ownership (`ownedBy`): an applicant sees their own registrations, a user their own jobs.
 * For bulk work, `allowedIds` answers which of a set of ids the viewer may act on, in one query.
 */
import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Actor, RequestContext } from './actor.js';
import { zonePathInScope } from './scope.js';

export type Viewer = { kind: 'public' } | { kind: 'actor'; actor: Actor | null };

export const PUBLIC_VIEWER: Viewer = { kind: 'public' };

/** The viewer of a staff endpoint: whoever the request is from (null for the public). */
export function viewerOf(context: RequestContext): Viewer {
  return { kind: 'actor', actor: context.actor };
}

/** The person behind a viewer, if any (a public answer has none, whoever asked). */
export function actorOfViewer(viewer: Viewer): Actor | null {
  return viewer.kind === 'actor' ? viewer.actor : null;
}

/** `pathColumn` lies in the viewer's zone subtree (FALSE for the public and roles without a zone). */
export function inZoneSubtree(viewer: Viewer, pathColumn: string): RawBuilder<SqlBool> {
  return zonePathInScope(pathColumn, actorOfViewer(viewer));
}

/**
 * The zone at `pathColumn` is the viewer's scope root or lies above it (FALSE for the public and
 * roles without a zone): what the offices above a zone run concerns it, e.g. a selection the
 * province organises for every zone under it.
 */
export function aboveZoneSubtree(viewer: Viewer, pathColumn: string): RawBuilder<SqlBool> {
  const actor = actorOfViewer(viewer);
  if (!actor?.scopePath) return sql<SqlBool>`FALSE`;
  return sql<SqlBool>`${actor.scopePath} LIKE ${sql.ref(pathColumn)} || '%'`;
}

/** `ownerColumn` holds the viewer's user id (FALSE for the public). */
export function ownedBy(viewer: Viewer, ownerColumn: string): RawBuilder<SqlBool> {
  const actor = actorOfViewer(viewer);
  return actor ? sql<SqlBool>`${sql.ref(ownerColumn)} = ${actor.id}` : sql<SqlBool>`FALSE`;
}

/** Where a feature records who is assigned to which record (e.g. a judge to an entry). */
export type Assignment = {
  /** The assignment table, e.g. 'entry_assignments'. */
  table: string;
  /** Its column holding the record's id. */
  recordColumn: string;
  /** Its column holding the assignee's user id. */
  assigneeColumn: string;
};

/** The record whose id is in `recordIdColumn` is assigned to the viewer (FALSE for the public). */
export function assignedTo(viewer: Viewer, assignment: Assignment, recordIdColumn: string): RawBuilder<SqlBool> {
  const actor = actorOfViewer(viewer);
  if (!actor) return sql<SqlBool>`FALSE`;
  return sql<SqlBool>`EXISTS (SELECT 1 FROM ${sql.table(assignment.table)} AS viewer_assignment
    WHERE viewer_assignment.${sql.ref(assignment.recordColumn)} = ${sql.ref(recordIdColumn)}
      AND viewer_assignment.${sql.ref(assignment.assigneeColumn)} = ${actor.id})`;
}

/**
 * The ids among `ids` the viewer may act on, in one statement: `table` is the records' table
 * (aliased `r`, its key `r.id`), `allowed` the condition over it (one of the predicates above,
 * or several combined; join the zone as `z` with `zoneJoin` when the condition needs its path).
 */
export async function allowedIds(
  db: Kysely<Database>,
  input: { table: keyof Database & string; ids: readonly number[]; allowed: RawBuilder<SqlBool>; zoneJoin?: boolean },
): Promise<Set<number>> {
  if (input.ids.length === 0) return new Set();
  const join = input.zoneJoin ? sql`JOIN zones z ON z.id = r.zone_id` : sql``;
  const { rows } = await sql<{ id: number }>`SELECT r.id FROM ${sql.table(input.table)} r ${join}
    WHERE r.id = ANY(${[...input.ids]}::int4[]) AND (${input.allowed})`.execute(db);
  return new Set(rows.map((row) => Number(row.id)));
}
