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

const zeroCounts = (keys: readonly string[]) => Object.fromEntries(keys.map((key) => [key, 0])) as Record<string, number>;

export async function powerStats(db: Db, viewer: Viewer, input: { zonePath?: string; months: number; until?: string }): Promise<StatsDto> {
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
  // Per taken-up delegation: its cases in the window and the pooled working days of the timed ones.
  const use = await sql<{ id: number; item_name: string; item_code: string; zone_id: number; zone_name: string; zone_name_en: string | null; promised: number | null; is_sample: boolean; cases: number; timed: number; days: number }>`
    SELECT d.id, i.name AS item_name, i.code AS item_code, z.id AS zone_id, z.name AS zone_name, z.name_en AS zone_name_en, d.promised_limit_days AS promised, d.is_sample,
      coalesce(sum(m.case_count), 0)::int AS cases,
      coalesce(sum(jsonb_array_length(m.durations)), 0)::int AS timed,
      coalesce(sum((SELECT sum(v::int) FROM jsonb_array_elements_text(m.durations) v)), 0)::int AS days
    FROM power_delegations d JOIN power_items i ON i.id = d.item_id JOIN zones z ON z.id = d.zone_id
    LEFT JOIN power_case_months m ON m.delegation_id = d.id AND m.month BETWEEN ${firstMonth} AND ${lastMonth}
    WHERE ${inScope('z')} AND d.status IN ('taken_up', 'in_operation')
    GROUP BY d.id, i.name, i.code, z.id, z.name, z.name_en, z.path, d.promised_limit_days, d.is_sample
    ORDER BY z.path, i.code, d.id`.execute(db);
  const flagged = (row: (typeof use.rows)[number]) => ({
    id: Number(row.id), itemName: row.item_name, itemCode: row.item_code, zone: { id: Number(row.zone_id), name: row.zone_name, nameEn: row.zone_name_en },
    cases: Number(row.cases), averageDays: row.timed > 0 ? Math.round((row.days / row.timed) * 10) / 10 : null, promisedLimitDays: row.promised, isSample: row.is_sample,
  });
  const all = use.rows.map(flagged);
  const zeroUse = all.filter((row) => row.cases === 0);
  const slow = all.filter((row) => row.promisedLimitDays !== null && row.averageDays !== null && row.averageDays > row.promisedLimitDays);
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
    used: all.length - zeroUse.length,
    slow: slow.length,
    zeroUse: { total: zeroUse.length, items: zeroUse.slice(0, FLAGGED_SHOWN) },
    slowItems: { total: slow.length, items: slow.slice(0, FLAGGED_SHOWN) },
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
