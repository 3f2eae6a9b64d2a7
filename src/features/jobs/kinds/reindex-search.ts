/**
 * 重建搜索索引: rebuilds every innovation's search document from the record and drops documents
 * whose innovation is gone. It lives here because it joins two features (innovations' documents,
 * search's index) and neither may import the other this way round.
 *
 * Each batch reads its innovations FOR SHARE and writes their documents in the same transaction:
 * an edit committing meanwhile waits for the batch (or the batch for it), so the index never ends
 * up holding an older text than the record.
 */
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../../db/schema.js';
import { isProvinceAdmin } from '../../../kernel/actor.js';
import { defineJobKind } from '../../../kernel/jobs.js';
import { INNOVATION_ENTITY, toSearchDocument } from '../../innovations/innovation-search.js';
import { indexDocuments, removeDocument, withBulkIndexing } from '../../search/search-index.js';

/** Innovations per batch: one transaction, one progress report. */
export const REINDEX_BATCH_SIZE = 100;

async function countInnovations(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('innovations').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Indexes the next batch after `afterId`; returns the last id done and how many, 0 at the end. */
async function indexBatch(db: Kysely<Database>, afterId: number): Promise<{ lastId: number; count: number }> {
  return db.transaction().execute(async (trx) => {
    const rows = await trx
      .selectFrom('innovations as i')
      .innerJoin('zones as z', 'z.id', 'i.zone_id')
      .selectAll('i')
      .select('z.path as zone_path')
      .where('i.id', '>', afterId)
      .orderBy('i.id')
      .limit(REINDEX_BATCH_SIZE)
      .forShare('i')
      .execute();
    await indexDocuments(trx, rows.map((row) => toSearchDocument(row, row.zone_path)));
    return { lastId: rows.at(-1)?.id ?? afterId, count: rows.length };
  });
}

/** Documents of innovations that no longer exist. */
async function staleDocumentIds(db: Kysely<Database>): Promise<number[]> {
  const { rows } = await sql<{ id: number }>`
    SELECT d.entity_id AS id FROM search_documents d
    WHERE d.entity_type = ${INNOVATION_ENTITY} AND NOT EXISTS (SELECT 1 FROM innovations i WHERE i.id = d.entity_id)
    ORDER BY 1`.execute(db);
  return rows.map((row) => Number(row.id));
}

export const reindexSearchJob = defineJobKind({
  name: 'search.reindex',
  label: { zh: '重建搜索索引', en: 'Rebuild the search index' },
  input: z.strictObject({}),
  messages: {
    indexing: { zh: '已重建 {done}/{total} 项成果的索引', en: 'Indexed {done} of {total} innovations' },
    removing: { zh: '正在移除 {count} 条已删除成果的索引', en: 'Removing {count} documents of deleted innovations' },
    finished: { zh: '索引已重建：{indexed} 项成果，移除 {removed} 条过时记录', en: 'Index rebuilt: {indexed} innovations, {removed} stale documents removed' },
  },
  // The whole index serves every zone: the province office's maintenance.
  mayStart: isProvinceAdmin,
  dedupeKey: () => 'all',
  retry: { attempts: 3, initialDelayMs: 5_000, maxDelayMs: 60_000 },
  timeoutSeconds: 3600,
  async run(_input, job) {
    const { db } = job;
    const total = await countInnovations(db);
    await job.reportProgress(0, total, 'indexing', { done: 0, total });
    let indexed = 0;
    let removed = 0;
    await withBulkIndexing(db, async () => {
      for (let afterId = 0; ; ) {
        const batch = await indexBatch(db, afterId);
        if (batch.count === 0) break;
        afterId = batch.lastId;
        indexed += batch.count;
        // Records added meanwhile are indexed too, so the count may pass the first total.
        const of = Math.max(total, indexed);
        await job.reportProgress(indexed, of, 'indexing', { done: indexed, total: of });
      }
      const stale = await staleDocumentIds(db);
      if (stale.length > 0) await job.reportProgress(indexed, Math.max(total, indexed), 'removing', { count: stale.length });
      for (const id of stale) await removeDocument(db, INNOVATION_ENTITY, id);
      removed = stale.length;
    });
    await job.reportProgress(indexed, Math.max(total, indexed), 'finished', { indexed, removed });
    return { indexed, removed };
  },
});
