import { z } from 'zod';
import { ZONE_TYPES } from '../../shared/zones.enums.js';
import { PLATFORM_STATUSES, PLATFORM_TYPES } from '../../shared/platforms.enums.js';
import { DATE_PRECISIONS } from '../../shared/partial-date.js';

export const OverviewSchema = {
  response: {
    200: z.object({
      zonesByType: z.record(z.enum(ZONE_TYPES), z.number()),
      platformsByStatus: z.record(z.enum(PLATFORM_STATUSES), z.number()),
      platformsByType: z.record(z.enum(PLATFORM_TYPES), z.number()),
      formation: z.array(
        z.object({
          zoneId: z.number(),
          name: z.string(),
          shortName: z.string(),
          type: z.enum(['area', 'pilot']),
          ftzId: z.number(),
          ftzName: z.string(),
          group: z.string().nullable(),
          establishedOn: z.string().nullable(),
          establishedPrecision: z.enum(DATE_PRECISIONS).nullable(),
          areaKm2: z.string().nullable(),
          platforms: z.number(),
          platformsOperating: z.number(),
        }),
      ),
    }),
  },
};
