import type { Feature } from '../../kernel/deps.js';
import { importRoutes } from './imports.routes.js';

/** Excel imports and exports: each import kind's preview, template and commit, and the batches. */
export const importsFeature: Feature = { routes: [importRoutes] };
