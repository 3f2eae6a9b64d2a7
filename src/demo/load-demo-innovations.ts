/**
 * Demo innovations and adoptions (data/demo/innovations.json, adoptions.json). Each record
 * gets the history its status implies, dated where the source gives a date, and goes into
 * the search index with the rest of the demo data (load-demo.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import type { InnovationDomain, InnovationStatus, InnovationTransition, NoveltyClaim, ReformTask } from '../shared/innovations.enums.js';

/** What an innovation event records: a transition, or its creation. */
type EventAction = InnovationTransition | 'create';
import { parsePartialDate } from '../shared/partial-date.js';

type Milestone = { on: string | null; document: string | null; batch: string | null } | null;
type DemoInnovation = {
  key: string;
  zoneCode: string;
  name: string;
  domain: InnovationDomain;
  task: ReformTask | null;
  novelty: NoveltyClaim;
  painPoint: string | null;
  measures: string | null;
  effects: { label: string; value: string | null; unit: string | null; period: string | null; text: string | null }[];
  departments: string[];
  tags: string[];
  exploredOn: string | null;
  status: InnovationStatus;
  recognition: Milestone;
  provinceReplication: Milestone;
  nationReplication: Milestone;
  isSample: boolean;
  source: string;
  sourceNote: string | null;
};
type DemoAdoption = { innovationKey: string; zoneCode: string; adoptedOn: string; adaptation: string | null; observedEffect: string | null; isSample: boolean; source: string; sourceNote: string | null };

/** The events a record at `status` has been through, in order, with the milestone that dates each. */
function historyFor(record: DemoInnovation): { action: EventAction; from: InnovationStatus | null; to: InnovationStatus; milestone: Milestone }[] {
  const steps: { action: EventAction; from: InnovationStatus | null; to: InnovationStatus; milestone: Milestone }[] = [{ action: 'create', from: null, to: 'draft', milestone: null }];
  const push = (action: EventAction, to: InnovationStatus, milestone: Milestone = null) => steps.push({ action, from: steps[steps.length - 1]!.to, to, milestone });
  if (record.status === 'draft') return steps;
  push('submit', 'submitted');
  if (record.status === 'submitted') return steps;
  push('start_review', 'reviewing');
  if (record.status === 'reviewing') return steps;
  push('recognize', 'recognized', record.recognition);
  if (record.provinceReplication) push('replicate_province', 'province_replicated', record.provinceReplication);
  if (record.status === 'nation_replicated') push('replicate_national', 'nation_replicated', record.nationReplication);
  return steps;
}

const day = (value: string | null | undefined) => (value ? (parsePartialDate(value)?.on ?? null) : null);
const precision = (value: string | null | undefined) => (value ? (parsePartialDate(value)?.precision ?? null) : null);

export async function loadDemoInnovations(trx: Transaction<Database>, dir: string, zoneByCode: Map<string, { id: number; path: string }>) {
  const file = join(dir, 'innovations.json');
  if (!existsSync(file)) return { innovations: 0, adoptions: 0 };
  const records = JSON.parse(readFileSync(file, 'utf8')) as DemoInnovation[];
  const idByKey = new Map<string, number>();
  for (const record of records) {
    const zone = zoneByCode.get(record.zoneCode);
    if (!zone) throw new Error(`demo innovation ${record.key}: unknown zone ${record.zoneCode}`);
    const explored = record.exploredOn ? parsePartialDate(record.exploredOn) : null;
    const row = await trx
      .insertInto('innovations')
      .values({
        zone_id: zone.id,
        name: record.name,
        domain: record.domain,
        task: record.task,
        novelty: record.novelty,
        pain_point: record.painPoint,
        measures: record.measures,
        effects: JSON.stringify(record.effects),
        departments: record.departments,
        tags: record.tags,
        explored_on: explored?.on ?? null,
        explored_precision: explored?.precision ?? null,
        status: record.status,
        recognized_on: day(record.recognition?.on),
        recognized_precision: precision(record.recognition?.on),
        recognized_document: record.recognition?.document ?? null,
        recognized_batch: record.recognition?.batch ?? null,
        province_replicated_on: day(record.provinceReplication?.on),
        province_replicated_precision: precision(record.provinceReplication?.on),
        province_replicated_document: record.provinceReplication?.document ?? null,
        nation_replicated_on: day(record.nationReplication?.on),
        nation_replicated_precision: precision(record.nationReplication?.on),
        nation_replicated_document: record.nationReplication?.document ?? null,
        nation_replicated_batch: record.nationReplication?.batch ?? null,
        source: record.source,
        source_note: record.sourceNote,
        is_sample: record.isSample,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    idByKey.set(record.key, row.id);
    for (const step of historyFor(record)) {
      await trx
        .insertInto('innovation_events')
        .values({
          innovation_id: row.id,
          action: step.action,
          from_status: step.from,
          to_status: step.to,
          document: step.milestone?.document ?? null,
          batch: step.milestone?.batch ?? null,
          occurred_on: day(step.milestone?.on),
        })
        .execute();
    }
  }

  const adoptionsFile = join(dir, 'adoptions.json');
  const adoptions = existsSync(adoptionsFile) ? (JSON.parse(readFileSync(adoptionsFile, 'utf8')) as DemoAdoption[]) : [];
  for (const adoption of adoptions) {
    const innovationId = idByKey.get(adoption.innovationKey);
    const zone = zoneByCode.get(adoption.zoneCode);
    if (!innovationId || !zone) throw new Error(`demo adoption ${adoption.innovationKey} → ${adoption.zoneCode}: unknown innovation or zone`);
    await trx
      .insertInto('innovation_adoptions')
      .values({
        innovation_id: innovationId,
        zone_id: zone.id,
        adopted_on: day(adoption.adoptedOn)!,
        adaptation: adoption.adaptation,
        observed_effect: adoption.observedEffect,
        source: adoption.source,
        source_note: adoption.sourceNote,
        is_sample: adoption.isSample,
      })
      .execute();
  }
  return { innovations: records.length, adoptions: adoptions.length };
}
