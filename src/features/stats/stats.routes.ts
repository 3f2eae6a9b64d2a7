/** Headline figures, computed from the data and scoped to the actor; kept until a write changes them (kernel/figures-cache.ts). */
import { sql, type Kysely } from 'kysely';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../db/schema.js';
import type { FeatureDeps } from '../../kernel/deps.js';
import { sendCachedFigures } from '../../kernel/figures-cache.js';
import { contextOf } from '../../kernel/request.js';
import { inZoneSubtree, viewerOf, type Viewer } from '../../kernel/viewer.js';
import { ZONE_TYPES } from '../../shared/zones.enums.js';
import { PLATFORM_STATUSES, PLATFORM_TYPES, PUBLIC_PLATFORM_STATUSES } from '../../shared/platforms.enums.js';
import type { DatePrecision } from '../../shared/partial-date.js';
import { OverviewSchema } from './stats.schema.js';

function zeroes<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}

/**
 * The zones (the columns the overview shows) with their own visible platforms counted per status
 * and type: one statement; subtree sums are added up here over the materialised paths.
 */
async function overviewRows(db: Kysely<Database>, viewer: Viewer) {
  const { rows } = await sql<{
    id: number;
    parent_id: number | null;
    path: string;
    type: string;
    name: string;
    short_name: string;
    group_name: string | null;
    established_on: string | null;
    established_precision: string | null;
    area_km2: string | null;
    status: string | null;
    platform_type: string | null;
    n: number | null;
  }>`
    SELECT z.id, z.parent_id, z.path, z.type, z.name, z.short_name, z.group_name, z.established_on, z.established_precision, z.area_km2,
      c.status, c.platform_type, c.n
    FROM zones z
    LEFT JOIN (
      SELECT p.zone_id, p.status, p.type AS platform_type, count(*)::int AS n
      FROM platforms p JOIN zones pz ON pz.id = p.zone_id
      WHERE p.status IN (${sql.join(PUBLIC_PLATFORM_STATUSES.map((status) => sql.lit(status)))}) OR ${inZoneSubtree(viewer, 'pz.path')}
      GROUP BY p.zone_id, p.status, p.type
    ) c ON c.zone_id = z.id
    ORDER BY z.sort_order, z.id`.execute(db);
  return rows;
}

export function statsRoutes({ db }: FeatureDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/stats/overview', { schema: { tags: ['stats'], summary: '总览数据 Overview figures', ...OverviewSchema } }, async (request, reply) => {
      const context = contextOf(request);
      // The visible platforms depend on the zone subtree alone (inZoneSubtree): one entry per scope.
      return sendCachedFigures(reply, db, `overview|${context.actor?.scopePath ?? ''}`, () => overviewFigures(db, viewerOf(context)));
    });
  };
}

/** The overview's counts and its formation columns, from the rows the actor may see. */
async function overviewFigures(db: Kysely<Database>, viewer: Viewer) {
  const rows = await overviewRows(db, viewer);
  const zonesByType = zeroes(ZONE_TYPES);
  const platformsByStatus = zeroes(PLATFORM_STATUSES);
  const platformsByType = zeroes(PLATFORM_TYPES);
  type Zone = (typeof rows)[number] & { platforms: number; operating: number };
  const zones: Zone[] = [];
  for (const row of rows) {
    if (zones[zones.length - 1]?.id !== row.id) {
      zones.push({ ...row, platforms: 0, operating: 0 });
      zonesByType[row.type as keyof typeof zonesByType] += 1;
    }
    if (row.n === null) continue;
    const zone = zones[zones.length - 1]!;
    zone.platforms += row.n;
    if (row.status === 'operating') zone.operating += row.n;
    platformsByStatus[row.status as keyof typeof platformsByStatus] += row.n;
    platformsByType[row.platform_type as keyof typeof platformsByType] += row.n;
  }
  const byId = new Map(zones.map((zone) => [zone.id, zone]));
  const formation = zones
    .filter((zone) => zone.type === 'area' || zone.type === 'pilot')
    .map((zone) => {
      const inSubtree = zones.filter((other) => other.path.startsWith(zone.path));
      const ftz = byId.get(zone.parent_id!)!;
      return {
        zoneId: zone.id,
        name: zone.name,
        shortName: zone.short_name,
        type: zone.type as 'area' | 'pilot',
        ftzId: ftz.id,
        ftzName: ftz.name,
        group: zone.group_name,
        establishedOn: zone.established_on,
        establishedPrecision: zone.established_precision as DatePrecision | null,
        areaKm2: zone.area_km2,
        platforms: inSubtree.reduce((n, other) => n + other.platforms, 0),
        platformsOperating: inSubtree.reduce((n, other) => n + other.operating, 0),
      };
    });
  return { zonesByType, platformsByStatus, platformsByType, formation };
}
