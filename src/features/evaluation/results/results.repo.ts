/**
 * Storage of a stage's results: the record (one per stage, keyed by the stage's id), its ranked
 * entries, and the objections. Entries are written in one statement from arrays (`unnest`), so
 * persisting 10k entries is one round trip on either engine.
 */
import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { Database, StageResultEntriesTable } from '../../../db/schema.js';
import type { AggregationMethod, EntryStatus } from '../../../shared/evaluation.enums.js';
import type { EntryResult } from './compute-results.js';

type Db = Kysely<Database>;

export type ResultsRecordInput = { stageId: number; method: AggregationMethod; tieBreak: number[]; judgeCount: number; sheetCount: number; alpha: number | null; userId: number };

/** Locks the stage's results record, if there is one (recompute and the steps serialise on it). */
export function lockResults(trx: Transaction<Database>, stageId: number) {
  return trx.selectFrom('stage_results').selectAll().where('id', '=', stageId).forUpdate().executeTakeFirst();
}

/** Writes pending results: the record created or replaced, its entries replaced whole. The caller has checked the record is pending. */
export async function writePendingResults(trx: Transaction<Database>, record: ResultsRecordInput, entryIds: ArrayLike<number>, results: readonly EntryResult[]) {
  const values = {
    id: record.stageId,
    status: 'pending' as const,
    method: record.method,
    tie_break: record.tieBreak,
    computed_at: new Date(),
    computed_by: record.userId,
    judge_count: record.judgeCount,
    sheet_count: record.sheetCount,
    alpha: record.alpha,
    updated_at: new Date(),
  };
  const { id: _id, status: _status, ...update } = values;
  const row = await trx.insertInto('stage_results').values(values).onConflict((oc) => oc.column('id').doUpdateSet(update)).returningAll().executeTakeFirstOrThrow();
  await trx.deleteFrom('stage_result_entries').where('results_id', '=', record.stageId).execute();
  if (results.length > 0) {
    const column = <T>(pick: (r: EntryResult) => T) => results.map(pick);
    await sql`
      INSERT INTO stage_result_entries (results_id, entry_id, value, display_value, rank, judges, advancing, award, sd, spread, best_rank, worst_rank, single_judge)
      SELECT ${record.stageId}, * FROM unnest(
        ${column((r) => entryIds[r.index]!)}::int[], ${column((r) => r.value)}::float8[], ${column((r) => r.displayValue)}::float8[],
        ${column((r) => r.rank)}::int[], ${column((r) => r.judges)}::int[], ${column((r) => r.advancing)}::boolean[], ${column((r) => r.award)}::text[],
        ${column((r) => r.sd)}::float8[], ${column((r) => r.range)}::float8[], ${column((r) => r.bestRank)}::int[], ${column((r) => r.worstRank)}::int[],
        ${column((r) => r.singleJudge)}::boolean[])`.execute(trx);
  }
  return row;
}

export type ResultEntryRow = Omit<Selectable<StageResultEntriesTable>, 'results_id' | 'prior_status'> & {
  category_id: number | null;
  entry_status: EntryStatus;
  /** The entry's public name: company and project, or the innovation's title and zone. */
  company_name: string | null;
  project_name: string | null;
  innovation_name: string | null;
  zone_name: string | null;
  is_sample: boolean;
};

/** The ranked entries of a stage's results, best first, with the names the answers show. */
export function listResultEntries(db: Db, stageId: number): Promise<ResultEntryRow[]> {
  return db
    .selectFrom('stage_result_entries as r')
    .innerJoin('campaign_entries as e', 'e.id', 'r.entry_id')
    .leftJoin('innovations as i', 'i.id', 'e.innovation_id')
    .leftJoin('zones as z', 'z.id', 'i.zone_id')
    .select([
      'r.entry_id', 'r.value', 'r.display_value', 'r.rank', 'r.judges', 'r.advancing', 'r.award', 'r.sd', 'r.spread', 'r.best_rank', 'r.worst_rank', 'r.single_judge',
      'e.category_id', 'e.status as entry_status', 'e.company_name', 'e.project_name', 'e.is_sample', 'i.name as innovation_name', 'z.name as zone_name',
    ])
    .where('r.results_id', '=', stageId)
    .orderBy('r.rank')
    .execute();
}

export function findResults(db: Db, stageId: number) {
  return db.selectFrom('stage_results').selectAll().where('id', '=', stageId).executeTakeFirst();
}

export function listObjections(db: Db, stageId: number) {
  return db.selectFrom('result_objections').selectAll().where('results_id', '=', stageId).orderBy('id').execute();
}

/** The public names of entries, by id (for the computed views). */
export async function entryNames(db: Db, ids: readonly number[]) {
  if (ids.length === 0) return new Map<number, { company_name: string | null; project_name: string | null; innovation_name: string | null; zone_name: string | null; is_sample: boolean; category_id: number | null }>();
  const rows = await db
    .selectFrom('campaign_entries as e')
    .leftJoin('innovations as i', 'i.id', 'e.innovation_id')
    .leftJoin('zones as z', 'z.id', 'i.zone_id')
    .select(['e.id', 'e.category_id', 'e.company_name', 'e.project_name', 'e.is_sample', 'i.name as innovation_name', 'z.name as zone_name'])
    .where('e.id', '=', sql<number>`ANY(${ids}::int[])`)
    .execute();
  return new Map(rows.map(({ id, ...row }) => [id, row]));
}
