import type { Feature } from '../../kernel/deps.js';
import { innovationRoutes } from './innovations.routes.js';
import { publicInnovationRoutes } from './public-innovations.routes.js';
import { replicationRoutes } from './replication.routes.js';

/** Innovations (制度创新成果): the console's records and steps, replication, and the public case library. */
export const innovationsFeature: Feature = { routes: [innovationRoutes, replicationRoutes, publicInnovationRoutes] };
