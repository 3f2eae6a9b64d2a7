/** Zone tree storage. Zones are public records; only their platforms and other data are scoped. */
import { sql, type Kysely } from 'kysely';
import type { Database, ZoneRow } from '../../db/schema.js';

export type { ZoneRow };

/** In display order: sort_order follows the order zones were set up (the demo file, then creation). */
export function listZones(db: Kysely<Database>): Promise<ZoneRow[]> {
  return db.selectFrom('zones').selectAll().orderBy('sort_order').orderBy('id').execute();
}

export function findZoneById(db: Kysely<Database>, id: number): Promise<ZoneRow | undefined> {
  return db.selectFrom('zones').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findZoneByCode(db: Kysely<Database>, code: string): Promise<ZoneRow | undefined> {
  return db.selectFrom('zones').selectAll().where('code', '=', code).executeTakeFirst();
}

/** The zone and everything under it. */
export function listSubtree(db: Kysely<Database>, path: string): Promise<ZoneRow[]> {
  return db.selectFrom('zones').selectAll().where('path', 'like', `${path}%`).orderBy('sort_order').orderBy('id').execute();
}

/** Ids taken from the sequence first, so the path can be written in the same insert. */
export async function nextZoneId(db: Kysely<Database>): Promise<number> {
  const result = await sql<{ id: number }>`SELECT nextval('zones_id_seq')::int AS id`.execute(db);
  return result.rows[0]!.id;
}
