import type { Feature } from '../../kernel/deps.js';
import { notificationRoutes } from './notifications.routes.js';

/** 通知: a person's own notifications (sent by other features' steps, shown here and mailed by a job). */
export const notificationsFeature: Feature = { routes: [notificationRoutes] };
