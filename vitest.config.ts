import { defineConfig } from 'vitest/config';

// Unit and route tests. One migrated database with the demo data is built once (globalSetup),
// then every test file gets its own copy: a PGlite loaded from the template dump, or on
// PostgreSQL (TEST_DATABASE_URL) a database created from a template database.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    globalSetup: ['src/testing/global-setup.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
