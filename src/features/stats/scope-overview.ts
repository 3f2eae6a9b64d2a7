/**
 * 辖区概况: the headline figures of the viewer's own subtree, for the console home. Zone staff
 * see their zone, the province office the whole tree; everything is counted from the rows on
 * each request, in one statement, with the subtree as a path prefix.
 */
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/schema.js';
import type { Actor } from '../../kernel/actor.js';
import { AppError } from '../../kernel/errors.js';
import { ZONE_TYPES } from '../../shared/zones.enums.js';
import { PLATFORM_STATUSES } from '../../shared/platforms.enums.js';
import { INNOVATION_STATUSES } from '../../shared/innovations.enums.js';

export const ScopeOverviewSchema = {
  response: {
    200: z.object({
      scopeZone: z.object({ id: z.number(), name: z.string(), shortName: z.string() }),
      zonesByType: z.record(z.enum(ZONE_TYPES), z.number()),
      platformsByStatus: z.record(z.enum(PLATFORM_STATUSES), z.number()),
      innovationsByStatus: z.record(z.enum(INNOVATION_STATUSES), z.number()),
      /** Recognised and above; replicated in the province (省内 or 全国); nationwide. */
      recognized: z.number(),
      provinceReplicated: z.number(),
      nationReplicated: z.number(),
      /** Experiences from elsewhere that zones of this subtree recorded as adopted. */
      adoptionsRecorded: z.number(),
      /** Adoptions by other zones of this subtree's innovations. */
      adoptedElsewhere: z.number(),
      /** Proven innovations (replicated in the province or nationwide) from outside that the scope zone has not adopted. */
      recommendationsWaiting: z.number(),
    }),
  },
};
export type ScopeOverview = z.infer<(typeof ScopeOverviewSchema.response)[200]>;

type CountRow = { kind: string; key: string; n: number };

function counted<K extends string>(rows: CountRow[], kind: string, keys: readonly K[]): Record<K, number> {
  const out = Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
  for (const row of rows) if (row.kind === kind && row.key in out) out[row.key as K] = Number(row.n);
  return out;
}

export async function scopeOverview(db: Kysely<Database>, actor: Actor | null): Promise<ScopeOverview> {
  if (!actor?.scopePath || !actor.scopeZoneId) throw new AppError('FORBIDDEN');
  const prefix = `${actor.scopePath}%`;
  const scopeId = actor.scopeZoneId;
  const { rows } = await sql<CountRow>`
    WITH sub AS (SELECT id, type FROM zones WHERE path LIKE ${prefix})
    SELECT 'zone' AS kind, type AS key, count(*)::int AS n FROM sub GROUP BY type
    UNION ALL
    SELECT 'platform', p.status, count(*)::int FROM platforms p JOIN sub ON sub.id = p.zone_id GROUP BY p.status
    UNION ALL
    SELECT 'innovation', i.status, count(*)::int FROM innovations i JOIN sub ON sub.id = i.zone_id GROUP BY i.status
    UNION ALL
    SELECT 'adoption', 'recorded', count(*)::int FROM innovation_adoptions a JOIN sub ON sub.id = a.zone_id
    UNION ALL
    SELECT 'adoption', 'elsewhere', count(*)::int FROM innovation_adoptions a
      JOIN innovations i ON i.id = a.innovation_id JOIN sub ON sub.id = i.zone_id
      WHERE a.zone_id NOT IN (SELECT id FROM sub)
    UNION ALL
    SELECT 'recommendation', 'waiting', count(*)::int FROM innovations i JOIN zones z ON z.id = i.zone_id
      WHERE i.status IN ('province_replicated', 'nation_replicated') AND z.path NOT LIKE ${prefix}
        AND NOT EXISTS (SELECT 1 FROM innovation_adoptions a WHERE a.innovation_id = i.id AND a.zone_id = ${scopeId})
  `.execute(db);
  const zone = await db.selectFrom('zones').select(['id', 'name', 'short_name']).where('id', '=', scopeId).executeTakeFirstOrThrow();
  const innovationsByStatus = counted(rows, 'innovation', INNOVATION_STATUSES);
  const single = (kind: string, key: string) => Number(rows.find((row) => row.kind === kind && row.key === key)?.n ?? 0);
  return {
    scopeZone: { id: zone.id, name: zone.name, shortName: zone.short_name },
    zonesByType: counted(rows, 'zone', ZONE_TYPES),
    platformsByStatus: counted(rows, 'platform', PLATFORM_STATUSES),
    innovationsByStatus,
    recognized: innovationsByStatus.recognized + innovationsByStatus.province_replicated + innovationsByStatus.nation_replicated,
    provinceReplicated: innovationsByStatus.province_replicated + innovationsByStatus.nation_replicated,
    nationReplicated: innovationsByStatus.nation_replicated,
    adoptionsRecorded: single('adoption', 'recorded'),
    adoptedElsewhere: single('adoption', 'elsewhere'),
    recommendationsWaiting: single('recommendation', 'waiting'),
  };
}
