/**
 * 重建搜索索引 as a job: every document of every registered search kind (innovations, platforms,
 * and whatever registers next) rewritten from its records, and documents whose record is gone
 * removed (rebuild-index.ts). Searches keep answering meanwhile: each page of records is its own
 * transaction and reads its records FOR SHARE, so an edit committing at the same time is never
 * overwritten by an older text.
 */
import { z } from 'zod';
import { isProvinceAdmin } from '../../kernel/actor.js';
import { defineJobKind } from '../../kernel/jobs.js';
import { rebuildSearchIndex } from './rebuild-index.js';
import { searchKinds } from './search-kinds.js';

export const reindexSearchJob = defineJobKind({
  name: 'search.reindex',
  label: { zh: '重建搜索索引', en: 'Rebuild the search index' },
  input: z.strictObject({}),
  messages: {
    indexing: { zh: '已重建 {done}/{total} 条记录的索引', en: 'Indexed {done} of {total} records' },
    finished: { zh: '索引已重建：{indexed} 条记录，移除 {removed} 条过时记录', en: 'Index rebuilt: {indexed} records, {removed} stale documents removed' },
  },
  // The whole index serves every zone: the province office's maintenance.
  mayStart: isProvinceAdmin,
  dedupeKey: () => 'all',
  retry: { attempts: 3, initialDelayMs: 5_000, maxDelayMs: 60_000 },
  timeoutSeconds: 3600,
  async run(_input, job) {
    const { db } = job;
    const kinds = searchKinds();
    // One bar over all kinds: the totals first, then each kind's pages add to what is done.
    const totals = new Map<string, number>();
    for (const kind of kinds) totals.set(kind.entityType, await kind.count(db));
    const doneBy = new Map<string, number>();
    const sum = (values: Iterable<number>) => [...values].reduce((a, b) => a + b, 0);
    await job.reportProgress(0, sum(totals.values()), 'indexing', { done: 0, total: sum(totals.values()) });
    const summary = await rebuildSearchIndex(
      db,
      async ({ entityType, done, total }) => {
        doneBy.set(entityType, done);
        // Records added meanwhile are indexed too, so a kind may pass its first count.
        totals.set(entityType, Math.max(totals.get(entityType) ?? 0, total));
        const [doneAll, totalAll] = [sum(doneBy.values()), sum(totals.values())];
        await job.reportProgress(doneAll, totalAll, 'indexing', { done: doneAll, total: totalAll });
      },
      kinds,
    );
    const indexed = sum(summary.map((kind) => kind.documents));
    const removed = sum(summary.map((kind) => kind.removed));
    const total = Math.max(indexed, sum(totals.values()));
    await job.reportProgress(total, total, 'finished', { indexed, removed });
    return { indexed, removed };
  },
});
