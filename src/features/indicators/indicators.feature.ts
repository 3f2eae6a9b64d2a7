import type { Feature } from '../../kernel/deps.js';
import { dashboardRoutes, publicDashboardRoutes } from './dashboards.routes.js';
import { indicatorRoutes } from './indicators.routes.js';
import { publicIndicatorRoutes } from './public-indicators.routes.js';

/** Open-economy indicators (开放型经济指标): definitions, value versions with corrections and as-of reads, publication, dashboards. */
export const indicatorsFeature: Feature = { routes: [indicatorRoutes, publicIndicatorRoutes, dashboardRoutes, publicDashboardRoutes] };
