/**
 * Where stored value versions come from, as a reader cites them: for the figures another feature
 * freezes (a bulletin's provenance lists every input with its source). By version id, whatever the
 * version's standing now: a frozen figure names the version it was computed from. No internal note.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

export type ValueCitation = { id: number; zoneId: number; zoneName: string; period: string; source: string; sourceSentence: string | null; isSample: boolean };

export async function valueCitations(db: Kysely<Database>, ids: readonly number[]): Promise<Map<number, ValueCitation>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('indicator_values as v')
    .innerJoin('zones as z', 'z.id', 'v.zone_id')
    .select(['v.id', 'v.zone_id', 'z.name as zone_name', 'v.period', 'v.source', 'v.source_sentence', 'v.is_sample'])
    .where('v.id', 'in', [...new Set(ids)])
    .execute();
  return new Map(
    rows.map((row) => [row.id, { id: row.id, zoneId: row.zone_id, zoneName: row.zone_name, period: row.period, source: row.source, sourceSentence: row.source_sentence, isSample: row.is_sample }]),
  );
}
