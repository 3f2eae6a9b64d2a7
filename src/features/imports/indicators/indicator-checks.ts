/**
 * What indicator rows are checked against besides their schema: the actor writes the row's zone
 * (the rule of the value form), no value of the same indicator, zone and period exists or comes
 * twice in the file, and each 合计 row agrees with the sum of the zone rows above it within the
 * rounding of the digits stated. Checked at preview, and again under the commit's transaction.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../../db/schema.js';
import { canWriteZone, isInScope, type RequestContext } from '../../../kernel/actor.js';
import { AppError, type FieldIssue } from '../../../kernel/errors.js';
import { Dec, decString } from '../../../shared/indicators/decimal.js';
import { convertValue, dimensionOf } from '../../../shared/indicators/quantity.js';

const COUNTED = new Set(['firm', 'item', 'person', 'person_time', 'train']);
import { listDefinitions } from '../../indicators/indicators.service.js';
import type { RecordValuesBody } from '../../indicators/indicators.schema.js';
import { listZones } from '../../zones/zones.service.js';
import type { BatchInfo, RowChecker } from '../import-kind.js';
import { zoneResolver } from '../import-zones.js';
import { importKey } from '../imports.messages.js';
import type { StoredRow } from '../imports.repo.js';
import { importIssue, rowPlace } from '../row-issues.js';
import { indicatorResolver, rowMapper, type IndicatorSheetRow, type ReadFigure } from './indicator-rows.js';
import './indicator-messages.js';

type Db = Kysely<Database> | Transaction<Database>;

/** Current values of these indicators in these zones, as 'indicatorId:zoneId:period'. */
async function existingKeys(db: Db, indicatorIds: number[], zoneIds: number[]): Promise<Set<string>> {
  if (indicatorIds.length === 0 || zoneIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('indicator_values')
    .select(['indicator_id', 'zone_id', 'period'])
    .where('indicator_id', 'in', indicatorIds)
    .where('zone_id', 'in', zoneIds)
    .where('superseded_at', 'is', null)
    .execute();
  return new Set(rows.map((r) => `${r.indicator_id}:${r.zone_id}:${r.period}`));
}

/** The figure and half the step of its last digit, both in the indicator's unit. */
function inIndicatorUnit(figure: ReadFigure): { value: Dec; slack: Dec } {
  const value = new Dec(convertValue(figure.value, figure.unit, figure.indicator.unit));
  // Counts (企业、项目、人次) are exact: no rounding to allow for.
  if (COUNTED.has(dimensionOf(figure.unit)) && !figure.value.includes('.')) return { value, slack: new Dec(0) };
  const step = new Dec(convertValue(figure.step, figure.unit, figure.indicator.unit));
  return { value, slack: step.div(2) };
}

/** Each 合计 figure of a summed indicator against the zone rows of its sheet above it (since the previous total). */
function checkTotals(rows: IndicatorSheetRow[]): void {
  let block: IndicatorSheetRow[] = [];
  let sheet = '';
  for (const row of rows) {
    if (row.sheet !== sheet) {
      sheet = row.sheet;
      block = [];
    }
    if (!row.total) {
      block.push(row);
      continue;
    }
    for (const total of row.figures) {
      if (total.indicator.combine !== 'sum') continue;
      const parts = block.flatMap((r) => r.figures.filter((f) => f.column === total.column && f.indicator.id === total.indicator.id && f.period === total.period));
      if (parts.length === 0) continue;
      const t = inIndicatorUnit(total);
      let sum = new Dec(0);
      let slack = t.slack;
      for (const part of parts) {
        const p = inIndicatorUnit(part);
        sum = sum.plus(p.value);
        slack = slack.plus(p.slack);
      }
      if (sum.minus(t.value).abs().greaterThan(slack)) {
        row.issues.push({
          column: total.column,
          field: 'values',
          cell: total.cell,
          kind: 'import',
          key: 'indicator_import_total_mismatch',
          params: { indicator: total.indicator.name_zh, total: decString(t.value), sum: decString(sum) },
        });
      }
    }
    block = [];
  }
}

export async function indicatorRowChecker(db: Kysely<Database>, context: RequestContext, batch: BatchInfo): Promise<RowChecker<IndicatorSheetRow>> {
  const resolveZone = zoneResolver(await listZones(db));
  const definitions = await listDefinitions(db);
  const indicators = indicatorResolver(definitions);
  const actor = context.actor!;
  return {
    mapperFor: (sheet) => rowMapper(sheet, resolveZone, indicators, batch.source),
    check: async (rows) => {
      for (const row of rows) {
        if (row.zone && !(isInScope(actor, row.zone.path) && canWriteZone(actor, row.zone.path))) {
          row.issues.push(importIssue(row, 'zoneId', 'zone_forbidden', { zone: row.zone.name }));
          row.zone = null;
        }
      }
      const zoneIds = [...new Set(rows.flatMap((r) => (r.zone ? [r.zone.id] : [])))];
      const existing = await existingKeys(db, definitions.map((d) => d.id), zoneIds);
      const seen = new Map<string, IndicatorSheetRow>();
      for (const row of rows) {
        if (!row.zone) continue;
        for (const figure of row.figures) {
          const key = `${figure.indicator.id}:${row.zone.id}:${figure.period}`;
          const earlier = seen.get(key);
          const at = { column: figure.column, field: 'values', cell: figure.cell, kind: 'import' as const };
          if (existing.has(key)) row.issues.push({ ...at, key: 'indicator_import_exists', params: { zone: row.zone.short_name, period: figure.period, indicator: figure.indicator.name_zh } });
          else if (earlier) row.issues.push({ ...at, key: 'indicator_import_repeated', params: { sheet: earlier.sheet, row: earlier.rowNumber } });
          else seen.set(key, row);
        }
      }
      checkTotals(rows);
    },
  };
}

/** Under the commit's transaction: the actor still writes every zone, and no value was recorded since. */
export async function recheckIndicatorRows(trx: Transaction<Database>, context: RequestContext, rows: { row: StoredRow; body: RecordValuesBody }[]): Promise<FieldIssue[]> {
  const actor = context.actor;
  if (!actor) throw new AppError('UNAUTHENTICATED');
  const values = rows.flatMap(({ row, body }) => body.values.map((value) => ({ row, value })));
  const zoneIds = [...new Set(values.map(({ value }) => value.zoneId))];
  const zones = new Map((await listZones(trx)).map((z) => [z.id, z]));
  for (const id of zoneIds) {
    const zone = zones.get(id);
    if (!zone || !isInScope(actor, zone.path) || !canWriteZone(actor, zone.path)) throw new AppError('FORBIDDEN');
  }
  const definitions = new Map((await listDefinitions(trx)).map((d) => [d.code, d]));
  const existing = await existingKeys(trx, [...definitions.values()].map((d) => d.id), zoneIds);
  return values.flatMap(({ row, value }) => {
    const definition = definitions.get(value.indicator);
    if (!definition || !existing.has(`${definition.id}:${value.zoneId}:${value.period}`)) return [];
    return [
      {
        path: '',
        place: rowPlace(row),
        key: importKey('indicator_import_exists'),
        params: { zone: zones.get(value.zoneId)?.short_name ?? '', period: value.period, indicator: definition.name_zh },
      } satisfies FieldIssue,
    ];
  });
}
