/**
 * The 放得下、接得住、用得好 view of a zone subtree, computed from the catalogue and the case
 * months on every read: delegated (not withdrawn), taken up (承接 or running), used (cases in the
 * last N months) and slower than promised (the pooled average of the months' timed cases above
 * the promise), with the zero-use and slow delegations named and a monthly trend. And the
 * comparison of the catalogue on two days.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { AppError } from '../../kernel/errors.js';
import { cachedFigures } from '../../kernel/figures-cache.js';
import type { Viewer } from '../../kernel/viewer.js';
import { todayInChina } from '../../shared/partial-date.js';
import { DELEGATION_STATUSES, DELEGATION_TYPES, POWER_ITEM_TYPES, POWER_LEVELS } from '../../shared/powers.enums.js';
import { presentChange, presentPublicDelegation } from './powers-present.js';
import { changedBetween, changesById, listDelegations, visibleToViewer } from './powers.repo.js';
import type { CompareDto, StatsDto } from './powers.schema.js';

type Db = Kysely<Database>;
/** How many zero-use and slow delegations the view names (the totals count them all). */
const FLAGGED_SHOWN = 50;

/** 'YYYY-MM' moved by `delta` months. */
export function addMonths(month: string, delta: number): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (m - 1) + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** One named delegation of the view, as the database lists it (jsonb). */
type FlaggedRow = { id: number; item_name: string; item_code: string; zone_id: number; zone_name: string; zone_name_en: string | null; promised: number | null; is_sample: boolean; cases: number; average_days: number | null };

/** The first FLAGGED_SHOWN delegations of `named` with a flag, by zone and code, with their item and zone (SQL over the `named` CTE). */
const namedList = (flag: ReturnType<typeof sql>) => sql`(SELECT coalesce(jsonb_agg(x ORDER BY x.path, x.item_code, x.id), '[]'::jsonb) FROM (
    SELECT n.id, n.path, i.name AS item_name, i.code AS item_code, z.id AS zone_id, z.name AS zone_name, z.name_en AS zone_name_en, n.promised, n.is_sample, n.cases, n.average_days
    FROM named n JOIN power_items i ON i.id = n.item_id JOIN zones z ON z.id = n.zone_id
    WHERE n.${flag} ORDER BY n.path, n.code, n.id LIMIT ${FLAGGED_SHOWN}) x)`;

const flagged = (row: FlaggedRow) => ({
  id: Number(row.id), itemName: row.item_name, itemCode: row.item_code, zone: { id: Number(row.zone_id), name: row.zone_name, nameEn: row.zone_name_en },
  cases: Number(row.cases), averageDays: row.average_days === null ? null : Number(row.average_days), promisedLimitDays: row.promised, isSample: row.is_sample,
});

const zeroCounts = (keys: readonly string[]) => Object.fromEntries(keys.map((key) => [key, 0])) as Record<string, number>;

type StatsInput = { zonePath?: string; months: number; until?: string };

/**
 * The view as the routes serve it: kept with the data version it was computed at (every write to
 * the catalogue, the delegations or the case months raises it, migration 0030), so a province's
 * dashboard is computed once per change, not per reader. What a viewer sees depends on their
 * scope root alone (visibleToViewer), so that and the question make the key.
 */
export function cachedPowerStats(db: Db, viewer: Viewer, input: StatsInput): Promise<StatsDto> {
  const seer = viewer.kind === 'public' ? 'public' : (viewer.actor?.scopePath ?? 'none');
  const until = input.until ?? todayInChina().slice(0, 7);
  return cachedFigures(db, `powers-stats|${seer}|${input.zonePath ?? ''}|${input.months}|${until}`, () => powerStats(db, viewer, { ...input, until }));
}

export async function powerStats(db: Db, viewer: Viewer, input: StatsInput): Promise<StatsDto> {
  const lastMonth = input.until ?? todayInChina().slice(0, 7);
  const firstMonth = addMonths(lastMonth, -(input.months - 1));
  const inScope = (alias: string) => {
    let where = sql`${visibleToViewer(viewer)}`;
    if (input.zonePath) where = sql`${where} AND ${sql.ref(`${alias}.path`)} LIKE ${`${input.zonePath}%`}`;
    return where;
  };
  const groups = await sql<{ level: string; delegation_type: string; status: string; item_type: string; n: number }>`
    SELECT b.level, d.delegation_type, d.status, i.item_type, count(*)::int AS n
    FROM power_delegations d JOIN power_batches b ON b.id = d.batch_id JOIN power_items i ON i.id = d.item_id JOIN zones z ON z.id = d.zone_id
    WHERE ${inScope('z')} GROUP BY 1, 2, 3, 4`.execute(db);
  const byLevel = zeroCounts(POWER_LEVELS);
  const byType = zeroCounts(DELEGATION_TYPES);
  const byStatus = zeroCounts(DELEGATION_STATUSES);
  const byItemType = zeroCounts(POWER_ITEM_TYPES);
  for (const g of groups.rows) {
    byStatus[g.status]! += g.n;
    if (g.status === 'revoked') continue;
    byLevel[g.level]! += g.n;
    byType[g.delegation_type]! += g.n;
    byItemType[g.item_type]! += g.n;
  }
  // Per taken-up delegation: its cases in the window and the pooled working days of its timed
  // ones, reduced in the database to the counts and the first named of each flag, so a province of
  // tens of thousands of delegations never travels to the app.
  const use = await sql<{
    total: number; zero_total: number; slow_total: number; zero_items: FlaggedRow[]; slow_items: FlaggedRow[];
    cases: number; timed: number; days: number; with_promise: number; compression: string | null;
  }>`
    WITH use AS (
      SELECT d.id, d.item_id, d.zone_id, z.path, i.code, d.promised_limit_days AS promised, i.legal_limit_days AS legal, d.is_sample,
        coalesce(sum(m.case_count), 0)::int AS cases, coalesce(sum(m.timed_count), 0)::int AS timed, coalesce(sum(m.timed_days), 0)::int AS days
      FROM power_delegations d JOIN power_items i ON i.id = d.item_id JOIN zones z ON z.id = d.zone_id
      LEFT JOIN power_case_months m ON m.delegation_id = d.id AND m.month BETWEEN ${firstMonth} AND ${lastMonth}
      WHERE ${inScope('z')} AND d.status IN ('taken_up', 'in_operation')
      GROUP BY d.id, i.id, z.path),
    flagged AS (
      SELECT u.*, CASE WHEN u.timed > 0 THEN round(u.days::numeric / u.timed, 1) END AS average_days FROM use u),
    named AS (
      SELECT f.*, f.cases = 0 AS zero, coalesce(f.average_days > f.promised, false) AS slow FROM flagged f)
    SELECT count(*)::int AS total, count(*) FILTER (WHERE zero)::int AS zero_total, count(*) FILTER (WHERE slow)::int AS slow_total,
      ${namedList(sql`zero`)} AS zero_items, ${namedList(sql`slow`)} AS slow_items,
      coalesce(sum(cases), 0)::int AS cases, coalesce(sum(timed), 0)::int AS timed, coalesce(sum(days), 0)::int AS days,
      count(*) FILTER (WHERE promised IS NOT NULL)::int AS with_promise,
      round(avg((legal - promised)::numeric / legal) FILTER (WHERE legal > 0 AND promised IS NOT NULL), 4)::text AS compression
    FROM named`.execute(db);
  const counts = use.rows[0]!;
  const zeroUse = { total: Number(counts.zero_total), items: counts.zero_items.map(flagged) };
  const slow = { total: Number(counts.slow_total), items: counts.slow_items.map(flagged) };
  const trendRows = await sql<{ month: string; cases: number; used: number }>`
    SELECT m.month, sum(m.case_count)::int AS cases, count(DISTINCT m.delegation_id) FILTER (WHERE m.case_count > 0)::int AS used
    FROM power_case_months m JOIN power_delegations d ON d.id = m.delegation_id JOIN zones z ON z.id = d.zone_id
    WHERE ${inScope('z')} AND m.month BETWEEN ${firstMonth} AND ${lastMonth} GROUP BY m.month`.execute(db);
  const byMonth = new Map(trendRows.rows.map((row) => [row.month, row]));
  const trend = Array.from({ length: input.months }, (_, k) => {
    const month = addMonths(firstMonth, k);
    return { month, cases: Number(byMonth.get(month)?.cases ?? 0), itemsUsed: Number(byMonth.get(month)?.used ?? 0) };
  });
  return {
    months: input.months, firstMonth, lastMonth, byLevel, byType, byStatus, byItemType,
    delegated: Object.values(byLevel).reduce((a, b) => a + b, 0),
    takenUp: byStatus.taken_up! + byStatus.in_operation!,
    used: Number(counts.total) - zeroUse.total,
    slow: slow.total,
    zeroUse,
    slowItems: slow,
    processingTime: {
      cases: Number(counts.cases),
      timedCases: Number(counts.timed),
      averageDays: Number(counts.timed) > 0 ? Math.round((Number(counts.days) / Number(counts.timed)) * 10) / 10 : null,
      withPromise: Number(counts.with_promise),
      averageCompressionRate: counts.compression === null ? null : Number(counts.compression),
    },
    trend,
  };
}

/** What changed in the catalogue from the end of `from` to the end of `to`: added, changed (new terms), withdrawn. */
export async function compareCatalogue(db: Db, viewer: Viewer, input: { from: string; to: string; zonePath?: string }): Promise<CompareDto> {
  if (input.from > input.to) throw new AppError('POWER_RANGE_ORDER');
  const differing = await changedBetween(db, viewer, input);
  const changeIds = differing.flatMap((row) => [row.fromChange, row.toChange]).filter((id): id is number => id !== null);
  const [changes, { rows }] = await Promise.all([changesById(db, changeIds), listDelegations(db, viewer, { ids: differing.map((row) => row.id) })]);
  const changeById = new Map(changes.map((change) => [change.id, change]));
  const delegationById = new Map(rows.map((row) => [row.id, row]));
  const answer: CompareDto = { from: input.from, to: input.to, added: [], changed: [], withdrawn: [] };
  for (const row of differing) {
    const before = row.fromChange === null ? null : changeById.get(row.fromChange)!;
    const after = row.toChange === null ? null : changeById.get(row.toChange)!;
    const wasIn = before !== null && before.action !== 'withdraw';
    const isIn = after !== null && after.action !== 'withdraw';
    const entry = { delegation: presentPublicDelegation(delegationById.get(row.id)!), before: before && presentChange(before), after: after && presentChange(after) };
    if (!wasIn && isIn) answer.added.push(entry);
    else if (wasIn && !isIn) answer.withdrawn.push(entry);
    else if (wasIn && isIn) answer.changed.push(entry);
  }
  return answer;
}
