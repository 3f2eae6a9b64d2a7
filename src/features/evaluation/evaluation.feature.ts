import type { Feature } from '../../kernel/deps.js';
import { activityRoutes } from './activities/activities.routes.js';
import { campaignRoutes } from './campaigns.routes.js';
import { drawRoutes } from './draws.routes.js';
import { entryRoutes } from './entries.routes.js';
import { expertRoutes } from './experts.routes.js';
import { judgingRoutes } from './judging.routes.js';
import { resultsRoutes } from './results/results.routes.js';
import { stageRoutes } from './stages.routes.js';

/** The evaluation engine (评审引擎): campaigns with their categories, stages and criteria, and the expert pool. */
export const evaluationFeature: Feature = { routes: [campaignRoutes, stageRoutes, entryRoutes, drawRoutes, judgingRoutes, resultsRoutes, activityRoutes, expertRoutes] };
