/**
 * Builds the template database once per test run: migrated and loaded with the demo data.
 * PGlite: a data-dir dump in a temp file. PostgreSQL: a template database on the server.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import pg from 'pg';
import { openDatabase } from '../db/client.js';
import { migrate } from '../db/migrate.js';
import { loadDemo } from '../demo/load-demo.js';
import { TEST_PASSWORD, TEMPLATE_DB_NAME } from './constants.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteDumpPath: string | null;
    postgresTemplate: { url: string; name: string } | null;
  }
}

export default async function setup(project: TestProject) {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const name = `${TEMPLATE_DB_NAME}_${process.pid}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const handle = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 2 });
    await migrate(handle);
    await loadDemo(handle.db, { password: TEST_PASSWORD });
    await handle.close();
    project.provide('postgresTemplate', { url: serverUrl, name });
    project.provide('pgliteDumpPath', null);
    return async () => {
      // Drop the per-file copies first: a template in use cannot be dropped.
      const copies = await admin.query(`SELECT datname FROM pg_database WHERE datname LIKE '${name}_f%'`);
      for (const row of copies.rows) await admin.query(`DROP DATABASE IF EXISTS ${row.datname} WITH (FORCE)`);
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    };
  }

  const handle = await openDatabase({ kind: 'pglite' });
  await migrate(handle);
  await loadDemo(handle.db, { password: TEST_PASSWORD });
  const dump = await dumpPglite(handle);
  await handle.close();
  const dir = mkdtempSync(join(tmpdir(), 'yanzhen-test-'));
  const path = join(dir, 'template.tar');
  writeFileSync(path, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteDumpPath', path);
  project.provide('postgresTemplate', null);
  return () => rmSync(dir, { recursive: true, force: true });
}

async function dumpPglite(handle: Awaited<ReturnType<typeof openDatabase>>): Promise<Blob> {
  if (!handle.pglite) throw new Error('not a PGlite handle');
  return handle.pglite.dumpDataDir('none');
}
