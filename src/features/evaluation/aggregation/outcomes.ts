/**
 * What ranks decide: who advances to the next stage and which award tier an entry gets, derived
 * from the stage's ranks and its rules (never typed in), held as pending until published.
 *
 * Advancement rules: the top N overall or per category; everyone at or above a cutoff score; a
 * quota per category (the best of each, up to its quota); or a recorded manual decision (the
 * entries named, with who decided and why — the engine only checks they were ranked).
 * Award tiers (一等奖 4, 二等奖 8, 三等奖 12; 十佳 = 2 per domain) go down the ranking overall or
 * within each category, tier by tier.
 */

export type RankedEntry = { entry: number; category: number | null; value: number; rank: number };

export type AdvancementRule =
  | { kind: 'top_n'; n: number; per: 'overall' | 'category' }
  | { kind: 'cutoff'; minScore: number }
  | { kind: 'quota'; quotas: ReadonlyMap<number, number> }
  | { kind: 'manual'; entries: readonly number[] };

export type AwardTier = { name: string; count: number };

/** Ranked entries (rank > 0) best first, grouped by category when `perCategory`, in category order of first appearance. */
function groups(ranked: readonly RankedEntry[], perCategory: boolean): RankedEntry[][] {
  const best = ranked.filter((r) => r.rank > 0).sort((a, b) => a.rank - b.rank);
  if (!perCategory) return [best];
  const byCategory = new Map<number | null, RankedEntry[]>();
  for (const r of best) {
    const group = byCategory.get(r.category);
    if (group) group.push(r);
    else byCategory.set(r.category, [r]);
  }
  return [...byCategory.values()];
}

/** The entries that advance, in rank order. */
export function advancing(ranked: readonly RankedEntry[], rule: AdvancementRule): number[] {
  switch (rule.kind) {
    case 'top_n':
      return groups(ranked, rule.per === 'category')
        .flatMap((group) => group.slice(0, rule.n))
        .sort((a, b) => a.rank - b.rank)
        .map((r) => r.entry);
    case 'cutoff':
      return groups(ranked, false)[0]!.filter((r) => r.value >= rule.minScore).map((r) => r.entry);
    case 'quota':
      return groups(ranked, true)
        // Entries without a category have no quota.
        .flatMap((group) => (group[0]!.category === null ? [] : group.slice(0, rule.quotas.get(group[0]!.category) ?? 0)))
        .sort((a, b) => a.rank - b.rank)
        .map((r) => r.entry);
    case 'manual': {
      const rankedIds = new Set(ranked.filter((r) => r.rank > 0).map((r) => r.entry));
      const unknown = rule.entries.filter((entry) => !rankedIds.has(entry));
      if (unknown.length > 0) throw new RangeError('a manual decision names entries the stage did not rank');
      const rankOf = new Map(ranked.map((r) => [r.entry, r.rank]));
      return [...new Set(rule.entries)].sort((a, b) => rankOf.get(a)! - rankOf.get(b)!);
    }
  }
}

/** Each awarded entry's tier: tier by tier down the ranking, overall or within each category. */
export function awards(ranked: readonly RankedEntry[], tiers: readonly AwardTier[], per: 'overall' | 'category'): Map<number, string> {
  const result = new Map<number, string>();
  for (const group of groups(ranked, per === 'category')) {
    let next = 0;
    for (const tier of tiers) {
      for (const r of group.slice(next, next + tier.count)) result.set(r.entry, tier.name);
      next += tier.count;
    }
  }
  return result;
}
