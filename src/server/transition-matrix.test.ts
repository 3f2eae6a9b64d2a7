/**
 * The transition matrix: for every lifecycle that has routes (registerTransitionRoutes), every
 * status × transition × demo role gets the answer its machine says, in the runner's order:
 *   the public 401 → a record the role cannot see 404 → not one of the transition's parties 403
 *   → no edge from the status 409 → a body without what the step must record 400 → 200.
 * Refusals are sent with a body that is wrong as well (an unknown field), so a 404, 403 or 409
 * also proves it came before the body check; each one must leave the record as it was.
 * A new machine gets this test by being registered; the test fails until it has a subject below
 * (how to make a record of that kind in a given status, and who may see it).
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertBatch } from '../features/imports/imports.repo.js';
import { lifecyclesWithRoutes } from '../kernel/lifecycle/index.js';
import { PUBLIC_PLATFORM_STATUSES, type PlatformStatus } from '../shared/platforms.enums.js';
import { PUBLISHED_INNOVATION_STATUSES, type InnovationStatus } from '../shared/innovations.enums.js';
import { PUBLIC_CAMPAIGN_STATUSES, type CampaignStatus } from '../shared/evaluation.enums.js';
import { PUBLIC_BULLETIN_STATUSES } from '../shared/bulletins.enums.js';
import { fieldsOf, nextStatus, type DecisionFieldKind, type Party } from '../shared/lifecycle.js';
import { createTestApp, zoneIdByCode, type DemoUser, type TestApp } from '../testing/test-app.js';

type Role = DemoUser | null;
/** Province office, 宜宾's own staff, another zone's staff, the auditor, a judge, the public. */
const ROLES: Role[] = ['admin', 'yibin', 'deyang', 'auditor', 'judge1', null];
/** Records are made in 宜宾 by 宜宾's staff: who each party is for them. */
const PARTY_OF: Record<Party, DemoUser> = { province: 'admin', zone: 'yibin', owner: 'yibin' };
/** Roles whose scope holds 宜宾: they see its internal records too. */
const IN_SCOPE: Role[] = ['admin', 'yibin'];

/** A value of each kind that every rule accepts. */
const VALID_VALUE: Record<DecisionFieldKind, string> = {
  comment: '矩阵测试意见',
  note: '矩阵测试备注',
  document: '矩阵〔2024〕1号',
  batch: '第一批',
  day: '2024-01-02',
  partialDate: '2024-01',
};

type Subject = {
  table: 'platforms' | 'innovations' | 'import_batches' | 'campaigns' | 'campaign_stages' | 'bulletins' | 'power_delegations';
  /** A new record in 宜宾, made by 宜宾's staff (through the API where it can be), then put in `status`. */
  create: (t: TestApp, zoneId: number, name: string) => Promise<number | string>;
  /** Whether roles outside 宜宾's scope see a record in `status`. */
  isPublic: (status: string) => boolean;
  /** Who sees the record in any status, when not the roles whose scope holds 宜宾 (records owned by one account). */
  seenBy?: Role[];
  /** The answer of a step that succeeds, when not 200 (a step that hands its work to a job: 202). */
  okStatus?: (transition: string) => number;
  /** Where a job the step queued leaves the record, once the runner is idle (default: where the step did). */
  settled?: (to: string) => string;
  /** Columns a record in `status` must also have (the table's checks), set with the status. */
  columnsFor?: (status: string) => Record<string, unknown>;
};

const SUBJECTS: Record<string, Subject> = {
  platform: {
    table: 'platforms',
    create: async (t, zoneId, name) =>
      (await t.call('yibin', { method: 'POST', url: `/api/zones/${zoneId}/platforms`, payload: { type: 'port', name } })).json().platform.id,
    isPublic: (status) => PUBLIC_PLATFORM_STATUSES.includes(status as PlatformStatus),
  },
  innovation: {
    table: 'innovations',
    create: async (t, zoneId, name) =>
      (await t.call('yibin', { method: 'POST', url: '/api/innovations', payload: { zoneId, name, domain: 'trade_facilitation' } })).json().innovation.id,
    isPublic: (status) => PUBLISHED_INNOVATION_STATUSES.includes(status as InnovationStatus),
  },
  // A batch of one clean row, as a preview by 宜宾's staff stores it: its owner's alone.
  import_batch: {
    table: 'import_batches',
    create: async (t, zoneId, name) => {
      const id = randomUUID();
      const userId = (await t.database.db.selectFrom('users').select('id').where('username', '=', 'yibin').executeTakeFirstOrThrow()).id;
      const body = { zoneId, name, domain: 'trade_facilitation' };
      await insertBatch(t.database.db, { id, kind: 'innovations', userId, fileName: 'a.xlsx', fileSha256: '0'.repeat(64), sheets: [], rows: [{ sheet: '宜宾', rowNumber: 2, body, candidate: body, issues: [] }], okCount: 1, errorCount: 0 });
      return id;
    },
    isPublic: () => false,
    seenBy: ['yibin'],
    okStatus: (transition) => (transition === 'commit' ? 202 : 200),
    // The commit job commits the one row.
    settled: (to) => (to === 'committing' ? 'committed' : to),
  },
  // A contest 宜宾 organises, with one stage already closed, so that it may both open and close.
  campaign: {
    table: 'campaigns',
    create: async (t, zoneId, name) => {
      const id = await contestIn(t, zoneId, name);
      await t.call('yibin', { method: 'POST', url: `/api/campaigns/${id}/stages`, payload: { kind: 'registration', name: '报名' } });
      await t.database.db.updateTable('campaign_stages').set({ status: 'closed' }).where('campaign_id', '=', id).execute();
      return id;
    },
    isPublic: (status) => PUBLIC_CAMPAIGN_STATUSES.includes(status as CampaignStatus),
  },
  // A scored stage with its criteria, of a contest 宜宾 runs (in progress: stages move only then).
  campaign_stage: {
    table: 'campaign_stages',
    create: async (t, zoneId, name) => {
      const campaignId = await contestIn(t, zoneId, name);
      const stage = (await t.call('yibin', { method: 'POST', url: `/api/campaigns/${campaignId}/stages`, payload: { kind: 'scored', name: '初赛' } })).json().stage;
      await t.call('yibin', { method: 'PUT', url: `/api/campaigns/stages/${stage.id}/criteria`, payload: { criteria: [{ nameZh: '创新性', weight: 0.6 }, { nameZh: '操作性', weight: 0.4 }] } });
      await t.call('yibin', { method: 'POST', url: `/api/campaigns/${campaignId}/open`, payload: {} });
      return stage.id;
    },
    // The campaign is in progress, not published: its stages are 宜宾's and the province's alone.
    isPublic: () => false,
  },
  // An empty 宜宾 bulletin (nothing to compute, so it may be issued); past the draft it carries what issuing wrote.
  bulletin: {
    table: 'bulletins',
    create: async (t, zoneId, name) =>
      (await t.call('yibin', { method: 'POST', url: '/api/bulletins', payload: { zoneId, title: name, issueNo: 1, issuer: '宜宾协同改革先行区办公室', headline: name } })).json().bulletin.id,
    isPublic: (status) => PUBLIC_BULLETIN_STATUSES.includes(status as 'issued'),
    columnsFor: (status) => (status === 'draft' ? {} : { issued_on: '2024-01-02', frozen: JSON.stringify({ coverage: [], sections: [], figures: [] }) }),
  },
  // A power the province office delegates to 宜宾 (its own item and batch); revoked, it carries the day and document the step records.
  power_delegation: {
    table: 'power_delegations',
    create: async (t, zoneId, name) => {
      const code = `MATRIX-${randomUUID().slice(0, 8)}`;
      const item = (await t.call('admin', { method: 'POST', url: '/api/powers/items', payload: { tier: 'main', name, code, itemType: 'licensing', department: '省商务厅', implementingBody: '省商务厅', legalBasis: '《测试条例》' } })).json().item;
      const batch = (await t.call('admin', { method: 'POST', url: '/api/powers/batches', payload: { level: 'province', title: name, effectiveOn: '2021-01-01' } })).json().batch;
      return (await t.call('admin', { method: 'POST', url: '/api/powers', payload: { itemId: item.id, batchId: batch.id, zoneId, delegationType: 'devolve' } })).json().delegation.id;
    },
    // Staff endpoints are scoped: only the zone's own staff and the province office see it (the portal has its own routes).
    isPublic: () => false,
    columnsFor: (status) => (status === 'revoked' ? { withdrawn_on: '2024-01-02', withdrawn_document: '矩阵〔2024〕1号' } : {}),
  },
};

/** A new draft contest organised by the zone, made by its staff through the API. */
async function contestIn(t: TestApp, zoneId: number, name: string): Promise<number> {
  const series = (await t.call('yibin', { method: 'POST', url: '/api/campaigns/series', payload: { name, organiserZoneId: zoneId } })).json().series;
  return (await t.call('yibin', { method: 'POST', url: '/api/campaigns', payload: { seriesId: series.id, edition: 1, year: 2021, kind: 'contest', title: name } })).json().campaign.id;
}

let t: TestApp;
let zoneId: number;
let serial = 0;
beforeAll(async () => {
  t = await createTestApp();
  zoneId = await zoneIdByCode(t, 'SC-P-YB');
});
afterAll(() => t.close());

async function recordIn(subject: Subject, status: string): Promise<number | string> {
  const id = await subject.create(t, zoneId, `状态矩阵测试记录${++serial}`);
  // The matrix sets every status of every machine it walks; the column types and keys differ per table.
  const table = t.database.db as unknown as Kysely<Record<string, { id: number | string; status: string }>>;
  await table.updateTable(subject.table).set({ status, ...(status === 'committed' && { committed_at: new Date() }), ...subject.columnsFor?.(status) }).where('id', '=', id).execute();
  return id;
}
const statusOf = async (subject: Subject, id: number | string) =>
  (await (t.database.db as unknown as Kysely<Record<string, { id: number | string; status: string }>>).selectFrom(subject.table).select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;

describe('the transition matrix of every registered lifecycle', () => {
  it('has a subject for every lifecycle with routes', () => {
    const names = lifecyclesWithRoutes().map(({ spec }) => spec.lifecycle.name);
    expect(names.length).toBeGreaterThanOrEqual(2);
    expect(names.filter((name) => !SUBJECTS[name])).toEqual([]);
  });

  it('documents, per transition, exactly the fields it requires', async () => {
    const document = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    for (const { spec, base } of lifecyclesWithRoutes()) {
      for (const transition of spec.lifecycle.transitions) {
        const fields = fieldsOf(spec.lifecycle.machine[transition]!);
        const body = document.paths[`${base}/{id}/${transition}`].post.requestBody.content['application/json'].schema;
        expect({ transition, required: body.required ?? [] }).toEqual({ transition, required: fields.filter((f) => f.need === 'required').map((f) => f.name) });
        expect(Object.keys(body.properties ?? {}).sort()).toEqual(fields.map((f) => f.name).sort());
        expect(body.additionalProperties).toBe(false);
      }
    }
  });

  it('answers every status × transition × role as the machine says, and a refusal changes nothing', async () => {
    const wrong: string[] = [];
    for (const { spec, base } of lifecyclesWithRoutes()) {
      const { lifecycle } = spec;
      const subject = SUBJECTS[lifecycle.name]!;
      const statuses = Object.keys(lifecycle.labels.status);
      for (const status of statuses) {
        let shared: number | string | null = null; // one record per status serves every refusal
        for (const transition of lifecycle.transitions) {
          const edge = lifecycle.machine[transition]!;
          const fields = fieldsOf(edge);
          const required = fields.filter((f) => f.need === 'required').map((f) => f.name);
          const valid = Object.fromEntries(fields.map((f) => [f.name, VALID_VALUE[lifecycle.fields[f.name]!]]));
          for (const role of ROLES) {
            const visible = role !== null && ((subject.seenBy ?? IN_SCOPE).includes(role) || subject.isPublic(status));
            const party = edge.by.some((p) => PARTY_OF[p] === role);
            const to = nextStatus(lifecycle.machine, status, transition);
            const expected = role === null ? 401 : !visible ? 404 : !party ? 403 : to === null ? 409 : 200;
            const cell = `${lifecycle.name} ${status} --${transition}--> as ${role ?? 'public'}`;
            const id = expected === 200 ? await recordIn(subject, status) : (shared ??= await recordIn(subject, status));
            const post = (payload: unknown) => t.call(role, { method: 'POST', url: `${base}/${id}/${transition}`, payload: payload as object });
            if (expected !== 200) {
              const answer = await post({ ...valid, 'unknown-field': 1 });
              if (answer.statusCode !== expected) wrong.push(`${cell}: ${answer.statusCode}, expected ${expected}`);
              if ((await statusOf(subject, id)) !== status) wrong.push(`${cell}: the refusal changed the status`);
              continue;
            }
            if (required.length > 0) {
              const bare = await post({});
              const named = bare.statusCode === 400 ? (bare.json().error.fields as { path: string }[]).map((f) => f.path) : [];
              if (bare.statusCode !== 400 || named.join() !== required.join()) wrong.push(`${cell} without ${required}: ${bare.statusCode} naming [${named}]`);
              if ((await statusOf(subject, id)) !== status) wrong.push(`${cell}: the 400 changed the status`);
            }
            const answer = await post(valid);
            const ok = subject.okStatus?.(transition) ?? 200;
            if (answer.statusCode !== ok) {
              wrong.push(`${cell}: ${answer.statusCode} ${answer.body.slice(0, 120)}`);
              continue;
            }
            await t.app.jobs.whenIdle();
            const settled = subject.settled?.(to!) ?? to;
            if ((await statusOf(subject, id)) !== settled) wrong.push(`${cell}: status ${await statusOf(subject, id)}, expected ${settled}`);
          }
        }
      }
    }
    expect(wrong).toEqual([]);
  }, 600_000);
});
