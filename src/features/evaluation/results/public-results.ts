/**
 * `GET /api/public/campaigns/:id/results`: the stages whose results are under public notice or
 * final, each with its 公示 dates and, per ranked entry, rank, value on the scale, advancement,
 * award and the entry's public name — no judges, no sheets, no analysis, no contacts, no notes.
 * A campaign with no such stage answers 404, as an unpublished one does.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.js';
import { notFound } from '../../../kernel/errors.js';
import { PUBLIC_RESULTS_STATUSES } from '../../../shared/evaluation.enums.js';
import { presentPublication, publicName } from './results-present.js';
import { listResultEntries } from './results.repo.js';

export async function publicResults(db: Kysely<Database>, campaignId: number) {
  const campaign = await db.selectFrom('campaigns').select(['id', 'title', 'year', 'kind', 'status', 'source', 'note']).where('id', '=', campaignId).where('status', '<>', 'draft').executeTakeFirst();
  if (!campaign) throw notFound();
  const stages = await db
    .selectFrom('stage_results as r')
    .innerJoin('campaign_stages as st', 'st.id', 'r.id')
    .selectAll('r')
    .select(['st.name as stage_name', 'st.ordinal'])
    .where('st.campaign_id', '=', campaignId)
    .where('r.status', 'in', PUBLIC_RESULTS_STATUSES)
    .orderBy('st.ordinal')
    .execute();
  if (stages.length === 0) throw notFound();
  const categories = await db.selectFrom('campaign_categories').select(['id', 'name']).where('campaign_id', '=', campaignId).execute();
  const categoryName = new Map(categories.map((c) => [c.id, c.name]));
  return {
    campaign: { id: campaign.id, title: campaign.title, year: campaign.year, kind: campaign.kind, source: campaign.source, note: campaign.note },
    stages: await Promise.all(
      stages.map(async (row) => ({
        stageId: row.id,
        name: row.stage_name,
        status: row.status,
        method: row.method,
        publication: presentPublication(row)!,
        confirmedAt: row.confirmed_at === null ? null : new Date(row.confirmed_at).toISOString(),
        entries: (await listResultEntries(db, row.id)).map((e) => ({
          entryId: e.entry_id,
          ...publicName(e),
          category: e.category_id === null ? null : (categoryName.get(e.category_id) ?? null),
          rank: e.rank,
          value: e.display_value,
          advancing: e.advancing,
          award: e.award,
        })),
      })),
    ),
  };
}
