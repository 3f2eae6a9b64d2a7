/** What every feature's routes receive from the app factory. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { DatabaseKind } from '../db/client.js';
import type { Config } from './config.js';

export type FeatureDeps = {
  db: Kysely<Database>;
  dbKind: DatabaseKind;
  config: Config;
};
