/**
 * The opening-platform ledger: create and edit entries, and present them. Order in each
 * operation: load within scope (404) → authorise (403) → write the change and its audit entry
 * in one transaction. Lifecycle steps go through the shared runner (transition-platform.ts).
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { RequestContext } from '../../kernel/actor.js';
import { AppError, notFound } from '../../kernel/errors.js';
import { withoutInternals } from '../../kernel/internal-fields.js';
import { PUBLIC_PLATFORM_STATUSES } from '../../shared/platforms.enums.js';
import type { DatePrecision } from '../../shared/partial-date.js';
import { writeAudit } from '../audit/audit.service.js';
import { getZone } from '../zones/zones.service.js';
import { zoneAbilities } from '../zones/zones.policy.js';
import { countVisibleBySubtree, findVisiblePlatform, unsafeListPlatformEvents, listZonesWithVisiblePlatforms, type PlatformEventRow, type PlatformRow, type StageEvent } from './platforms.repo.js';
import { platformAbilities } from './platforms.policy.js';
import { reindexPlatform } from './platform-search.js';
import type { CreatePlatformBody, PlatformDto, PlatformEventDto, UpdatePlatformBody } from './platforms.schema.js';
import { viewerOf } from '../../kernel/viewer.js';

/** Date each stage was reached, from the latest event that entered it. */
function stageDates(events: StageEvent[]): PlatformDto['statusDates'] {
  const dates: PlatformDto['statusDates'] = {};
  for (const event of events) {
    if (!event.to_status || event.to_status === event.from_status) continue;
    dates[event.to_status] = { on: event.occurred_on, precision: event.occurred_precision as DatePrecision | null };
  }
  return dates;
}

export function presentPlatform(row: PlatformRow, events: StageEvent[], context: RequestContext): PlatformDto {
  return {
    id: row.id,
    zoneId: row.zone_id,
    zoneName: row.zone_name,
    type: row.type,
    name: row.name,
    status: row.status,
    isPublic: PUBLIC_PLATFORM_STATUSES.includes(row.status),
    note: row.note,
    source: row.source,
    ...withoutInternals(context.actor, row.zone_path, { sourceNote: row.source_note }, ['sourceNote']),
    statusDates: stageDates(events),
    updatedAt: new Date(row.updated_at).toISOString(),
    abilities: platformAbilities(context.actor, row),
  };
}

/** Who recorded a step and their note are internal to the platform's zone subtree. */
export function presentEvent(event: PlatformEventRow, context: RequestContext, zonePath: string): PlatformEventDto {
  return withoutInternals(context.actor, zonePath, {
    id: event.id,
    action: event.action,
    fromStatus: event.from_status,
    toStatus: event.to_status,
    occurredOn: event.occurred_on,
    precision: event.occurred_precision as DatePrecision | null,
    document: event.document,
    note: event.note,
    actorName: event.actor_name,
    hasActor: event.actor_id !== null,
    createdAt: new Date(event.created_at).toISOString(),
  }, PLATFORM_EVENT_INTERNALS);
}
const PLATFORM_EVENT_INTERNALS = ['note', 'actorName'] as const;

/** Presents listed rows, which carry the events their stage dates come from. */
export function presentPlatforms(rows: (PlatformRow & { stage_events: StageEvent[] })[], context: RequestContext): PlatformDto[] {
  return rows.map((row) => presentPlatform(row, row.stage_events, context));
}

/** Loads a platform the actor may see, or answers 404. */
export async function getVisiblePlatform(db: Kysely<Database>, context: RequestContext, id: number): Promise<PlatformRow> {
  const row = await findVisiblePlatform(db, viewerOf(context), id);
  if (!row) throw notFound();
  return row;
}

/** The platform as the viewer sees it now, with the events its stage dates come from. */
export async function reload(trx: Kysely<Database> | Transaction<Database>, context: RequestContext, id: number) {
  const row = await findVisiblePlatform(trx, viewerOf(context), id);
  if (!row) throw notFound();
  return presentPlatform(row, await unsafeListPlatformEvents(trx, [id]), context);
}

/** Opens a new ledger entry at the planning stage. */
export async function createPlatform(db: Kysely<Database>, context: RequestContext, zoneId: number, body: CreatePlatformBody): Promise<PlatformDto> {
  const zone = await getZone(db, zoneId);
  if (!zoneAbilities(context.actor, zone).createPlatform) throw new AppError('FORBIDDEN');
  return db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('platforms')
      .values({ zone_id: zone.id, type: body.type, name: body.name, status: 'planning', note: body.note || null, source: body.source || null, source_note: body.sourceNote || null, created_by: context.actor!.id })
      .returningAll()
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('platform_events')
      .values({ platform_id: inserted.id, action: 'plan', from_status: null, to_status: 'planning', actor_id: context.actor!.id })
      .execute();
    await writeAudit(trx, context, { type: 'platform.created', entityId: inserted.id, after: inserted });
    await reindexPlatform(trx, inserted.id);
    return reload(trx, context, inserted.id);
  });
}

export async function updatePlatform(db: Kysely<Database>, context: RequestContext, id: number, body: UpdatePlatformBody): Promise<PlatformDto> {
  const row = await getVisiblePlatform(db, context, id);
  if (!platformAbilities(context.actor, row).update) throw new AppError('FORBIDDEN');
  return db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('platforms').selectAll().where('id', '=', id).forUpdate().executeTakeFirstOrThrow();
    const changes = {
      ...(body.type !== undefined && { type: body.type }),
      ...(body.name !== undefined && { name: body.name }),
      ...(body.note !== undefined && { note: body.note || null }),
      ...(body.source !== undefined && { source: body.source || null }),
      ...(body.sourceNote !== undefined && { source_note: body.sourceNote || null }),
    };
    if (Object.keys(changes).length > 0) {
      const after = await trx.updateTable('platforms').set({ ...changes, updated_at: new Date() }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
      await writeAudit(trx, context, { type: 'platform.updated', entityId: id, before, after });
      await reindexPlatform(trx, id);
    }
    return reload(trx, context, id);
  });
}

/** The platform counts a zone shows (wired into the zone routes by src/server/features.ts). */
export const ZONE_PLATFORM_COUNTS = { listWithOwnCounts: listZonesWithVisiblePlatforms, countBySubtree: countVisibleBySubtree };
