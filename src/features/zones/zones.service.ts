/** Reading and changing the zone tree; every change is audited in its transaction. */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { RequestContext } from '../../kernel/actor.js';
import { AppError, notFound } from '../../kernel/errors.js';
import { withoutInternals } from '../../kernel/internal-fields.js';
import { ZONE_CHILD_TYPES, type ZoneType } from '../../shared/zones.enums.js';
import { type ReformTask } from '../../shared/innovations.enums.js';
import { parsePartialDate, type DatePrecision } from '../../shared/partial-date.js';

import './zones.messages.js';
import { writeAudit } from '../audit/audit.service.js';
import { findZoneByCode, findZoneById, listZones, nextZoneId, type ZoneRow } from './zones.repo.js';
import { zoneAbilities } from './zones.policy.js';
import type { CreateZoneBody, UpdateZoneBody, ZoneDto } from './zones.schema.js';

/** The row as the API shows it; platform counts come from the caller (they are scoped). */
export function presentZone(row: ZoneRow, context: RequestContext, platformCount: number): ZoneDto {
  return {
    id: row.id,
    code: row.code,
    parentId: row.parent_id,
    type: row.type,
    name: row.name,
    nameEn: row.name_en,
    shortName: row.short_name,
    establishedOn: row.established_on,
    establishedPrecision: row.established_precision as DatePrecision | null,
    areaKm2: row.area_km2,
    positioning: row.positioning,
    tasks: row.tasks as ReformTask[],
    group: row.group_name,
    description: row.description,
    source: row.source,
    ...withoutInternals(context.actor, row.path, { sourceNote: row.source_note }, ['sourceNote']),
    platformCount,
    abilities: zoneAbilities(context.actor, row),
  };
}

export { listZones, findZoneById, findZoneByCode };

/** Loads a zone or answers 404. */
export async function getZone(db: Kysely<Database>, id: number): Promise<ZoneRow> {
  const zone = await findZoneById(db, id);
  if (!zone) throw notFound();
  return zone;
}

function dateColumns(value: string | null | undefined) {
  if (value === undefined) return {};
  const parsed = value === null ? null : parsePartialDate(value);
  return { established_on: parsed?.on ?? null, established_precision: parsed?.precision ?? null };
}

function editableColumns(body: UpdateZoneBody) {
  return {
    ...(body.name !== undefined && { name: body.name }),
    ...(body.nameEn !== undefined && { name_en: body.nameEn }),
    ...(body.shortName !== undefined && { short_name: body.shortName }),
    ...dateColumns(body.establishedOn),
    ...(body.areaKm2 !== undefined && { area_km2: body.areaKm2 }),
    ...(body.positioning !== undefined && { positioning: body.positioning || null }),
    ...(body.tasks !== undefined && { tasks: [...new Set(body.tasks)] }),
    ...(body.group !== undefined && { group_name: body.group }),
    ...(body.description !== undefined && { description: body.description || null }),
    ...(body.source !== undefined && { source: body.source }),
    ...(body.sourceNote !== undefined && { source_note: body.sourceNote || null }),
  };
}

/** Creates a child zone under `parentId` (province admin within scope). */
export async function createZone(db: Kysely<Database>, context: RequestContext, body: CreateZoneBody): Promise<ZoneRow> {
  const parent = await findZoneById(db, body.parentId);
  if (!parent) throw notFound();
  if (!zoneAbilities(context.actor, parent).createChild) throw new AppError('FORBIDDEN');
  const allowed: readonly ZoneType[] = ZONE_CHILD_TYPES[parent.type];
  if (!allowed.includes(body.type)) {
    const params = { parentType: parent.type, childType: body.type };
    throw new AppError('INVALID_PARENT', params, [{ path: 'type', key: 'INVALID_PARENT', params }]);
  }
  return db.transaction().execute(async (trx) => {
    if (await findZoneByCode(trx, body.code)) {
      throw new AppError('DUPLICATE_CODE', { code: body.code }, [{ path: 'code', key: 'DUPLICATE_CODE', params: { code: body.code } }]);
    }
    const id = await nextZoneId(trx);
    const last = await trx.selectFrom('zones').select((eb) => eb.fn.max('sort_order').as('n')).executeTakeFirstOrThrow();
    const row = await trx
      .insertInto('zones')
      .values({
        id,
        code: body.code,
        parent_id: parent.id,
        path: `${parent.path}${id}/`,
        type: body.type,
        name: body.name,
        name_en: body.nameEn ?? null,
        short_name: body.shortName,
        source: body.source,
        sort_order: Number(last.n ?? 0) + 1,
        ...editableColumns({ ...body, tasks: body.type === 'pilot' ? body.tasks : [] }),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(trx, context, { type: 'zone.created', entityId: row.id, after: row });
    return row;
  });
}

/** Updates a zone's descriptive fields (province admin within scope). */
export async function updateZone(db: Kysely<Database>, context: RequestContext, id: number, body: UpdateZoneBody): Promise<ZoneRow> {
  const zone = await getZone(db, id);
  if (!zoneAbilities(context.actor, zone).update) throw new AppError('FORBIDDEN');
  const changes = editableColumns({ ...body, ...(body.tasks && zone.type !== 'pilot' ? { tasks: [] } : {}) });
  if (Object.keys(changes).length === 0) return zone;
  return db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('zones').selectAll().where('id', '=', id).forUpdate().executeTakeFirstOrThrow();
    const after = await trx
      .updateTable('zones')
      .set({ ...changes, updated_at: new Date() })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(trx, context, { type: 'zone.updated', entityId: id, before, after });
    return after;
  });
}
