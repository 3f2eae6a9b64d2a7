/**
 * Follow-up of a campaign's winners (跟踪服务): the organiser records service agreements with
 * their milestones on an awarded entry, and files or corrects KPI reports on a winner's behalf;
 * the winner (the entry's applicant account) files and corrects its own. Every write is audited
 * in its transaction; a correction keeps the figures it replaces.
 *
 * Who: the organiser (evaluation.policy `organises`) of a campaign it sees — 404 outside its
 * scope, 403 when it sees but does not organise; the applicant its own entries only (404 for any
 * other). What: only awarded entries (409) of a published campaign (409). The winner is told in the
 * console when an agreement is recorded for its entry.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.js';
import type { RequestContext } from '../../../kernel/actor.js';
import { AppError, notFound } from '../../../kernel/errors.js';
import { PUBLIC_CAMPAIGN_STATUSES, type CampaignStatus } from '../../../shared/evaluation.enums.js';
import { isCorrectable, isFuturePeriod } from '../../../shared/follow-up.enums.js';
import { todayInChina } from '../../../shared/partial-date.js';
import { writeAudit } from '../../audit/audit.service.js';
import { notify } from '../../notifications/notifications.service.js';
import { APPLICANT_PAGE } from '../evaluation.notify.js';
import '../../../shared/follow-up.notifications.js';
import type { CampaignRow } from '../campaigns.repo.js';
import { getVisibleCampaign } from '../campaigns.service.js';
import { organises } from '../evaluation.policy.js';
import { campaignTotals, presentAgreement, presentReport, sumAmounts } from './follow-up-present.js';
import {
  findAgreement, findMilestone, findReport, unsafeAgreementsOf, unsafeCampaignWinners, unsafeMilestonesOf, unsafeReportsOf, unsafeWinner, type WinnerRow,
} from './follow-up.repo.js';
import type { CorrectReportBody, CreateAgreementBody, FileReportBody, MilestoneBody, UpdateAgreementBody, UpdateMilestoneBody } from './follow-up.schema.js';
import './follow-up.audit.js';
import './follow-up.messages.js';

type Db = Kysely<Database>;

const accepting = (status: CampaignStatus) => PUBLIC_CAMPAIGN_STATUSES.includes(status);

async function organisedCampaign(db: Db, context: RequestContext, campaignId: number): Promise<CampaignRow> {
  const campaign = await getVisibleCampaign(db, context, campaignId);
  if (!organises(context.actor, campaign)) throw new AppError('FORBIDDEN');
  return campaign;
}

/** Follow-up is for an awarded entry of a published campaign. */
function checkTakes(status: CampaignStatus, winner: WinnerRow) {
  if (!accepting(status)) throw new AppError('FOLLOW_UP_NOT_PUBLISHED', { status });
  if (winner.status !== 'awarded') throw new AppError('FOLLOW_UP_NOT_AWARDED');
}

/** The entry, seen and organised by the viewer. */
async function organisedEntry(db: Db, context: RequestContext, entryId: number) {
  const winner = await unsafeWinner(db, entryId);
  if (!winner) throw notFound();
  const campaign = await organisedCampaign(db, context, winner.campaign_id);
  return { winner, campaign };
}

/** The viewer's own entry (the applicant account that registered it), with its campaign's status. */
async function ownEntry(db: Db, context: RequestContext, entryId: number) {
  const winner = await unsafeWinner(db, entryId);
  if (!winner || !context.actor || winner.applicant_user_id !== context.actor.id) throw notFound();
  const campaign = await db.selectFrom('campaigns').select('status').where('id', '=', winner.campaign_id).executeTakeFirstOrThrow();
  return { winner, status: campaign.status };
}

async function agreementsOf(db: Db, entryIds: number[], today: string) {
  const { agreements, milestones } = await unsafeAgreementsOf(db, entryIds);
  return agreements.map((a) => presentAgreement(a, milestones, today));
}

async function reportsOf(db: Db, entryIds: number[], today: string, mayCorrect: boolean) {
  const { reports, revisions } = await unsafeReportsOf(db, entryIds);
  return reports.map((r) => presentReport(r, revisions, today, mayCorrect));
}

/** The organiser's view: each winner's agreements, milestones and reports (latest and trend), and the campaign's totals. */
export async function campaignFollowUp(db: Db, context: RequestContext, campaignId: number) {
  const campaign = await organisedCampaign(db, context, campaignId);
  const today = todayInChina();
  const winners = await unsafeCampaignWinners(db, campaignId);
  const ids = winners.map((w) => w.entry_id);
  const [agreements, reports] = await Promise.all([agreementsOf(db, ids, today), reportsOf(db, ids, today, accepting(campaign.status))]);
  const views = winners.map((w) => {
    const own = reports.filter((r) => r.entryId === w.entry_id);
    return {
      entryId: w.entry_id, title: w.title, companyName: w.company_name, categoryName: w.category_name, award: w.award,
      agreements: agreements.filter((a) => a.entryId === w.entry_id),
      reports: own,
      latest: own.at(-1) ?? null,
    };
  });
  const milestones = agreements.flatMap((a) => a.milestones);
  return {
    campaignId,
    accepting: accepting(campaign.status),
    today,
    winners: views,
    totals: {
      winners: views.length,
      winnersWithAgreement: views.filter((w) => w.agreements.length > 0).length,
      agreements: agreements.length,
      agreementAmountWan: sumAmounts(agreements.map((a) => a.amountWan)),
      milestones: { total: milestones.length, done: milestones.filter((m) => m.doneOn !== null).length, overdue: milestones.filter((m) => m.overdue).length },
      ...campaignTotals(views),
    },
  };
}

/** The applicant's view of its own entry: the award, the agreements and milestones (without the organiser's notes), its reports. */
export async function myFollowUp(db: Db, context: RequestContext, entryId: number) {
  const { winner, status } = await ownEntry(db, context, entryId);
  const today = todayInChina();
  const takes = accepting(status) && winner.status === 'awarded';
  const [agreements, reports] = await Promise.all([agreementsOf(db, [entryId], today), reportsOf(db, [entryId], today, takes)]);
  return {
    entryId, title: winner.title, companyName: winner.company_name, categoryName: winner.category_name, campaignTitle: winner.campaign_title, status: winner.status,
    award: winner.status === 'awarded' ? winner.award : null,
    accepting: takes,
    today,
    agreements: agreements.map((a) => ({ ...a, milestones: a.milestones.map(({ note: _note, ...m }) => m) })),
    reports,
  };
}

async function reloadAgreement(db: Db, id: number) {
  const row = (await findAgreement(db, id))!;
  return presentAgreement(row, await unsafeMilestonesOf(db, [id]), todayInChina());
}

const milestoneValues = (agreementId: number, m: MilestoneBody) => ({ agreement_id: agreementId, title: m.title, due_on: m.dueOn, done_on: m.doneOn ?? null, note: m.note || null });

function checkDone(doneOn: string | null | undefined, signedOn: string) {
  if (doneOn && doneOn < signedOn) throw new AppError('MILESTONE_DONE_BEFORE_SIGNED', { signedOn }, [{ path: 'doneOn', key: 'MILESTONE_DONE_BEFORE_SIGNED', params: { signedOn } }]);
}

export async function createAgreement(db: Db, context: RequestContext, entryId: number, body: CreateAgreementBody) {
  const { winner, campaign } = await organisedEntry(db, context, entryId);
  checkTakes(campaign.status, winner);
  for (const m of body.milestones ?? []) checkDone(m.doneOn, body.signedOn);
  const id = await db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('service_agreements')
      .values({ entry_id: entryId, provider: body.provider, provider_kind: body.providerKind, content: body.content, amount_wan: body.amountWan ?? null, signed_on: body.signedOn, created_by: context.actor!.id })
      .returningAll()
      .executeTakeFirstOrThrow();
    const milestones = body.milestones?.length ? await trx.insertInto('agreement_milestones').values(body.milestones.map((m) => milestoneValues(row.id, m))).returningAll().execute() : [];
    await writeAudit(trx, context, { type: 'service_agreement.created', entityId: row.id, after: { ...row, milestones } });
    // In the console only: the winner follows its agreements under 我的报名.
    if (winner.applicant_user_id !== null) {
      await notify(trx, [winner.applicant_user_id], { kind: 'evaluation.agreement_recorded', params: { campaign: winner.campaign_title, project: winner.title, provider: body.provider }, link: APPLICANT_PAGE }, null);
    }
    return row.id;
  });
  return reloadAgreement(db, id);
}

/** The agreement, its entry organised by the viewer and still taking follow-up. */
async function organisedAgreement(db: Db, context: RequestContext, id: number) {
  const agreement = await findAgreement(db, id);
  if (!agreement) throw notFound();
  const { winner, campaign } = await organisedEntry(db, context, agreement.entry_id);
  checkTakes(campaign.status, winner);
  return agreement;
}

export async function updateAgreement(db: Db, context: RequestContext, id: number, body: UpdateAgreementBody) {
  await organisedAgreement(db, context, id);
  await db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('service_agreements').selectAll().where('id', '=', id).forUpdate().executeTakeFirstOrThrow();
    if (body.signedOn) {
      const earliest = await trx.selectFrom('agreement_milestones').select((eb) => eb.fn.min('done_on').as('done')).where('agreement_id', '=', id).executeTakeFirst();
      checkDone(earliest?.done as string | null | undefined, body.signedOn);
    }
    const after = await trx
      .updateTable('service_agreements')
      .set({
        ...(body.provider !== undefined && { provider: body.provider }),
        ...(body.providerKind !== undefined && { provider_kind: body.providerKind }),
        ...(body.content !== undefined && { content: body.content }),
        ...(body.amountWan !== undefined && { amount_wan: body.amountWan }),
        ...(body.signedOn !== undefined && { signed_on: body.signedOn }),
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(trx, context, { type: 'service_agreement.updated', entityId: id, before, after });
  });
  return reloadAgreement(db, id);
}

export async function addMilestone(db: Db, context: RequestContext, agreementId: number, body: MilestoneBody) {
  const agreement = await organisedAgreement(db, context, agreementId);
  checkDone(body.doneOn, agreement.signed_on);
  await db.transaction().execute(async (trx) => {
    const row = await trx.insertInto('agreement_milestones').values(milestoneValues(agreementId, body)).returningAll().executeTakeFirstOrThrow();
    await writeAudit(trx, context, { type: 'agreement_milestone.created', entityId: row.id, after: row });
  });
  return reloadAgreement(db, agreementId);
}

/** Edits a milestone; `doneOn` records its completion (or clears it). */
export async function updateMilestone(db: Db, context: RequestContext, id: number, body: UpdateMilestoneBody) {
  const milestone = await findMilestone(db, id);
  if (!milestone) throw notFound();
  const agreement = await organisedAgreement(db, context, milestone.agreement_id);
  checkDone(body.doneOn, agreement.signed_on);
  await db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('agreement_milestones').selectAll().where('id', '=', id).forUpdate().executeTakeFirstOrThrow();
    const after = await trx
      .updateTable('agreement_milestones')
      .set({
        ...(body.title !== undefined && { title: body.title }),
        ...(body.dueOn !== undefined && { due_on: body.dueOn }),
        ...(body.doneOn !== undefined && { done_on: body.doneOn }),
        ...(body.note !== undefined && { note: body.note || null }),
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(trx, context, { type: 'agreement_milestone.updated', entityId: id, before, after });
  });
  return reloadAgreement(db, agreement.id);
}

const isUniqueViolation = (error: unknown) => (error as { code?: unknown } | null)?.code === '23505';

async function insertReport(db: Db, context: RequestContext, entryId: number, body: FileReportBody, onBehalf: boolean) {
  const today = todayInChina();
  if (isFuturePeriod(body.period, today)) throw new AppError('KPI_PERIOD_FUTURE', { period: body.period });
  const taken = () => new AppError('KPI_PERIOD_TAKEN', { period: body.period });
  if (await db.selectFrom('kpi_reports').select('id').where('entry_id', '=', entryId).where('period', '=', body.period).executeTakeFirst()) throw taken();
  const id = await db
    .transaction()
    .execute(async (trx) => {
      const row = await trx
        .insertInto('kpi_reports')
        .values({
          entry_id: entryId, period: body.period, jobs: body.jobs, revenue_wan: body.revenueWan, financing_wan: body.financingWan,
          narrative: body.narrative || null, filed_by: context.actor!.id, on_behalf: onBehalf,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await writeAudit(trx, context, { type: 'kpi_report.filed', entityId: row.id, after: row });
      return row.id;
    })
    .catch((error: unknown) => {
      // Two filings of one period at once: the unique key decides, the second hears why.
      if (isUniqueViolation(error)) throw taken();
      throw error;
    });
  return reloadReport(db, id);
}

async function reloadReport(db: Db, id: number) {
  const { reports, revisions } = await unsafeReportsOf(db, [(await findReport(db, id))!.entry_id]);
  return presentReport(reports.find((r) => r.id === id)!, revisions, todayInChina(), true);
}

/** The winner files its own report. */
export async function fileMyReport(db: Db, context: RequestContext, entryId: number, body: FileReportBody) {
  const { winner, status } = await ownEntry(db, context, entryId);
  checkTakes(status, winner);
  return insertReport(db, context, entryId, body, false);
}

/** The organiser files a report on the winner's behalf (代报, recorded as such). */
export async function fileReportOnBehalf(db: Db, context: RequestContext, entryId: number, body: FileReportBody) {
  const { winner, campaign } = await organisedEntry(db, context, entryId);
  checkTakes(campaign.status, winner);
  return insertReport(db, context, entryId, body, true);
}

/** The report, of the viewer's own entry (`own`) or of an entry it organises, still correctable. */
async function correctableReport(db: Db, context: RequestContext, id: number, own: boolean) {
  const report = await findReport(db, id);
  if (!report) throw notFound();
  const { winner, status } = own ? await ownEntry(db, context, report.entry_id) : await organisedEntry(db, context, report.entry_id).then((o) => ({ winner: o.winner, status: o.campaign.status }));
  checkTakes(status, winner);
  if (!isCorrectable(report.period, todayInChina())) throw new AppError('KPI_PERIOD_CLOSED', { period: report.period });
  return report;
}

/**
 * Corrects a report: the winner its own (`own`), or the organiser (then recorded as 代报), within
 * the period's window. The replaced figures are kept as a revision row in the same transaction.
 */
export async function correctReport(db: Db, context: RequestContext, id: number, body: CorrectReportBody, own: boolean) {
  await correctableReport(db, context, id, own);
  await db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('kpi_reports').selectAll().where('id', '=', id).forUpdate().executeTakeFirstOrThrow();
    const kept = await trx
      .insertInto('kpi_report_revisions')
      .values({
        report_id: id, revision: before.revision, jobs: before.jobs, revenue_wan: before.revenue_wan, financing_wan: before.financing_wan,
        narrative: before.narrative, filed_by: before.filed_by, on_behalf: before.on_behalf, filed_at: before.filed_at,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const after = await trx
      .updateTable('kpi_reports')
      .set({
        jobs: body.jobs, revenue_wan: body.revenueWan, financing_wan: body.financingWan, narrative: body.narrative || null,
        filed_by: context.actor!.id, on_behalf: !own, filed_at: new Date(), revision: before.revision + 1,
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(trx, context, { type: 'kpi_report.corrected', entityId: id, before, after, kept });
  });
  return reloadReport(db, id);
}
