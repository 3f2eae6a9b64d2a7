/**
 * The stage's judges: the seeded draw from the expert pool (published so that anyone can re-run
 * it), the assignment of the panel to the entries with the conflicts found automatically, and
 * a judge's declared conflict answered by a replacement (src/shared/evaluation/judge-draw.ts).
 * Order as elsewhere: scope (404) → organiser (403) → under the stage's lock, its state (409),
 * the input's checks (400), write and audit.
 */
import { randomInt } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database, DrawnExpert } from '../../db/schema.js';
import type { RequestContext } from '../../kernel/actor.js';
import { AppError, notFound } from '../../kernel/errors.js';
import { assignJudges, drawPanel, DRAW_METHOD, replacementFor, type DeclaredConflict, type DrawEntry } from '../../shared/evaluation/judge-draw.js';
import { writeAudit } from '../audit/audit.service.js';
import type { Mailing } from '../notifications/notifications.service.js';
import { notifyAssigned } from './evaluation.notify.js';
import type { StageRow } from './campaigns.repo.js';
import type { AssignBody, CreateDrawBody, DrawDto } from './draws.schema.js';
import './evaluation.messages.js';
import { getOrganisedStage, getVisibleStage } from './stages.service.js';

type Db = Kysely<Database>;
type Trx = Transaction<Database>;
type DrawRow = Awaited<ReturnType<typeof findDraw>> & object;

const findDraw = (db: Db | Trx, stageId: number) => db.selectFrom('stage_draws').selectAll().where('stage_id', '=', stageId).executeTakeFirst();

export function presentDraw(row: DrawRow): DrawDto {
  const pool = row.pool.map((expert) => expert.id);
  const query = new URLSearchParams({ seed: String(row.seed), pool: pool.join(','), size: String(row.panel_size), exclude: row.exclusions.map((e) => e.expertId).join(','), expect: row.panel.join(',') });
  return {
    stageId: row.stage_id,
    seed: Number(row.seed),
    method: row.method,
    pool,
    size: row.panel_size,
    exclusions: row.exclusions,
    panel: row.panel,
    drawnAt: new Date(row.drawn_at).toISOString(),
    verifyPath: `/draws/verify?${query.toString()}`,
    assignment: row.per_entry !== null && row.load_cap !== null && row.assigned_at ? { perEntry: row.per_entry, loadCap: row.load_cap, assignedAt: new Date(row.assigned_at).toISOString() } : null,
  };
}

/** The scored stage its organiser runs, locked; judges are drawn and assigned before scoring starts. */
async function lockStageForJudges(trx: Trx, stage: StageRow) {
  if (stage.kind !== 'scored') throw new AppError('STAGE_NOT_SCORED');
  const locked = await trx.selectFrom('campaign_stages').selectAll().where('id', '=', stage.id).forUpdate().executeTakeFirstOrThrow();
  if (!['planned', 'open'].includes(locked.status)) throw new AppError('JUDGES_LOCKED', { status: locked.status });
  return locked;
}

/** The published draw of a stage, for whoever sees the stage. */
export async function getDraw(db: Db, context: RequestContext, stageId: number): Promise<DrawDto> {
  await getVisibleStage(db, context, stageId);
  const row = await findDraw(db, stageId);
  if (!row) throw notFound();
  return presentDraw(row);
}

/** The pool: active experts with an active judge account, by id, as the draw saw them. */
async function currentPool(trx: Trx): Promise<(DrawnExpert & { userId: number })[]> {
  const rows = await trx
    .selectFrom('experts as e')
    .innerJoin('users as u', 'u.id', 'e.user_id')
    .select(['e.id', 'e.zone_id', 'e.organisation', 'u.id as user_id'])
    .where('e.is_active', '=', true)
    .where('u.is_active', '=', true)
    .where('u.role', '=', 'judge')
    .orderBy('e.id')
    .execute();
  return rows.map((row) => ({ id: row.id, zoneId: row.zone_id, organisation: row.organisation, userId: row.user_id }));
}

export async function createDraw(db: Db, context: RequestContext, stageId: number, body: CreateDrawBody): Promise<DrawDto> {
  const stage = await getOrganisedStage(db, context, stageId);
  return db.transaction().execute(async (trx) => {
    await lockStageForJudges(trx, stage);
    if (await findDraw(trx, stageId)) throw new AppError('DRAW_EXISTS');
    const pool = await currentPool(trx);
    const inPool = new Set(pool.map((expert) => expert.id));
    body.exclusions.forEach((exclusion, index) => {
      if (!inPool.has(exclusion.expertId)) throw new AppError('EXCLUSION_NOT_IN_POOL', { id: exclusion.expertId }, [{ path: `exclusions/${index}/expertId`, key: 'EXCLUSION_NOT_IN_POOL', params: { id: exclusion.expertId } }]);
    });
    const excluded = new Set(body.exclusions.map((exclusion) => exclusion.expertId));
    const available = pool.length - excluded.size;
    if (available < body.size) throw new AppError('POOL_TOO_SMALL', { size: body.size, available }, [{ path: 'size', key: 'POOL_TOO_SMALL', params: { size: body.size, available } }]);
    const seed = body.seed ?? randomInt(0, 2 ** 32);
    const panel = drawPanel(seed, pool, body.size, body.exclusions);
    const row = await trx
      .insertInto('stage_draws')
      .values({
        stage_id: stageId, seed, method: DRAW_METHOD, pool: JSON.stringify(pool.map(({ userId: _userId, ...expert }) => expert)), panel_size: body.size,
        exclusions: JSON.stringify(body.exclusions), panel: JSON.stringify(panel.map((expert) => expert.id)), drawn_by: context.actor!.id,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await trx.insertInto('stage_judges').values(panel.map((expert, index) => ({ stage_id: stageId, expert_id: expert.id, user_id: expert.userId, position: index + 1 }))).execute();
    await writeAudit(trx, context, { type: 'stage_draw.created', entityId: stageId, after: row });
    return presentDraw(row);
  });
}

/**
 * The entries of the stage's campaign still in the running, as the conflict rules read them: a
 * best case's zone, a contest's company. Withdrawn entries and those an earlier round eliminated
 * get no judges (a final is scored on the finalists only).
 */
export async function drawEntries(db: Db | Trx, campaignId: number): Promise<DrawEntry[]> {
  const rows = await db
    .selectFrom('campaign_entries as e')
    .leftJoin('innovations as i', 'i.id', 'e.innovation_id')
    .select(['e.id', 'i.zone_id', 'e.company_name'])
    .where('e.campaign_id', '=', campaignId)
    .where('e.status', 'not in', ['withdrawn', 'eliminated'])
    .orderBy('e.id')
    .execute();
  return rows.map((row) => ({ id: row.id, zoneId: row.zone_id, organisation: row.company_name }));
}

const declaredConflicts = async (db: Db | Trx, stageId: number): Promise<DeclaredConflict[]> =>
  (await db.selectFrom('judge_conflicts').select(['expert_id', 'entry_id', 'reason']).where('stage_id', '=', stageId).execute()).map((row) => ({ expertId: row.expert_id, entryId: row.entry_id, reason: row.reason }));

/** The panel in panel order, with the pool's snapshot of each judge. */
function panelOf(draw: DrawRow) {
  const byId = new Map(draw.pool.map((expert) => [expert.id, expert]));
  return draw.panel.map((id) => byId.get(id)!);
}

export async function assignStage(db: Db, context: RequestContext, stageId: number, body: AssignBody, mailing: Mailing | null) {
  const stage = await getOrganisedStage(db, context, stageId);
  return db.transaction().execute(async (trx) => {
    await lockStageForJudges(trx, stage);
    const draw = await findDraw(trx, stageId);
    if (!draw) throw new AppError('DRAW_MISSING');
    if (draw.assigned_at) throw new AppError('ALREADY_ASSIGNED');
    const entries = await drawEntries(trx, stage.campaign_id);
    if (entries.length === 0) throw new AppError('NO_ENTRIES');
    const result = assignJudges(panelOf(draw), entries, body, await declaredConflicts(trx, stageId));
    const judges = new Map((await trx.selectFrom('stage_judges').select(['expert_id', 'user_id']).where('stage_id', '=', stageId).execute()).map((row) => [row.expert_id, row.user_id]));
    const values = [...result.assignments].flatMap(([entryId, experts]) => experts.map((expertId) => ({ stage_id: stageId, entry_id: entryId, expert_id: expertId, judge_user_id: judges.get(expertId)! })));
    if (values.length > 0) await trx.insertInto('stage_assignments').values(values).execute();
    const after = await trx.updateTable('stage_draws').set({ per_entry: body.perEntry, load_cap: body.loadCap, assigned_at: new Date() }).where('stage_id', '=', stageId).returningAll().executeTakeFirstOrThrow();
    await writeAudit(trx, context, { type: 'stage_draw.assigned', entityId: stageId, after: { perEntry: body.perEntry, loadCap: body.loadCap, assignments: values.length, short: result.short } });
    const counts = new Map<number, number>();
    for (const value of values) counts.set(value.judge_user_id, (counts.get(value.judge_user_id) ?? 0) + 1);
    await notifyAssigned(trx, stageId, counts, mailing);
    return { draw: presentDraw(after), assigned: values.length, short: result.short };
  });
}

/**
 * A judge declares a conflict on an entry assigned to them: the conflict is recorded and the
 * entry goes to the replacement `replacementFor` names, within the stage's load cap. When nobody
 * can take it the declaration is refused (409) and nothing changes: the organiser widens the panel.
 */
export async function declareConflict(db: Db, context: RequestContext, assignmentId: number, reason: string, mailing: Mailing | null) {
  const actor = context.actor!;
  return db.transaction().execute(async (trx) => {
    const assignment = await trx.selectFrom('current_stage_assignments').selectAll().where('id', '=', assignmentId).where('judge_user_id', '=', actor.id).executeTakeFirst();
    if (!assignment) throw notFound();
    const stage = await trx.selectFrom('campaign_stages').select(['id', 'status', 'campaign_id']).where('id', '=', assignment.stage_id).forUpdate().executeTakeFirstOrThrow();
    if (!['planned', 'open', 'scoring'].includes(stage.status)) throw new AppError('SCORING_CLOSED', { status: stage.status });
    const sheet = await trx.selectFrom('score_sheets').select(['id', 'status']).where('stage_id', '=', stage.id).where('entry_id', '=', assignment.entry_id).where('expert_id', '=', assignment.expert_id).executeTakeFirst();
    if (sheet?.status === 'submitted') throw new AppError('SHEET_ALREADY_SUBMITTED');
    const draw = (await findDraw(trx, stage.id))!;
    // An entry withdrawn (or eliminated) since it was assigned needs no judge: nothing to replace.
    const entry = (await drawEntries(trx, stage.campaign_id)).find((candidate) => candidate.id === assignment.entry_id);
    if (!entry) throw notFound();
    const declared = [...(await declaredConflicts(trx, stage.id)), { expertId: assignment.expert_id, entryId: assignment.entry_id, reason }];
    const current = await trx.selectFrom('current_stage_assignments').select(['expert_id', 'entry_id']).where('stage_id', '=', stage.id).execute();
    const load = new Map<number, number>();
    for (const row of current) load.set(row.expert_id, (load.get(row.expert_id) ?? 0) + 1);
    const onEntry = current.filter((row) => row.entry_id === assignment.entry_id).map((row) => row.expert_id);
    const replacement = replacementFor(panelOf(draw), entry, onEntry, load, draw.load_cap!, declared);
    if (replacement === null) throw new AppError('NO_REPLACEMENT');
    const conflict = await trx.insertInto('judge_conflicts').values({ stage_id: stage.id, entry_id: assignment.entry_id, expert_id: assignment.expert_id, reason }).returningAll().executeTakeFirstOrThrow();
    const judge = await trx.selectFrom('stage_judges').select('user_id').where('stage_id', '=', stage.id).where('expert_id', '=', replacement).executeTakeFirstOrThrow();
    const added = await trx.insertInto('stage_assignments').values({ stage_id: stage.id, entry_id: assignment.entry_id, expert_id: replacement, judge_user_id: judge.user_id }).returningAll().executeTakeFirstOrThrow();
    const replaced = await trx.updateTable('stage_assignments').set({ replaced_by: added.id, replaced_reason: reason, replaced_at: sql<Date>`now()` }).where('id', '=', assignmentId).returningAll().executeTakeFirstOrThrow();
    // The conflicted judge's draft is theirs no longer to finish.
    if (sheet) await trx.deleteFrom('score_sheets').where('id', '=', sheet.id).execute();
    await writeAudit(trx, context, { type: 'stage_assignment.replaced', entityId: assignmentId, before: assignment, after: { replaced, replacement: added, conflict } });
    await notifyAssigned(trx, stage.id, new Map([[judge.user_id, 1]]), mailing);
    return { replacedBy: { assignmentId: added.id, expertId: replacement } };
  });
}

/** The organiser's view of scoring: per judge and per entry, sheets submitted of those assigned (assignments in force). */
export async function stageProgress(db: Db, context: RequestContext, stageId: number) {
  const stage = await getOrganisedStage(db, context, stageId);
  const submitted = sql<number>`count(s.id) FILTER (WHERE s.status = 'submitted')::int`;
  const judges = await db
    .selectFrom('stage_judges as j')
    .innerJoin('experts as x', 'x.id', 'j.expert_id')
    .leftJoin('current_stage_assignments as a', (join) => join.onRef('a.stage_id', '=', 'j.stage_id').onRef('a.expert_id', '=', 'j.expert_id'))
    .leftJoin('score_sheets as s', (join) => join.onRef('s.stage_id', '=', 'a.stage_id').onRef('s.entry_id', '=', 'a.entry_id').onRef('s.expert_id', '=', 'a.expert_id'))
    .leftJoin('judge_commitments as jc', (join) => join.onRef('jc.stage_id', '=', 'j.stage_id').onRef('jc.expert_id', '=', 'j.expert_id'))
    .select(['j.expert_id', 'x.name', sql<boolean>`bool_or(jc.stage_id IS NOT NULL)`.as('committed'), sql<number>`count(a.id)::int`.as('assigned'), submitted.as('submitted')])
    .where('j.stage_id', '=', stageId)
    .groupBy(['j.expert_id', 'x.name', 'j.position'])
    .orderBy('j.position')
    .execute();
  const entries = await db
    .selectFrom('campaign_entries as e')
    .leftJoin('innovations as i', 'i.id', 'e.innovation_id')
    .leftJoin('current_stage_assignments as a', (join) => join.onRef('a.entry_id', '=', 'e.id').on('a.stage_id', '=', stageId))
    .leftJoin('score_sheets as s', (join) => join.onRef('s.stage_id', '=', 'a.stage_id').onRef('s.entry_id', '=', 'a.entry_id').onRef('s.expert_id', '=', 'a.expert_id'))
    .select(['e.id', sql<string>`coalesce(i.name, e.project_name)`.as('title'), sql<number>`count(a.id)::int`.as('assigned'), submitted.as('submitted')])
    .where('e.campaign_id', '=', stage.campaign_id)
    .groupBy(['e.id', 'i.name', 'e.project_name'])
    .orderBy('e.id')
    .execute();
  return {
    judges: judges.map((row) => ({ expertId: row.expert_id, name: row.name, committed: row.committed === true, assigned: Number(row.assigned), submitted: Number(row.submitted) })),
    entries: entries.map((row) => ({ entryId: row.id, title: row.title, assigned: Number(row.assigned), submitted: Number(row.submitted) })),
  };
}
