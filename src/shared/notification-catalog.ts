/**
 * Every feature's notification kinds, loaded so the registry is complete wherever notifications
 * are shown or mailed (a table registers itself when it is imported). A new
 * `<feature>.notifications.ts` is listed here.
 */
import './evaluation.notifications.js';
import './follow-up.notifications.js';
