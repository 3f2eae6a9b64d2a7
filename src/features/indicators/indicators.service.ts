/**
 * Indicator definitions: list, create and edit (the province office), and how definitions and
 * value versions are presented. A definition's unit and period kind are fixed once it has
 * values: every stored number is in that unit and of that kind.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { RequestContext } from '../../kernel/actor.js';
import { AppError, notFound } from '../../kernel/errors.js';
import { withoutInternals } from '../../kernel/internal-fields.js';
import { writeAudit } from '../audit/audit.service.js';
import { definitionHasValues, findDefinition, listDefinitions, type DefinitionRow, type ValueRow } from './indicators.repo.js';

/** For other features (the Excel import): every definition, as stored. */
export { listDefinitions, type DefinitionRow };
import { definitionAbilities, requireDefinitionEditor, valueAbilities } from './indicators.policy.js';
import type { CreateIndicatorBody, IndicatorDto, IndicatorValueDto, PublicIndicatorDto, PublicIndicatorValueDto, UpdateIndicatorBody, ValueFigure } from './indicators.schema.js';

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

export function presentPublicDefinition(row: DefinitionRow): PublicIndicatorDto {
  return {
    code: row.code,
    nameZh: row.name_zh,
    nameEn: row.name_en,
    unit: row.unit,
    periodKind: row.period_kind,
    combine: row.combine,
    cumulative: row.cumulative,
    descriptionZh: row.description_zh,
    descriptionEn: row.description_en,
    source: row.source,
    isSample: row.is_sample,
  };
}

export function presentDefinition(row: DefinitionRow, context: RequestContext): IndicatorDto {
  return { ...presentPublicDefinition(row), abilities: definitionAbilities(context.actor) };
}

export function figureOf(row: ValueRow, definition: DefinitionRow): ValueFigure {
  return {
    zoneId: row.zone_id,
    zoneName: row.zone_name,
    period: row.period,
    value: row.value,
    unit: definition.unit,
    qualifier: row.qualifier,
    source: row.source,
    sourceSentence: row.source_sentence,
    isSample: row.is_sample,
  };
}

/** A version for staff; who recorded it and the internal note only inside the zone's subtree. */
export function presentValue(row: ValueRow, definition: DefinitionRow, context: RequestContext): IndicatorValueDto {
  return withoutInternals(context.actor, row.zone_path, {
    ...figureOf(row, definition),
    id: row.id,
    indicatorCode: definition.code,
    internalNote: row.internal_note,
    recordedBy: row.recorded_by_name,
    recordedAt: iso(row.recorded_at)!,
    supersededAt: iso(row.superseded_at),
    supersededBy: row.superseded_by,
    correctionReason: row.correction_reason,
    publishedAt: iso(row.published_at),
    abilities: valueAbilities(context.actor, row),
  }, ['internalNote', 'recordedBy']);
}

/** A published version for the public: the figure, its qualifier and its source, nothing internal. */
export function presentPublicValue(row: ValueRow, definition: DefinitionRow): PublicIndicatorValueDto {
  return {
    ...figureOf(row, definition),
    corrected: row.correction_reason !== null,
    publishedAt: iso(row.published_at)!,
  };
}

/** The definition named `code`, or 404. */
export async function getDefinition(db: Kysely<Database>, code: string): Promise<DefinitionRow> {
  const row = await findDefinition(db, code);
  if (!row) throw notFound();
  return row;
}

export async function createDefinition(db: Kysely<Database>, context: RequestContext, body: CreateIndicatorBody): Promise<IndicatorDto> {
  requireDefinitionEditor(context.actor);
  return db.transaction().execute(async (trx) => {
    if (await findDefinition(trx, body.code)) throw new AppError('INDICATOR_CODE_TAKEN', { code: body.code });
    const inserted = await trx
      .insertInto('indicator_definitions')
      .values({
        code: body.code,
        name_zh: body.nameZh,
        name_en: body.nameEn,
        unit: body.unit,
        period_kind: body.periodKind,
        combine: body.combine,
        cumulative: body.cumulative,
        description_zh: body.descriptionZh || null,
        description_en: body.descriptionEn || null,
        source: body.source || null,
        is_sample: body.isSample,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(trx, context, { type: 'indicator.created', entityId: inserted.code, after: inserted });
    return presentDefinition(inserted, context);
  });
}

export async function updateDefinition(db: Kysely<Database>, context: RequestContext, code: string, body: UpdateIndicatorBody): Promise<IndicatorDto> {
  requireDefinitionEditor(context.actor);
  return db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('indicator_definitions').selectAll().where('code', '=', code).forUpdate().executeTakeFirst();
    if (!before) throw notFound();
    const reshaped = (body.unit !== undefined && body.unit !== before.unit) || (body.periodKind !== undefined && body.periodKind !== before.period_kind);
    if (reshaped && (await definitionHasValues(trx, before.id))) throw new AppError('INDICATOR_SHAPE_LOCKED');
    const changes = {
      ...(body.nameZh !== undefined && { name_zh: body.nameZh }),
      ...(body.nameEn !== undefined && { name_en: body.nameEn }),
      ...(body.unit !== undefined && { unit: body.unit }),
      ...(body.periodKind !== undefined && { period_kind: body.periodKind }),
      ...(body.combine !== undefined && { combine: body.combine }),
      ...(body.cumulative !== undefined && { cumulative: body.cumulative }),
      ...(body.descriptionZh !== undefined && { description_zh: body.descriptionZh || null }),
      ...(body.descriptionEn !== undefined && { description_en: body.descriptionEn || null }),
      ...(body.source !== undefined && { source: body.source || null }),
      ...(body.isSample !== undefined && { is_sample: body.isSample }),
    };
    if (Object.keys(changes).length === 0) return presentDefinition(before, context);
    const after = await trx.updateTable('indicator_definitions').set({ ...changes, updated_at: new Date() }).where('id', '=', before.id).returningAll().executeTakeFirstOrThrow();
    await writeAudit(trx, context, { type: 'indicator.updated', entityId: code, before, after });
    return presentDefinition(after, context);
  });
}
