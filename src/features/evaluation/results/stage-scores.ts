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

/** The distinct entry ids of the parsed sheets (every `width`-th number), ascending. */
function distinctSorted(flat: Float64Array, sheets: number, width: number): Int32Array {
  const ids = new Int32Array(sheets);
  for (let i = 0; i < sheets; i++) ids[i] = flat[i * width]!;
  ids.sort();
  let n = 0;
  for (let i = 0; i < sheets; i++) if (i === 0 || ids[i] !== ids[i - 1]) ids[n++] = ids[i]!;
  return ids.slice(0, n);
}

/** id → dense index: a table over the id range when the ids are close together (a campaign's usually are), a Map otherwise. */
function denseIndex(sortedIds: Int32Array): (id: number) => number {
  if (sortedIds.length === 0) return () => -1;
  const low = sortedIds[0]!;
  const span = sortedIds[sortedIds.length - 1]! - low + 1;
  if (span <= 4 * sortedIds.length + 1024) {
    const table = new Int32Array(span);
    sortedIds.forEach((id, index) => (table[id - low] = index));
    return (id) => table[id - low]!;
  }
  const map = new Map<number, number>();
  sortedIds.forEach((id, index) => map.set(id, index));
  return (id) => map.get(id)!;
}

/**
 * Parses a string of comma-separated numbers into `into` from `offset`. Digits with an optional
 * fraction are read straight from the character codes (the packed string holds millions of them,
 * and slicing each one out for `Number` cost a third of the read); anything else — a sign, an
 * exponent, 'NaN' — goes to `Number`. m / 10^k is one correctly rounded division of two exact
 * doubles, so the value is the same double `Number` gives.
 */
function parseNumbers(text: string, into: Float64Array, offset: number): number {
  let at = offset;
  let start = 0;
  let mantissa = 0;
  let scale = 1;
  let digits = 0;
  let fraction = false;
  let plain = true;
  for (let i = 0; i <= text.length; i++) {
    const code = i === text.length ? 44 : text.charCodeAt(i);
    if (code === 44) {
      into[at++] = plain && digits > 0 && digits <= 15 ? mantissa / scale : Number(text.slice(start, i));
      start = i + 1;
      mantissa = 0;
      scale = 1;
      digits = 0;
      fraction = false;
      plain = true;
    } else if (code >= 48 && code <= 57) {
      mantissa = mantissa * 10 + (code - 48);
      digits += 1;
      if (fraction) scale *= 10;
    } else if (code === 46 && !fraction) {
      fraction = true;
    } else {
      plain = false;
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
  // Two halves of the judges, read at once: on PostgreSQL each runs in its own backend (the
  // aggregate is most of the read and PostgreSQL 15 does not parallelise string_agg); PGlite has
  // one connection and runs them one after the other, at no cost. The rows are put back in
  // judge order, so the halves change nothing downstream.
  const half = (parity: number) =>
    db.transaction().execute(async (trx) => {
      // A judge's packed string grows to hundreds of kB: with the default work_mem (4 MB) the hash
      // aggregate spills to disk, which costs PostgreSQL as much as the rest of the read.
      await sql`SET LOCAL work_mem = '64MB'`.execute(trx);
      const { rows } = await sql<{ expert_id: number; n: number; packed: string }>`
        SELECT sh.expert_id, count(*)::int AS n, string_agg(${perSheet}, ',') AS packed
        FROM score_sheets sh
        WHERE sh.stage_id = ${stage.id} AND sh.status = 'submitted' AND sh.expert_id % 2 = ${parity}
        GROUP BY sh.expert_id`.execute(trx);
      return rows;
    });
  const rows = (await Promise.all([half(0), half(1)])).flat().sort((a, b) => a.expert_id - b.expert_id);

  const width = criterionIds.length + 1;
  const criteria = width - 1;
  const total = rows.reduce((sum, row) => sum + row.n, 0);
  const flat = new Float64Array(total * width);
  let offset = 0;
  for (const row of rows) {
    const read = parseNumbers(row.packed, flat, offset);
    if (read !== row.n * width) throw new Error(`stage ${stage.id}: judge ${row.expert_id}'s sheets did not parse`);
    offset += read;
  }
  const entryIds = distinctSorted(flat, total, width);
  const indexOf = denseIndex(entryIds);

  const sheetEntry = new Int32Array(total);
  const sheetJudge = new Int32Array(total);
  const scores = new Float64Array(total * criteria);
  let i = 0;
  rows.forEach((row, judge) => {
    for (let k = 0; k < row.n; k++, i++) {
      const base = i * width;
      sheetEntry[i] = indexOf(flat[base]!);
      sheetJudge[i] = judge;
      for (let c = 0; c < criteria; c++) scores[i * criteria + c] = flat[base + 1 + c]!;
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
