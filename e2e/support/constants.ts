import { fileURLToPath } from 'node:url';

/** The demo accounts' password (the default of `npm start`). */
export const DEMO_PASSWORD = 'Yanzhen@2026';

export type DemoUser = 'admin' | 'yibin' | 'deyang' | 'judge1' | 'applicant1' | 'auditor' | 'secadmin';

/** Demo zone codes the specs talk about. */
export const ZONE_CODES = { ftz: 'SC-FTZ', yibin: 'SC-P-YB', deyang: 'SC-P-DY' } as const;

/** Where failure screenshots and the server log go (test-results/, git-ignored). */
export const RESULTS_DIR = fileURLToPath(new URL('../../test-results', import.meta.url));
