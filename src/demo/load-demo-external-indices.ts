/**
 * External indices as published (data/demo/external-indices.json, from
 * shared/data/sysu_ftz_institutional_innovation_index.csv): 中山大学's 制度创新指数 by edition and
 * level, each row with the publication it is read from; how a rank was read stays an internal note.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Qualifier } from '../shared/indicators.enums.js';

type DemoIndex = {
  code: string;
  nameZh: string;
  nameEn: string;
  publisherZh: string;
  publisherEn: string;
  entries: {
    edition: string;
    level: string;
    rank: number | null;
    name: string;
    score: string | null;
    scoreQualifier: Qualifier | null;
    evaluated: number | null;
    averageScore: string | null;
    source: { publication: string; date: string | null; url: string | null };
    internalNote: string | null;
  }[];
};

export async function loadDemoExternalIndices(trx: Transaction<Database>, dir: string) {
  const file = join(dir, 'external-indices.json');
  if (!existsSync(file)) return { externalIndexEntries: 0 };
  const { indices } = JSON.parse(readFileSync(file, 'utf8')) as { indices: DemoIndex[] };
  let entries = 0;
  for (const index of indices) {
    const { id } = await trx
      .insertInto('external_indices')
      .values({ code: index.code, name_zh: index.nameZh, name_en: index.nameEn, publisher_zh: index.publisherZh, publisher_en: index.publisherEn })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('external_index_entries')
      .values(
        index.entries.map((entry) => ({
          index_id: id,
          edition: entry.edition,
          level: entry.level,
          rank: entry.rank,
          name: entry.name,
          score: entry.score,
          score_qualifier: entry.scoreQualifier,
          evaluated: entry.evaluated,
          average_score: entry.averageScore,
          source_publication: entry.source.publication,
          source_date: entry.source.date,
          source_url: entry.source.url,
          internal_note: entry.internalNote,
        })),
      )
      .execute();
    entries += index.entries.length;
  }
  return { externalIndexEntries: entries };
}
