/**
 * The case library's filtered searches: a query with the filters the list offers (domain,
 * task, year, statuses, zone subtree), timed alternately with the same query unfiltered, so
 * the ratio says what the filters cost on top of the search. Run by bench/search/run.ts.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/schema.js';
import { searchDocuments, type SearchFilters } from '../../src/features/search/search-query.js';
import { BENCH_ZONES } from './generate.js';

/** The filters as the case library's query string gives them. */
export type FilterSpec = { domain?: string; task?: string; year?: number; statuses?: string[]; zonePath?: string };

export const FILTERED_QUERIES = ['保税', '跨境电商', '中欧班列', '证照分离', '熊猫', '港', '保税 研发', '宜宾 保税'];

const PUBLISHED = ['recognized', 'province_replicated', 'nation_replicated'];
export const FILTER_SPECS: Array<{ name: string; spec: FilterSpec }> = [
  { name: 'domain', spec: { domain: 'trade_facilitation' } },
  { name: 'year', spec: { year: 2021 } },
  { name: 'statuses', spec: { statuses: PUBLISHED.slice(1) } },
  { name: 'zone', spec: { zonePath: BENCH_ZONES[BENCH_ZONES.length - 1]!.path } },
  { name: 'domain+task+year', spec: { domain: 'trade_facilitation', task: 'platform_integration', year: 2021 } },
];

/** How the index takes the filters: facets, named by the innovation kind. */
export function toSearchFilters(spec: FilterSpec): SearchFilters {
  const { zonePath, statuses, ...single } = spec;
  return { zonePath, facets: { ...single, ...(statuses && { status: statuses }) } };
}

export type FilteredTimes = { filtered: number[]; unfiltered: number[]; perFilter: Record<string, number[]> };

export async function timeFiltered(db: Kysely<Database>, iterations: number): Promise<FilteredTimes> {
  const search = (q: string, spec?: FilterSpec) =>
    searchDocuments(db, { q, entityType: 'innovation', visibility: { kind: 'public' }, filters: spec ? toSearchFilters(spec) : undefined, limit: 20, offset: 0 });
  const times: FilteredTimes = { filtered: [], unfiltered: [], perFilter: {} };
  for (const q of FILTERED_QUERIES) for (const { spec } of FILTER_SPECS) await search(q, spec);
  for (let i = 0; i < iterations; i++) {
    for (const q of FILTERED_QUERIES) {
      for (const { name, spec } of FILTER_SPECS) {
        let start = performance.now();
        await search(q, spec);
        const ms = performance.now() - start;
        times.filtered.push(ms);
        (times.perFilter[name] ??= []).push(ms);
        start = performance.now();
        await search(q);
        times.unfiltered.push(performance.now() - start);
      }
    }
  }
  return times;
}
