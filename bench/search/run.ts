/**
 * Search benchmark: builds N generated innovations (bench/search/generate.ts) on PGlite and on
 * PostgreSQL, then measures, per engine and in the same run:
 *   - searchDocuments top-20 with highlighted titles and snippets, for every query of the set;
 *   - the same for the one- and two-character queries alone;
 *   - a baseline: the bare indexed query under it (`grams @> codes LIMIT 20`, no ranking,
 *     no snippets), so each figure can also be read as a ratio to what the index alone costs;
 *   - recall@20 against a brute-force substring scan (see RESULTS.md for the definition);
 *   - findSimilar on reworded copies of existing records (found? how fast?);
 * prints a table and rewrites the "Search" section of bench/RESULTS.md.
 *
 *   npx tsx bench/search/run.ts [--rows 100000] [--engine pglite|postgres|both] [--iterations 15]
 *
 * PostgreSQL: BENCH_DATABASE_URL (or TEST_DATABASE_URL) names a server; the benchmark creates
 * and drops its own database there. Without one, it starts a throwaway server through
 * scripts/with-postgres.mjs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql, type Kysely } from 'kysely';
import { openEngine, type Engine } from '../database.js';
import { RESULTS_PATH, writeResultsSection } from '../results-file.js';
import { migrate } from '../../src/db/migrate.js';
import type { Database } from '../../src/db/schema.js';
import type { ZoneType } from '../../src/shared/zones.enums.js';
import { wordGrams } from '../../src/features/search/grams.js';
import { withBulkIndexing } from '../../src/features/search/search-index.js';
import { findSimilar, parseQuery, RANKED_CANDIDATES, searchDocuments } from '../../src/features/search/search-query.js';
import { variantsOf } from '../../src/features/search/segment.js';
import { FILTER_SPECS, FILTERED_QUERIES, timeFiltered } from './filtered.js';
import { BENCH_QUERIES, BENCH_ZONES, generateDocument, loadDocuments, type BenchQuery } from './generate.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');

const TARGETS = { top20PostgresMs: 150, top20PgliteMs: 250, shortMs: 50, recall: 0.95 };

type Stats = { p50: number; p95: number; max: number; n: number };
type QueryResult = {
  q: string;
  kind: BenchQuery['kind'];
  total: number;
  capped: boolean;
  search: Stats;
  baseline: Stats;
  bruteForce: number;
  recall: number;
  plan: string;
};
type EngineResult = {
  engine: Engine;
  version: string;
  rows: number;
  load: { generateS: number; writeS: number; finishS: number; docsPerS: number };
  sizes: Record<string, string>;
  queries: QueryResult[];
  pooled: { all: Stats; allBaseline: Stats; short: Stats; shortBaseline: Stats };
  recall: { mean: number; min: number };
  similar: { found: number; tried: number; stats: Stats; meanScore: number };
  filtered: { filtered: Stats; unfiltered: Stats; perFilter: Record<string, Stats> };
  wallS: number;
};

function parseArgs() {
  const args = process.argv.slice(2);
  const value = (name: string) => {
    const at = args.indexOf(`--${name}`);
    return at >= 0 ? args[at + 1] : undefined;
  };
  return {
    rows: Number(value('rows') ?? 100_000),
    engine: (value('engine') ?? 'both') as Engine | 'both',
    iterations: Number(value('iterations') ?? 15),
    json: value('json'),
    write: !args.includes('--no-write'),
  };
}

function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? 0;
  return { p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] ?? 0, n: sorted.length };
}

async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const result = await fn();
  return [performance.now() - start, result];
}

/** The bare indexed query: candidates straight from the grams index, first 20, nothing else. */
function baselineQuery(db: Kysely<Database>, q: string) {
  const parsed = parseQuery(q);
  const codes = [...new Set((parsed?.words ?? []).flatMap((w) => wordGrams(w.text)))];
  return sql`SELECT d.entity_id FROM search_documents d
    WHERE d.entity_type = 'innovation' AND d.is_public AND d.grams @> ${codes}::int4[] LIMIT 20`.execute(db);
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The generated zone tree into the zones table, so that zone names are searched as in the
 * app: the areas are named like real ones, the FTZ's name followed by the area's
 * (中国(四川)自由贸易试验区宜宾片区, short name 宜宾).
 */
async function insertZones(db: Kysely<Database>): Promise<void> {
  const byPath = new Map(BENCH_ZONES.map((z) => [z.path, z]));
  const rows = BENCH_ZONES.map((z) => {
    const depth = z.path.split('/').length - 2;
    const parent = byPath.get(z.path.replace(/\d+\/$/, ''));
    const type: ZoneType = depth === 1 ? 'country' : depth === 2 ? 'ftz' : 'area';
    return { id: z.id, code: `B${z.id}`, parent_id: parent?.id ?? null, path: z.path, type, name: type === 'area' ? `${parent!.name}${z.short}片区` : z.name, short_name: z.short, source: 'bench' };
  });
  await db.insertInto('zones').values(rows).execute();
}

/**
 * Brute force, no index: the public records in which every space-separated part of the query
 * (or one of its synonym spellings) occurs as a substring of lower(title ‖ body_b ‖ body_c ‖ body_d
 * ‖ the zone's short name ‖ the zone's own name), the zone names as the search reads them
 * (zone-terms.ts; the bench zones are areas directly under their FTZ).
 * Returns how many there are and how many of `top` are among them.
 */
async function bruteForce(db: Kysely<Database>, q: string, top: number[]): Promise<{ total: number; inTop: number }> {
  const parts = q.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const conditions = parts.map((part) => {
    const spellings = variantsOf(part).map((v) => sql`t.text LIKE ${`%${escapeLike(v)}%`}`);
    return sql`(${sql.join(spellings, sql` OR `)})`;
  });
  const { rows } = await sql<{ total: number; in_top: number }>`
    SELECT count(*)::int AS total, count(*) FILTER (WHERE t.entity_id = ANY(${top}::int4[]))::int AS in_top
    FROM (SELECT d.entity_id, lower(concat_ws(E'\\n', d.title, d.body_b, d.body_c, d.body_d, z.short_name, substr(z.name, length(p.name) + 1))) AS text
          FROM search_documents d
          LEFT JOIN zones z ON z.path = d.zone_path AND z.type = 'area' LEFT JOIN zones p ON p.id = z.parent_id
          WHERE d.entity_type = 'innovation' AND d.is_public) t
    WHERE ${sql.join(conditions, sql` AND `)}`.execute(db);
  return { total: rows[0]!.total, inTop: rows[0]!.in_top };
}

/** The scan nodes of the plan of the ranked-candidates query for q, e.g. "Bitmap(grams)+Seq". */
async function planSummary(db: Kysely<Database>, q: string): Promise<string> {
  const parsed = parseQuery(q);
  if (!parsed) return '-';
  const codes = [...new Set(parsed.words.flatMap((w) => wordGrams(w.text)))];
  const { rows } = await sql<{ 'QUERY PLAN': string }>`EXPLAIN SELECT d.entity_id FROM search_documents d
    WHERE d.entity_type = 'innovation' AND d.is_public AND d.grams @> ${codes}::int4[] LIMIT ${RANKED_CANDIDATES + 1}`.execute(db);
  const text = rows.map((r) => r['QUERY PLAN']).join('\n');
  if (/Seq Scan on search_documents/.test(text)) return 'seq scan + LIMIT';
  if (/Bitmap Index Scan on search_documents_grams_idx/.test(text)) return 'GIN bitmap';
  return 'other';
}

/** A resubmission of record `id`: synonyms swapped, a sentence dropped, a phrase reworded. */
function rewordedCopy(id: number) {
  const doc = generateDocument(id, 42);
  const swap = (text: string) =>
    text.replace(/综合保税区/g, '综保区').replace(/跨境电商/g, '跨境电子商务').replace(/自由贸易试验区/g, '自贸区').replace(/联合/g, '会同').replace(/针对/g, '为解决');
  const sentences = (doc.body.b ?? '').split('；');
  const body = [swap(sentences.slice(0, Math.max(1, sentences.length - 1)).join('；')), doc.body.d?.split('\n')[0] ?? ''].join('\n');
  return { title: swap(doc.title).replace(/^(创新|探索|推行|构建|实施|深化|建立|打造|试行)/, '积极$1'), body };
}

async function benchEngine(engine: Engine, rows: number, iterations: number): Promise<EngineResult> {
  const wallStart = performance.now();
  const { handle, version, cleanup } = await openEngine(engine);
  const db = handle.db;
  try {
    await migrate(handle);
    await insertZones(db);
    console.log(`[${engine}] ${version}: loading ${rows} documents…`);
    const loadStart = performance.now();
    let finishStart = 0;
    const load = await withBulkIndexing(db, async () => {
      const result = await loadDocuments(db, rows, {
        onProgress: (done) => {
          if (done % 20_000 === 0 || done === rows) console.log(`[${engine}]   ${done} (${((performance.now() - loadStart) / 1000).toFixed(0)} s)`);
        },
      });
      finishStart = performance.now();
      return result;
    });
    await sql`VACUUM ANALYZE search_documents`.execute(db);
    const finishS = (performance.now() - finishStart) / 1000;
    const loadS = (performance.now() - loadStart) / 1000;
    console.log(`[${engine}] loaded in ${loadS.toFixed(0)} s`);

    const sizeRows = await sql<{ name: string; size: string }>`
      SELECT 'table (heap)' AS name, pg_size_pretty(pg_relation_size('search_documents')) AS size
      UNION ALL SELECT 'TOAST', pg_size_pretty(pg_relation_size(reltoastrelid)) FROM pg_class WHERE relname = 'search_documents'
      UNION ALL SELECT c.relname, pg_size_pretty(pg_relation_size(c.oid)) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
        WHERE i.indrelid = 'search_documents'::regclass
      UNION ALL SELECT 'total', pg_size_pretty(pg_total_relation_size('search_documents'))`.execute(db);
    const sizes = Object.fromEntries(sizeRows.rows.map((r) => [r.name, r.size]));

    const visibility = { kind: 'public' as const };
    const run = (q: string) => searchDocuments(db, { q, entityType: 'innovation', visibility, limit: 20, offset: 0 });
    for (const { q } of BENCH_QUERIES) {
      await run(q);
      await baselineQuery(db, q);
    }
    const searchTimes = new Map<string, number[]>();
    const baseTimes = new Map<string, number[]>();
    for (let i = 0; i < iterations; i++) {
      for (const { q } of BENCH_QUERIES) {
        const [ms] = await time(() => run(q));
        const [baseMs] = await time(() => baselineQuery(db, q));
        (searchTimes.get(q) ?? searchTimes.set(q, []).get(q)!).push(ms);
        (baseTimes.get(q) ?? baseTimes.set(q, []).get(q)!).push(baseMs);
      }
    }
    const queries: QueryResult[] = [];
    for (const { q, kind } of BENCH_QUERIES) {
      const result = await run(q);
      const top = result.hits.map((h) => h.entityId);
      const bf = await bruteForce(db, q, top);
      const recall = bf.total === 0 ? 1 : bf.inTop / Math.min(20, bf.total);
      queries.push({
        q,
        kind,
        total: result.total,
        capped: result.totalIsCapped,
        search: stats(searchTimes.get(q)!),
        baseline: stats(baseTimes.get(q)!),
        bruteForce: bf.total,
        recall,
        plan: kind === 'short1' || kind === 'short2' ? await planSummary(db, q) : '',
      });
    }
    const isShort = (k: BenchQuery['kind']) => k === 'short1' || k === 'short2';
    const pooled = {
      all: stats(BENCH_QUERIES.flatMap(({ q }) => searchTimes.get(q)!)),
      allBaseline: stats(BENCH_QUERIES.flatMap(({ q }) => baseTimes.get(q)!)),
      short: stats(BENCH_QUERIES.filter((x) => isShort(x.kind)).flatMap(({ q }) => searchTimes.get(q)!)),
      shortBaseline: stats(BENCH_QUERIES.filter((x) => isShort(x.kind)).flatMap(({ q }) => baseTimes.get(q)!)),
    };

    // Near-duplicates: 30 records spread over the table, each resubmitted reworded.
    const similarTimes: number[] = [];
    let found = 0;
    let scoreSum = 0;
    const tried = 30;
    for (let i = 0; i < tried; i++) {
      const id = 1 + Math.floor(((i + 0.5) / tried) * rows);
      const copy = rewordedCopy(id);
      const [ms, matches] = await time(() =>
        findSimilar(db, { entityType: 'innovation', text: copy, visibility: { kind: 'actor', actor: { id: 0, username: 'bench', displayName: 'bench', role: 'province_admin', scopeZoneId: 1, scopePath: '/1/' } }, limit: 5 }),
      );
      similarTimes.push(ms);
      const match = matches.find((m) => m.entityId === id);
      if (match) {
        found++;
        scoreSum += match.score;
      }
    }
    // The case library's filters, against the same queries unfiltered.
    const filteredTimes = await timeFiltered(db, Math.max(3, Math.ceil(iterations / 3)));
    const filtered = {
      filtered: stats(filteredTimes.filtered),
      unfiltered: stats(filteredTimes.unfiltered),
      perFilter: Object.fromEntries(Object.entries(filteredTimes.perFilter).map(([name, samples]) => [name, stats(samples)])),
    };
    const recalls = queries.map((x) => x.recall);
    return {
      engine,
      version,
      rows,
      load: { generateS: load.generateMs / 1000, writeS: load.writeMs / 1000, finishS, docsPerS: rows / loadS },
      sizes,
      queries,
      pooled,
      recall: { mean: recalls.reduce((a, b) => a + b, 0) / recalls.length, min: Math.min(...recalls) },
      similar: { found, tried, stats: stats(similarTimes), meanScore: found ? scoreSum / found : 0 },
      filtered,
      wallS: (performance.now() - wallStart) / 1000,
    };
  } finally {
    await handle.close();
    await cleanup();
  }
}

const f1 = (n: number) => n.toFixed(1);
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(1)}×` : '-');

function printEngine(r: EngineResult) {
  console.log(`\n== ${r.engine}: ${r.version}, ${r.rows} rows ==`);
  console.log('query'.padEnd(18), 'kind'.padEnd(9), 'total'.padStart(6), 'p50'.padStart(7), 'p95'.padStart(7), 'base95'.padStart(7), 'ratio'.padStart(6), 'BF'.padStart(6), 'recall'.padStart(6), ' plan');
  for (const x of r.queries) {
    console.log(
      x.q.slice(0, 16).padEnd(18 - [...x.q.slice(0, 16)].filter((c) => c.charCodeAt(0) > 0x2e80).length),
      x.kind.padEnd(9),
      `${x.total}${x.capped ? '+' : ''}`.padStart(6),
      f1(x.search.p50).padStart(7),
      f1(x.search.p95).padStart(7),
      f1(x.baseline.p95).padStart(7),
      ratio(x.search.p95, x.baseline.p95).padStart(6),
      String(x.bruteForce).padStart(6),
      x.recall.toFixed(2).padStart(6),
      ` ${x.plan}`,
    );
  }
  const p = r.pooled;
  console.log(`top-20 with snippets, all queries: p50 ${f1(p.all.p50)} ms, p95 ${f1(p.all.p95)} ms (baseline p95 ${f1(p.allBaseline.p95)} ms, ${ratio(p.all.p95, p.allBaseline.p95)})`);
  console.log(`1–2 character queries:            p50 ${f1(p.short.p50)} ms, p95 ${f1(p.short.p95)} ms (baseline p95 ${f1(p.shortBaseline.p95)} ms, ${ratio(p.short.p95, p.shortBaseline.p95)})`);
  const fl = r.filtered;
  console.log(`filtered (case library):          p50 ${f1(fl.filtered.p50)} ms, p95 ${f1(fl.filtered.p95)} ms (same queries unfiltered p95 ${f1(fl.unfiltered.p95)} ms, ${ratio(fl.filtered.p95, fl.unfiltered.p95)}); ${Object.entries(fl.perFilter).map(([n, st]) => `${n} p95 ${f1(st.p95)}`).join(', ')}`);
  console.log(`recall@20: mean ${r.recall.mean.toFixed(3)}, min ${r.recall.min.toFixed(3)}; findSimilar found ${r.similar.found}/${r.similar.tried}, p95 ${f1(r.similar.stats.p95)} ms`);
}

function renderMarkdown(results: EngineResult[], iterations: number): string {
  const date = new Date().toISOString().slice(0, 10);
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const lines: string[] = [];
  lines.push('## Search', '');
  lines.push(`Run ${date} with \`npx tsx bench/search/run.ts --rows ${results[0]?.rows} --iterations ${iterations}\` on ${cpus().length} cores (${cpu}), ${Math.round(totalmem() / 2 ** 30)} GB RAM, Node ${process.version}.`);
  lines.push('Single client, one query at a time; every figure below comes from the same run, engine by engine.', '');
  lines.push('**Data.** Generated innovations (`bench/search/generate.ts`, seed 42): titles, measures, effects and the rest built from the FTZ vocabulary of the source article and `shared/data`, ~220 characters each, word frequencies falling off like real text; 47 % public. Query set: `bench/search/queries.json` (' + BENCH_QUERIES.length + ' queries: frequent and ordinary words, rare words, synonyms, several words, zone names with programme words and words no record holds together (*mixed*), 1- and 2-character queries). The generated zone tree is in the `zones` table, so zone names are searched as in the app.', '');
  lines.push('**What is timed.** *top-20*: `searchDocuments` for the public with `limit 20`, including highlighted titles and snippets (the whole call: the zone names, for several words their frequencies in a sample of 1 000 records, then one SQL statement for the results, and the JavaScript around them). *Baseline*: the bare indexed query under it, `SELECT entity_id FROM search_documents WHERE entity_type = … AND is_public AND grams @> $codes LIMIT 20`, timed alternately with the search, so the ratio says what ranking, verification, totals and snippets cost on top of the index. p50/p95 are over all runs of all queries of the group.', '');
  lines.push(`**Recall@20.** For each query, brute force scans every public record without any index: a record matches when each space-separated part of the query, or one of its synonym spellings, is a substring of \`lower(title ‖ measures ‖ effects ‖ rest ‖ zone names)\` (\`LIKE '%…%'\`; the zone's short name and its own part of its full name, as the search reads them). With B the brute-force matches and R the 20 results returned, recall@20 = |R ∩ B| / min(20, |B|) (1 when B is empty): when B holds 20 or fewer records, all of them must be returned; when it holds more, all 20 results must be brute-force matches. A multi-word query may return more than B (the words in any order, frequent words not required, partial matches when B is empty), which this measure allows but does not reward.`, '');
  lines.push('| engine | rows | top-20 p50 | top-20 p95 | baseline p95 | ratio | 1–2 char p50 | 1–2 char p95 | baseline p95 | ratio | recall@20 mean / min |');
  lines.push('|---|---|---|---|---|---|---|---|---|---|---|');
  for (const r of results) {
    const p = r.pooled;
    lines.push(`| ${r.engine} | ${r.rows} | ${f1(p.all.p50)} ms | ${f1(p.all.p95)} ms | ${f1(p.allBaseline.p95)} ms | ${ratio(p.all.p95, p.allBaseline.p95)} | ${f1(p.short.p50)} ms | ${f1(p.short.p95)} ms | ${f1(p.shortBaseline.p95)} ms | ${ratio(p.short.p95, p.shortBaseline.p95)} | ${r.recall.mean.toFixed(3)} / ${r.recall.min.toFixed(3)} |`);
  }
  lines.push('', '**Targets.**', '');
  lines.push('| target | ' + results.map((r) => r.engine).join(' | ') + ' |');
  lines.push('|---|' + results.map(() => '---|').join(''));
  const met = (ok: boolean) => (ok ? 'met' : '**missed**');
  lines.push(`| top-20 p95 ≤ ${TARGETS.top20PostgresMs} ms (PostgreSQL) / ≤ ${TARGETS.top20PgliteMs} ms (PGlite) | ` + results.map((r) => `${f1(r.pooled.all.p95)} ms: ${met(r.pooled.all.p95 <= (r.engine === 'postgres' ? TARGETS.top20PostgresMs : TARGETS.top20PgliteMs))}`).join(' | ') + ' |');
  lines.push(`| 1–2 character p95 ≤ ${TARGETS.shortMs} ms | ` + results.map((r) => `${f1(r.pooled.short.p95)} ms: ${met(r.pooled.short.p95 <= TARGETS.shortMs)}`).join(' | ') + ' |');
  lines.push(`| recall@20 ≥ ${TARGETS.recall} | ` + results.map((r) => `mean ${r.recall.mean.toFixed(3)}, min ${r.recall.min.toFixed(3)}: ${met(r.recall.min >= TARGETS.recall)}`).join(' | ') + ' |');
  lines.push('', '**Loading and size.**', '');
  lines.push('| engine | version | documents/s | generate (JS) | write (SQL + segmentation) | merge + VACUUM ANALYZE | whole engine run | table + indexes |');
  lines.push('|---|---|---|---|---|---|---|---|');
  for (const r of results) {
    lines.push(`| ${r.engine} | ${r.version} | ${Math.round(r.load.docsPerS)} | ${f1(r.load.generateS)} s | ${f1(r.load.writeS)} s | ${f1(r.load.finishS)} s | ${Math.round(r.wallS)} s | ${r.sizes.total} (heap ${r.sizes['table (heap)']}, grams GIN ${r.sizes.search_documents_grams_idx}, title GIN ${r.sizes.search_documents_title_grams_idx}, similarity GIN ${r.sizes.search_documents_similarity_bands_idx}) |`);
  }
  lines.push('', '**Near-duplicates.** `findSimilar` for 30 records spread over the table, each resubmitted with synonyms swapped (综合保税区 → 综保区 …), its last measure dropped and a word or two changed:', '');
  for (const r of results) {
    lines.push(`- ${r.engine}: the original found (score ≥ 0.4, top 5) for ${r.similar.found}/${r.similar.tried}, mean score ${r.similar.meanScore.toFixed(2)}; p50 ${f1(r.similar.stats.p50)} ms, p95 ${f1(r.similar.stats.p95)} ms.`);
  }
  lines.push('', `**Filtered searches.** The case library's filters with a query: ${FILTERED_QUERIES.length} queries (${FILTERED_QUERIES.join(', ')}) × ${FILTER_SPECS.length} filter sets (${FILTER_SPECS.map((f) => f.name).join(', ')}; \`bench/search/filtered.ts\`), each timed alternately with the same query unfiltered.`, '');
  lines.push('| engine | filtered p50 | filtered p95 | unfiltered p95 | ratio | ' + FILTER_SPECS.map((f) => `${f.name} p95`).join(' | ') + ' |');
  lines.push('|---|---|---|---|---|' + FILTER_SPECS.map(() => '---|').join(''));
  for (const r of results) {
    const fl = r.filtered;
    lines.push(`| ${r.engine} | ${f1(fl.filtered.p50)} ms | ${f1(fl.filtered.p95)} ms | ${f1(fl.unfiltered.p95)} ms | ${ratio(fl.filtered.p95, fl.unfiltered.p95)} | ` + FILTER_SPECS.map((f) => `${f1(fl.perFilter[f.name]?.p95 ?? 0)} ms`).join(' | ') + ' |');
  }
  for (const r of results) {
    lines.push('', `<details><summary>Per query, ${r.engine} (ms; "+" = total capped at ${RANKED_CANDIDATES}; plan = how the 1–2 character candidates are read)</summary>`, '');
    lines.push('| query | kind | total | p50 | p95 | baseline p95 | ratio | brute force | recall@20 | plan |');
    lines.push('|---|---|---|---|---|---|---|---|---|---|');
    for (const x of r.queries) {
      lines.push(`| ${x.q} | ${x.kind} | ${x.total}${x.capped ? '+' : ''} | ${f1(x.search.p50)} | ${f1(x.search.p95)} | ${f1(x.baseline.p95)} | ${ratio(x.search.p95, x.baseline.p95)} | ${x.bruteForce} | ${x.recall.toFixed(2)} | ${x.plan} |`);
    }
    lines.push('', '</details>');
  }
  return lines.join('\n');
}

function writeResults(markdown: string, notes: string) {
  writeResultsSection('search', `${markdown}\n\n${notes}`);
}

/** Hand-written analysis kept below the generated figures (bench/search/notes.md). */
function notes(): string {
  const path = join(HERE, 'notes.md');
  return existsSync(path) ? readFileSync(path, 'utf8').trim() : '';
}

async function main() {
  const args = parseArgs();
  const results: EngineResult[] = [];
  const engines: Engine[] = args.engine === 'both' ? ['pglite', 'postgres'] : [args.engine];
  for (const engine of engines) {
    if (engine === 'postgres' && !process.env.BENCH_DATABASE_URL && !process.env.TEST_DATABASE_URL) {
      // Run this engine in a child under a throwaway server, and collect its figures.
      const dir = mkdtempSync(join(tmpdir(), 'yanzhen-bench-json-'));
      const out = join(dir, 'postgres.json');
      const child = spawnSync(
        process.execPath,
        [join(ROOT, 'scripts', 'with-postgres.mjs'), 'npx', 'tsx', fileURLToPath(import.meta.url), '--engine', 'postgres', '--rows', String(args.rows), '--iterations', String(args.iterations), '--json', out, '--no-write'],
        { stdio: 'inherit', cwd: ROOT },
      );
      if (child.status !== 0 || !existsSync(out)) throw new Error(`the PostgreSQL run failed (exit ${child.status})`);
      results.push(JSON.parse(readFileSync(out, 'utf8')) as EngineResult);
      rmSync(dir, { recursive: true, force: true });
      continue;
    }
    const result = await benchEngine(engine, args.rows, args.iterations);
    printEngine(result);
    results.push(result);
  }
  if (args.json) writeFileSync(args.json, JSON.stringify(results.length === 1 ? results[0] : results));
  if (args.write) {
    writeResults(renderMarkdown(results, args.iterations), notes());
    console.log(`\nwrote the Search section of ${RESULTS_PATH}`);
  }
}

await main();
