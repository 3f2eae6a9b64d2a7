/**
 * The kinds of searchable document and their registry. search/ knows no feature: each feature
 * whose records are searchable declares a SearchKind (innovations, platforms …) and registers
 * it when its module loads. A kind says how its records become documents (title, weighted body
 * parts, facets), which facets it filters by and of what type, and how to walk all its
 * records, so the index can be written, filtered and rebuilt without knowing what the fields
 * mean.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

export type FacetType = 'text' | 'integer';
export type FacetValue = string | number;
/** The facets a kind's documents carry, by name, with their types. */
export type FacetSpec = Readonly<Record<string, FacetType>>;

/** One searchable record, in the shape every kind shares. */
export type SearchDocument = {
  entityType: string;
  entityId: number;
  zoneId: number;
  /** The zone's materialised path, e.g. '/1/4/12/': scope and zone filters are prefix matches. */
  zonePath: string;
  /** Visible to everyone; otherwise only to actors whose scope covers zonePath. */
  isPublic: boolean;
  /** Weight A: ranks first, and title hits are collected before all others. */
  title: string;
  /**
   * The rest of the text by weight, B > C > D. Near-duplicates compare the title with B and D
   * (C is for figures and outcomes, which differ between otherwise equal records).
   */
  body: { b?: string | null; c?: string | null; d?: string | null };
  /** Filter values by facet name (null or absent: the record has none). */
  facets: Readonly<Record<string, FacetValue | null | undefined>>;
};

export type BodyPart = keyof SearchDocument['body'];
export const BODY_PARTS: readonly BodyPart[] = ['b', 'c', 'd'];

export type SearchKind = {
  /** Stored in search_documents.entity_type. */
  entityType: string;
  /**
   * The version of the mapping from records to documents. Raise it whenever the mapping
   * changes: ensureSearchIndex then rebuilds this kind's documents.
   */
  version: number;
  facets: FacetSpec;
  /**
   * The documents of the records among `ids` that exist (in any order), read with `db`, which
   * is the writer's transaction when a record changes. `lock`: take a share lock on the source
   * rows, so that a rebuild never overwrites a newer document written by a concurrent writer.
   */
  documents(db: Kysely<Database>, ids: readonly number[], options?: { lock?: boolean }): Promise<SearchDocument[]>;
  /** Up to `limit` record ids greater than `afterId`, ascending: how a rebuild walks them all. */
  idsAfter(db: Kysely<Database>, afterId: number, limit: number): Promise<number[]>;
  /** How many records there are (for progress). */
  count(db: Kysely<Database>): Promise<number>;
};

/**
 * idsAfter and count for a kind whose records are the rows of one table keyed by an integer
 * `id` (most kinds): the rebuild walks the primary key.
 */
export function walkTable(table: keyof Database): Pick<SearchKind, 'idsAfter' | 'count'> {
  return {
    async idsAfter(db, afterId, limit) {
      const { rows } = await sql<{ id: number }>`SELECT id FROM ${sql.table(table)} WHERE id > ${afterId} ORDER BY id LIMIT ${limit}`.execute(db);
      return rows.map((row) => row.id);
    },
    async count(db) {
      const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table)}`.execute(db);
      return Number(rows[0]?.n ?? 0);
    },
  };
}

const kinds = new Map<string, SearchKind>();

/** Declares a kind; registering the same kind twice is harmless, two kinds under one name are a bug. */
export function registerSearchKind<K extends SearchKind>(kind: K): K {
  const existing = kinds.get(kind.entityType);
  if (existing && existing !== kind) throw new Error(`search kind "${kind.entityType}" is registered twice`);
  kinds.set(kind.entityType, kind);
  return kind;
}

export function searchKind(entityType: string): SearchKind | undefined {
  return kinds.get(entityType);
}

/** Every registered kind, in registration order. */
export function searchKinds(): SearchKind[] {
  return [...kinds.values()];
}

function describe(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : String(value);
}

/**
 * Checks facet names and values against the kind's spec. A mismatch is a programming error
 * (request input is validated by the routes' schemas), so it throws instead of matching nothing.
 */
export function checkFacets(entityType: string, facets: Readonly<Record<string, unknown>>): void {
  const kind = kinds.get(entityType);
  if (!kind) throw new Error(`search kind "${entityType}" is not registered: its facets have no types`);
  for (const [name, raw] of Object.entries(facets)) {
    if (raw === undefined || raw === null) continue;
    const type = kind.facets[name];
    if (!type) throw new Error(`search kind "${entityType}" has no facet "${name}"`);
    for (const value of Array.isArray(raw) ? raw : [raw]) {
      const ok = type === 'integer' ? Number.isSafeInteger(value) : typeof value === 'string';
      if (!ok) throw new Error(`facet "${name}" of search kind "${entityType}" is ${type}, got ${describe(value)}`);
    }
  }
}
