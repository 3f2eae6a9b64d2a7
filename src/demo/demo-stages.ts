/** The demo campaigns' stages and their criteria, written as the campaign's setup (both demo loaders). */
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import type { DemoStage } from './run-demo-contest.js';

/** Inserts `stages` in order (ordinal 1…) with their criteria on a 0–100 scale; answers their ids in the same order. */
export async function insertDemoStages(trx: Transaction<Database>, campaignId: number, stages: readonly DemoStage[]): Promise<number[]> {
  const ids: number[] = [];
  for (const [index, stage] of stages.entries()) {
    const row = await trx
      .insertInto('campaign_stages')
      .values({
        campaign_id: campaignId, ordinal: index + 1, kind: stage.kind, name: stage.name, starts_on: stage.startsOn ?? null, ends_on: stage.endsOn ?? null,
        blind: false, advancement: JSON.stringify(stage.advancement ?? { kind: 'manual' }),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.push(row.id);
    if (stage.criteria) {
      await trx
        .insertInto('stage_criteria')
        .values(stage.criteria.map((c, k) => ({ stage_id: row.id, ordinal: k + 1, name_zh: c.nameZh, name_en: c.nameEn ?? null, weight: String(c.weight), scale_min: '0', scale_max: '100' })))
        .execute();
    }
  }
  return ids;
}
