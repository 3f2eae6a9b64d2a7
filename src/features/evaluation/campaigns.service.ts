/**
 * Campaign use cases: series, campaigns and their categories. Order in each operation: load
 * within scope (404) → authorise (403) → in one transaction, lock the campaign row, check its
 * status and the setup (409 / 400), write, and the audit entry. Lifecycle steps go through the
 * shared runner (transition-campaign.ts).
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { RequestContext } from '../../kernel/actor.js';
import { canWriteZone } from '../../kernel/actor.js';
import { AppError, notFound } from '../../kernel/errors.js';
import { withoutInternals } from '../../kernel/internal-fields.js';
import { PUBLIC_VIEWER, viewerOf } from '../../kernel/viewer.js';
import { EDITABLE_CAMPAIGN_STATUSES, PUBLIC_CAMPAIGN_STATUSES, PUBLIC_RESULTS_STATUSES, type CampaignKind } from '../../shared/evaluation.enums.js';
import { writeAudit } from '../audit/audit.service.js';
import { getZone } from '../zones/zones.service.js';
import './evaluation.messages.js';
import {
  findVisibleCampaign,
  findVisibleCategory,
  listStagesOfVisibleCampaign,
  listVisibleCampaigns,
  listVisibleSeries,
  isRegistering,
  unsafeListCategories,
  type CampaignRow,
  type CategoryRow,
  type SeriesRow,
} from './campaigns.repo.js';
import { campaignAbilities, organises } from './evaluation.policy.js';
import { checkDatesForward, checkPrizes, checkStagesWithin } from './setup-checks.js';
import { presentStage } from './stage-present.js';
import type {
  CampaignDto,
  CategoryDto,
  CreateCampaignBody,
  CreateCategoryBody,
  CreateSeriesBody,
  ListCampaignsQuery,
  PublicCampaignDto,
  SeriesDto,
  UpdateCampaignBody,
  UpdateCategoryBody,
} from './campaigns.schema.js';

type Db = Kysely<Database>;
const isUniqueViolation = (error: unknown) => (error as { code?: unknown } | null)?.code === '23505';

export function presentSeries(row: SeriesRow, context: RequestContext): SeriesDto {
  return {
    id: row.id,
    name: row.name,
    organiserZoneId: row.organiser_zone_id,
    organiserZoneName: row.zone_name,
    description: row.description,
    source: row.source,
    abilities: { createCampaign: canWriteZone(context.actor, row.zone_path) },
  };
}

export function presentCampaign(row: CampaignRow, context: RequestContext): CampaignDto {
  return {
    ...presentPublicCampaign(row),
    isPublic: PUBLIC_CAMPAIGN_STATUSES.includes(row.status),
    ...withoutInternals(context.actor, row.zone_path, { sourceNote: row.source_note }, ['sourceNote']),
    updatedAt: new Date(row.updated_at).toISOString(),
    abilities: campaignAbilities(context.actor, row),
  };
}

export function presentPublicCampaign(row: CampaignRow): PublicCampaignDto {
  return {
    id: row.id,
    seriesId: row.series_id,
    seriesName: row.series_name,
    edition: row.edition,
    year: row.year,
    kind: row.campaign_kind,
    title: row.title,
    status: row.status,
    organiserZoneId: row.organiser_zone_id,
    organiserZoneName: row.zone_name,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    source: row.source,
    note: row.note,
    registrationOpen: isRegistering(row),
  };
}

export function presentCategory(row: CategoryRow): CategoryDto {
  return { id: row.id, campaignId: row.campaign_id, name: row.name, sortOrder: row.sort_order, slots: row.slots, prizes: row.prizes };
}

export async function listSeries(db: Db, context: RequestContext): Promise<SeriesDto[]> {
  return (await listVisibleSeries(db, viewerOf(context))).map((row) => presentSeries(row, context));
}

/** A new series under an organiser zone the actor writes for. */
export async function createSeries(db: Db, context: RequestContext, body: CreateSeriesBody): Promise<SeriesDto> {
  const zone = await getZone(db, body.organiserZoneId);
  if (!canWriteZone(context.actor, zone.path)) throw new AppError('FORBIDDEN');
  const taken = () => new AppError('SERIES_NAME_TAKEN', { name: body.name }, [{ path: 'name', key: 'SERIES_NAME_TAKEN', params: { name: body.name } }]);
  try {
    return await db.transaction().execute(async (trx) => {
      const clash = await trx.selectFrom('campaign_series').select('id').where('organiser_zone_id', '=', zone.id).where('name', '=', body.name).executeTakeFirst();
      if (clash) throw taken();
      const row = await trx.insertInto('campaign_series').values({ name: body.name, organiser_zone_id: zone.id, created_by: context.actor!.id }).returningAll().executeTakeFirstOrThrow();
      await writeAudit(trx, context, { type: 'campaign_series.created', entityId: row.id, after: row });
      const [series] = await listVisibleSeries(trx, viewerOf(context), row.id);
      return presentSeries(series!, context);
    });
  } catch (error) {
    // Two offices naming a series at once: the second finds the unique key taken.
    if (isUniqueViolation(error)) throw taken();
    throw error;
  }
}

export async function listCampaigns(db: Db, context: RequestContext, query: ListCampaignsQuery) {
  const { page, pageSize, ...filter } = query;
  const { rows, total } = await listVisibleCampaigns(db, viewerOf(context), { ...filter, limit: pageSize, offset: (page - 1) * pageSize });
  return { items: rows.map((row) => presentCampaign(row, context)), total };
}

/** The public list: published campaigns, as anyone sees them, and the contests open for registration. */
export async function listPublicCampaigns(db: Db, query: { kind?: CampaignKind; page: number; pageSize: number }) {
  const { rows, total } = await listVisibleCampaigns(db, PUBLIC_VIEWER, { kind: query.kind, alsoPublicNow: true, limit: query.pageSize, offset: (query.page - 1) * query.pageSize });
  // One query for the page: the campaigns among these with a stage's results public.
  const withResults = new Set(
    rows.length === 0
      ? []
      : (
          await db
            .selectFrom('stage_results as r')
            .innerJoin('campaign_stages as st', 'st.id', 'r.id')
            .select('st.campaign_id')
            .distinct()
            .where('st.campaign_id', 'in', rows.map((row) => row.id))
            .where('r.status', 'in', PUBLIC_RESULTS_STATUSES)
            .execute()
        ).map((row) => row.campaign_id),
  );
  return { items: rows.map((row) => ({ ...presentPublicCampaign(row), resultsPublished: withResults.has(row.id) })), total };
}

export async function getVisibleCampaign(db: Db | Transaction<Database>, context: RequestContext, id: number): Promise<CampaignRow> {
  const row = await findVisibleCampaign(db, viewerOf(context), id);
  if (!row) throw notFound();
  return row;
}

export async function reloadCampaign(db: Db | Transaction<Database>, context: RequestContext, id: number): Promise<CampaignDto> {
  return presentCampaign(await getVisibleCampaign(db, context, id), context);
}

/** A campaign with its categories and stages (each with its criteria). */
export async function getCampaignDetail(db: Db, context: RequestContext, id: number) {
  const row = await getVisibleCampaign(db, context, id);
  const [categories, stages] = await Promise.all([unsafeListCategories(db, id), listStagesOfVisibleCampaign(db, viewerOf(context), id)]);
  return { campaign: presentCampaign(row, context), categories: categories.map(presentCategory), stages: stages.map((stage) => presentStage(stage, context)) };
}

/**
 * Locks the campaign for a change to its setup and checks that it may still change (draft or
 * open); two organisers editing at once are served one after the other.
 */
export async function lockEditableCampaign(trx: Transaction<Database>, campaignId: number) {
  const locked = await trx.selectFrom('campaigns').selectAll().where('id', '=', campaignId).forUpdate().executeTakeFirstOrThrow();
  if (!EDITABLE_CAMPAIGN_STATUSES.includes(locked.status)) throw new AppError('CAMPAIGN_NOT_EDITABLE', { status: locked.status });
  return locked;
}

const editionTaken = (edition: number) => new AppError('EDITION_TAKEN', { edition }, [{ path: 'edition', key: 'EDITION_TAKEN', params: { edition } }]);

/** A new edition of a series, in draft. Best-case selections are the province office's; a zone's staff organise its contests. */
export async function createCampaign(db: Db, context: RequestContext, body: CreateCampaignBody): Promise<CampaignDto> {
  const [series] = await listVisibleSeries(db, viewerOf(context), body.seriesId);
  if (!series) throw notFound();
  if (!organises(context.actor, { zone_path: series.zone_path, campaign_kind: body.kind })) {
    throw new AppError(body.kind === 'best_case' && canWriteZone(context.actor, series.zone_path) ? 'BEST_CASE_BY_PROVINCE' : 'FORBIDDEN');
  }
  const dates = { starts_on: body.startsOn ?? null, ends_on: body.endsOn ?? null };
  checkDatesForward(dates);
  return db.transaction().execute(async (trx) => {
    // The series row serialises editions: two offices adding 第六届 at once get one of it.
    await trx.selectFrom('campaign_series').select('id').where('id', '=', series.id).forUpdate().executeTakeFirstOrThrow();
    const clash = await trx.selectFrom('campaigns').select('id').where('series_id', '=', series.id).where('edition', '=', body.edition).executeTakeFirst();
    if (clash) throw editionTaken(body.edition);
    const row = await trx
      .insertInto('campaigns')
      .values({
        series_id: series.id,
        organiser_zone_id: series.organiser_zone_id,
        edition: body.edition,
        year: body.year,
        kind: body.kind,
        title: body.title,
        ...dates,
        source: body.source || null,
        source_note: body.sourceNote || null,
        created_by: context.actor!.id,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(trx, context, { type: 'campaign.created', entityId: row.id, after: row });
    return reloadCampaign(trx, context, row.id);
  });
}

export async function updateCampaign(db: Db, context: RequestContext, id: number, body: UpdateCampaignBody): Promise<CampaignDto> {
  const row = await getVisibleCampaign(db, context, id);
  if (!organises(context.actor, row)) throw new AppError('FORBIDDEN');
  return db.transaction().execute(async (trx) => {
    const before = await lockEditableCampaign(trx, id);
    const changes = {
      ...(body.edition !== undefined && { edition: body.edition }),
      ...(body.year !== undefined && { year: body.year }),
      ...(body.title !== undefined && { title: body.title }),
      ...(body.startsOn !== undefined && { starts_on: body.startsOn }),
      ...(body.endsOn !== undefined && { ends_on: body.endsOn }),
      ...(body.source !== undefined && { source: body.source || null }),
      ...(body.sourceNote !== undefined && { source_note: body.sourceNote || null }),
    };
    if (Object.keys(changes).length === 0) return reloadCampaign(trx, context, id);
    const dates = { starts_on: changes.starts_on !== undefined ? changes.starts_on : before.starts_on, ends_on: changes.ends_on !== undefined ? changes.ends_on : before.ends_on };
    checkDatesForward(dates);
    checkStagesWithin(dates, await trx.selectFrom('campaign_stages').select(['name', 'starts_on', 'ends_on']).where('campaign_id', '=', id).execute());
    if (changes.edition !== undefined && changes.edition !== before.edition) {
      // Under the series' lock, as a new edition is added (createCampaign).
      await trx.selectFrom('campaign_series').select('id').where('id', '=', before.series_id).forUpdate().executeTakeFirstOrThrow();
      const clash = await trx.selectFrom('campaigns').select('id').where('series_id', '=', before.series_id).where('edition', '=', changes.edition).executeTakeFirst();
      if (clash) throw editionTaken(changes.edition);
    }
    const after = await trx.updateTable('campaigns').set({ ...changes, updated_at: new Date() }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
    await writeAudit(trx, context, { type: 'campaign.updated', entityId: id, before, after });
    return reloadCampaign(trx, context, id);
  });
}

const nameTaken = (name: string) => new AppError('CATEGORY_NAME_TAKEN', { name }, [{ path: 'name', key: 'CATEGORY_NAME_TAKEN', params: { name } }]);

async function checkCategoryName(trx: Transaction<Database>, campaignId: number, name: string, exceptId?: number) {
  let query = trx.selectFrom('campaign_categories').select('id').where('campaign_id', '=', campaignId).where('name', '=', name);
  if (exceptId !== undefined) query = query.where('id', '<>', exceptId);
  if (await query.executeTakeFirst()) throw nameTaken(name);
}

export async function createCategory(db: Db, context: RequestContext, campaignId: number, body: CreateCategoryBody): Promise<CategoryDto> {
  const campaign = await getVisibleCampaign(db, context, campaignId);
  if (!organises(context.actor, campaign)) throw new AppError('FORBIDDEN');
  const prizes = body.prizes ?? [];
  checkPrizes(prizes, body.slots ?? null);
  return db.transaction().execute(async (trx) => {
    await lockEditableCampaign(trx, campaignId);
    await checkCategoryName(trx, campaignId, body.name);
    const row = await trx
      .insertInto('campaign_categories')
      .values({ campaign_id: campaignId, name: body.name, sort_order: body.sortOrder ?? 0, slots: body.slots ?? null, prizes: JSON.stringify(prizes) })
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(trx, context, { type: 'campaign_category.created', entityId: row.id, after: row });
    return presentCategory(row);
  });
}

async function getOrganisedCategory(db: Db, context: RequestContext, id: number) {
  const category = await findVisibleCategory(db, viewerOf(context), id);
  if (!category) throw notFound();
  if (!organises(context.actor, category)) throw new AppError('FORBIDDEN');
  return category;
}

export async function updateCategory(db: Db, context: RequestContext, id: number, body: UpdateCategoryBody): Promise<CategoryDto> {
  const category = await getOrganisedCategory(db, context, id);
  return db.transaction().execute(async (trx) => {
    await lockEditableCampaign(trx, category.campaign_id);
    const before = await trx.selectFrom('campaign_categories').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    if (body.name !== undefined) await checkCategoryName(trx, before.campaign_id, body.name, id);
    checkPrizes(body.prizes ?? before.prizes, body.slots !== undefined ? body.slots : before.slots);
    const changes = {
      ...(body.name !== undefined && { name: body.name }),
      ...(body.sortOrder !== undefined && { sort_order: body.sortOrder }),
      ...(body.slots !== undefined && { slots: body.slots }),
      ...(body.prizes !== undefined && { prizes: JSON.stringify(body.prizes) }),
    };
    if (Object.keys(changes).length === 0) return presentCategory(before);
    const after = await trx.updateTable('campaign_categories').set(changes).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
    await writeAudit(trx, context, { type: 'campaign_category.updated', entityId: id, before, after });
    return presentCategory(after);
  });
}

/** Removes a category that no entry belongs to yet. */
export async function deleteCategory(db: Db, context: RequestContext, id: number): Promise<void> {
  const category = await getOrganisedCategory(db, context, id);
  await db.transaction().execute(async (trx) => {
    await lockEditableCampaign(trx, category.campaign_id);
    const used = await trx.selectFrom('campaign_entries').select('id').where('category_id', '=', id).limit(1).executeTakeFirst();
    if (used) throw new AppError('CATEGORY_HAS_ENTRIES');
    const rules = await trx.selectFrom('campaign_stages').select(['name', 'advancement']).where('campaign_id', '=', category.campaign_id).execute();
    const ruling = rules.find((stage) => stage.advancement.kind === 'quota' && String(id) in stage.advancement.perCategory);
    if (ruling) throw new AppError('CATEGORY_IN_RULE', { name: ruling.name });
    const before = await trx.deleteFrom('campaign_categories').where('id', '=', id).returningAll().executeTakeFirstOrThrow();
    await writeAudit(trx, context, { type: 'campaign_category.deleted', entityId: id, before });
  });
}
