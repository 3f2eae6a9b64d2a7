/**
 * Who may see which documents, and the filters a search narrows them by: the zone subtree
 * and the kind's facets. Viewer needs no knowledge of any kind: a public document is seen
 * by everyone, the others by actors whose scope holds the document's zone.
 */
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { Actor } from '../../kernel/actor.js';
import { checkFacets, type FacetValue } from './search-kinds.js';
import { inZoneSubtree, type Viewer } from '../../kernel/viewer.js';


/** A facet's value, or a list of allowed values (an empty list matches nothing). */
export type FacetFilter = FacetValue | readonly FacetValue[];

export type SearchFilters = {
  /** Zone subtree: records whose zone path starts with this. */
  zonePath?: string;
  /** By facet name, as the kind declares them (search-kinds.ts); undefined = no filter. */
  facets?: Readonly<Record<string, FacetFilter | undefined>>;
};

export function and(parts: RawBuilder<SqlBool>[]): RawBuilder<SqlBool> {
  return parts.length === 0 ? sql<SqlBool>`TRUE` : sql<SqlBool>`(${sql.join(parts, sql` AND `)})`;
}

export function or(parts: RawBuilder<SqlBool>[]): RawBuilder<SqlBool> {
  return parts.length === 0 ? sql<SqlBool>`FALSE` : sql<SqlBool>`(${sql.join(parts, sql` OR `)})`;
}

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function visibilityCondition(visibility: Viewer): RawBuilder<SqlBool> {
  if (visibility.kind === 'public') return sql<SqlBool>`d.is_public`;
  return sql<SqlBool>`(d.is_public OR ${inZoneSubtree(visibility, 'd.zone_path')})`;
}

/**
 * The facet filters: single values as one jsonb containment, lists as any-of on the text
 * value (an integer facet compares as its decimal text, which is exact for integers).
 */
function facetConditions(entityType: string, facets: NonNullable<SearchFilters['facets']>): RawBuilder<SqlBool>[] {
  checkFacets(entityType, facets);
  const single: Record<string, FacetValue> = {};
  const parts: RawBuilder<SqlBool>[] = [];
  for (const [name, filter] of Object.entries(facets)) {
    if (filter === undefined) continue;
    if (!Array.isArray(filter)) {
      single[name] = filter as FacetValue;
      continue;
    }
    parts.push(filter.length === 0 ? sql<SqlBool>`FALSE` : sql<SqlBool>`d.facets ->> ${name}::text = ANY(${filter.map(String)}::text[])`);
  }
  if (Object.keys(single).length > 0) parts.unshift(sql<SqlBool>`d.facets @> ${JSON.stringify(single)}::jsonb`);
  return parts;
}

export function baseCondition(entityType: string, visibility: Viewer, filters: SearchFilters = {}): RawBuilder<SqlBool> {
  const parts = [sql<SqlBool>`d.entity_type = ${entityType}`, visibilityCondition(visibility)];
  if (filters.zonePath) parts.push(sql<SqlBool>`d.zone_path LIKE ${`${escapeLike(filters.zonePath)}%`}`);
  if (filters.facets) parts.push(...facetConditions(entityType, filters.facets));
  return and(parts);
}

