import type { Feature } from '../../kernel/deps.js';
import { siteRoutes } from './site.routes.js';

/** What the public site says about itself (/api/public/site). */
export const siteFeature: Feature = { routes: [siteRoutes] };
