import type { Feature } from '../../kernel/deps.js';
import { indicatorRoutes } from './indicators.routes.js';
import { publicIndicatorRoutes } from './public-indicators.routes.js';

/** Open-economy indicators (开放型经济指标): definitions, value versions with corrections and as-of reads, publication. */
export const indicatorsFeature: Feature = { routes: [indicatorRoutes, publicIndicatorRoutes] };
