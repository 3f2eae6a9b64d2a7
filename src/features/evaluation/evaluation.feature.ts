import type { Feature } from '../../kernel/deps.js';
import { activityRoutes } from './activities/activities.routes.js';
import { campaignRoutes } from './campaigns.routes.js';
import { drawRoutes } from './draws.routes.js';
import { entryRoutes } from './entries.routes.js';
import { expertRoutes } from './experts.routes.js';
import { followUpRoutes } from './follow-up/follow-up.routes.js';
import { judgingRoutes } from './judging.routes.js';
import { resultsRoutes } from './results/results.routes.js';
import { stageRoutes } from './stages.routes.js';
import { exportRoutes } from './exports/exports.routes.js';

/** The evaluation engine (评审引擎): campaigns with their categories, stages and criteria, the non-scored stages' records, the expert pool, the winners' follow-up, and the .xlsx exports. */
export const evaluationFeature: Feature = { routes: [campaignRoutes, stageRoutes, entryRoutes, drawRoutes, judgingRoutes, resultsRoutes, activityRoutes, followUpRoutes, exportRoutes, expertRoutes] };
