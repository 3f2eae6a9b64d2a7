import { defineConfig } from 'vitest/config';

// End-to-end tests: the real server (started once by the global setup, on PGlite or, with
// TEST_DATABASE_URL, on a fresh database of that PostgreSQL server) driven through Chromium.
// The spec files share that one server, so they run one at a time.
export default defineConfig({
  test: {
    include: ['e2e/**/*.spec.ts'],
    globalSetup: ['e2e/support/global-setup.ts'],
    pool: 'forks',
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 90_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});
