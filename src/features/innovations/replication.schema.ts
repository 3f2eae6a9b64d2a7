import { z } from 'zod';
import { ZONE_TYPES } from '../../shared/zones.enums.js';
import { INNOVATION_DOMAINS, INNOVATION_STATUSES, REFORM_TASKS } from '../../shared/innovations.enums.js';
import { idParam, idText } from '../../shared/schemas.js';

const Counts = z.object({ recognized: z.number(), provinceReplicated: z.number(), nationReplicated: z.number() });

export const FormationSchema = {
  response: {
    200: z.object({
      zones: z.array(
        Counts.extend({
          zoneId: z.number(),
          name: z.string(),
          shortName: z.string(),
          type: z.enum(ZONE_TYPES),
          parentId: z.number().nullable(),
          group: z.string().nullable(),
          adoptedFromOthers: z.number(),
          adoptedByOthers: z.number(),
        }),
      ),
      /** Sums over the pilot zones of each launch group, e.g. 首批 (the article's "22 results, 6 replicated"). */
      pilotGroups: z.array(Counts.extend({ group: z.string(), ftzId: z.number(), zoneCount: z.number() })),
    }),
  },
};

export const MatrixSchema = {
  querystring: z.strictObject({ zoneId: idText.optional(), level: z.enum(['published', 'province']).default('province') }),
  response: {
    200: z.object({
      zones: z.array(z.object({ id: z.number(), name: z.string(), shortName: z.string(), type: z.enum(ZONE_TYPES) })),
      innovations: z.array(z.object({ id: z.number(), name: z.string(), status: z.enum(INNOVATION_STATUSES), domain: z.enum(INNOVATION_DOMAINS), zoneId: z.number(), zoneShortName: z.string() })),
      cells: z.array(z.object({ innovationId: z.number(), zoneId: z.number(), adoptedOn: z.string() })),
    }),
  },
};

export const DiffusionSchema = {
  params: idParam,
  response: { 200: z.object({ points: z.array(z.object({ month: z.string(), adoptions: z.number(), cumulative: z.number() })) }) },
};

export const RecommendationsSchema = {
  params: idParam,
  querystring: z.strictObject({ limit: z.coerce.number().int().min(1).max(100).default(20) }),
  response: {
    200: z.object({
      items: z.array(
        z.object({
          id: z.number(),
          name: z.string(),
          zoneShortName: z.string(),
          domain: z.enum(INNOVATION_DOMAINS),
          task: z.enum(REFORM_TASKS).nullable(),
          status: z.enum(INNOVATION_STATUSES),
          score: z.number(),
        }),
      ),
    }),
  },
};
