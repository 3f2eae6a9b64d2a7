/**
 * The seeded random draw of judges (专家库随机抽取) and their assignment to entries, written so
 * that anyone can re-run it and get the same panel: the server draws with it, the portal's
 * verification page re-runs it in the browser from what was published (the seed, the pool as
 * drawn from, the method and its rules).
 *
 * Method `xoroshiro128plus-fisher-yates-v1`:
 *   1. the pool is ordered by expert id ascending;
 *   2. a xoroshiro128+ generator (pure-rand) is seeded with the published 32-bit seed, and the
 *      pool is shuffled with Fisher–Yates (i from the last index down to 1, j uniform in 0…i);
 *   3. the panel is the first `size` experts of the shuffled order who are not excluded
 *      (an expert excluded from the whole stage, with the reason published);
 *   4. entries, in id order, each get `perEntry` judges from the panel: among those without a
 *      conflict with the entry (same zone, same organisation, or declared) and below the load
 *      cap, the least loaded first, ties by panel order.
 */
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

export const DRAW_METHOD = 'xoroshiro128plus-fisher-yates-v1';

export type PoolExpert = { id: number; zoneId: number | null; organisation: string | null };
export type DrawEntry = { id: number; zoneId: number | null; organisation: string | null };
export type Exclusion = { expertId: number; reason: string };

/** The organisation as compared for conflicts: full-width forms folded, spaces and case ignored. */
export function organisationKey(name: string | null): string | null {
  const key = name?.normalize('NFKC').replace(/\s+/g, '').toLowerCase() ?? '';
  return key.length > 0 ? key : null;
}

/** The pool in the published order (by id) shuffled by the seed. */
export function shuffledPool<T extends { id: number }>(seed: number, pool: readonly T[]): T[] {
  if (!Number.isInteger(seed) || seed < -2147483648 || seed > 4294967295) throw new RangeError('the seed must be a 32-bit integer');
  const ordered = [...pool].sort((a, b) => a.id - b.id);
  const rng = xoroshiro128plus(seed | 0);
  for (let i = ordered.length - 1; i > 0; i--) {
    const j = uniformInt(rng, 0, i);
    [ordered[i], ordered[j]] = [ordered[j]!, ordered[i]!];
  }
  return ordered;
}

/** Step 3: the panel of `size` from the shuffled pool, skipping the excluded. */
export function drawPanel<T extends { id: number }>(seed: number, pool: readonly T[], size: number, exclusions: readonly Exclusion[] = []): T[] {
  const excluded = new Set(exclusions.map((e) => e.expertId));
  return shuffledPool(seed, pool)
    .filter((expert) => !excluded.has(expert.id))
    .slice(0, size);
}

export type ConflictKind = 'same_zone' | 'same_organisation' | 'declared';
export type DeclaredConflict = { expertId: number; entryId: number; reason: string };

/** Why an expert may not judge an entry, or null. Declared conflicts come first: their reason is the judge's own. */
export function conflictOf(expert: PoolExpert, entry: DrawEntry, declared: readonly DeclaredConflict[] = []): ConflictKind | null {
  if (declared.some((d) => d.expertId === expert.id && d.entryId === entry.id)) return 'declared';
  if (expert.zoneId !== null && expert.zoneId === entry.zoneId) return 'same_zone';
  const org = organisationKey(expert.organisation);
  if (org !== null && org === organisationKey(entry.organisation)) return 'same_organisation';
  return null;
}

export type AssignmentRules = { perEntry: number; loadCap: number };
export type AssignmentResult = {
  /** entry id → judge ids, in the order they were given. */
  assignments: Map<number, number[]>;
  /** judge id → entries assigned. */
  load: Map<number, number>;
  /** Entries that could not get `perEntry` judges (too many conflicts or the cap reached), with how many they got. */
  short: { entryId: number; assigned: number }[];
};

/** Step 4: judges from the panel (in panel order) to entries (in id order). */
export function assignJudges(panel: readonly PoolExpert[], entries: readonly DrawEntry[], rules: AssignmentRules, declared: readonly DeclaredConflict[] = []): AssignmentResult {
  if (!(Number.isInteger(rules.perEntry) && rules.perEntry >= 1 && Number.isInteger(rules.loadCap) && rules.loadCap >= 1)) throw new RangeError('judges per entry and the load cap must be positive integers');
  const load = new Map(panel.map((judge) => [judge.id, 0]));
  const assignments = new Map<number, number[]>();
  const short: AssignmentResult['short'] = [];
  for (const entry of [...entries].sort((a, b) => a.id - b.id)) {
    const eligible = panel
      .map((judge, position) => ({ judge, position }))
      .filter(({ judge }) => load.get(judge.id)! < rules.loadCap && conflictOf(judge, entry, declared) === null)
      .sort((a, b) => load.get(a.judge.id)! - load.get(b.judge.id)! || a.position - b.position)
      .slice(0, rules.perEntry);
    for (const { judge } of eligible) load.set(judge.id, load.get(judge.id)! + 1);
    assignments.set(entry.id, eligible.map(({ judge }) => judge.id));
    if (eligible.length < rules.perEntry) short.push({ entryId: entry.id, assigned: eligible.length });
  }
  return { assignments, load, short };
}

/**
 * A judge who declared a conflict on an assigned entry is replaced: the least loaded judge of the
 * panel without a conflict, not already on the entry and below the cap, ties by panel order.
 * Returns the replacement's id, or null when nobody can take it (the organiser must widen the panel).
 */
export function replacementFor(
  panel: readonly PoolExpert[],
  entry: DrawEntry,
  current: readonly number[],
  load: ReadonlyMap<number, number>,
  loadCap: number,
  declared: readonly DeclaredConflict[],
): number | null {
  const candidate = panel
    .map((judge, position) => ({ judge, position }))
    .filter(({ judge }) => !current.includes(judge.id) && (load.get(judge.id) ?? 0) < loadCap && conflictOf(judge, entry, declared) === null)
    .sort((a, b) => (load.get(a.judge.id) ?? 0) - (load.get(b.judge.id) ?? 0) || a.position - b.position)[0];
  return candidate?.judge.id ?? null;
}
