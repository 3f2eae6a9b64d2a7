/**
 * A closed stage's submitted score sheets as the kernel's score matrix, read in SQL as packed
 * text: one row per judge holding that judge's entries and scores as one comma-separated string
 * (50 rows for 10k entries × 50 judges), never one row per sheet or per score — PGlite hands every
 * row through JavaScript, and 2.5 million scores one by one would take longer than the whole
 * computation. Entries and judges are given dense indexes in id order; the sheets may come in any
 * order (the matrix puts them in its own), so the aggregate sorts nothing.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../db/schema.js';
import type { EntryStatus } from '../../../shared/evaluation.enums.js';
import { scoreMatrixFromColumns, type ScoreMatrix } from '../aggregation/score-matrix.js';
import type { StageRow } from '../campaigns.repo.js';

export type StageEntry = { id: number; categoryId: number | null; status: EntryStatus };

export type StageScores = {
  matrix: ScoreMatrix;
  /** By dense index. */
  entries: StageEntry[];
  entryIds: Int32Array;
  expertIds: Int32Array;
  criterionIds: number[];
  /** The weighted totals' range: Σ weight × the criterion's scale (where z values are shown). */
  scale: { min: number; max: number };
};

/** Parses a string of comma-separated numbers into `into` from `offset` (faster than split + Number at this size). */
function parseNumbers(text: string, into: Float64Array, offset: number): number {
  let at = offset;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 44) {
      into[at++] = Number(text.slice(start, i));
      start = i + 1;
    }
  }
  return at - offset;
}

export async function readStageScores(db: Kysely<Database>, stage: StageRow): Promise<StageScores> {
  const criterionIds = stage.criteria.map((c) => c.id);
  const weights = stage.criteria.map((c) => Number(c.weight));
  const scale = {
    min: stage.criteria.reduce((sum, c) => sum + Number(c.weight) * Number(c.scale_min), 0),
    max: stage.criteria.reduce((sum, c) => sum + Number(c.weight) * Number(c.scale_max), 0),
  };
  // Per sheet "entry,score1,…,scoreK"; a missing score (a submitted sheet scores every criterion) reads as NaN and is refused below.
  const perSheet = sql.join([sql`sh.entry_id::text`, ...criterionIds.map((id) => sql`coalesce(sh.scores ->> ${String(id)}, 'NaN')`)], sql` || ',' || `);
  const { rows } = await db.transaction().execute(async (trx) => {
    // A judge's packed string grows to hundreds of kB: with the default work_mem (4 MB) the hash
    // aggregate spills to disk, which costs PostgreSQL as much as the rest of the read.
    await sql`SET LOCAL work_mem = '64MB'`.execute(trx);
    return sql<{ expert_id: number; n: number; packed: string }>`
    SELECT sh.expert_id, count(*)::int AS n, string_agg(${perSheet}, ',') AS packed
    FROM score_sheets sh
    WHERE sh.stage_id = ${stage.id} AND sh.status = 'submitted'
    GROUP BY sh.expert_id ORDER BY sh.expert_id`.execute(trx);
  });

  const width = criterionIds.length + 1;
  const total = rows.reduce((sum, row) => sum + row.n, 0);
  const flat = new Float64Array(total * width);
  let offset = 0;
  for (const row of rows) {
    const read = parseNumbers(row.packed, flat, offset);
    if (read !== row.n * width) throw new Error(`stage ${stage.id}: judge ${row.expert_id}'s sheets did not parse`);
    offset += read;
  }
  const entryIdSet = new Set<number>();
  for (let i = 0; i < total; i++) entryIdSet.add(flat[i * width]!);
  const entryIds = Int32Array.from([...entryIdSet].sort((a, b) => a - b));
  const entryIndex = new Map<number, number>();
  entryIds.forEach((id, index) => entryIndex.set(id, index));

  const sheetEntry = new Int32Array(total);
  const sheetJudge = new Int32Array(total);
  const scores = new Float64Array(total * (width - 1));
  let i = 0;
  rows.forEach((row, judge) => {
    for (let k = 0; k < row.n; k++, i++) {
      const base = i * width;
      sheetEntry[i] = entryIndex.get(flat[base]!)!;
      sheetJudge[i] = judge;
      scores.set(flat.subarray(base + 1, base + width), i * (width - 1));
    }
  });
  const matrix = scoreMatrixFromColumns({ entryCount: entryIds.length, judgeCount: rows.length, weights, sheetEntry, sheetJudge, scores });
  const entryRows = entryIds.length === 0 ? [] : await db
    .selectFrom('campaign_entries')
    .select(['id', 'category_id', 'status'])
    .where('id', '=', sql<number>`ANY(${Array.from(entryIds)}::int[])`)
    .execute();
  const byId = new Map(entryRows.map((row) => [row.id, row]));
  const entries = Array.from(entryIds, (id) => ({ id, categoryId: byId.get(id)!.category_id, status: byId.get(id)!.status }));
  return { matrix, entries, entryIds, expertIds: Int32Array.from(rows.map((row) => row.expert_id)), criterionIds, scale };
}
