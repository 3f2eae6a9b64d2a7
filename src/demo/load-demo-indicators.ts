/**
 * Demo indicators (data/demo/indicators.json): the article's figures with the sentence each is
 * read from, qualifiers kept (约110万元 is 110 万元 "about"), and the city and province trade
 * figures of the shared statistics extract, each with its source. Every value passes the checks
 * an entered one does (period kind, canonical decimal) and is published: the demo's portal shows them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql, type Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import type { CombineKind, PeriodKind, Qualifier, Unit } from '../shared/indicators.enums.js';
import { canonicalDecimal, periodIsOfKind } from '../features/indicators/indicator-units.js';

type DemoIndicator = {
  code: string;
  nameZh: string;
  nameEn: string;
  unit: Unit;
  periodKind: PeriodKind;
  combine: CombineKind;
  cumulative: boolean;
  descriptionZh: string | null;
  descriptionEn: string | null;
  source: string | null;
  isSample: boolean;
};
type DemoValue = {
  indicator: string;
  zoneCode: string;
  period: string;
  value: string;
  qualifier: Qualifier | null;
  source: string;
  sourceSentence: string | null;
  internalNote: string | null;
  isSample: boolean;
};

export async function loadDemoIndicators(trx: Transaction<Database>, dir: string, zoneByCode: Map<string, { id: number }>) {
  const file = join(dir, 'indicators.json');
  if (!existsSync(file)) return { indicators: 0, indicatorValues: 0 };
  const data = JSON.parse(readFileSync(file, 'utf8')) as { indicators: DemoIndicator[]; values: DemoValue[] };
  const definitions = new Map<string, { id: number; periodKind: PeriodKind }>();
  for (const d of data.indicators) {
    const row = await trx
      .insertInto('indicator_definitions')
      .values({
        code: d.code, name_zh: d.nameZh, name_en: d.nameEn, unit: d.unit, period_kind: d.periodKind, combine: d.combine, cumulative: d.cumulative,
        description_zh: d.descriptionZh, description_en: d.descriptionEn, source: d.source, is_sample: d.isSample,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    definitions.set(d.code, { id: row.id, periodKind: d.periodKind });
  }
  const rows = data.values.map((v) => {
    const definition = definitions.get(v.indicator);
    const zone = zoneByCode.get(v.zoneCode);
    if (!definition) throw new Error(`demo indicator value: unknown indicator ${v.indicator}`);
    if (!zone) throw new Error(`demo indicator value ${v.indicator}: unknown zone ${v.zoneCode}`);
    if (!periodIsOfKind(v.period, definition.periodKind)) throw new Error(`demo indicator value ${v.indicator} ${v.zoneCode}: ${v.period} is not a ${definition.periodKind}`);
    return {
      indicator_id: definition.id, zone_id: zone.id, period: v.period, value: canonicalDecimal(v.value), qualifier: v.qualifier, source: v.source,
      source_sentence: v.sourceSentence, internal_note: v.internalNote, is_sample: v.isSample, published_at: sql<Date>`now()`,
    };
  });
  if (rows.length > 0) await trx.insertInto('indicator_values').values(rows).execute();
  return { indicators: data.indicators.length, indicatorValues: rows.length };
}
