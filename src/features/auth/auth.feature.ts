import type { Feature } from '../../kernel/deps.js';
import { authRoutes } from './auth.routes.js';

/** Sign-in, sign-out, the signed-in account and its password. */
export const authFeature: Feature = { routes: [authRoutes] };
