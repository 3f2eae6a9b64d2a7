/** What every feature's routes receive from the app factory, and what a feature hands it back. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { DatabaseKind } from '../db/client.js';
import type { Config } from './config.js';

export type FeatureDeps = {
  db: Kysely<Database>;
  dbKind: DatabaseKind;
  config: Config;
};

/** One plugin of a feature's routes, made from the app's dependencies. */
export type RouteFactory = (deps: FeatureDeps) => FastifyPluginAsyncZod;

/**
 * A feature as the app sees it (`<feature>/<feature>.feature.ts`): its route plugins, registered
 * in this order (which is also their order in the OpenAPI document). The app registers every
 * feature of the list in src/server/features.ts and knows none of them by name.
 */
export type Feature = { routes: readonly RouteFactory[] };
