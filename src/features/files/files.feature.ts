import type { Feature } from '../../kernel/deps.js';
import type { AttachmentTargetKind } from './attachment-targets.js';
import { attachmentRoutes } from './attachments.routes.js';

/**
 * Attachments. `files/` knows no feature: the features whose records carry files declare their
 * kinds, and the feature list hands them all to this one plugin (one download and delete route
 * serves every kind).
 */
export const filesFeature = (kinds: readonly AttachmentTargetKind[]): Feature => ({ routes: [(deps) => attachmentRoutes(deps, kinds)] });
