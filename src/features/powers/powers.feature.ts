import type { Feature } from '../../kernel/deps.js';
import { powerRoutes } from './powers.routes.js';
import { publicPowerRoutes } from './public-powers.routes.js';

/** 放权赋能事项 and 通办: the catalogue by batch, delegations and their lifecycle, cases and processing time; the portal's view of them. */
export const powersFeature: Feature = { routes: [powerRoutes, publicPowerRoutes] };
