import type { Feature } from '../../kernel/deps.js';
import { platformRoutes } from './platforms.routes.js';

/** The opening-platform ledger (开放平台台账) and its lifecycle steps. */
export const platformsFeature: Feature = { routes: [platformRoutes] };
