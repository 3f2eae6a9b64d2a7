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

/**
 * Totals over subtrees: for each zone path among `rows`, the sum of `value` over the rows at or
 * under it. Each row adds to its own path and to each ancestor's (`/1/2/6/` to `/1/`, `/1/2/`,
 * `/1/2/6/`), so a tree of n zones costs n × depth steps; rows must hold the whole subtrees asked about.
 */
export function sumOverSubtrees<Row extends { path: string }>(rows: readonly Row[], value: (row: Row) => number): Map<string, number> {
  const totals = new Map<string, number>();
  for (const row of rows) {
    const amount = value(row);
    for (let end = row.path.indexOf('/', 1); end > 0; end = row.path.indexOf('/', end + 1)) {
      const prefix = row.path.slice(0, end + 1);
      totals.set(prefix, (totals.get(prefix) ?? 0) + amount);
    }
  }
  return totals;
}
