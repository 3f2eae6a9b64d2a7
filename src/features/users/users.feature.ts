import type { Feature } from '../../kernel/deps.js';
import { userRoutes } from './users.routes.js';

/** Accounts, roles and scopes, sessions, and the security settings (the security admin's). */
export const usersFeature: Feature = { routes: [userRoutes] };
