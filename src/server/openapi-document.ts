/**
 * The OpenAPI document as the app serves it at /api/openapi.json, read without a network port
 * or a database: for generating the web client's types (api-types.ts).
 */
import {
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type Driver,
} from 'kysely';
import type { DatabaseHandle } from '../db/client.js';
import type { Database } from '../db/schema.js';
import { loadConfig } from '../kernel/config.js';
import { build } from './app.js';

/**
 * Building the routes and describing them reads no rows, so the app gets a handle whose every
 * connection attempt fails loudly: if the document ever depended on the data, generation would
 * stop here instead of describing an empty database. (An in-memory PGlite costs seconds to start.)
 */
class NoDatabaseDriver implements Driver {
  async init(): Promise<void> {}
  async acquireConnection(): Promise<DatabaseConnection> {
    throw new Error('the OpenAPI document must not need the database');
  }
  async beginTransaction(): Promise<void> {}
  async commitTransaction(): Promise<void> {}
  async rollbackTransaction(): Promise<void> {}
  async releaseConnection(): Promise<void> {}
  async destroy(): Promise<void> {}
}

function noDatabase(): DatabaseHandle {
  const db = new Kysely<Database>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new NoDatabaseDriver(),
      createIntrospector: (kysely) => new PostgresIntrospector(kysely),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
  });
  return {
    db,
    kind: 'pglite',
    withScriptRunner: () => Promise.reject(new Error('the OpenAPI document must not need the database')),
    close: () => db.destroy(),
  };
}

export type OpenApiDocument = { openapi: string; paths: Record<string, unknown>; [key: string]: unknown };

export async function readOpenApiDocument(): Promise<OpenApiDocument> {
  const database = noDatabase();
  // No web client: its static files and SPA fallback are not part of the API.
  const app = await build({ database, config: loadConfig({}, []), webRoot: '/nonexistent-web-root' });
  try {
    const response = await app.inject({ method: 'GET', url: '/api/openapi.json' });
    if (response.statusCode !== 200) throw new Error(`/api/openapi.json answered ${response.statusCode}: ${response.body}`);
    return response.json<OpenApiDocument>();
  } finally {
    await app.close();
    await database.close();
  }
}
