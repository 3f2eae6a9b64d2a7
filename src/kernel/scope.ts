/**
 * Scope as a query: SQL fragments that limit rows to the actor's zone subtree.
 * The zone tree is the one table every feature joins for scope; nothing else is shared.
 */
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { Actor } from './actor.js';

/** `pathColumn LIKE '<scope path>%'`, or FALSE for actors without a zone scope (and the public). */
export function zonePathInScope(pathColumn: string, actor: Actor | null): RawBuilder<SqlBool> {
  if (!actor?.scopePath) return sql<SqlBool>`FALSE`;
  return sql<SqlBool>`${sql.ref(pathColumn)} LIKE ${`${actor.scopePath}%`}`;
}
