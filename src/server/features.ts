/**
 * Every feature the app serves, in the order its routes are registered (and listed in the
 * OpenAPI document, so in web/src/api/generated/openapi.ts). A new feature adds its
 * `<feature>.feature.ts` and one entry here. Where a feature's routes need something of a
 * feature above it in the import graph (zones count platforms; files serve the kinds of record
 * that carry attachments), the two meet here, so neither imports the other the wrong way.
 */
import type { Feature } from '../kernel/deps.js';
import { auditFeature } from '../features/audit/audit.feature.js';
import { authFeature } from '../features/auth/auth.feature.js';
import { evaluationFeature } from '../features/evaluation/evaluation.feature.js';
import { filesFeature } from '../features/files/files.feature.js';
import { indicatorsFeature } from '../features/indicators/indicators.feature.js';
import { bulletinsFeature } from '../features/bulletins/bulletins.feature.js';
import { importsFeature } from '../features/imports/imports.feature.js';
import { INNOVATION_ATTACHMENT_KINDS } from '../features/innovations/innovation-attachments.js';
import { innovationsFeature } from '../features/innovations/innovations.feature.js';
import { jobsFeature } from '../features/jobs/jobs.feature.js';
import { notificationsFeature } from '../features/notifications/notifications.feature.js';
import { powersFeature } from '../features/powers/powers.feature.js';
import { platformsFeature } from '../features/platforms/platforms.feature.js';
import { ZONE_PLATFORM_COUNTS } from '../features/platforms/platforms.service.js';
import { siteFeature } from '../features/site/site.feature.js';
import { statsFeature } from '../features/stats/stats.feature.js';
import { usersFeature } from '../features/users/users.feature.js';
import { zonesFeature } from '../features/zones/zones.feature.js';

export const FEATURES: readonly Feature[] = [
  authFeature,
  auditFeature,
  zonesFeature(ZONE_PLATFORM_COUNTS),
  platformsFeature,
  statsFeature,
  innovationsFeature,
  importsFeature,
  filesFeature(INNOVATION_ATTACHMENT_KINDS),
  usersFeature,
  siteFeature,
  jobsFeature,
  notificationsFeature,
  evaluationFeature,
  indicatorsFeature,
  bulletinsFeature,
  powersFeature,
];
