import type { Feature } from '../../kernel/deps.js';
import { bulletinRoutes } from './bulletins.routes.js';
import { publicBulletinRoutes } from './public-bulletins.routes.js';
import { bulletinFileRoutes } from './bulletin-file.routes.js';

/** 简报: bulletins composed from the records, their figures live until issued, then frozen; the portal's issued ones. */
export const bulletinsFeature: Feature = { routes: [bulletinRoutes, publicBulletinRoutes, bulletinFileRoutes] };
