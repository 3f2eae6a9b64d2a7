/**
 * Zone names as a searched field. Every search document carries its zone (zone_id, zone_path),
 * so a query word that names a zone — 宜宾, 内江, 天府新区, 成都 — matches the records of that
 * zone and of the zones under it, without copying zone names into every document: the zone
 * tree is read at query time (a few dozen rows), so a renamed zone is found by its new name at
 * once and nothing needs re-indexing.
 *
 * What a zone is called, for search: its short name (宜宾) and its own part of its full name,
 * i.e. the name with the parent's name taken off the front (中国(四川)自由贸易试验区宜宾协同改革
 * 先行区 → 宜宾协同改革先行区). The country and the FTZ levels are left out: every record lies
 * under them, and their names (自由贸易试验区, 四川自贸试验区) would make the programme's own
 * words match every record.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { foldCase } from './segment.js';

/** Zones a spelling may name at most; one found in more zone names than this is too vague to name a zone. */
export const MAX_ZONES_PER_SPELLING = 30;
const SEARCHED_ZONE_TYPES = new Set(['area', 'pilot', 'block']);

export type ZoneName = { path: string; texts: string[] };

/** The searchable names of the zones below the FTZ level. */
export async function loadZoneNames(db: Kysely<Database>): Promise<ZoneName[]> {
  const rows = await db
    .selectFrom('zones as z')
    .leftJoin('zones as p', 'p.id', 'z.parent_id')
    .select(['z.path', 'z.type', 'z.name', 'z.short_name', 'p.name as parent_name'])
    .execute();
  return rows
    .filter((row) => SEARCHED_ZONE_TYPES.has(row.type))
    .map((row) => {
      const own = row.parent_name && row.name.startsWith(row.parent_name) && row.name.length > row.parent_name.length ? row.name.slice(row.parent_name.length) : row.name;
      return { path: row.path, texts: [...new Set([foldCase(row.short_name), foldCase(own)])] };
    });
}

/**
 * For each spelling, the path prefixes of the zones whose names contain it (a zone inside
 * another matching zone is covered by the outer prefix). Spellings naming no zone, or more
 * than MAX_ZONES_PER_SPELLING (a single character such as 区), are left out.
 */
export function zonePrefixes(zones: readonly ZoneName[], spellings: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const spelling of spellings) {
    if (!spelling) continue;
    const paths = zones.filter((z) => z.texts.some((text) => text.includes(spelling))).map((z) => z.path);
    if (paths.length === 0 || paths.length > MAX_ZONES_PER_SPELLING) continue;
    const outer = paths.filter((path) => !paths.some((other) => other !== path && path.startsWith(other)));
    out.set(spelling, outer.sort());
  }
  return out;
}
