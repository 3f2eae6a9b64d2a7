/**
 * Forward-only migrator: applies migrations/NNNN_name.sql in order, each in its own
 * transaction, and records name and checksum so an edited old file is caught.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DatabaseHandle } from './client.js';

const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');
/** Any fixed number: keeps two app instances starting together from migrating twice. */
const MIGRATION_LOCK_KEY = 7_294_001;

type MigrationFile = { name: string; text: string; checksum: string };

function readMigrations(): MigrationFile[] {
  return readdirSync(MIGRATIONS_DIR)
    .filter((file) => /^\d{4}_[a-z0-9_]+\.sql$/.test(file))
    .sort()
    .map((name) => {
      const text = readFileSync(join(MIGRATIONS_DIR, name), 'utf8');
      return { name, text, checksum: createHash('sha256').update(text).digest('hex') };
    });
}

/** Applies pending migrations; returns the names applied in this call. */
export async function migrate(handle: Pick<DatabaseHandle, 'withScriptRunner'>): Promise<string[]> {
  return handle.withScriptRunner(async (run) => {
    const applied: string[] = [];
    await run(`SELECT pg_advisory_lock(${MIGRATION_LOCK_KEY})`);
    try {
      await run(`CREATE TABLE IF NOT EXISTS schema_migrations (
        name text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
      const done = await run('SELECT name, checksum FROM schema_migrations');
      const doneByName = new Map(done.map((row) => [String(row.name), String(row.checksum)]));
      for (const migration of readMigrations()) {
        const previous = doneByName.get(migration.name);
        if (previous !== undefined) {
          if (previous !== migration.checksum) {
            throw new Error(`Migration ${migration.name} was changed after it was applied; add a new migration instead.`);
          }
          continue;
        }
        // File names and checksums are [a-z0-9_.] only (checked above), so inlining them is safe.
        await run(`BEGIN;\n${migration.text}\n;INSERT INTO schema_migrations (name, checksum) VALUES ('${migration.name}', '${migration.checksum}');\nCOMMIT;`).catch(
          async (error: unknown) => {
            await run('ROLLBACK').catch(() => undefined);
            throw error;
          },
        );
        applied.push(migration.name);
      }
    } finally {
      await run(`SELECT pg_advisory_unlock(${MIGRATION_LOCK_KEY})`);
    }
    return applied;
  });
}
