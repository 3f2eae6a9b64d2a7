/**
 * Replication (复制推广): adoption records, the zone × innovation matrix, diffusion curves,
 * "proven elsewhere, not adopted here" and the live counts the article quotes.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { canWriteZone, type RequestContext } from '../../kernel/actor.js';
import { AppError } from '../../kernel/errors.js';
import { PUBLISHED_INNOVATION_STATUSES } from '../../shared/innovations.enums.js';
import './innovations.messages.js';
import { writeAudit } from '../audit/audit.service.js';
import { getZone } from '../zones/zones.service.js';
import { segment } from '../search/segment.js';
import { canAdopt } from './innovations.policy.js';
import { getVisibleInnovation } from './innovations.service.js';
import type { AdoptionRow } from './innovations.repo.js';
import type { CreateAdoptionBody } from './innovations.schema.js';
import { viewerOf } from '../../kernel/viewer.js';

const PROVINCE_OR_ABOVE = ['province_replicated', 'nation_replicated'] as const;

export function listAdoptions(db: Kysely<Database>, filter: { id?: number; innovationId?: number; zoneId?: number }): Promise<AdoptionRow[]> {
  let query = db
    .selectFrom('innovation_adoptions as a')
    .innerJoin('innovations as i', 'i.id', 'a.innovation_id')
    .innerJoin('zones as z', 'z.id', 'a.zone_id')
    .select(['a.id', 'a.innovation_id', 'i.name as innovation_name', 'a.zone_id', 'z.name as zone_name', 'a.adopted_on', 'a.adaptation', 'a.observed_effect', 'a.source', 'a.source_note', 'a.is_sample', 'z.path as zone_path'])
    // Adoptions are public facts about published innovations only.
    .where('i.status', 'in', PUBLISHED_INNOVATION_STATUSES);
  if (filter.id) query = query.where('a.id', '=', filter.id);
  if (filter.innovationId) query = query.where('a.innovation_id', '=', filter.innovationId);
  if (filter.zoneId) query = query.where('a.zone_id', '=', filter.zoneId);
  return query.orderBy('a.adopted_on').orderBy('a.id').execute();
}

/** Records that a zone in the actor's scope adopted a published innovation from elsewhere. */
export async function createAdoption(db: Kysely<Database>, context: RequestContext, innovationId: number, body: CreateAdoptionBody): Promise<number> {
  const innovation = await getVisibleInnovation(db, viewerOf(context), innovationId);
  if (!canAdopt(context.actor, innovation)) {
    if (!PUBLISHED_INNOVATION_STATUSES.includes(innovation.status as (typeof PUBLISHED_INNOVATION_STATUSES)[number])) {
      throw new AppError('INVALID_TRANSITION', { from: innovation.status, action: 'adopt' });
    }
    throw new AppError('FORBIDDEN');
  }
  if (body.zoneId === undefined && context.actor!.role !== 'zone_staff') {
    // The province's scope is the whole tree: it has to say which zone adopted.
    throw new AppError('VALIDATION_FAILED', {}, [{ path: 'zoneId', key: 'required' }]);
  }
  const zoneId = body.zoneId ?? context.actor!.scopeZoneId!;
  const zone = await getZone(db, zoneId);
  if (!canWriteZone(context.actor, zone.path) || zone.type === 'country' || zone.type === 'ftz') throw new AppError('FORBIDDEN');
  // A zone adopts what was proven outside its own subtree. Innovations of a zone above it
  // (a nationwide experience, an FTZ-wide one) are exactly what it is meant to take up.
  if (innovation.zone_path.startsWith(zone.path)) {
    throw new AppError('ADOPTION_OWN_ZONE', {}, [{ path: 'zoneId', key: 'adoption_own_zone' }]);
  }
  return db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('innovation_adoptions').select('id').where('innovation_id', '=', innovationId).where('zone_id', '=', zone.id).executeTakeFirst();
    if (existing) throw new AppError('DUPLICATE_ADOPTION', { zone: zone.short_name }, [{ path: 'zoneId', key: 'duplicate_adoption', params: { zone: zone.short_name } }]);
    const row = await trx
      .insertInto('innovation_adoptions')
      .values({
        innovation_id: innovationId,
        zone_id: zone.id,
        adopted_on: body.adoptedOn,
        adaptation: body.adaptation || null,
        observed_effect: body.observedEffect || null,
        source: body.source || null,
        source_note: body.sourceNote || null,
        created_by: context.actor!.id,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(trx, context, { type: 'innovation.adopted', entityId: innovationId, after: row });
    return row.id;
  });
}

/** Adoptions over time, cumulative by month: the diffusion curve of one innovation. */
export async function diffusionCurve(db: Kysely<Database>, innovationId: number): Promise<{ month: string; adoptions: number; cumulative: number }[]> {
  const rows = await listAdoptions(db, { innovationId });
  const byMonth = new Map<string, number>();
  for (const row of rows) byMonth.set(row.adopted_on.slice(0, 7), (byMonth.get(row.adopted_on.slice(0, 7)) ?? 0) + 1);
  let cumulative = 0;
  return [...byMonth.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([month, adoptions]) => ({ month, adoptions, cumulative: (cumulative += adoptions) }));
}

export type FormationRow = {
  zoneId: number;
  name: string;
  shortName: string;
  type: string;
  parentId: number | null;
  group: string | null;
  recognized: number;
  provinceReplicated: number;
  nationReplicated: number;
  adoptedFromOthers: number;
  adoptedByOthers: number;
};

/**
 * Live counts per zone (its whole subtree) of published innovations: recognised and above,
 * replicated in the province or higher, replicated nationwide; plus adoptions both ways.
 * One statement: the zones (the few columns shown) with the counts grouped per zone and status,
 * and the adoptions grouped per adopting and originating zone; each zone's subtree is then summed
 * here over the materialised paths (a prefix match per zone pair, cheaper in JavaScript than as a
 * LIKE join on PGlite).
 */
export async function formationCounts(db: Kysely<Database>): Promise<FormationRow[]> {
  const published = sql.join(PUBLISHED_INNOVATION_STATUSES.map((status) => sql.lit(status)));
  const { rows } = await sql<{
    id: number;
    path: string;
    name: string;
    short_name: string;
    type: string;
    parent_id: number | null;
    group_name: string | null;
    /** An innovation status (count = innovations of the zone), or null (count = adoptions by `adopter_id` of the zone's innovations). */
    status: string | null;
    adopter_id: number | null;
    n: number | null;
  }>`
    SELECT z.id, z.path, z.name, z.short_name, z.type, z.parent_id, z.group_name, c.status, c.adopter_id, c.n
    FROM zones z
    LEFT JOIN (
      SELECT i.zone_id, i.status, NULL::int AS adopter_id, count(*)::int AS n
      FROM innovations i WHERE i.status IN (${published}) GROUP BY i.zone_id, i.status
      UNION ALL
      SELECT i.zone_id, NULL, a.zone_id, count(*)::int
      FROM innovation_adoptions a JOIN innovations i ON i.id = a.innovation_id
      WHERE i.status IN (${published}) GROUP BY i.zone_id, a.zone_id
    ) c ON c.zone_id = z.id
    ORDER BY z.sort_order, z.id`.execute(db);
  type Own = { recognized: number; provinceReplicated: number; nationReplicated: number; adoptedFromOthers: number; adoptedByOthers: number };
  const zones: (FormationRow & { path: string })[] = [];
  const own = new Map<number, Own>();
  const ownOf = (id: number) => own.get(id) ?? own.set(id, { recognized: 0, provinceReplicated: 0, nationReplicated: 0, adoptedFromOthers: 0, adoptedByOthers: 0 }).get(id)!;
  for (const row of rows) {
    if (zones[zones.length - 1]?.zoneId !== row.id) {
      zones.push({ zoneId: row.id, path: row.path, name: row.name, shortName: row.short_name, type: row.type, parentId: row.parent_id, group: row.group_name, ...ownOf(row.id) });
    }
    if (row.n === null) continue;
    if (row.status !== null) {
      const counts = ownOf(row.id);
      counts.recognized += row.n;
      if ((PROVINCE_OR_ABOVE as readonly string[]).includes(row.status)) counts.provinceReplicated += row.n;
      if (row.status === 'nation_replicated') counts.nationReplicated += row.n;
    } else {
      ownOf(row.id).adoptedByOthers += row.n;
      ownOf(row.adopter_id!).adoptedFromOthers += row.n;
    }
  }
  return zones.map(({ path, ...zone }) => {
    const sum: Own = { recognized: 0, provinceReplicated: 0, nationReplicated: 0, adoptedFromOthers: 0, adoptedByOthers: 0 };
    for (const other of zones) {
      if (!other.path.startsWith(path)) continue;
      const counts = own.get(other.zoneId)!;
      for (const key of Object.keys(sum) as (keyof Own)[]) sum[key] += counts[key];
    }
    return { ...zone, ...sum };
  });
}

/** Sums counts over a set of zones (e.g. the first group of pilot zones). */
export function totalOf(rows: FormationRow[]) {
  return rows.reduce(
    (sum, row) => ({
      recognized: sum.recognized + row.recognized,
      provinceReplicated: sum.provinceReplicated + row.provinceReplicated,
      nationReplicated: sum.nationReplicated + row.nationReplicated,
    }),
    { recognized: 0, provinceReplicated: 0, nationReplicated: 0 },
  );
}

/** Published innovations of an FTZ's zones (or all) crossed with the zones that adopted them. */
export async function replicationMatrix(db: Kysely<Database>, input: { zonePath: string; level: 'published' | 'province' }) {
  const statuses = input.level === 'province' ? PROVINCE_OR_ABOVE : PUBLISHED_INNOVATION_STATUSES;
  const zones = await db
    .selectFrom('zones')
    .select(['id', 'name', 'short_name', 'type', 'path'])
    .where('path', 'like', `${input.zonePath}%`)
    .where('type', 'in', ['area', 'pilot'])
    .orderBy('sort_order')
    .orderBy('id')
    .execute();
  const innovations = await db
    .selectFrom('innovations as i')
    .innerJoin('zones as z', 'z.id', 'i.zone_id')
    .select(['i.id', 'i.name', 'i.status', 'i.domain', 'i.zone_id', 'z.short_name as zone_short_name'])
    .where('z.path', 'like', `${input.zonePath}%`)
    .where('i.status', 'in', statuses)
    .orderBy('i.id')
    .execute();
  const ids = innovations.map((i) => i.id);
  const adoptions = ids.length
    ? await db.selectFrom('innovation_adoptions').select(['innovation_id', 'zone_id', 'adopted_on']).where('innovation_id', 'in', ids).execute()
    : [];
  return { zones, innovations, adoptions };
}

/**
 * Proven innovations (replicated in the province or above) from other zones that `zoneId`
 * has not adopted, ranked by relevance to what the zone itself works on: text overlap with
 * its own innovations, plus shared domain and task.
 */
export async function recommendationsFor(db: Kysely<Database>, zoneId: number, limit = 20) {
  const zone = await getZone(db, zoneId);
  const own = await db
    .selectFrom('innovations as i')
    .innerJoin('zones as z', 'z.id', 'i.zone_id')
    .select(['i.name', 'i.measures', 'i.domain', 'i.task'])
    .where('z.path', 'like', `${zone.path}%`)
    .where('i.status', 'in', PUBLISHED_INNOVATION_STATUSES)
    .execute();
  const candidates = await db
    .selectFrom('innovations as i')
    .innerJoin('zones as z', 'z.id', 'i.zone_id')
    .select(['i.id', 'i.name', 'i.measures', 'i.domain', 'i.task', 'i.status', 'z.short_name as zone_short_name'])
    .where('i.status', 'in', PROVINCE_OR_ABOVE)
    .where('z.path', 'not like', `${zone.path}%`)
    .where((eb) => eb.not(eb.exists(eb.selectFrom('innovation_adoptions as a').select('a.id').whereRef('a.innovation_id', '=', 'i.id').where('a.zone_id', '=', zone.id))))
    .execute();
  const ownTokens = new Set(own.flatMap((o) => segment(`${o.name} ${o.measures ?? ''}`)));
  const share = (key: 'domain' | 'task', value: string | null) => (value && own.length ? own.filter((o) => o[key] === value).length / own.length : 0);
  const scored = candidates.map((c) => {
    const tokens = new Set(segment(`${c.name} ${c.measures ?? ''}`));
    const overlap = [...tokens].filter((t) => ownTokens.has(t)).length;
    const textScore = tokens.size ? overlap / tokens.size : 0;
    const score = 0.5 * textScore + 0.3 * share('domain', c.domain) + 0.2 * share('task', c.task);
    return { id: c.id, name: c.name, zoneShortName: c.zone_short_name, domain: c.domain, task: c.task, status: c.status, score: Math.round(score * 1000) / 1000 };
  });
  return scored.sort((a, b) => b.score - a.score || a.id - b.id).slice(0, limit);
}
