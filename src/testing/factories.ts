/**
 * Test factories: the records a test needs, made for that test, so that it depends on neither the
 * demo data's ids nor its accounts. Accounts are written directly (there is no sign-up); zones,
 * platforms and innovations are made through the API as a province office account of the
 * factories' own, and brought to the asked status along the feature's own machine, so a record
 * from a factory is one the system itself could have made.
 */
import { randomBytes } from 'node:crypto';
import { hashPassword } from '../features/auth/passwords.js';
import { type Role } from '../shared/enums.js';
import { type ZoneType } from '../shared/zones.enums.js';
import {
  PLATFORM_MACHINE,
  type PlatformStatus,
  type PlatformType,
} from '../shared/platforms.enums.js';
import {
  INNOVATION_MACHINE,
  type InnovationDomain,
  type InnovationStatus,
} from '../shared/innovations.enums.js';
import { CAMPAIGN_MACHINE, type CampaignKind, type CampaignStatus } from '../shared/evaluation.enums.js';
import type { DemoUser, TestApp, TestUser } from './test-app.js';

const FACTORY_PASSWORD = 'Factory#2026pw';
const unique = () => randomBytes(4).toString('hex');
/** Today in China (UTC+8), the date a decision made now is recorded under. */
const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

async function expectStatus(response: { statusCode: number; body: string }, expected: number, what: string) {
  if (response.statusCode !== expected) throw new Error(`factory: ${what} answered ${response.statusCode}: ${response.body}`);
  return JSON.parse(response.body);
}

/** The zone at the top of the tree (国家): every scope lies under it. */
async function rootZoneId(t: TestApp): Promise<number> {
  const row = await t.database.db.selectFrom('zones').select('id').where('parent_id', 'is', null).orderBy('id').executeTakeFirstOrThrow();
  return row.id;
}

export type BuildUserOptions = {
  role: Role;
  /** The scope root for roles that hold a zone; ignored (null) for the others. */
  zoneId?: number | null;
  username?: string;
  displayName?: string;
  organisation?: string | null;
  mustChangePassword?: boolean;
  isActive?: boolean;
};

/** An account with a known password; sign in with `t.call(user, …)`. A zone role without `zoneId` holds the whole tree. */
export async function buildUser(t: TestApp, options: BuildUserOptions): Promise<TestUser & { role: Role; scopeZoneId: number | null }> {
  const holdsZone = options.role === 'province_admin' || options.role === 'zone_staff';
  const scopeZoneId = holdsZone ? (options.zoneId ?? (await rootZoneId(t))) : null;
  const username = options.username ?? `u_${options.role}_${unique()}`;
  const row = await t.database.db
    .insertInto('users')
    .values({
      username,
      display_name: options.displayName ?? `测试用户${username.slice(-4)}`,
      role: options.role,
      scope_zone_id: scopeZoneId,
      organisation: options.organisation ?? null,
      password_hash: await hashPassword(FACTORY_PASSWORD),
      must_change_password: options.mustChangePassword ?? false,
      is_active: options.isActive ?? true,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, username, password: FACTORY_PASSWORD, role: options.role, scopeZoneId };
}

/** The factories' own province office account (one per test app), which makes zones, platforms and innovations. */
const officeOf = new WeakMap<TestApp, Promise<TestUser>>();
function office(t: TestApp): Promise<TestUser> {
  let user = officeOf.get(t);
  if (!user) {
    user = buildUser(t, { role: 'province_admin', username: `factory_office_${unique()}` });
    officeOf.set(t, user);
  }
  return user;
}

export type BuildZoneOptions = { parentId?: number; type?: ZoneType; name?: string; shortName?: string; nameEn?: string | null };

/**
 * A zone under `parentId` (default: a fresh 自由贸易试验区 under the root, so the new subtree shares
 * nothing with the demo data). `type` defaults to what the parent may hold first.
 */
export async function buildZone(t: TestApp, options: BuildZoneOptions = {}): Promise<{ id: number; path: string; name: string }> {
  const parentId = options.parentId ?? (await rootZoneId(t));
  const parent = await t.database.db.selectFrom('zones').select(['type']).where('id', '=', parentId).executeTakeFirstOrThrow();
  const childTypes: Record<string, ZoneType> = { country: 'ftz', ftz: 'area', area: 'block', pilot: 'block' };
  const type = options.type ?? childTypes[parent.type]!;
  const code = `T${unique().toUpperCase()}`;
  const name = options.name ?? `测试区域${code}`;
  const body = await expectStatus(
    await t.call(await office(t), {
      method: 'POST',
      url: '/api/zones',
      payload: { parentId, code, type, name, shortName: options.shortName ?? name.slice(0, 20), nameEn: options.nameEn ?? null, source: '测试数据' },
    }),
    201,
    'create zone',
  );
  const { path } = await t.database.db.selectFrom('zones').select('path').where('id', '=', body.zone.id).executeTakeFirstOrThrow();
  return { id: body.zone.id, path, name: body.zone.name };
}

/** The transitions that lead from `from` to `to` in a machine, shortest first (breadth-first). */
export function pathThrough<T extends string, S extends string>(machine: Record<T, { from: readonly S[]; to: S }>, from: S, to: S): T[] {
  const queue: { status: S; steps: T[] }[] = [{ status: from, steps: [] }];
  const seen = new Set<S>([from]);
  while (queue.length > 0) {
    const { status, steps } = queue.shift()!;
    if (status === to) return steps;
    for (const [transition, edge] of Object.entries(machine) as [T, { from: readonly S[]; to: S }][]) {
      if (edge.from.includes(status) && !seen.has(edge.to)) {
        seen.add(edge.to);
        queue.push({ status: edge.to, steps: [...steps, transition] });
      }
    }
  }
  throw new Error(`factory: no way from ${from} to ${to}`);
}

/** The fields a step requires (its machine's `needs`), filled as a factory records them. */
function decisionFields(needs: Readonly<Record<string, 'required' | 'optional'>>): Record<string, string> {
  const values: Record<string, string> = { comment: '测试：按流程办理', document: '测试文件〔2026〕1号', occurredOn: today(), batch: '测试批次', note: '测试' };
  return Object.fromEntries(Object.entries(needs).flatMap(([field, need]) => (need === 'required' ? [[field, values[field]!]] : [])));
}

export type BuildInnovationOptions = { zoneId?: number; status?: InnovationStatus; name?: string; domain?: InnovationDomain; measures?: string };

/** An innovation in `zoneId` (default: a fresh zone), brought to `status` along INNOVATION_MACHINE. */
export async function buildInnovation(t: TestApp, options: BuildInnovationOptions = {}): Promise<{ id: number; zoneId: number; status: InnovationStatus }> {
  const zoneId = options.zoneId ?? (await buildZone(t)).id;
  const user = await office(t);
  const created = await expectStatus(
    await t.call(user, {
      method: 'POST',
      url: '/api/innovations',
      payload: { zoneId, name: options.name ?? `测试成果${unique()}`, domain: options.domain ?? 'trade_facilitation', measures: options.measures ?? '测试举措' },
    }),
    201,
    'create innovation',
  );
  const status = options.status ?? 'draft';
  for (const transition of pathThrough(INNOVATION_MACHINE, 'draft', status)) {
    const needs = INNOVATION_MACHINE[transition].needs;
    await expectStatus(await t.call(user, { method: 'POST', url: `/api/innovations/${created.innovation.id}/${transition}`, payload: decisionFields(needs) }), 200, transition);
  }
  return { id: created.innovation.id, zoneId, status };
}

export type BuildPlatformOptions = { zoneId?: number; status?: PlatformStatus; name?: string; type?: PlatformType };

/** An opening platform in `zoneId` (default: a fresh zone), brought to `status` along PLATFORM_MACHINE. */
export async function buildPlatform(t: TestApp, options: BuildPlatformOptions = {}): Promise<{ id: number; zoneId: number; status: PlatformStatus }> {
  const zoneId = options.zoneId ?? (await buildZone(t)).id;
  const user = await office(t);
  const created = await expectStatus(
    await t.call(user, { method: 'POST', url: `/api/zones/${zoneId}/platforms`, payload: { type: options.type ?? 'comprehensive_bonded_zone', name: options.name ?? `测试平台${unique()}` } }),
    201,
    'create platform',
  );
  const id = created.platform.id as number;
  const first = created.platform.status as PlatformStatus;
  const status = options.status ?? first;
  for (const transition of pathThrough(PLATFORM_MACHINE, first, status)) {
    const payload = decisionFields(PLATFORM_MACHINE[transition].needs);
    await expectStatus(await t.call(user, { method: 'POST', url: `/api/platforms/${id}/${transition}`, payload }), 200, transition);
  }
  return { id, zoneId, status };
}

export type BuildCampaignOptions = { zoneId?: number; kind?: CampaignKind; status?: CampaignStatus; title?: string; year?: number; by?: DemoUser | TestUser };

/**
 * A campaign organised by `zoneId` (default: a fresh zone) in a series of its own, with one
 * registration stage (a campaign opens only with a stage), brought to `status` along
 * CAMPAIGN_MACHINE by `by` (default: the factories' province office); before it closes, its
 * stage is run through and closed, as an organiser would.
 */
export async function buildCampaign(t: TestApp, options: BuildCampaignOptions = {}): Promise<{ id: number; seriesId: number; zoneId: number; stageId: number; status: CampaignStatus }> {
  const zoneId = options.zoneId ?? (await buildZone(t)).id;
  const user = options.by ?? (await office(t));
  const series = await expectStatus(await t.call(user, { method: 'POST', url: '/api/campaigns/series', payload: { name: `测试评审系列${unique()}`, organiserZoneId: zoneId } }), 201, 'create series');
  const created = await expectStatus(
    await t.call(user, {
      method: 'POST',
      url: '/api/campaigns',
      payload: { seriesId: series.series.id, edition: 1, year: options.year ?? 2021, kind: options.kind ?? 'contest', title: options.title ?? `测试评审活动${unique()}` },
    }),
    201,
    'create campaign',
  );
  const id = created.campaign.id as number;
  const stage = await expectStatus(await t.call(user, { method: 'POST', url: `/api/campaigns/${id}/stages`, payload: { kind: 'registration', name: '报名' } }), 201, 'create stage');
  const stageId = stage.stage.id as number;
  const status = options.status ?? 'draft';
  for (const transition of pathThrough(CAMPAIGN_MACHINE, 'draft', status)) {
    if (transition === 'close') {
      for (const step of ['open', 'close']) await expectStatus(await t.call(user, { method: 'POST', url: `/api/campaigns/stages/${stageId}/${step}`, payload: {} }), 200, `stage ${step}`);
    }
    await expectStatus(await t.call(user, { method: 'POST', url: `/api/campaigns/${id}/${transition}`, payload: decisionFields(CAMPAIGN_MACHINE[transition].needs) }), 200, transition);
  }
  return { id, seriesId: series.series.id, zoneId, stageId, status };
}
