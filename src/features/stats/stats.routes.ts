/** Headline figures, computed from the data on each request and scoped to the actor. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FeatureDeps } from '../../kernel/deps.js';
import { contextOf } from '../../kernel/request.js';
import { PLATFORM_STATUSES, PLATFORM_TYPES, ZONE_TYPES } from '../../shared/enums.js';
import type { DatePrecision } from '../../shared/partial-date.js';
import { listVisiblePlatforms } from '../platforms/platforms.repo.js';
import { listZones } from '../zones/zones.service.js';
import { OverviewSchema } from './stats.schema.js';

function zeroes<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}

export function statsRoutes({ db }: FeatureDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/stats/overview', { schema: { tags: ['stats'], summary: '总览数据 Overview figures', ...OverviewSchema } }, async (request) => {
      const { actor } = contextOf(request);
      const [zones, { rows: platforms }] = await Promise.all([listZones(db), listVisiblePlatforms(db, actor, {})]);
      const zonesByType = zeroes(ZONE_TYPES);
      for (const zone of zones) zonesByType[zone.type as keyof typeof zonesByType] += 1;
      const platformsByStatus = zeroes(PLATFORM_STATUSES);
      const platformsByType = zeroes(PLATFORM_TYPES);
      for (const platform of platforms) {
        platformsByStatus[platform.status as keyof typeof platformsByStatus] += 1;
        platformsByType[platform.type as keyof typeof platformsByType] += 1;
      }
      const byId = new Map(zones.map((zone) => [zone.id, zone]));
      const formation = zones
        .filter((zone) => zone.type === 'area' || zone.type === 'pilot')
        .map((zone) => {
          const inSubtree = platforms.filter((p) => p.zone_path.startsWith(zone.path));
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
            platforms: inSubtree.length,
            platformsOperating: inSubtree.filter((p) => p.status === 'operating').length,
          };
        });
      return { zonesByType, platformsByStatus, platformsByType, formation };
    });
  };
}
