import type { Feature } from '../../kernel/deps.js';
import { jobRoutes } from './jobs.routes.js';

/** Background jobs (我的任务): starting, following and cancelling them. */
export const jobsFeature: Feature = { routes: [jobRoutes] };
