/**
 * Every feature's messages, loaded so the registry is complete before the first answer (a
 * feature's module registers its table when it is imported). A new `<feature>.messages.ts` is
 * listed here; `messages.test.ts` checks every registered message.
 */
import '../../kernel/errors.messages.js';
import '../../shared/validation.messages.js';
import '../../features/auth/auth.messages.js';
import '../../features/users/users.messages.js';
import '../../features/zones/zones.messages.js';
import '../../features/platforms/platforms.messages.js';
import '../../features/innovations/innovations.messages.js';
import '../../features/imports/imports.messages.js';
import '../../features/files/files.messages.js';
import '../../features/jobs/jobs.messages.js';
import '../../features/evaluation/evaluation.messages.js';
import '../../features/evaluation/results/results.messages.js';
import '../../features/evaluation/follow-up/follow-up.messages.js';
import '../../features/evaluation/activities/activities.messages.js';
import '../../shared/indicators/messages.js';
import '../../features/indicators/indicators.messages.js';
import '../../features/bulletins/bulletins.messages.js';
import '../../features/bulletins/render/render.messages.js';
import '../../features/powers/powers.messages.js';
