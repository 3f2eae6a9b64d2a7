/**
 * The expert pool: read by the organisers (the province office, zone staff), kept by the
 * province office, and by zone staff for the experts of their own subtree (keepsExpert). The
 * contact is internal; no public route shows an expert.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { RequestContext } from '../../kernel/actor.js';
import { AppError, notFound } from '../../kernel/errors.js';
import { writeAudit } from '../audit/audit.service.js';
import { getZone } from '../zones/zones.service.js';
import './evaluation.messages.js';
import { keepsExpert, readsExpertPool } from './evaluation.policy.js';
import { unsafeFindExpert, unsafeListExperts, unsafeListUnlinkedJudges, type ExpertRow } from './experts.repo.js';
import type { CreateExpertBody, ExpertDto, JudgeAccountDto, ListExpertsQuery, ListJudgeAccountsQuery, UpdateExpertBody } from './experts.schema.js';

type Db = Kysely<Database>;

function presentExpert(row: ExpertRow, context: RequestContext): ExpertDto {
  return {
    id: row.id,
    name: row.name,
    field: row.field,
    zoneId: row.zone_id,
    zoneName: row.zone_name,
    organisation: row.organisation,
    contact: row.contact,
    isActive: row.is_active,
    judgeAccount: row.user_id === null ? null : { id: row.user_id, username: row.username!, displayName: row.user_display_name! },
    updatedAt: new Date(row.updated_at).toISOString(),
    abilities: { update: keepsExpert(context.actor, row.zone_path) },
  };
}

/** The pool is the organisers' (403 for every other role; the public gets 401 at the route). */
function requirePoolReader(context: RequestContext) {
  if (!readsExpertPool(context.actor)) throw new AppError('FORBIDDEN');
}

export async function listExperts(db: Db, context: RequestContext, query: ListExpertsQuery) {
  requirePoolReader(context);
  const zonePath = query.zoneId ? (await getZone(db, query.zoneId)).path : undefined;
  const active = query.active === undefined ? undefined : query.active === 'true';
  const { rows, total } = await unsafeListExperts(db, { q: query.q?.trim() || undefined, zonePath, active, limit: query.pageSize, offset: (query.page - 1) * query.pageSize });
  return { items: rows.map((row) => presentExpert(row, context)), total };
}

export async function getExpert(db: Db, context: RequestContext, id: number): Promise<ExpertDto> {
  requirePoolReader(context);
  const row = await unsafeFindExpert(db, id);
  if (!row) throw notFound();
  return presentExpert(row, context);
}

/** The judge accounts an organiser may link to an expert: active, role judge, not linked yet. */
export async function listJudgeAccounts(db: Db, context: RequestContext, query: ListJudgeAccountsQuery): Promise<{ items: JudgeAccountDto[]; total: number }> {
  requirePoolReader(context);
  const { rows, total } = await unsafeListUnlinkedJudges(db, query.q?.trim() || undefined);
  return { items: rows.map((row) => ({ id: row.id, username: row.username, displayName: row.display_name })), total };
}

const accountProblem = (key: 'JUDGE_ACCOUNT_NOT_JUDGE' | 'JUDGE_ACCOUNT_INACTIVE' | 'JUDGE_ACCOUNT_TAKEN', params: Record<string, string | number>) =>
  new AppError(key, params, [{ path: 'userId', key, params }]);

/**
 * Refuses, inside the writing transaction, an account that is not an active judge or that
 * another expert already links. The account's row is locked so that two experts linking it at
 * once are serialised and the second sees the first (the unique key is the last guard).
 */
async function checkJudgeAccount(trx: Db, userId: number, expertId: number | null): Promise<void> {
  const account = await trx.selectFrom('users').select(['id', 'username', 'role', 'is_active']).where('id', '=', userId).forUpdate().executeTakeFirst();
  if (!account || account.role !== 'judge') throw accountProblem('JUDGE_ACCOUNT_NOT_JUDGE', { id: userId });
  if (!account.is_active) throw accountProblem('JUDGE_ACCOUNT_INACTIVE', { username: account.username });
  let other = trx.selectFrom('experts').select('name').where('user_id', '=', userId);
  if (expertId !== null) other = other.where('id', '<>', expertId);
  const linked = await other.executeTakeFirst();
  if (linked) throw accountProblem('JUDGE_ACCOUNT_TAKEN', { username: account.username, expert: linked.name });
}

/** The zone's path for the keeping rule (null: no zone), or 404 for a zone that does not exist. */
async function zonePathOf(db: Db, zoneId: number | null | undefined): Promise<string | null> {
  return zoneId ? (await getZone(db, zoneId)).path : null;
}

const outsideScope = () => new AppError('EXPERT_ZONE_OUTSIDE_SCOPE', {}, [{ path: 'zoneId', key: 'EXPERT_ZONE_OUTSIDE_SCOPE', params: {} }]);

export async function createExpert(db: Db, context: RequestContext, body: CreateExpertBody): Promise<ExpertDto> {
  requirePoolReader(context);
  if (!keepsExpert(context.actor, await zonePathOf(db, body.zoneId))) throw outsideScope();
  return db.transaction().execute(async (trx) => {
    if (body.userId) await checkJudgeAccount(trx, body.userId, null);
    const row = await trx
      .insertInto('experts')
      .values({ name: body.name, field: body.field, zone_id: body.zoneId ?? null, organisation: body.organisation ?? null, contact: body.contact || null, user_id: body.userId ?? null, created_by: context.actor!.id })
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(trx, context, { type: 'expert.created', entityId: row.id, after: row });
    return presentExpert((await unsafeFindExpert(trx, row.id))!, context);
  });
}

export async function updateExpert(db: Db, context: RequestContext, id: number, body: UpdateExpertBody): Promise<ExpertDto> {
  requirePoolReader(context);
  const found = await unsafeFindExpert(db, id);
  if (!found) throw notFound();
  if (!keepsExpert(context.actor, found.zone_path)) throw new AppError('FORBIDDEN');
  // Moving an expert to another zone: the keeper must keep the new zone's experts too.
  if (body.zoneId !== undefined && !keepsExpert(context.actor, await zonePathOf(db, body.zoneId))) throw outsideScope();
  return db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('experts').selectAll().where('id', '=', id).forUpdate().executeTakeFirstOrThrow();
    if (body.userId && body.userId !== before.user_id) await checkJudgeAccount(trx, body.userId, id);
    const changes = {
      ...(body.name !== undefined && { name: body.name }),
      ...(body.field !== undefined && { field: body.field }),
      ...(body.zoneId !== undefined && { zone_id: body.zoneId }),
      ...(body.organisation !== undefined && { organisation: body.organisation }),
      ...(body.contact !== undefined && { contact: body.contact || null }),
      ...(body.isActive !== undefined && { is_active: body.isActive }),
      ...(body.userId !== undefined && body.userId !== before.user_id && { user_id: body.userId }),
    };
    if (Object.keys(changes).length > 0) {
      const after = await trx.updateTable('experts').set({ ...changes, updated_at: new Date() }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
      await writeAudit(trx, context, { type: 'expert.updated', entityId: id, before, after });
    }
    return presentExpert((await unsafeFindExpert(trx, id))!, context);
  });
}
