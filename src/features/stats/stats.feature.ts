import type { Feature } from '../../kernel/deps.js';
import { scopeOverviewRoutes } from './scope-overview.routes.js';
import { statsRoutes } from './stats.routes.js';

/** Headline figures: the public overview and the console's 辖区概况. */
export const statsFeature: Feature = { routes: [statsRoutes, scopeOverviewRoutes] };
