/**
 * The demo best-case selection (data/demo/best-cases.json): the series 中国自由贸易试验区制度创新
 * 十佳案例 and its 2020–2021 edition, announced at the 第八届中山大学自贸区高端论坛 (广州, 11月20日).
 * The five domains are its categories, each awarding 十佳案例 to its top two; the four principles
 * (创新性, 操作性, 契合性, 地区特色) are the criteria. Its entries are the demo's recognised
 * innovations of the pilot zones (several FTZs: 四川, 山东), each nominated into its domain. The
 * source names one outcome only — 烟台片区's 进口散装葡萄酒保税加工新模式, first in 贸易便利化 —
 * so every other entry is a sample (示例) and the campaign's public note says so. The edition is run
 * through the engine like the demo contest (run-demo-contest.ts): a seeded draw from the pool,
 * commitments, generated sheets, results saved, published with their 公示 and confirmed; the
 * engine, not this file, ranks the wine case first and derives the awards.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import { RECOGNISED } from '../features/evaluation/entries.service.js';
import type { AggregationMethod } from '../shared/evaluation.enums.js';
import { INNOVATION_DOMAINS, INNOVATION_DOMAIN_LABELS } from '../shared/innovations.enums.js';
import { insertDemoStages } from './demo-stages.js';
import { runDemoContest, type DemoStage } from './run-demo-contest.js';

type DemoBestCase = {
  series: { name: string; organiserZoneCode: string; description: string; source: string };
  edition: {
    edition: number;
    editionNote: string;
    year: number;
    title: string;
    startsOn: string;
    endsOn: string;
    note: string;
    source: string;
    awardName: string;
    perDomain: number;
    /** The one case the source ranks: first in its domain. */
    first: string;
    stages: DemoStage[];
    criteriaNote: string;
    judges: { panel: number; seeds: Record<string, number> };
    document: string;
    method: AggregationMethod;
  };
};


export async function loadDemoBestCase(trx: Transaction<Database>, dir: string, zoneByCode: Map<string, { id: number; path: string }>) {
  const file = join(dir, 'best-cases.json');
  if (!existsSync(file)) return { bestCaseEntries: 0 };
  const data = JSON.parse(readFileSync(file, 'utf8')) as DemoBestCase;
  const organiser = zoneByCode.get(data.series.organiserZoneCode);
  if (!organiser) throw new Error(`demo series ${data.series.name}: unknown zone ${data.series.organiserZoneCode}`);
  const edition = data.edition;
  const series = await trx
    .insertInto('campaign_series')
    .values({ name: data.series.name, organiser_zone_id: organiser.id, description: data.series.description, source: data.series.source })
    .returning('id')
    .executeTakeFirstOrThrow();
  const campaign = await trx
    .insertInto('campaigns')
    .values({
      series_id: series.id, organiser_zone_id: organiser.id, edition: edition.edition, year: edition.year, kind: 'best_case', title: edition.title,
      starts_on: edition.startsOn, ends_on: edition.endsOn, source: edition.source, source_note: `${edition.editionNote}；${edition.criteriaNote}`, note: edition.note,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const categoryOf = new Map<string, number>();
  for (const [index, domain] of INNOVATION_DOMAINS.entries()) {
    const row = await trx
      .insertInto('campaign_categories')
      .values({ campaign_id: campaign.id, name: INNOVATION_DOMAIN_LABELS[domain].zh, sort_order: index, prizes: JSON.stringify([{ name: edition.awardName, count: edition.perDomain }]) })
      .returning('id')
      .executeTakeFirstOrThrow();
    categoryOf.set(domain, row.id);
  }
  const stageIds = await insertDemoStages(trx, campaign.id, edition.stages);

  // The pilot zones' recognised innovations (not the national lists, which are no zone's case), real ones only.
  const nominees = await trx
    .selectFrom('innovations as i')
    .innerJoin('zones as z', 'z.id', 'i.zone_id')
    .select(['i.id', 'i.name', 'i.domain'])
    .where('i.status', 'in', RECOGNISED)
    .where('i.is_sample', '=', false)
    .where('z.parent_id', 'is not', null)
    .where(({ exists, selectFrom }) => exists(selectFrom('zones as p').select('p.id').whereRef('p.id', '=', 'z.parent_id').where('p.parent_id', 'is not', null)))
    .orderBy('i.id')
    .execute();
  if (!nominees.some((n) => n.name === edition.first)) throw new Error(`demo best case: ${edition.first} is not among the recognised innovations`);
  const entries = await trx
    .insertInto('campaign_entries')
    .values(nominees.map((n) => ({
      campaign_id: campaign.id, campaign_kind: 'best_case' as const, category_id: categoryOf.get(n.domain)!, innovation_id: n.id,
      // The innovations are real; their place in this edition is the source's for one of them only.
      is_sample: n.name !== edition.first,
    })))
    .returning(['id', 'category_id', 'is_sample'])
    .execute();

  await runDemoContest(trx, {
    campaignId: campaign.id,
    stages: edition.stages.map((stage, i) => ({ ...stage, id: stageIds[i]! })),
    entries: entries.map((row) => ({ id: row.id, categoryId: row.category_id!, named: !row.is_sample })),
    judgeSeeds: edition.judges.seeds,
    panel: edition.judges.panel,
    document: edition.document,
    method: edition.method,
  });
  return { bestCaseEntries: entries.length };
}
