/**
 * Reading the shared search index: ranked, highlighted search with filters and visibility,
 * and near-duplicate candidates.
 *
 * How a query matches. The query is cut at spaces and punctuation into chunks, and jieba cuts
 * each chunk into words; each word (or chunk) also matches its synonyms (自贸区 = 自由贸易试验区).
 * A word is found in a record when it is a substring of one of its fields, or part of the name
 * of the record's zone or of a zone above it (宜宾 finds the records of 宜宾协同改革先行区; see
 * zone-terms.ts). The character-gram GIN index proposes the records holding all of a word's
 * characters (unigram) or character pairs (bigrams), and strpos() confirms the substring, so
 * one- and two-character queries use the same index as long ones and nothing is ever missed
 * that a substring scan would find.
 *
 * Frequent words do not decide. Words found in a large share of the records (COMMON_SHARE of
 * a sample of the most recent visible ones, see wordStats) and the programme's own words
 * (PROGRAMME_WORDS: 自贸区, 片区, 创新, 模式 …) are optional: a record must hold every other
 * word (the key words), and holding the optional ones ranks it higher. When every word is
 * frequent, all are key words. Rarer words weigh more: each word's weight is its IDF,
 * ln((n + 1) / (h + 0.5)) over the sample, normalised to sum 1.
 *
 * match. 'all' when some record holds every word of the query. 'partial' when none does: then
 * the results are the records holding all key words, or, when no record holds them all,
 * those holding any key word (or, for a long word, any of the shorter words jieba finds in it:
 * 套餐式注销 → 套餐, 注销), ranked by how many and which words they hold.
 *
 * How results are ranked, boundedly. Candidates are taken in tiers, each with a LIMIT so a
 * frequent word never makes us rank the whole table: the records with the whole query in the
 * title (TITLE_CANDIDATES), with the exact chunks anywhere (RANKED_CANDIDATES, multi-word
 * queries only), with all words in the title (TITLE_CANDIDATES, multi-word only), with all
 * words anywhere (RANKED_CANDIDATES, when some words are optional), and with all key words
 * anywhere (RANKED_CANDIDATES + 1, which also gives the total, capped); only when that last
 * tier is empty, per key word and part of one (the rarest first, at most 12 of them) the
 * records holding it, PARTIAL_CANDIDATES shared out between them. Only these are scored, in
 * the same statement that fetches the texts of the page for highlighting (before it, one small
 * query reads the zone names and, for several words, one reads their frequencies):
 *
 *   score = 0.5·coverage + 0.25·exact + 0.25·Σ_f W_f·(½·words_f + ½·phrase_f) / ΣW + 0.05·whole
 *
 * where, with ω_i the weight of word i: coverage = Σ ω_i·found_i (a word not found but with
 * parts found counts half its share of parts found); exact = every chunk occurs verbatim
 * somewhere; for each field f with weight W (title 1, zone 0.6, body parts B 0.4, C 0.2,
 * D 0.1), words_f = Σ ω_i over the words found in f and phrase_f = all chunks found in f;
 * whole = Σ ω_i over the words that are also jieba words of the record (or name its zone),
 * which breaks ties in favour of whole words (关税 in 降低关税 beats 海关税务). Among records
 * holding every word, a title hit always outranks a body-only hit, and an exact match always
 * outranks a scattered one. Scores lie in [0, 1.05].
 */
import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { Database } from '../../db/schema.js';
import { PROGRAMME_WORDS } from './ftz-dictionary.js';
import { wordGrams } from './grams.js';
import { highlight, makeSnippet, type HighlightSegment, type SnippetField } from './highlight.js';
import { and, baseCondition, escapeLike, or, type SearchFilters, type SearchVisibility } from './search-filters.js';
import type { SearchDocument } from './search-kinds.js';
import { hashString, jaccard, similarityKeysOfText } from './minhash.js';
import { canonicalToken, isStopWord, segment, segmentForSearch, variantsOf, wordRuns } from './segment.js';
import { loadZoneNames, zonePrefixes } from './zone-terms.js';

export type { HighlightSegment, SnippetField } from './highlight.js';
export type { FacetFilter, SearchFilters, SearchVisibility } from './search-filters.js';

/** Records ranked per query at most (plus TITLE_CANDIDATES title hits): the bound on work. */
export const RANKED_CANDIDATES = 500;
/** Title hits collected first, so they rank on top even when a word matches thousands of records. */
export const TITLE_CANDIDATES = 200;
/** Records ranked at most when no record holds every key word, shared out between the words. */
export const PARTIAL_CANDIDATES = 500;
/** Words (and parts of words) looked for at most when no record holds every key word. */
const MAX_PARTIAL_TERMS = 12;
/** Query text beyond this is ignored. */
export const MAX_QUERY_CHARS = 200;
/** Most hits a call may ask for without texts (see SearchInput.withTexts). */
export const MAX_ID_HITS = RANKED_CANDIDATES + TITLE_CANDIDATES + PARTIAL_CANDIDATES;
/** A word in at least this share of the sampled records is frequent: it ranks but does not decide. */
export const COMMON_SHARE = 0.3;
/** Most recent visible records sampled for word frequencies (see wordStats). */
export const STATS_SAMPLE = 1000;
/** Below this many sampled records, frequencies say too little: only PROGRAMME_WORDS are optional. */
const MIN_STATS_SAMPLE = 30;
const MAX_CHUNKS = 6;
const MAX_WORDS = 10;
/** Near-duplicate candidates compared per check at most. */
export const SIMILAR_CANDIDATES = 2000;
/** Default similarity below which findSimilar reports nothing. */
export const DEFAULT_MIN_SIMILARITY = 0.4;

export type SearchInput = {
  q: string;
  entityType: string;
  visibility: SearchVisibility;
  filters?: SearchFilters;
  limit: number;
  offset: number;
  /**
   * false: hits carry no title or snippet (empty segments), and limit may go up to
   * MAX_ID_HITS: for callers that order the matches otherwise and highlight one page
   * themselves (highlightDocument).
   */
  withTexts?: boolean;
};

/** 'all': some record holds every word of the query; 'partial': none does (see the module comment). */
export type MatchMode = 'all' | 'partial';

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
  /** 'all' also for a listing without a query and for no result at all. */
  match: MatchMode;
  hits: SearchHit[];
};

type Term = { text: string; variants: string[] };

export type ParsedQuery = {
  /** Space- or punctuation-separated parts of the query, each to occur verbatim for an exact match. */
  chunks: Term[];
  /** jieba words of the chunks. */
  words: Term[];
  /** For each word, the shorter words jieba finds inside it (套餐式注销 → 套餐, 注销), tried only when nothing holds every key word. */
  parts: Term[][];
  /** For each word, the hashes of its spellings, to find it among the record's jieba words. */
  wordHashes: number[][];
  /** Every spelling to mark in highlights (the parts too, for partial matches). */
  highlightTerms: string[];
};

function term(text: string): Term {
  return { text, variants: variantsOf(text) };
}

function dedupe<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/** A programme word (自贸区, 片区, 模式 …), in any of its spellings. */
export function isProgrammeWord(word: string): boolean {
  return PROGRAMME_WORDS.has(word) || PROGRAMME_WORDS.has(canonicalToken(word));
}

/** The words jieba's search mode finds inside a word of three or more characters (at least two characters each). */
function partsOf(word: string): string[] {
  if (Array.from(word).length < 3 || isProgrammeWord(word)) return [];
  const pieces = dedupe(segmentForSearch(word)).filter((p) => p !== word && Array.from(p).length >= 2 && !isStopWord(p) && !isProgrammeWord(p));
  return pieces.filter((p) => !pieces.some((other) => other !== p && other.includes(p)));
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
  const parts = wordTexts.map((w) => partsOf(w).map(term));
  const spellings = dedupe([...words, ...chunks, ...parts.flat()].flatMap((t) => t.variants));
  const wordHashes = words.map((w) => w.variants.map(hashString));
  return { chunks, words, parts, wordHashes, highlightTerms: spellings };
}

// ---------------------------------------------------------------------------------------------
// SQL pieces. Every value is a bound parameter; only fixed column names and constants are inlined.

const FIELDS = [
  { column: 'title', weight: 1.0 },
  { column: 'body_b', weight: 0.4 },
  { column: 'body_c', weight: 0.2 },
  { column: 'body_d', weight: 0.1 },
] as const;
type FieldColumn = (typeof FIELDS)[number]['column'];
/** The weight of the zone's name as a field: below the title, above body part B. */
const ZONE_WEIGHT = 0.6;
const FIELD_WEIGHT_SUM = FIELDS.reduce((sum, f) => sum + f.weight, 0) + ZONE_WEIGHT;
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';

/** A field's text as the query sees it: ASCII-folded only when some query spelling has letters. */
function fieldText(column: FieldColumn, fold: boolean): RawBuilder<string> {
  const value = sql<string>`coalesce(d.${sql.ref(column)}, '')`;
  return fold ? sql<string>`translate(${value}, ${sql.lit(UPPER)}, ${sql.lit(LOWER)})` : value;
}

/** The record lies in one of these zone subtrees. */
function inZones(prefixes: readonly string[]): RawBuilder<SqlBool> {
  return or(prefixes.map((prefix) => sql<SqlBool>`d.zone_path LIKE ${`${escapeLike(prefix)}%`}`));
}

/**
 * Substring tests, each computed once per row: a LATERAL subquery (kept apart by OFFSET 0, so
 * the planner cannot copy its expressions back into every place that uses them) yields one
 * boolean per field and spelling, and one per spelling that names a zone, which the filters
 * and the score then combine.
 */
class Matcher {
  private readonly spellings: string[];
  private readonly fold: boolean;

  constructor(
    terms: Term[],
    private readonly zones: ReadonlyMap<string, string[]>,
  ) {
    this.spellings = dedupe(terms.flatMap((t) => t.variants));
    this.fold = this.spellings.some((s) => /[a-z]/.test(s));
  }

  /** `CROSS JOIN LATERAL (…) m`, to follow `FROM search_documents d`. */
  lateral(): RawBuilder<unknown> {
    const columns = FIELDS.flatMap((f, fi) =>
      this.spellings.map((spelling, si) => sql`strpos(${fieldText(f.column, this.fold)}, ${spelling}) > 0 AS ${sql.ref(`f${fi}_${si}`)}`),
    );
    this.spellings.forEach((spelling, si) => {
      const prefixes = this.zones.get(spelling);
      if (prefixes) columns.push(sql`${inZones(prefixes)} AS ${sql.ref(`z_${si}`)}`);
    });
    return sql`CROSS JOIN LATERAL (SELECT ${sql.join(columns)} OFFSET 0) m`;
  }

  /** The field holds the term in one of its spellings. */
  contains(column: FieldColumn, t: Term): RawBuilder<SqlBool> {
    const fi = FIELDS.findIndex((f) => f.column === column);
    return or(t.variants.map((v) => sql<SqlBool>`m.${sql.ref(`f${fi}_${this.spellings.indexOf(v)}`)}`));
  }

  /** The name of the record's zone (or of a zone above it) holds the term. */
  inZone(t: Term): RawBuilder<SqlBool> {
    return or(t.variants.filter((v) => this.zones.has(v)).map((v) => sql<SqlBool>`m.${sql.ref(`z_${this.spellings.indexOf(v)}`)}`));
  }

  namesZone(t: Term): boolean {
    return t.variants.some((v) => this.zones.has(v));
  }

  /** containsAnywhere without the LATERAL columns: for a query that checks this one term. */
  containsInline(t: Term): RawBuilder<SqlBool> {
    const parts = FIELDS.flatMap((f) => t.variants.map((v) => sql<SqlBool>`strpos(${fieldText(f.column, this.fold)}, ${v}) > 0`));
    for (const v of t.variants) {
      const prefixes = this.zones.get(v);
      if (prefixes) parts.push(inZones(prefixes));
    }
    return or(parts);
  }

  containsAnywhere(t: Term): RawBuilder<SqlBool> {
    const parts = FIELDS.map((f) => this.contains(f.column, t));
    if (this.namesZone(t)) parts.push(this.inZone(t));
    return or(parts);
  }

  /**
   * Index conditions proposing the records that may hold every term: one gram containment for
   * plain terms, an OR per term with synonyms or zones. `title_grams` looks at titles only.
   */
  candidates(column: 'grams' | 'title_grams', terms: Term[]): RawBuilder<SqlBool> {
    const plain = new Set<number>();
    const parts: RawBuilder<SqlBool>[] = [];
    for (const t of terms) {
      const zoned = column === 'grams' && this.namesZone(t);
      if (t.variants.length === 1 && !zoned) {
        for (const code of wordGrams(t.text)) plain.add(code);
        continue;
      }
      const alternatives = t.variants.map((v) => sql<SqlBool>`d.${sql.ref(column)} @> ${wordGrams(v)}::int4[]`);
      if (zoned) for (const v of t.variants) alternatives.push(inZones(this.zones.get(v) ?? []));
      parts.push(or(alternatives));
    }
    if (plain.size > 0) parts.unshift(sql<SqlBool>`d.${sql.ref(column)} @> ${[...plain]}::int4[]`);
    return and(parts);
  }
}

const f8 = (value: number) => sql`${value}::float8`;

/** How a query is scored: word weights, and which words decide (see the module comment). */
type QueryPlan = {
  query: ParsedQuery;
  /** Normalised IDF weight of each word (same order as query.words), summing to 1. */
  weights: number[];
  /** Words a record must hold ('all' tiers). */
  key: Term[];
  /** Words that only rank. */
  optional: Term[];
};

function scoreExpression(plan: QueryPlan, m: Matcher, withParts: boolean): RawBuilder<number> {
  const { query, weights } = plan;
  const weighted = (flags: RawBuilder<SqlBool>[]) => sql.join(flags.map((flag, i) => sql`${f8(weights[i]!)} * (${flag})::int`), sql` + `);
  const coverage = sql.join(
    query.words.map((w, i) => {
      const found = m.containsAnywhere(w);
      const parts = withParts ? query.parts[i]! : [];
      if (parts.length === 0) return sql`${f8(weights[i]!)} * (${found})::int`;
      const partsFound = sql.join(parts.map((p) => sql`(${m.containsAnywhere(p)})::int`), sql` + `);
      return sql`${f8(weights[i]!)} * CASE WHEN ${found} THEN 1 ELSE 0.5 * (${partsFound}) / ${sql.lit(parts.length)}::float8 END`;
    }),
    sql` + `,
  );
  const fieldParts = FIELDS.map(({ column, weight }) => {
    const phrase = and(query.chunks.map((c) => m.contains(column, c)));
    return sql`${sql.lit(weight)}::float8 * (0.5::float8 * (${weighted(query.words.map((w) => m.contains(column, w)))}) + 0.5::float8 * (${phrase})::int)`;
  });
  if (query.words.some((w) => m.namesZone(w))) {
    const phrase = and(query.chunks.map((c) => m.inZone(c)));
    fieldParts.push(sql`${sql.lit(ZONE_WEIGHT)}::float8 * (0.5::float8 * (${weighted(query.words.map((w) => m.inZone(w)))}) + 0.5::float8 * (${phrase})::int)`);
  }
  const exact = and(query.chunks.map((c) => m.containsAnywhere(c)));
  const whole = weighted(query.words.map((w, i) => or([sql<SqlBool>`d.word_hashes && ${query.wordHashes[i]!}::int4[]`, m.inZone(w)])));
  return sql<number>`(0.5::float8 * (${coverage}) + 0.25::float8 * (${exact})::int + 0.25::float8 * (${sql.join(fieldParts, sql` + `)}) / ${sql.lit(FIELD_WEIGHT_SUM)} + 0.05::float8 * (${whole}))`;
}

function clampInt(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, Math.trunc(value))) : min;
}

/**
 * How often each word occurs: among the STATS_SAMPLE most recent records the viewer may see
 * (filters aside), how many hold it, by the same test as the search. A sample keeps the cost
 * fixed however large the index and however frequent the word; the most recent records stand
 * for the whole, which is what a library that grows by batches of similar records needs.
 */
async function wordStats(db: Kysely<Database>, input: SearchInput, words: Term[], m: Matcher): Promise<{ n: number; hits: number[] }> {
  const counts = words.map((w, i) => sql`count(*) FILTER (WHERE ${m.containsAnywhere(w)})::integer AS ${sql.ref(`h${i}`)}`);
  const { rows } = await sql<Record<string, number>>`
    SELECT count(*)::integer AS n, ${sql.join(counts)}
    FROM (SELECT d.entity_id, d.zone_path, d.title, d.body_b, d.body_c, d.body_d FROM search_documents d
          WHERE ${baseCondition(input.entityType, input.visibility)} ORDER BY d.entity_id DESC LIMIT ${STATS_SAMPLE}) d
    ${m.lateral()}`.execute(db);
  const row = rows[0] ?? {};
  return { n: Number(row.n ?? 0), hits: words.map((_, i) => Number(row[`h${i}`] ?? 0)) };
}

async function planQuery(db: Kysely<Database>, input: SearchInput, query: ParsedQuery, m: Matcher): Promise<QueryPlan> {
  const { words } = query;
  if (words.length === 1) return { query, weights: [1], key: words, optional: [] };
  const { n, hits } = await wordStats(db, input, words, m);
  const programme = words.map((w) => isProgrammeWord(w.text));
  const frequent = words.map((_, i) => programme[i] || (n >= MIN_STATS_SAMPLE && hits[i]! / n >= COMMON_SHARE));
  // IDF, with programme words never weighing more than a word at COMMON_SHARE would.
  const idf = words.map((_, i) => {
    const value = n > 0 ? Math.log((n + 1) / (hits[i]! + 0.5)) : 1;
    return Math.max(0.05, programme[i] ? Math.min(value, Math.log(1 / COMMON_SHARE)) : value);
  });
  const sum = idf.reduce((a, b) => a + b, 0);
  const weights = idf.map((v) => v / sum);
  const key = words.filter((_, i) => !frequent[i]);
  if (key.length === 0) return { query, weights, key: words, optional: [] };
  return { query, weights, key, optional: words.filter((_, i) => frequent[i]) };
}

/** One row per hit (with its texts), plus one row whose entity_id is null and which carries the counts. */
type PageRow = {
  entity_id: number | null;
  score: number | null;
  title: string | null;
  body_b: string | null;
  body_c: string | null;
  body_d: string | null;
  total: number | null;
  candidates: number | null;
  any_full: boolean | null;
};

/** The rows of CTE `page` with their texts (or without, NULL), shaped like PageRow. */
function pageWithTexts(entityType: string, withTexts: boolean): RawBuilder<unknown> {
  if (!withTexts) return sql`SELECT p.entity_id, p.score, NULL, NULL, NULL, NULL, NULL, NULL, NULL FROM page p`;
  return sql`SELECT p.entity_id, p.score, d.title, d.body_b, d.body_c, d.body_d, NULL, NULL, NULL
    FROM page p JOIN search_documents d ON d.entity_type = ${entityType} AND d.entity_id = p.entity_id`;
}

function toHit(row: PageRow & { entity_id: number }, terms: string[], withTexts: boolean): SearchHit {
  const score = Math.round(Number(row.score ?? 0) * 10_000) / 10_000;
  if (!withTexts) return { entityId: row.entity_id, score, title: [], snippet: [], snippetField: null, snippetClipped: { start: false, end: false } };
  return { entityId: row.entity_id, score, ...highlightTexts(row.title ?? '', { b: row.body_b, c: row.body_c, d: row.body_d }, terms) };
}

function highlightTexts(title: string, fields: Record<SnippetField, string | null>, terms: string[]): Omit<SearchHit, 'entityId' | 'score'> {
  const snippet = makeSnippet(fields, terms);
  return {
    title: terms.length > 0 ? highlight(title, terms) : [{ text: title, hit: false }],
    snippet: snippet.segments,
    snippetField: snippet.field,
    snippetClipped: { start: snippet.clippedStart, end: snippet.clippedEnd },
  };
}

/**
 * Highlights a record's texts for query `q` as searchDocuments does: for callers that fetched
 * ids only (withTexts: false) and hold the texts themselves.
 */
export function highlightDocument(q: string, doc: Pick<SearchDocument, 'title' | 'body'>): Omit<SearchHit, 'entityId' | 'score'> {
  const terms = parseQuery(q)?.highlightTerms ?? [];
  return highlightTexts(doc.title, { b: doc.body.b ?? null, c: doc.body.c ?? null, d: doc.body.d ?? null }, terms);
}

function assemble(rows: PageRow[], terms: string[], withTexts: boolean): SearchResult {
  const counts = rows.find((row) => row.entity_id === null);
  const keyed = Number(counts?.total ?? 0);
  const count = keyed > 0 ? keyed : Number(counts?.candidates ?? 0);
  const hits = rows
    .filter((row): row is PageRow & { entity_id: number } => row.entity_id !== null)
    .sort((a, b) => Number(b.score) - Number(a.score) || b.entity_id - a.entity_id)
    .map((row) => toHit(row, terms, withTexts));
  const totalIsCapped = count > RANKED_CANDIDATES;
  const match: MatchMode = count > 0 && counts?.any_full !== true ? 'partial' : 'all';
  return { total: totalIsCapped ? RANKED_CANDIDATES : count, totalIsCapped, match, hits };
}

/**
 * Searches one entity type. An empty (or blank) `q` lists the visible records that pass the
 * filters, newest (highest id) first; a `q` without any letter or digit matches nothing.
 * Visibility `public` sees public records only; `actor` also sees non-public records inside
 * the actor's zone subtree. Results beyond the ranked candidates are not reachable by paging:
 * offset + limit is meant to stay within RANKED_CANDIDATES.
 */
export async function searchDocuments(db: Kysely<Database>, input: SearchInput): Promise<SearchResult> {
  const withTexts = input.withTexts ?? true;
  const limit = clampInt(input.limit, 0, withTexts ? 200 : MAX_ID_HITS);
  const offset = clampInt(input.offset, 0, 100_000);
  const base = baseCondition(input.entityType, input.visibility, input.filters);

  if (input.q.trim() === '') {
    const { rows } = await sql<PageRow>`
      WITH page AS (SELECT d.entity_id, 0::float8 AS score FROM search_documents d WHERE ${base} ORDER BY d.entity_id DESC LIMIT ${limit} OFFSET ${offset})
      SELECT NULL::integer AS entity_id, NULL::float8 AS score, NULL::text AS title, NULL::text AS body_b, NULL::text AS body_c, NULL::text AS body_d,
        (SELECT count(*) FROM (SELECT 1 FROM search_documents d WHERE ${base} LIMIT ${RANKED_CANDIDATES + 1}) c)::integer AS total,
        NULL::integer AS candidates, TRUE AS any_full
      UNION ALL
      ${pageWithTexts(input.entityType, withTexts)}`.execute(db);
    return assemble(rows, [], withTexts);
  }

  const query = parseQuery(input.q);
  if (!query) return { total: 0, totalIsCapped: false, match: 'all', hits: [] };
  const partTerms = dedupe(query.parts.flat().map((p) => p.text)).map(term);
  const zones = zonePrefixes(await loadZoneNames(db), dedupe([...query.words, ...query.chunks, ...partTerms].flatMap((t) => t.variants)));
  const plan = await planQuery(db, input, query, new Matcher(query.words, zones));
  // The parts of words are looked for only in the partial tiers, which run only when nothing
  // holds every key word; every other tier holds all key words, so the two never score the same record.
  const matchers = { all: new Matcher([...query.words, ...query.chunks], zones), partial: new Matcher([...query.words, ...query.chunks, ...partTerms], zones) };
  const scores = { all: scoreExpression(plan, matchers.all, false), partial: scoreExpression(plan, matchers.partial, true) };
  const full = (m: Matcher) => and(query.words.map((w) => m.containsAnywhere(w)));
  const tier = (column: 'grams' | 'title_grams', terms: Term[], where: 'title' | 'anywhere', cap: number) => {
    const m = matchers.all;
    const verify = and(terms.map((t) => (where === 'title' ? m.contains('title', t) : m.containsAnywhere(t))));
    return sql`SELECT d.entity_id, ${scores.all} AS score, ${full(m)} AS is_full FROM search_documents d ${m.lateral()}
      WHERE ${base} AND ${m.candidates(column, terms)} AND ${verify} LIMIT ${cap}`;
  };
  const multiWord = query.words.length !== query.chunks.length || query.words.some((w, i) => w.text !== query.chunks[i]!.text);
  const tiers = [sql`SELECT * FROM title_exact`];
  let ctes = sql`title_exact AS (${tier('title_grams', query.chunks, 'title', TITLE_CANDIDATES)}),
    key_words AS (${tier('grams', plan.key, 'anywhere', RANKED_CANDIDATES + 1)})`;
  if (multiWord) {
    ctes = sql`${ctes},
      exact AS (${tier('grams', query.chunks, 'anywhere', RANKED_CANDIDATES)}),
      title_words AS (${tier('title_grams', query.words, 'title', TITLE_CANDIDATES)})`;
    tiers.push(sql`SELECT * FROM exact`, sql`SELECT * FROM title_words`);
  }
  if (plan.optional.length > 0) {
    ctes = sql`${ctes},
      all_words AS (${tier('grams', query.words, 'anywhere', RANKED_CANDIDATES)})`;
    tiers.push(sql`SELECT * FROM all_words`);
  }
  tiers.push(sql`SELECT * FROM key_words`);
  // Nothing holds every key word: each key word, or part of one (the rarest first, at most
  // MAX_PARTIAL_TERMS), brings its own records, checked for that term alone; their union is
  // then scored once.
  const keys = query.words.map((w, i) => ({ w, i })).filter(({ w }) => plan.key.includes(w)).sort((a, b) => plan.weights[b.i]! - plan.weights[a.i]!);
  const partialTerms = dedupe([...keys.map((k) => k.w), ...keys.flatMap((k) => query.parts[k.i]!)].map((t) => t.text)).slice(0, MAX_PARTIAL_TERMS).map(term);
  if (plan.key.length > 1 || partialTerms.length > plan.key.length) {
    const m = matchers.partial;
    const cap = Math.max(50, Math.floor(PARTIAL_CANDIDATES / partialTerms.length));
    const ids = partialTerms.map(
      (t) => sql`(SELECT d.entity_id FROM search_documents d
        WHERE NOT EXISTS (SELECT 1 FROM key_words) AND ${base} AND ${m.candidates('grams', [t])} AND ${m.containsInline(t)} LIMIT ${cap})`,
    );
    ctes = sql`${ctes},
      partial_ids AS (${sql.join(ids, sql` UNION `)}),
      partial AS (SELECT d.entity_id, ${scores.partial} AS score, ${full(m)} AS is_full
        FROM partial_ids p JOIN search_documents d ON d.entity_type = ${input.entityType} AND d.entity_id = p.entity_id ${m.lateral()})`;
    tiers.push(sql`SELECT * FROM partial`);
  }
  const { rows } = await sql<PageRow>`
    WITH ${ctes},
    candidates AS (
      SELECT entity_id, max(score) AS score, bool_or(is_full) AS is_full FROM (${sql.join(tiers, sql` UNION ALL `)}) c GROUP BY entity_id),
    page AS (SELECT entity_id, score FROM candidates ORDER BY score DESC, entity_id DESC LIMIT ${limit} OFFSET ${offset})
    SELECT NULL::integer AS entity_id, NULL::float8 AS score, NULL::text AS title, NULL::text AS body_b, NULL::text AS body_c, NULL::text AS body_d,
      (SELECT count(*) FROM key_words)::integer AS total,
      (SELECT count(*) FROM candidates)::integer AS candidates,
      (SELECT coalesce(bool_or(is_full), FALSE) FROM candidates) AS any_full
    UNION ALL
    ${pageWithTexts(input.entityType, withTexts)}`.execute(db);
  return assemble(rows, query.highlightTerms, withTexts);
}

export type FindSimilarInput = {
  entityType: string;
  /** The record being written or reviewed: its title, and its main text (as its body parts B and D). */
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
  const { features, bands } = similarityKeysOfText(input.text.title, input.text.body);
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
