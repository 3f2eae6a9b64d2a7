/**
 * Value versions: enter (one or many, all or nothing), correct (a new version with its reason;
 * the old one kept, closed at the same instant), publish, and read — now, as of a past date, the
 * whole history of one key, and the public's published view. Order in each write: load within
 * scope (404) → authorise (403) → check (4xx) → write with its audit entry in one transaction.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import { canWriteZone, isInScope, type RequestContext } from '../../kernel/actor.js';
import { AppError, notFound } from '../../kernel/errors.js';
import { viewerOf } from '../../kernel/viewer.js';
import { getZone } from '../zones/zones.service.js';
import { withBulkAudit, writeAudit } from '../audit/audit.service.js';
import { assertPeriodKind, canonicalDecimal, convertValue } from './indicator-units.js';
import {
  findDefinition,
  findDefinitionsById,
  hasPublishedValues,
  findVisibleValues,
  listPublishedValues,
  listVisibleHistory,
  listVisibleValues,
  lockValue,
  STORED_VALUE_COLUMNS,
  unsafeFindCurrentValue,
  type DefinitionRow,
  type ValueRow,
} from './indicators.repo.js';
import { requireIndicatorStaff } from './indicators.policy.js';
import { getDefinition, presentValue, presentPublicValue } from './indicators.service.js';
import type { CorrectValueBody, IndicatorValueDto, PublicValuesQuery, RecordValuesBody, ValueInput, ValuesQuery } from './indicators.schema.js';

/** The end of `date` in China (UTC+8): "as it stood on 2021-06-30" includes everything recorded that day. */
export function endOfChinaDay(date: string): Date {
  return new Date(new Date(`${date}T00:00:00+08:00`).getTime() + 24 * 3600_000);
}

/** A zone path for a `zone` filter the viewer may see, or 404 (a zone outside the scope is not there). */
async function zonePathInView(db: Kysely<Database>, context: RequestContext | null, zoneId: number | undefined): Promise<string | undefined> {
  if (zoneId === undefined) return undefined;
  const zone = await getZone(db, zoneId);
  if (context && !isInScope(context.actor, zone.path)) throw notFound();
  return zone.path;
}

function checkRange(definition: DefinitionRow, from: string | undefined, to: string | undefined) {
  if (from) assertPeriodKind(from, definition.period_kind);
  if (to) assertPeriodKind(to, definition.period_kind);
  if (from && to && from > to) throw new AppError('INDICATOR_RANGE_ORDER');
}

export async function listValues(db: Kysely<Database>, context: RequestContext, code: string, query: ValuesQuery) {
  requireIndicatorStaff(context.actor);
  const definition = await getDefinition(db, code);
  const zonePath = await zonePathInView(db, context, query.zone);
  checkRange(definition, query.from, query.to);
  const asOf = query.asOf ? endOfChinaDay(query.asOf) : undefined;
  const rows = await listVisibleValues(db, viewerOf(context), { indicatorId: definition.id, zonePath, from: query.from, to: query.to, asOf });
  return { definition, asOf: query.asOf ?? null, items: rows.map((row) => presentValue(row, definition, context)) };
}

export async function valueHistory(db: Kysely<Database>, context: RequestContext, code: string, key: { zone: number; period: string }) {
  requireIndicatorStaff(context.actor);
  const definition = await getDefinition(db, code);
  await zonePathInView(db, context, key.zone);
  assertPeriodKind(key.period, definition.period_kind);
  const rows = await listVisibleHistory(db, viewerOf(context), { indicatorId: definition.id, zoneId: key.zone, period: key.period });
  return { definition, items: rows.map((row) => presentValue(row, definition, context)) };
}

export async function listPublicValues(db: Kysely<Database>, code: string, query: PublicValuesQuery) {
  const definition = await getDefinition(db, code);
  const zonePath = await zonePathInView(db, null, query.zone);
  checkRange(definition, query.from, query.to);
  const rows = await listPublishedValues(db, { indicatorId: definition.id, zonePath, from: query.from, to: query.to });
  // An indicator nothing of which is published is not there for the public.
  if (rows.length === 0 && !(await hasPublishedValues(db, definition.id))) throw notFound();
  return { definition, items: rows.map((row) => presentPublicValue(row, definition)) };
}

/** A zone's published figures, indicator by indicator (the portal's zone page): the zone's own, not its subtree's. */
export async function listPublicZoneValues(db: Kysely<Database>, zoneId: number) {
  await getZone(db, zoneId);
  const rows = await listPublishedValues(db, { zoneId });
  const definitions = new Map((await findDefinitionsById(db, [...new Set(rows.map((row) => row.indicator_id))])).map((d) => [d.id, d]));
  const groups = new Map<number, ValueRow[]>();
  for (const row of rows) groups.set(row.indicator_id, [...(groups.get(row.indicator_id) ?? []), row]);
  return [...groups].map(([id, values]) => {
    const definition = definitions.get(id)!;
    return { definition, items: values.map((row) => presentPublicValue(row, definition)) };
  });
}

/** The transaction's own timestamp (PostgreSQL's now() is fixed for the whole transaction). */
const sqlNow = () => sql<Date>`now()`;

async function presentByIds(trx: Transaction<Database>, context: RequestContext, ids: number[], definitions: Map<number, DefinitionRow>): Promise<IndicatorValueDto[]> {
  const rows = await findVisibleValues(trx, viewerOf(context), ids);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => {
    const row = byId.get(id)!;
    return presentValue(row, definitions.get(row.indicator_id)!, context);
  });
}

/**
 * Writes values under the caller's transaction, in order, each with its audit entry: every one in
 * the actor's zones, of its indicator's period kind and unit's dimension, and new. Returns the ids.
 * The form's POST and the Excel import (imports/indicators) both come here.
 */
export async function insertValues(trx: Transaction<Database>, context: RequestContext, values: readonly ValueInput[]): Promise<{ ids: number[]; definitions: Map<string, DefinitionRow> }> {
  const actor = context.actor;
  requireIndicatorStaff(actor);
  const definitions = new Map<string, DefinitionRow>();
  const seen = new Set<string>();
  const ids: number[] = [];
  // An import's chunk names the same few zones again and again: each is read once.
  const zones = new Map<number, Awaited<ReturnType<typeof getZone>>>();
  for (const input of values) {
    const definition = definitions.get(input.indicator) ?? (await findDefinition(trx, input.indicator));
    if (!definition) throw new AppError('INDICATOR_UNKNOWN', { code: input.indicator });
    definitions.set(definition.code, definition);
    const zone = zones.get(input.zoneId) ?? (await getZone(trx, input.zoneId));
    zones.set(zone.id, zone);
    if (!isInScope(actor, zone.path)) throw notFound();
    if (!canWriteZone(actor, zone.path)) throw new AppError('FORBIDDEN');
    assertPeriodKind(input.period, definition.period_kind);
    const value = convertValue(input.value, input.unit, definition.unit);
    const key = `${definition.id}:${zone.id}:${input.period}`;
    if (seen.has(key)) throw new AppError('INDICATOR_VALUE_REPEATED', { zone: zone.name, period: input.period });
    seen.add(key);
    if (await unsafeFindCurrentValue(trx, { indicatorId: definition.id, zoneId: zone.id, period: input.period })) {
      throw new AppError('INDICATOR_VALUE_EXISTS', { zone: zone.name, period: input.period });
    }
    const inserted = await trx
      .insertInto('indicator_values')
      .values({
        indicator_id: definition.id,
        zone_id: zone.id,
        period: input.period,
        value,
        qualifier: input.qualifier ?? null,
        source: input.source,
        source_sentence: input.sourceSentence || null,
        internal_note: input.internalNote || null,
        is_sample: input.isSample ?? false,
        recorded_by: actor.id,
      })
      .returning(STORED_VALUE_COLUMNS)
      .executeTakeFirstOrThrow();
    const entered = input.unit === definition.unit ? {} : { entered: { value: input.value, unit: input.unit } };
    await writeAudit(trx, context, { type: 'indicator_value.recorded', entityId: inserted.id, after: { ...inserted, ...entered } });
    ids.push(inserted.id);
  }
  return { ids, definitions };
}

/** Enters values, all or none (see insertValues). */
export async function recordValues(db: Kysely<Database>, context: RequestContext, body: RecordValuesBody): Promise<IndicatorValueDto[]> {
  requireIndicatorStaff(context.actor);
  const recording = db.transaction().execute(async (trx) =>
    withBulkAudit(trx, async () => {
      const { ids, definitions } = await insertValues(trx, context, body.values);
      return presentByIds(trx, context, ids, new Map([...definitions.values()].map((d) => [d.id, d])));
    }),
  );
  // The check above reads before it writes: a concurrent entry of the same key meets the unique index instead.
  return recording.catch((error: unknown) => {
    if ((error as { code?: unknown } | null)?.code === '23505') throw new AppError('INDICATOR_VALUE_CONFLICT');
    throw error;
  });
}

/** A new version of a current value with the reason for it; the version corrected is kept, closed at the same instant. */
export async function correctValue(db: Kysely<Database>, context: RequestContext, id: number, body: CorrectValueBody) {
  const actor = context.actor;
  requireIndicatorStaff(actor);
  const [found] = await findVisibleValues(db, viewerOf(context), [id]);
  if (!found) throw notFound();
  if (!canWriteZone(actor, found.zone_path)) throw new AppError('FORBIDDEN');
  const [definition] = await findDefinitionsById(db, [found.indicator_id]);
  if (!definition) throw notFound();
  const value = convertValue(body.value, body.unit, definition.unit);
  return db.transaction().execute(async (trx) => {
    const before = await lockValue(trx, id);
    if (before.superseded_at !== null) throw new AppError('INDICATOR_VALUE_SUPERSEDED');
    const next = {
      value,
      qualifier: body.qualifier === undefined ? before.qualifier : body.qualifier,
      source: body.source ?? before.source,
      source_sentence: body.sourceSentence === undefined ? before.source_sentence : body.sourceSentence || null,
      internal_note: body.internalNote === undefined ? before.internal_note : body.internalNote || null,
      is_sample: body.isSample ?? before.is_sample,
    };
    const same = canonicalDecimal(before.value) === next.value && before.qualifier === next.qualifier && before.source === next.source
      && before.source_sentence === next.source_sentence && before.internal_note === next.internal_note && before.is_sample === next.is_sample;
    if (same) throw new AppError('INDICATOR_CORRECTION_UNCHANGED');
    // now() is the transaction's start: the old version closes exactly when the new one begins.
    await trx.updateTable('indicator_values').set({ superseded_at: sqlNow() }).where('id', '=', id).execute();
    const inserted = await trx
      .insertInto('indicator_values')
      .values({ indicator_id: before.indicator_id, zone_id: before.zone_id, period: before.period, ...next, recorded_by: actor.id, correction_reason: body.reason })
      .returning(STORED_VALUE_COLUMNS)
      .executeTakeFirstOrThrow();
    await trx.updateTable('indicator_values').set({ superseded_by: inserted.id }).where('id', '=', id).execute();
    const closed = await lockValue(trx, id);
    await writeAudit(trx, context, { type: 'indicator_value.corrected', entityId: inserted.id, before: closed, after: inserted });
    const [current, previous] = await presentByIds(trx, context, [inserted.id, id], new Map([[definition.id, definition]]));
    return { value: current!, previous: previous! };
  });
}

/** Publishes current versions in the actor's zones: from then on the public sees them. */
export async function publishValues(db: Kysely<Database>, context: RequestContext, ids: number[]): Promise<IndicatorValueDto[]> {
  const actor = context.actor;
  requireIndicatorStaff(actor);
  const unique = [...new Set(ids)];
  const found = await findVisibleValues(db, viewerOf(context), unique);
  if (found.length !== unique.length) throw notFound();
  if (!found.every((row) => canWriteZone(actor, row.zone_path))) throw new AppError('FORBIDDEN');
  const definitions = await findDefinitionsById(db, [...new Set(found.map((row) => row.indicator_id))]);
  return db.transaction().execute(async (trx) =>
    withBulkAudit(trx, async () => {
      for (const id of unique) {
        const before = await lockValue(trx, id);
        if (before.superseded_at !== null) throw new AppError('INDICATOR_VALUE_SUPERSEDED');
        if (before.published_at !== null) throw new AppError('INDICATOR_VALUE_PUBLISHED');
        const after = await trx
          .updateTable('indicator_values')
          .set({ published_at: sqlNow(), published_by: actor.id })
          .where('id', '=', id)
          .returning(STORED_VALUE_COLUMNS)
          .executeTakeFirstOrThrow();
        await writeAudit(trx, context, { type: 'indicator_value.published', entityId: id, before, after });
      }
      return presentByIds(trx, context, unique, new Map(definitions.map((d) => [d.id, d])));
    }),
  );
}

