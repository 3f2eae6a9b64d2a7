/**
 * Search relevance on the demo data: the judged queries of bench/search/relevance.json run
 * through the case library's list (listInnovations for the public, first page of 10), scored
 * against hand-made judgements (grades 0–3, a reason each), and written as the
 * "Search relevance" section of bench/RESULTS.md.
 *
 *   npx tsx bench/search/relevance.ts [--no-write] [--verbose]
 *
 * Figures:
 *   - nDCG@10, with gain 2^grade − 1 and log2 discounts; the ideal ranking is the judged
 *     records sorted by grade (unjudged records count as 0);
 *   - zero-result rate: share of queries that return nothing (every judged query has at least
 *     one relevant record, so the target is 0);
 *   - best first: share of queries whose first result carries the highest grade judged for
 *     that query;
 *   - partial: share of queries answered with `match: 'partial'` (no record holds every word).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../../src/db/client.js';
import { migrate } from '../../src/db/migrate.js';
import { loadDemo } from '../../src/demo/load-demo.js';
import { listInnovations } from '../../src/features/innovations/list-innovations.js';
import { writeResultsSection } from '../results-file.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const TOP = 10;

type Judgement = { key: string; grade: number; reason: string };
type JudgedQuery = { q: string; kind: string; note?: string; judgements: Judgement[] };
type QueryOutcome = { q: string; kind: string; ndcg: number; zero: boolean; bestFirst: boolean; partial: boolean; top: Array<{ key: string; grade: number }> };

function dcg(grades: number[]): number {
  return grades.slice(0, TOP).reduce((sum, grade, i) => sum + (2 ** grade - 1) / Math.log2(i + 2), 0);
}

function mean(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

async function main() {
  const args = process.argv.slice(2);
  const write = !args.includes('--no-write');
  const verbose = args.includes('--verbose');
  const judged = (JSON.parse(readFileSync(join(HERE, 'relevance.json'), 'utf8')) as { queries: JudgedQuery[] }).queries;
  const records = JSON.parse(readFileSync(join(ROOT, 'data', 'demo', 'innovations.json'), 'utf8')) as Array<{ key: string; name: string }>;
  const keyByName = new Map(records.map((r) => [r.name, r.key]));

  const handle = await openDatabase({ kind: 'pglite' });
  await migrate(handle);
  await loadDemo(handle.db, { password: 'relevance-bench-Passw0rd!' });

  const outcomes: QueryOutcome[] = [];
  try {
    for (const query of judged) {
      const grades = new Map(query.judgements.map((j) => [j.key, j.grade]));
      const result = (await listInnovations(handle.db, { kind: 'public' }, { q: query.q, page: 1, pageSize: TOP })) as Awaited<ReturnType<typeof listInnovations>> & { match?: string };
      const top = result.items.map(({ row }) => {
        const key = keyByName.get(row.name) ?? `?${row.name}`;
        return { key, grade: grades.get(key) ?? 0 };
      });
      const ideal = dcg([...grades.values()].sort((a, b) => b - a));
      const best = Math.max(0, ...grades.values());
      outcomes.push({
        q: query.q,
        kind: query.kind,
        ndcg: ideal > 0 ? dcg(top.map((t) => t.grade)) / ideal : 0,
        zero: top.length === 0,
        bestFirst: top.length > 0 && top[0]!.grade === best,
        partial: result.match === 'partial',
        top,
      });
    }
  } finally {
    await handle.close();
  }

  const kinds = [...new Set(outcomes.map((o) => o.kind))];
  const summary = (list: QueryOutcome[]) => ({
    n: list.length,
    ndcg: mean(list.map((o) => o.ndcg)),
    zero: mean(list.map((o) => (o.zero ? 1 : 0))),
    bestFirst: mean(list.map((o) => (o.bestFirst ? 1 : 0))),
    partial: mean(list.map((o) => (o.partial ? 1 : 0))),
  });
  const all = summary(outcomes);

  console.log(`${all.n} queries: nDCG@${TOP} ${all.ndcg.toFixed(3)}, zero results ${pct(all.zero)}, best first ${pct(all.bestFirst)}, partial ${pct(all.partial)}`);
  for (const kind of kinds) {
    const s = summary(outcomes.filter((o) => o.kind === kind));
    console.log(`  ${kind.padEnd(8)} ${String(s.n).padStart(3)}  nDCG ${s.ndcg.toFixed(3)}  zero ${pct(s.zero).padStart(7)}  best first ${pct(s.bestFirst).padStart(7)}`);
  }
  for (const o of outcomes) {
    if (verbose || o.ndcg < 0.8 || o.zero) {
      console.log(`${o.ndcg.toFixed(2)} ${o.partial ? 'P' : ' '} ${o.q}: ${o.top.map((t) => `${t.key}:${t.grade}`).join(' ') || '(nothing)'}`);
    }
  }

  if (!write) return;
  const date = new Date().toISOString().slice(0, 10);
  const lines: string[] = [];
  lines.push('## Search relevance', '');
  lines.push(`Run ${date} with \`npx tsx bench/search/relevance.ts\`: ${all.n} judged queries (\`bench/search/relevance.json\`) over the public demo records, through the case library's list (first page of ${TOP}), on PGlite.`);
  lines.push('Queries are what office staff and the public type: zone names with a word, 1–2 character words, synonyms and abbreviations, 2–4 word mixes with programme words (自贸区, 制度创新, 片区 …). Each judged record has a grade (3 = what the query looks for, 2 = clearly relevant, 1 = related or matching part of the query; unjudged = 0) and a written reason; the judgements were made from the record text before the search was tuned.', '');
  lines.push(`**Measures.** nDCG@${TOP} with gain 2^grade − 1; zero-result rate = share of queries returning nothing (every query has a relevant record, so the target is 0); best first = share of queries whose first result has the highest grade judged for it; partial = share answered with \`match: 'partial'\` (no record holds every word, results ranked by the words they hold).`, '');
  lines.push(`| queries | kind | nDCG@${TOP} | zero-result rate | best first | partial |`);
  lines.push('|---|---|---|---|---|---|');
  lines.push(`| ${all.n} | all | ${all.ndcg.toFixed(3)} | ${pct(all.zero)} | ${pct(all.bestFirst)} | ${pct(all.partial)} |`);
  for (const kind of kinds) {
    const s = summary(outcomes.filter((o) => o.kind === kind));
    lines.push(`| ${s.n} | ${kind} | ${s.ndcg.toFixed(3)} | ${pct(s.zero)} | ${pct(s.bestFirst)} | ${pct(s.partial)} |`);
  }
  const weakest = [...outcomes].sort((a, b) => a.ndcg - b.ndcg).filter((o) => o.ndcg < 0.9);
  if (weakest.length > 0) {
    lines.push('', `<details><summary>Queries with nDCG@${TOP} below 0.9 (result keys with their grades, best first)</summary>`, '');
    lines.push('| query | nDCG | match | top results |');
    lines.push('|---|---|---|---|');
    for (const o of weakest) lines.push(`| ${o.q} | ${o.ndcg.toFixed(2)} | ${o.partial ? 'partial' : 'all'} | ${o.top.slice(0, 5).map((t) => `${t.key} (${t.grade})`).join(', ') || 'nothing'} |`);
    lines.push('', '</details>');
  }
  const notesPath = join(HERE, 'relevance-notes.md');
  const notes = existsSync(notesPath) ? `\n\n${readFileSync(notesPath, 'utf8').trim()}` : '';
  writeResultsSection('search-relevance', lines.join('\n') + notes);
  console.log('wrote the Search relevance section of bench/RESULTS.md');
}

await main();
