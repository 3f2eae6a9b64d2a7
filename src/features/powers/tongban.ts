/**
 * 通办 (川渝通办 and others): a zone's cross-region items with their batch and document, mode,
 * partner region, monthly cases and, where it has one, the item's catalogue entry. Staff see
 * their zone subtree with the working notes; the public every zone's, without them.
 */
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/schema.js';
import { pageWithTotal } from '../../db/page-with-total.js';
import type { Viewer } from '../../kernel/viewer.js';
import { TONGBAN_MODES } from '../../shared/powers.enums.js';
import { LIMITS } from '../../shared/limits.js';
import { idText, pageQuery, plainText } from '../../shared/schemas.js';
import { likePattern, visibleToViewer } from './powers.repo.js';

const PublicTongbanBatchDto = z.object({
  id: z.number(),
  programme: z.string(),
  batchNo: z.number(),
  document: z.string().nullable(),
  issuedOn: z.string().nullable(),
  targetDate: z.string().nullable(),
  source: z.string().nullable(),
  /** The batch's items in the zones asked about, counted from the list. */
  items: z.number(),
  cases: z.number(),
});
const PublicTongbanItemDto = z.object({
  id: z.number(),
  name: z.string(),
  mode: z.enum(TONGBAN_MODES).nullable(),
  partnerRegion: z.string(),
  batchId: z.number(),
  zone: z.object({ id: z.number(), name: z.string(), nameEn: z.string().nullable() }),
  catalogueItem: z.object({ id: z.number(), code: z.string(), name: z.string() }).nullable(),
  cases: z.number(),
  months: z.array(z.object({ month: z.string(), cases: z.number() })),
  isSample: z.boolean(),
  source: z.string().nullable(),
});
const TongbanQuery = z.strictObject({ zone: idText.optional(), q: plainText(LIMITS.searchQueryMax).optional(), ...pageQuery });
const answer = <I extends z.ZodType, B extends z.ZodType>(item: I, batch: B) => z.object({ items: z.array(item), total: z.number(), batches: z.array(batch), cases: z.number() });
export const ListTongbanSchema = {
  querystring: TongbanQuery,
  response: { 200: answer(PublicTongbanItemDto.extend({ internalNote: z.string().nullable() }), PublicTongbanBatchDto.extend({ internalNote: z.string().nullable() })) },
};
export const PublicListTongbanSchema = { querystring: TongbanQuery, response: { 200: answer(PublicTongbanItemDto, PublicTongbanBatchDto) } };
type Query = z.infer<typeof TongbanQuery>;

/** With the working notes: the public route leaves them out. */
export async function listTongban(db: Kysely<Database>, viewer: Viewer, input: Omit<Query, 'zone'> & { zonePath?: string }) {
  let query = db.selectFrom('tongban_items as t').innerJoin('zones as z', 'z.id', 't.zone_id').leftJoin('power_items as i', 'i.id', 't.item_id').where(visibleToViewer(viewer));
  if (input.zonePath) query = query.where('z.path', 'like', `${input.zonePath}%`);
  const q = input.q?.trim();
  if (q) query = query.where('t.name', 'ilike', likePattern(q));
  const { rows, total } = await pageWithTotal(
    query,
    (filtered) =>
      filtered
        .select(['t.id', 't.name', 't.mode', 't.partner_region', 't.batch_id', 't.is_sample', 't.source', 't.internal_note', 'z.id as zone_id', 'z.name as zone_name', 'z.name_en as zone_name_en', 'i.id as item_id', 'i.code as item_code', 'i.name as item_name'])
        .orderBy('t.batch_id').orderBy('t.id'),
    { limit: input.pageSize, offset: (input.page - 1) * input.pageSize },
  );
  const ids = rows.map((row) => row.id);
  const months = ids.length === 0 ? [] : await db.selectFrom('tongban_case_months').select(['tongban_item_id', 'month', 'case_count']).where('tongban_item_id', 'in', ids).orderBy('month').execute();
  // Per batch over every item in scope (not only this page): how many items and cases.
  const [counts, caseSums] = await Promise.all([
    query.select(['t.batch_id', sql<number>`count(*)::int`.as('n')]).groupBy('t.batch_id').execute(),
    query.innerJoin('tongban_case_months as m', 'm.tongban_item_id', 't.id').select(['t.batch_id', sql<number>`sum(m.case_count)::int`.as('n')]).groupBy('t.batch_id').execute(),
  ]);
  const casesOf = new Map(caseSums.map((row) => [row.batch_id, Number(row.n)]));
  const batchRows = counts.length === 0 ? [] : await db.selectFrom('tongban_batches').selectAll().where('id', 'in', counts.map((row) => row.batch_id)).orderBy('programme').orderBy('batch_no').execute();
  const countOf = new Map(counts.map((row) => [row.batch_id, Number(row.n)]));
  const items = rows.map((row) => {
    const own = months.filter((m) => m.tongban_item_id === row.id);
    return {
      id: row.id, name: row.name, mode: row.mode, partnerRegion: row.partner_region, batchId: row.batch_id,
      zone: { id: row.zone_id, name: row.zone_name, nameEn: row.zone_name_en },
      catalogueItem: row.item_id === null ? null : { id: row.item_id, code: row.item_code!, name: row.item_name! },
      cases: own.reduce((sum, m) => sum + m.case_count, 0), months: own.map((m) => ({ month: m.month, cases: m.case_count })),
      isSample: row.is_sample, source: row.source, internalNote: row.internal_note,
    };
  });
  const batches = batchRows.map((b) => ({
    id: b.id, programme: b.programme, batchNo: b.batch_no, document: b.document, issuedOn: b.issued_on, targetDate: b.target_date, source: b.source,
    items: countOf.get(b.id) ?? 0, cases: casesOf.get(b.id) ?? 0, internalNote: b.internal_note,
  }));
  return { items, total, batches, cases: batches.reduce((sum, b) => sum + b.cases, 0) };
}
