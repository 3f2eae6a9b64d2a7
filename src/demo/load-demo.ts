/**
 * Loads the demo dataset (data/demo/*.json: facts from the source article and shared/data,
 * each record with its source) into an empty database, in one transaction.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { RequestContext } from '../kernel/actor.js';
import { type Role } from '../shared/enums.js';
import { type ZoneType } from '../shared/zones.enums.js';
import { PLATFORM_MACHINE, type PlatformStatus, type PlatformTransition, type PlatformType } from '../shared/platforms.enums.js';
import { type ReformTask } from '../shared/innovations.enums.js';
import { parsePartialDate } from '../shared/partial-date.js';
import { writeAudit } from '../features/audit/audit.service.js';
import { hashPassword } from '../features/auth/passwords.js';
// The searchable kinds the demo fills register themselves when their modules load.
import '../features/bulletins/bulletin-search.js';
import '../features/innovations/innovation-search.js';
import '../features/platforms/platform-search.js';
import '../features/powers/powers-search.js';
import { searchKinds } from '../features/search/search-kinds.js';
import { rebuildSearchIndex } from '../features/search/rebuild-index.js';
import { loadDemoBestCase } from './load-demo-best-case.js';
import { loadDemoCampaigns } from './load-demo-campaigns.js';
import { loadDemoIndicators } from './load-demo-indicators.js';
import { loadDemoBulletins } from './load-demo-bulletins.js';
import { loadDemoPowers } from './load-demo-powers.js';
import { loadDemoExternalIndices } from './load-demo-external-indices.js';
import { loadDemoInnovations } from './load-demo-innovations.js';

export const DEMO_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'demo');

type DemoZone = {
  code: string;
  parentCode: string | null;
  type: ZoneType;
  name: string;
  nameEn: string | null;
  shortName: string;
  establishedOn: string | null;
  areaKm2: string | null;
  positioning: string | null;
  tasks: ReformTask[];
  group: string | null;
  description: string | null;
  source: string;
  sourceNote: string | null;
};
type DemoEvent = { action: 'plan' | PlatformTransition; occurredOn: string | null; document: string | null; note: string | null };
type DemoPlatform = { zoneCode: string; type: PlatformType; name: string; status: PlatformStatus; events: DemoEvent[]; note: string | null; source: string; sourceNote: string | null };
type DemoUser = { username: string; displayName: string; role: Role; scopeZoneCode: string | null; organisation: string | null };

function readDemo<T>(file: string): T {
  return JSON.parse(readFileSync(join(DEMO_DIR, file), 'utf8')) as T;
}

/** True when the database holds no zones yet (a fresh install). */
export async function isEmpty(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom('zones').select('id').limit(1).executeTakeFirst();
  return !row;
}

const SYSTEM_CONTEXT: RequestContext = { actor: null, ip: null, userAgent: 'yanzhen-demo-loader' };

/** Inserts zones, platforms with their events, and the demo accounts. Returns what it loaded. */
export async function loadDemo(db: Kysely<Database>, options: { password: string }) {
  const zones = readDemo<DemoZone[]>('zones.json');
  const platforms = readDemo<DemoPlatform[]>('platforms.json');
  const users = readDemo<DemoUser[]>('users.json');
  // Hash outside the transaction: argon2 is slow on purpose and needs no database.
  // The last hash is shared by all the demo contest's 示例 judges: they have the demo password anyway.
  const [judgeHash, ...hashes] = await Promise.all([...users, null].map(() => hashPassword(options.password))) as [string, ...string[]];

  return db.transaction().execute(async (trx) => {
    const zoneByCode = new Map<string, { id: number; path: string }>();
    for (const [index, zone] of zones.entries()) {
      const parent = zone.parentCode ? zoneByCode.get(zone.parentCode) : undefined;
      if (zone.parentCode && !parent) throw new Error(`demo zone ${zone.code}: parent ${zone.parentCode} must come first`);
      const established = zone.establishedOn ? parsePartialDate(zone.establishedOn) : null;
      const inserted = await trx
        .insertInto('zones')
        .values({
          code: zone.code,
          parent_id: parent?.id ?? null,
          path: `pending-${zone.code}`,
          type: zone.type,
          name: zone.name,
          name_en: zone.nameEn,
          short_name: zone.shortName,
          established_on: established?.on ?? null,
          established_precision: established?.precision ?? null,
          area_km2: zone.areaKm2,
          positioning: zone.positioning,
          tasks: zone.tasks,
          group_name: zone.group,
          description: zone.description,
          source: zone.source,
          source_note: zone.sourceNote,
          sort_order: index,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const path = `${parent?.path ?? '/'}${inserted.id}/`;
      await trx.updateTable('zones').set({ path }).where('id', '=', inserted.id).execute();
      zoneByCode.set(zone.code, { id: inserted.id, path });
    }

    for (const platform of platforms) {
      const zone = zoneByCode.get(platform.zoneCode);
      if (!zone) throw new Error(`demo platform ${platform.name}: unknown zone ${platform.zoneCode}`);
      const inserted = await trx
        .insertInto('platforms')
        .values({ zone_id: zone.id, type: platform.type, name: platform.name, status: platform.status, note: platform.note, source: platform.source, source_note: platform.sourceNote })
        .returning('id')
        .executeTakeFirstOrThrow();
      let status: PlatformStatus | null = null;
      for (const event of platform.events) {
        const to: PlatformStatus = event.action === 'plan' ? 'planning' : PLATFORM_MACHINE[event.action].to;
        const date = event.occurredOn ? parsePartialDate(event.occurredOn) : null;
        await trx
          .insertInto('platform_events')
          .values({
            platform_id: inserted.id,
            action: event.action,
            from_status: status,
            to_status: to,
            occurred_on: date?.on ?? null,
            occurred_precision: date?.precision ?? null,
            document: event.document,
            note: event.note,
          })
          .execute();
        status = to;
      }
      if (status !== platform.status) throw new Error(`demo platform ${platform.name}: events end at ${status}, status is ${platform.status}`);
    }

    for (const [index, user] of users.entries()) {
      await trx
        .insertInto('users')
        .values({
          username: user.username,
          display_name: user.displayName,
          role: user.role,
          scope_zone_id: user.scopeZoneCode ? zoneByCode.get(user.scopeZoneCode)!.id : null,
          organisation: user.organisation,
          password_hash: hashes[index]!,
        })
        .execute();
    }

    const innovations = await loadDemoInnovations(trx, DEMO_DIR, zoneByCode);
    const campaigns = await loadDemoCampaigns(trx, DEMO_DIR, zoneByCode, judgeHash);
    // After the contest: the best case draws its panel from the pool the contest's judges make.
    const bestCase = await loadDemoBestCase(trx, DEMO_DIR, zoneByCode);
    const indicators = await loadDemoIndicators(trx, DEMO_DIR, zoneByCode);
    const externalIndices = await loadDemoExternalIndices(trx, DEMO_DIR);
    const powers = await loadDemoPowers(trx, DEMO_DIR, zoneByCode);
    // Last: its figures are read from the records above, as the province office reads them.
    const bulletins = await loadDemoBulletins(trx, DEMO_DIR, zoneByCode, 'admin');
    // Every searchable kind (innovations, platforms, bulletins …), indexed in this transaction: the
    // loaders write rows directly, not through the services that index as they write.
    await rebuildSearchIndex(trx, undefined, searchKinds());
    const loaded = { zones: zones.length, platforms: platforms.length, users: users.length, ...innovations, ...campaigns, ...bestCase, ...indicators, ...externalIndices, ...powers, ...bulletins };
    await trx.insertInto('demo_dataset').defaultValues().execute();
    await writeAudit(trx, SYSTEM_CONTEXT, { type: 'system.demo_loaded', entityId: null, after: loaded });
    return loaded;
  });
}
