/**
 * Creating, editing and presenting innovations. Each write runs in one transaction with
 * its event, its audit entry and its search-index update.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import { canWriteZone, type RequestContext } from '../../kernel/actor.js';
import { AppError, notFound } from '../../kernel/errors.js';
import { withoutInternals } from '../../kernel/internal-fields.js';
import { PUBLISHED_INNOVATION_STATUSES } from '../../shared/innovations.enums.js';
import { parsePartialDate, type DatePrecision } from '../../shared/partial-date.js';
import { writeAudit } from '../audit/audit.service.js';
import { getZone } from '../zones/zones.service.js';
import { findVisibleInnovation, type InnovationListRow, type InnovationRow } from './innovations.repo.js';
export type { InnovationRow };
import { innovationAbilities } from './innovations.policy.js';
import { reindexInnovation, reindexInnovations } from './innovation-search.js';
import type { CreateInnovationBody, InnovationDto, InnovationListItemDto, PublicInnovationDto, PublicInnovationListItemDto, UpdateInnovationBody } from './innovations.schema.js';
import { viewerOf, type Viewer } from '../../kernel/viewer.js';


/** What a list item and a whole record both show: identity, zone, status and the decisions taken. */
function presentSummary(row: Omit<InnovationListRow, 'excerpt'>) {
  return {
    id: row.id,
    zoneId: row.zone_id,
    zoneName: row.zone_name,
    zoneShortName: row.zone_short_name,
    name: row.name,
    domain: row.domain,
    task: row.task,
    novelty: row.novelty,
    exploredOn: row.explored_on,
    exploredPrecision: row.explored_precision as DatePrecision | null,
    status: row.status,
    isPublished: PUBLISHED_INNOVATION_STATUSES.includes(row.status),
    recognition:
      row.recognized_on || row.recognized_document
        ? { on: row.recognized_on, precision: row.recognized_precision as DatePrecision | null, document: row.recognized_document, batch: row.recognized_batch }
        : null,
    provinceReplication:
      row.province_replicated_on || row.province_replicated_document
        ? { on: row.province_replicated_on, precision: row.province_replicated_precision as DatePrecision | null, document: row.province_replicated_document }
        : null,
    nationReplication:
      row.nation_replicated_on || row.nation_replicated_document
        ? {
            on: row.nation_replicated_on,
            precision: row.nation_replicated_precision as DatePrecision | null,
            document: row.nation_replicated_document,
            batch: row.nation_replicated_batch,
          }
        : null,
    adoptionCount: row.adoption_count,
    source: row.source,
    isSample: row.is_sample,
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

export function presentPublicInnovation(row: InnovationRow): PublicInnovationDto {
  return {
    ...presentSummary(row),
    painPoint: row.pain_point,
    measures: row.measures,
    effects: (row.effects ?? []).map((e) => ({ label: e.label, value: e.value ?? null, unit: e.unit ?? null, period: e.period ?? null, text: e.text ?? null })),
    departments: row.departments,
    tags: row.tags,
  };
}

export function presentInnovation(row: InnovationRow, context: RequestContext): InnovationDto {
  const internals = withoutInternals(context.actor, row.zone_path, { sourceNote: row.source_note }, ['sourceNote']);
  return { ...presentPublicInnovation(row), ...internals, abilities: innovationAbilities(context.actor, row) };
}

/** A case library item: the summary and an excerpt of the measures. */
export function presentPublicListItem(row: InnovationListRow): PublicInnovationListItemDto {
  return { ...presentSummary(row), excerpt: row.excerpt };
}

/** A console list item: as the case library's, with what the actor may do. */
export function presentListItem(row: InnovationListRow, context: RequestContext): InnovationListItemDto {
  return { ...presentPublicListItem(row), abilities: innovationAbilities(context.actor, row) };
}

export async function getVisibleInnovation(db: Kysely<Database>, visibility: Viewer, id: number): Promise<InnovationRow> {
  const row = await findVisibleInnovation(db, visibility, id);
  if (!row) throw notFound();
  return row;
}

function contentColumns(body: UpdateInnovationBody) {
  const explored = body.exploredOn === undefined ? undefined : body.exploredOn === null ? null : parsePartialDate(body.exploredOn);
  return {
    ...(body.name !== undefined && { name: body.name }),
    ...(body.domain !== undefined && { domain: body.domain }),
    ...(body.task !== undefined && { task: body.task }),
    ...(body.novelty !== undefined && { novelty: body.novelty }),
    ...(body.painPoint !== undefined && { pain_point: body.painPoint || null }),
    ...(body.measures !== undefined && { measures: body.measures || null }),
    ...(body.effects !== undefined && {
      effects: JSON.stringify(body.effects.map((e) => ({ label: e.label, value: e.value ?? null, unit: e.unit ?? null, period: e.period ?? null, text: e.text ?? null }))),
    }),
    ...(body.departments !== undefined && { departments: [...new Set(body.departments)] }),
    ...(body.tags !== undefined && { tags: [...new Set(body.tags)] }),
    ...(explored !== undefined && { explored_on: explored?.on ?? null, explored_precision: explored?.precision ?? null }),
    ...(body.source !== undefined && { source: body.source || null }),
    ...(body.sourceNote !== undefined && { source_note: body.sourceNote || null }),
  };
}

/**
 * Inserts a draft innovation inside `trx` (used by the form and by the all-or-nothing
 * Excel import). The caller has checked that the actor may write the zone.
 */
/**
 * Creates innovations as drafts, each with its creation event, audit entry and search document:
 * one statement per table for all of them (an import's chunk of 250 rows costs a handful of
 * round trips, not a thousand). The ids come back in the order of `bodies`.
 */
export async function insertInnovations(trx: Transaction<Database>, context: RequestContext, bodies: readonly CreateInnovationBody[]): Promise<number[]> {
  if (bodies.length === 0) return [];
  const actorId = context.actor?.id ?? null;
  const inserted = await trx
    .insertInto('innovations')
    .values(bodies.map((body) => ({ zone_id: body.zoneId, created_by: actorId, status: 'draft' as const, ...contentColumns(body), name: body.name, domain: body.domain })))
    .returningAll()
    .execute();
  // Serial ids are drawn in the order of the VALUES list, so id order is the order of `bodies`.
  inserted.sort((a, b) => a.id - b.id);
  const ids = inserted.map((row) => row.id);
  await trx
    .insertInto('innovation_events')
    .values(ids.map((id) => ({ innovation_id: id, action: 'create', from_status: null, to_status: 'draft' as const, actor_id: actorId })))
    .execute();
  for (const row of inserted) await writeAudit(trx, context, { type: 'innovation.created', entityId: row.id, after: row });
  await reindexInnovations(trx, ids);
  return ids;
}

/** Checks that the actor may create innovations in `zoneId` (404 unknown zone, 403 out of scope). */
export async function assertCanCreateIn(db: Kysely<Database>, context: RequestContext, zoneId: number) {
  const zone = await getZone(db, zoneId);
  if (!canWriteZone(context.actor, zone.path) || zone.type === 'country') throw new AppError('FORBIDDEN');
  return zone;
}

export async function createInnovation(db: Kysely<Database>, context: RequestContext, body: CreateInnovationBody): Promise<InnovationDto> {
  await assertCanCreateIn(db, context, body.zoneId);
  const [id] = (await db.transaction().execute((trx) => insertInnovations(trx, context, [body]))) as [number];
  return presentInnovation(await getVisibleInnovation(db, viewerOf(context), id), context);
}

export async function updateInnovation(db: Kysely<Database>, context: RequestContext, id: number, body: UpdateInnovationBody): Promise<InnovationDto> {
  const row = await getVisibleInnovation(db, viewerOf(context), id);
  if (!innovationAbilities(context.actor, row).update) throw new AppError('FORBIDDEN');
  const changes = contentColumns(body);
  if (Object.keys(changes).length > 0) {
    await db.transaction().execute(async (trx) => {
      const before = await trx.selectFrom('innovations').selectAll().where('id', '=', id).forUpdate().executeTakeFirstOrThrow();
      // Status may have moved since the check above: re-check under the lock.
      if (!innovationAbilities(context.actor, { zone_path: row.zone_path, status: before.status }).update) throw new AppError('FORBIDDEN');
      const after = await trx.updateTable('innovations').set({ ...changes, updated_at: new Date() }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
      await writeAudit(trx, context, { type: 'innovation.updated', entityId: id, before, after });
      await reindexInnovation(trx, id);
    });
  }
  return presentInnovation(await getVisibleInnovation(db, viewerOf(context), id), context);
}
