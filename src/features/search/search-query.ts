/**
 * Reading the shared search index: ranked, highlighted search with filters and visibility,
 * and near-duplicate candidates.
 *
 * How a query matches. The query is cut at spaces and punctuation into chunks, and jieba cuts
 * each chunk into words; each word (or chunk) also matches its synonyms (自贸区 = 自由贸易试验区).
 * A record matches when it contains every word as a substring of one of its fields. The
 * character-gram GIN index proposes the records holding all of a word's characters (unigram)
 * or character pairs (bigrams), and strpos() confirms the substring, so one- and
 * two-character queries use the same index as long ones and nothing is ever missed that a
 * substring scan would find.
 *
 * How results are ranked, boundedly. Candidates are taken in tiers, each with a LIMIT so a
 * frequent word never makes us rank the whole table: the records with the whole query in the
 * title (TITLE_CANDIDATES), with the exact chunks anywhere (RANKED_CANDIDATES, multi-word
 * queries only), with all words in the title (TITLE_CANDIDATES, multi-word only), and with all
 * words anywhere (RANKED_CANDIDATES + 1, which also gives the total, capped). Only these are
 * scored, in the same statement that fetches the texts of the page for highlighting:
 *
 *   score = 0.5·exact + 0.5·Σ_f W_f·(½·words_f + ½·phrase_f) / 1.7 + 0.05·whole
 *
 * where exact = every chunk occurs verbatim somewhere; for each field f with weight W (title 1,
 * measures 0.4, effects 0.2, rest 0.1), words_f = share of words found in f and phrase_f = all
 * chunks found in f; whole = share of words that are also jieba words of the record, which
 * breaks ties in favour of whole words (关税 in 降低关税 beats 海关税务). A title hit always
 * outranks a body-only hit, and an exact match always outranks a scattered one. Scores lie in
 * [0, 1.05].
 */
import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Actor } from '../../kernel/actor.js';
import { zonePathInScope } from '../../kernel/scope.js';
import { wordGrams } from './grams.js';
import { highlight, makeSnippet, type HighlightSegment, type SnippetField } from './highlight.js';
import { hashString, jaccard, similarityFeatures, similarityKeys } from './minhash.js';
import { isStopWord, segment, variantsOf, wordRuns } from './segment.js';

export type { HighlightSegment, SnippetField } from './highlight.js';

/** Records ranked per query at most (plus TITLE_CANDIDATES title hits): the bound on work. */
export const RANKED_CANDIDATES = 500;
/** Title hits collected first, so they rank on top even when a word matches thousands of records. */
export const TITLE_CANDIDATES = 200;
/** Query text beyond this is ignored. */
export const MAX_QUERY_CHARS = 200;
const MAX_CHUNKS = 6;
const MAX_WORDS = 10;
/** Near-duplicate candidates compared per check at most. */
export const SIMILAR_CANDIDATES = 2000;
/** Default similarity below which findSimilar reports nothing. */
export const DEFAULT_MIN_SIMILARITY = 0.4;

export type SearchVisibility = { kind: 'public' } | { kind: 'actor'; actor: Actor | null };

export type SearchFilters = {
  /** Zone subtree: records whose zone path starts with this. */
  zonePath?: string;
  /** Allowed statuses; an empty list matches nothing. */
  statuses?: readonly string[];
  domain?: string;
  task?: string;
  year?: number;
};

export type SearchInput = {
  q: string;
  entityType: string;
  visibility: SearchVisibility;
  filters?: SearchFilters;
  limit: number;
  offset: number;
};

export type SearchHit = {
  entityId: number;
  /** Relevance in [0, 1.05] (see the module comment); 0 in a listing without a query. */
  score: number;
  /** The whole title, cut into segments; joined they give the title back. */
  title: HighlightSegment[];
  /** A window of the best matching field; joined, the segments are a substring of that field. */
  snippet: HighlightSegment[];
  snippetField: SnippetField | null;
  /** Whether text was cut before / after the snippet (show "…"). */
  snippetClipped: { start: boolean; end: boolean };
};

export type SearchResult = {
  /** Number of matches, or RANKED_CANDIDATES when totalIsCapped (show "500+"). */
  total: number;
  totalIsCapped: boolean;
  hits: SearchHit[];
};

type Term = { text: string; variants: string[] };

export type ParsedQuery = {
  /** Space- or punctuation-separated parts of the query, each to occur verbatim for an exact match. */
  chunks: Term[];
  /** jieba words of the chunks: every one must occur for a record to match at all. */
  words: Term[];
  /** For each word, the hashes of its spellings, to find it among the record's jieba words. */
  wordHashes: number[][];
  /** Every spelling to mark in highlights. */
  highlightTerms: string[];
};

function term(text: string): Term {
  return { text, variants: variantsOf(text) };
}

function dedupe(values: string[]): string[] {
  return [...new Set(values)];
}

/**
 * Splits a query into chunks and words (see the module comment); null when it holds no letter
 * or digit at all (only punctuation, emoji or spaces).
 */
export function parseQuery(q: string): ParsedQuery | null {
  const chunkTexts = dedupe(wordRuns(q.slice(0, MAX_QUERY_CHARS))).slice(0, MAX_CHUNKS);
  if (chunkTexts.length === 0) return null;
  let wordTexts: string[] = [];
  for (const chunk of chunkTexts) {
    if (Array.from(chunk).length <= 2) {
      wordTexts.push(chunk);
      continue;
    }
    const pieces = segment(chunk);
    // Single characters inside a longer chunk (进, 的) add index work but hardly narrow the match.
    const long = pieces.filter((piece) => Array.from(piece).length > 1);
    // segment() drops tokens over 64 characters (a pasted hash, "aaaa…"): keep the chunk itself.
    wordTexts.push(...(long.length > 0 ? long : pieces.length > 0 ? pieces : [chunk]));
  }
  wordTexts = dedupe(wordTexts);
  const meaningful = wordTexts.filter((word) => !isStopWord(word));
  if (meaningful.length > 0) wordTexts = meaningful;
  // A word inside another word is implied by it.
  wordTexts = wordTexts.filter((word) => !wordTexts.some((other) => other !== word && other.includes(word)));
  wordTexts = wordTexts.slice(0, MAX_WORDS);
  if (wordTexts.length === 0) return null;
  const chunks = chunkTexts.map(term);
  const words = wordTexts.map(term);
  const spellings = dedupe([...words, ...chunks].flatMap((t) => t.variants));
  const wordHashes = words.map((w) => w.variants.map(hashString));
  return { chunks, words, wordHashes, highlightTerms: spellings };
}

// ---------------------------------------------------------------------------------------------
// SQL pieces. Every value is a bound parameter; only fixed column names and constants are inlined.

const FIELDS = [
  { column: 'title', weight: 1.0 },
  { column: 'measures', weight: 0.4 },
  { column: 'effects', weight: 0.2 },
  { column: 'rest', weight: 0.1 },
] as const;
type FieldColumn = (typeof FIELDS)[number]['column'];
const FIELD_WEIGHT_SUM = FIELDS.reduce((sum, f) => sum + f.weight, 0);
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';

function and(parts: RawBuilder<SqlBool>[]): RawBuilder<SqlBool> {
  return parts.length === 0 ? sql<SqlBool>`TRUE` : sql<SqlBool>`(${sql.join(parts, sql` AND `)})`;
}

function or(parts: RawBuilder<SqlBool>[]): RawBuilder<SqlBool> {
  return parts.length === 0 ? sql<SqlBool>`FALSE` : sql<SqlBool>`(${sql.join(parts, sql` OR `)})`;
}

/** A field's text as the query sees it: ASCII-folded only when some query spelling has letters. */
function fieldText(column: FieldColumn, fold: boolean): RawBuilder<string> {
  const value = sql<string>`coalesce(d.${sql.ref(column)}, '')`;
  return fold ? sql<string>`translate(${value}, ${sql.lit(UPPER)}, ${sql.lit(LOWER)})` : value;
}

/**
 * Substring tests, each computed once per row: a LATERAL subquery (kept apart by OFFSET 0, so
 * the planner cannot copy its expressions back into every place that uses them) yields one
 * boolean per field and spelling, which the filters and the score then combine.
 */
class Matcher {
  private readonly spellings: string[];
  private readonly fold: boolean;

  constructor(query: ParsedQuery) {
    this.spellings = dedupe([...query.words, ...query.chunks].flatMap((t) => t.variants));
    this.fold = this.spellings.some((s) => /[a-z]/.test(s));
  }

  /** `CROSS JOIN LATERAL (…) m`, to follow `FROM search_documents d`. */
  lateral(): RawBuilder<unknown> {
    const columns = FIELDS.flatMap((f, fi) =>
      this.spellings.map((spelling, si) => sql`strpos(${fieldText(f.column, this.fold)}, ${spelling}) > 0 AS ${sql.ref(`f${fi}_${si}`)}`),
    );
    return sql`CROSS JOIN LATERAL (SELECT ${sql.join(columns)} OFFSET 0) m`;
  }

  /** The field holds the term in one of its spellings. */
  contains(column: FieldColumn, t: Term): RawBuilder<SqlBool> {
    const fi = FIELDS.findIndex((f) => f.column === column);
    return or(t.variants.map((v) => sql<SqlBool>`m.${sql.ref(`f${fi}_${this.spellings.indexOf(v)}`)}`));
  }

  containsAnywhere(t: Term): RawBuilder<SqlBool> {
    return or(FIELDS.map((f) => this.contains(f.column, t)));
  }
}

/** The grams a record must hold for each term: one containment for plain terms, an OR per synonym set. */
function gramsCondition(column: 'grams' | 'title_grams', terms: Term[]): RawBuilder<SqlBool> {
  const plain = new Set<number>();
  const parts: RawBuilder<SqlBool>[] = [];
  for (const t of terms) {
    if (t.variants.length === 1) {
      for (const code of wordGrams(t.text)) plain.add(code);
    } else {
      parts.push(or(t.variants.map((v) => sql<SqlBool>`d.${sql.ref(column)} @> ${wordGrams(v)}::int4[]`)));
    }
  }
  if (plain.size > 0) parts.unshift(sql<SqlBool>`d.${sql.ref(column)} @> ${[...plain]}::int4[]`);
  return and(parts);
}

function scoreExpression(query: ParsedQuery, m: Matcher): RawBuilder<number> {
  const k = query.words.length;
  const fieldParts = FIELDS.map(({ column, weight }) => {
    const wordsFound = sql.join(query.words.map((w) => sql`${m.contains(column, w)}::int`), sql` + `);
    const phrase = and(query.chunks.map((c) => m.contains(column, c)));
    return sql`${sql.lit(weight)}::float8 * (0.5::float8 * (${wordsFound}) / ${sql.lit(k)} + 0.5::float8 * (${phrase})::int)`;
  });
  const exact = and(query.chunks.map((c) => m.containsAnywhere(c)));
  const whole = sql.join(query.wordHashes.map((hashes) => sql`(d.word_hashes && ${hashes}::int4[])::int`), sql` + `);
  return sql<number>`(0.5::float8 * (${exact})::int + 0.5::float8 * (${sql.join(fieldParts, sql` + `)}) / ${sql.lit(FIELD_WEIGHT_SUM)} + 0.05::float8 * (${whole}) / ${sql.lit(k)})`;
}

function visibilityCondition(visibility: SearchVisibility): RawBuilder<SqlBool> {
  if (visibility.kind === 'public') return sql<SqlBool>`d.is_public`;
  return sql<SqlBool>`(d.is_public OR ${zonePathInScope('d.zone_path', visibility.actor)})`;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function baseCondition(entityType: string, visibility: SearchVisibility, filters: SearchFilters = {}): RawBuilder<SqlBool> {
  const parts = [sql<SqlBool>`d.entity_type = ${entityType}`, visibilityCondition(visibility)];
  if (filters.zonePath) parts.push(sql<SqlBool>`d.zone_path LIKE ${`${escapeLike(filters.zonePath)}%`}`);
  if (filters.statuses) parts.push(filters.statuses.length === 0 ? sql<SqlBool>`FALSE` : sql<SqlBool>`d.status = ANY(${[...filters.statuses]}::text[])`);
  if (filters.domain) parts.push(sql<SqlBool>`d.domain = ${filters.domain}`);
  if (filters.task) parts.push(sql<SqlBool>`d.task = ${filters.task}`);
  if (filters.year !== undefined) parts.push(sql<SqlBool>`d.year = ${filters.year}`);
  return and(parts);
}

function clampInt(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, Math.trunc(value))) : min;
}

/** One row per hit (with its texts), plus one row whose entity_id is null and which carries the total. */
type PageRow = {
  entity_id: number | null;
  score: number | null;
  title: string | null;
  measures: string | null;
  effects: string | null;
  rest: string | null;
  total: number | null;
};

/** The rows of CTE `page` with their texts, shaped like PageRow. */
function pageWithTexts(entityType: string): RawBuilder<unknown> {
  return sql`SELECT p.entity_id, p.score, d.title, d.measures, d.effects, d.rest, NULL
    FROM page p JOIN search_documents d ON d.entity_type = ${entityType} AND d.entity_id = p.entity_id`;
}

function toHit(row: PageRow & { entity_id: number }, terms: string[]): SearchHit {
  const title = row.title ?? '';
  const snippet = makeSnippet({ measures: row.measures, effects: row.effects, rest: row.rest }, terms);
  return {
    entityId: row.entity_id,
    score: Math.round(Number(row.score ?? 0) * 10_000) / 10_000,
    title: terms.length > 0 ? highlight(title, terms) : [{ text: title, hit: false }],
    snippet: snippet.segments,
    snippetField: snippet.field,
    snippetClipped: { start: snippet.clippedStart, end: snippet.clippedEnd },
  };
}

function assemble(rows: PageRow[], terms: string[]): SearchResult {
  const count = Number(rows.find((row) => row.entity_id === null)?.total ?? 0);
  const hits = rows
    .filter((row): row is PageRow & { entity_id: number } => row.entity_id !== null)
    .sort((a, b) => Number(b.score) - Number(a.score) || b.entity_id - a.entity_id)
    .map((row) => toHit(row, terms));
  const totalIsCapped = count > RANKED_CANDIDATES;
  return { total: totalIsCapped ? RANKED_CANDIDATES : count, totalIsCapped, hits };
}

/**
 * Searches one entity type. An empty (or blank) `q` lists the visible records that pass the
 * filters, newest (highest id) first; a `q` without any letter or digit matches nothing.
 * Visibility `public` sees public records only; `actor` also sees non-public records inside
 * the actor's zone subtree. Results beyond the ranked candidates are not reachable by paging:
 * offset + limit is meant to stay within RANKED_CANDIDATES.
 */
export async function searchDocuments(db: Kysely<Database>, input: SearchInput): Promise<SearchResult> {
  const limit = clampInt(input.limit, 0, 200);
  const offset = clampInt(input.offset, 0, 100_000);
  const base = baseCondition(input.entityType, input.visibility, input.filters);

  if (input.q.trim() === '') {
    const { rows } = await sql<PageRow>`
      WITH page AS (SELECT d.entity_id, 0::float8 AS score FROM search_documents d WHERE ${base} ORDER BY d.entity_id DESC LIMIT ${limit} OFFSET ${offset})
      SELECT NULL::integer AS entity_id, NULL::float8 AS score, NULL::text AS title, NULL::text AS measures, NULL::text AS effects, NULL::text AS rest,
        (SELECT count(*) FROM (SELECT 1 FROM search_documents d WHERE ${base} LIMIT ${RANKED_CANDIDATES + 1}) c)::integer AS total
      UNION ALL
      ${pageWithTexts(input.entityType)}`.execute(db);
    return assemble(rows, []);
  }

  const query = parseQuery(input.q);
  if (!query) return { total: 0, totalIsCapped: false, hits: [] };
  const m = new Matcher(query);
  const score = scoreExpression(query, m);
  const tier = (column: 'grams' | 'title_grams', terms: Term[], where: 'title' | 'anywhere', cap: number) => {
    const verify = and(terms.map((t) => (where === 'title' ? m.contains('title', t) : m.containsAnywhere(t))));
    return sql`SELECT d.entity_id, ${score} AS score FROM search_documents d ${m.lateral()}
      WHERE ${base} AND ${gramsCondition(column, terms)} AND ${verify} LIMIT ${cap}`;
  };
  const multiWord = query.words.length !== query.chunks.length || query.words.some((w, i) => w.text !== query.chunks[i]!.text);
  const tiers = [sql`SELECT * FROM title_exact`];
  let ctes = sql`title_exact AS (${tier('title_grams', query.chunks, 'title', TITLE_CANDIDATES)}),
    all_words AS (${tier('grams', query.words, 'anywhere', RANKED_CANDIDATES + 1)})`;
  if (multiWord) {
    ctes = sql`${ctes},
      exact AS (${tier('grams', query.chunks, 'anywhere', RANKED_CANDIDATES)}),
      title_words AS (${tier('title_grams', query.words, 'title', TITLE_CANDIDATES)})`;
    tiers.push(sql`SELECT * FROM exact`, sql`SELECT * FROM title_words`);
  }
  tiers.push(sql`SELECT * FROM all_words`);
  const { rows } = await sql<PageRow>`
    WITH ${ctes},
    page AS (
      SELECT entity_id, max(score) AS score FROM (${sql.join(tiers, sql` UNION ALL `)}) candidates
      GROUP BY entity_id ORDER BY score DESC, entity_id DESC LIMIT ${limit} OFFSET ${offset})
    SELECT NULL::integer AS entity_id, NULL::float8 AS score, NULL::text AS title, NULL::text AS measures, NULL::text AS effects, NULL::text AS rest,
      (SELECT count(*) FROM all_words)::integer AS total
    UNION ALL
    ${pageWithTexts(input.entityType)}`.execute(db);
  return assemble(rows, query.highlightTerms);
}

export type FindSimilarInput = {
  entityType: string;
  /** The record being written or reviewed: its title, and its main text (measures, pain point). */
  text: { title: string; body: string };
  /** The record itself, when it is already indexed. */
  excludeId?: number;
  visibility: SearchVisibility;
  limit: number;
  /** Smallest similarity reported, 0–1 (default DEFAULT_MIN_SIMILARITY). */
  minScore?: number;
};

/**
 * Near-duplicates of a text among the visible records of `entityType`, from any zone, most
 * similar first. `score` estimates the Jaccard similarity (0–1) of the two records' word sets
 * (see minhash.ts): a resubmission with a reworded title scores about 0.6–0.9, unrelated
 * records of the same field under 0.2. Candidates are the records sharing an LSH band with
 * the text, at most SIMILAR_CANDIDATES of them.
 */
export async function findSimilar(db: Kysely<Database>, input: FindSimilarInput): Promise<Array<{ entityId: number; score: number }>> {
  const { features, bands } = similarityKeys(similarityFeatures(input.text.title, input.text.body));
  if (features.length === 0) return [];
  const limit = clampInt(input.limit, 0, 100);
  const minScore = input.minScore ?? DEFAULT_MIN_SIMILARITY;
  const exclude = input.excludeId === undefined ? sql<SqlBool>`TRUE` : sql<SqlBool>`d.entity_id <> ${input.excludeId}`;
  const { rows } = await sql<{ entity_id: number; similarity_features: number[] }>`
    SELECT d.entity_id, d.similarity_features FROM search_documents d
    WHERE ${baseCondition(input.entityType, input.visibility)} AND ${exclude}
      AND d.similarity_bands && ${bands}::int4[]
    LIMIT ${SIMILAR_CANDIDATES}`.execute(db);
  return rows
    .map((row) => ({ entityId: row.entity_id, score: Math.round(jaccard(features, row.similarity_features) * 1000) / 1000 }))
    .filter((match) => match.score >= minScore)
    .sort((a, b) => b.score - a.score || b.entityId - a.entityId)
    .slice(0, limit);
}
