import type { Feature } from '../../kernel/deps.js';
import { zoneRoutes, type ZonePlatformCounts } from './zones.routes.js';

/**
 * The zone tree. Its routes count each zone's platforms, which the platforms feature (above this
 * one) supplies, so the feature is made with the counts where the feature list is composed.
 */
export const zonesFeature = (platforms: ZonePlatformCounts): Feature => ({ routes: [(deps) => zoneRoutes(deps, platforms)] });
