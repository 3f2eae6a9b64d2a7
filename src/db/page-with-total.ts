/**
 * One page of a list and the number of rows on all pages, in one statement: the rows carry a
 * window count (`count(*) OVER ()`), computed after the WHERE and before LIMIT. A page past the
 * last has no row to carry it, so only then is the total counted apart — the pager still says how
 * many there are. Every listing with a pager reads through this.
 */
import { sql, type SelectQueryBuilder } from 'kysely';

export type PageWindow = { limit?: number; offset?: number };

/**
 * `filtered` is the query with its joins and WHERE; `listed` adds the columns and the order of
 * the page. Without a limit every row is one page.
 */
export async function pageWithTotal<DB, TB extends keyof DB, O, R>(
  filtered: SelectQueryBuilder<DB, TB, O>,
  listed: (query: SelectQueryBuilder<DB, TB, O>) => SelectQueryBuilder<DB, TB, R>,
  window: PageWindow,
): Promise<{ rows: R[]; total: number }> {
  let query = listed(filtered).select(sql<number>`count(*) OVER ()::int`.as('page_total__'));
  if (window.limit !== undefined) query = query.limit(window.limit).offset(window.offset ?? 0);
  const found = (await query.execute()) as (R & { page_total__: number })[];
  const rows = found.map(({ page_total__: _total, ...row }) => row as R);
  if (found.length > 0) return { rows, total: Number(found[0]!.page_total__) };
  if (!window.offset) return { rows, total: 0 };
  const counted = await filtered
    .clearSelect()
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  return { rows, total: Number((counted as { n: number }).n) };
}
