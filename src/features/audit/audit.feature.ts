import type { Feature } from '../../kernel/deps.js';
import { auditRoutes } from './audit.routes.js';

/** The audit log for the auditor: listing, filters and chain verification. */
export const auditFeature: Feature = { routes: [auditRoutes] };
