/**
 * The demo contest (data/demo/campaigns.json): the series 烟台片区创新创业大赛 with its six
 * editions, the sixth in full — groups with their prize tiers, the seven stages, 88
 * registrations (the four named first-prize winners and invented ones marked 示例), and a pool
 * of 示例 judges with accounts. The sixth edition is then run through the engine
 * (run-demo-contest.ts). Everything goes in the demo's one transaction (load-demo.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import type { PrizeTier } from '../shared/evaluation.enums.js';
import { creditCodeCheckCharacter } from '../shared/registry/credit-code.js';
import { insertDemoStages } from './demo-stages.js';
import { runDemoContest, type DemoContest, type DemoStage } from './run-demo-contest.js';

type DemoNamedEntry = { companyName: string; projectName: string; group: string; award: string };
export type DemoCampaigns = {
  series: { name: string; organiserZoneCode: string; description: string; source: string };
  pastEditions: { edition: number; year: number; title: string; source: string }[];
  edition: {
    edition: number;
    year: number;
    title: string;
    startsOn: string;
    endsOn: string;
    startsOnNote: string;
    note: string;
    source: string;
    registrations: number;
    groups: { name: string; prizes: PrizeTier[] }[];
    stages: DemoStage[];
    named: DemoNamedEntry[];
    judges: { pool: number; panel: number; namePattern: string; organisation: string; seeds: Record<string, number> };
    document: string;
    method: 'mean' | 'trimmed_mean' | 'z_total' | 'z_criterion';
  };
};

/** A sample 统一社会信用代码 (烟台 area code 370600, a valid check character): never a real firm's. */
export function sampleCreditCode(serial: number): string {
  const body = `91370600MA${String(serial).padStart(7, '0')}`;
  return body + creditCodeCheckCharacter(body);
}

/** 88 registrations: the named firms, then invented ones (示例) dealt round the groups. */
function registrations(edition: DemoCampaigns['edition']) {
  const invented = edition.registrations - edition.named.length;
  const entries = edition.named.map((entry) => ({ ...entry, named: true }));
  for (let i = 1; i <= invented; i++) {
    const group = edition.groups[(i - 1) % edition.groups.length]!.name;
    entries.push({ companyName: `示例参赛企业${String(i).padStart(2, '0')}`, projectName: `示例参赛项目${String(i).padStart(2, '0')}`, group, award: '', named: false });
  }
  return entries;
}

export async function loadDemoCampaigns(trx: Transaction<Database>, dir: string, zoneByCode: Map<string, { id: number; path: string }>, judgeHash: string) {
  const file = join(dir, 'campaigns.json');
  if (!existsSync(file)) return { campaigns: 0, entries: 0, judges: 0 };
  const data = JSON.parse(readFileSync(file, 'utf8')) as DemoCampaigns;
  const zone = zoneByCode.get(data.series.organiserZoneCode);
  if (!zone) throw new Error(`demo series ${data.series.name}: unknown zone ${data.series.organiserZoneCode}`);
  const series = await trx
    .insertInto('campaign_series')
    .values({ name: data.series.name, organiser_zone_id: zone.id, description: data.series.description, source: data.series.source })
    .returning('id')
    .executeTakeFirstOrThrow();
  // The earlier editions are records only: the source names no stage, entry or winner of theirs.
  for (const past of data.pastEditions) {
    await trx
      .insertInto('campaigns')
      .values({ series_id: series.id, organiser_zone_id: zone.id, edition: past.edition, year: past.year, kind: 'contest', title: past.title, status: 'archived', source: past.source, source_note: '原文只载历届届数与年份（2016年起共6届），未载本届详情' })
      .execute();
  }

  const edition = data.edition;
  const campaign = await trx
    .insertInto('campaigns')
    .values({
      series_id: series.id, organiser_zone_id: zone.id, edition: edition.edition, year: edition.year, kind: 'contest', title: edition.title,
      starts_on: edition.startsOn, ends_on: edition.endsOn, source: edition.source, source_note: edition.startsOnNote, note: edition.note,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const groupId = new Map<string, number>();
  for (const [index, group] of edition.groups.entries()) {
    const row = await trx.insertInto('campaign_categories').values({ campaign_id: campaign.id, name: group.name, sort_order: index, prizes: JSON.stringify(group.prizes) }).returning('id').executeTakeFirstOrThrow();
    groupId.set(group.name, row.id);
  }
  const stageIds = await insertDemoStages(trx, campaign.id, edition.stages);

  const entries = registrations(edition);
  const entryRows = await trx
    .insertInto('campaign_entries')
    .values(entries.map((entry, i) => ({
      campaign_id: campaign.id, campaign_kind: 'contest' as const, category_id: groupId.get(entry.group)!, company_name: entry.companyName,
      // The source gives no firm's code: every code here is a sample, and the entry says so.
      credit_code: sampleCreditCode(i + 1), project_name: entry.projectName, is_sample: true,
    })))
    .returning(['id', 'category_id'])
    .execute();

  const judges = [];
  for (let n = 1; n <= edition.judges.pool; n++) {
    const name = edition.judges.namePattern.replace('{n}', String(n));
    const user = await trx
      .insertInto('users')
      .values({ username: `ytjudge${n}`, display_name: name, role: 'judge', scope_zone_id: null, organisation: edition.judges.organisation, password_hash: judgeHash })
      .returning('id')
      .executeTakeFirstOrThrow();
    const expert = await trx
      .insertInto('experts')
      .values({ name, field: '创新创业（示例）', organisation: edition.judges.organisation, user_id: user.id })
      .returning('id')
      .executeTakeFirstOrThrow();
    judges.push({ userId: user.id, expertId: expert.id });
  }

  const contest: DemoContest = {
    campaignId: campaign.id,
    stages: edition.stages.map((stage, i) => ({ ...stage, id: stageIds[i]! })),
    entries: entryRows.map((row, i) => ({ id: row.id, categoryId: row.category_id!, named: entries[i]!.named })),
    judgeSeeds: edition.judges.seeds,
    panel: edition.judges.panel,
    document: edition.document,
    method: edition.method,
    followUp: true,
  };
  await runDemoContest(trx, contest);
  return { campaigns: data.pastEditions.length + 1, entries: entries.length, judges: judges.length };
}
