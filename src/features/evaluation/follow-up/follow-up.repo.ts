/**
 * Follow-up storage: the winners of a campaign (its awarded entries with their tier from the
 * published results), their agreements with milestones and their KPI reports with the figures
 * corrections replaced. numeric columns are read as text, exact. The reads take entry ids the
 * service has already checked the viewer may see (the organiser's campaign, or the applicant's
 * own entry): unsafe otherwise.
 */
import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { AgreementMilestonesTable, Database, KpiReportRevisionsTable, KpiReportsTable, ServiceAgreementsTable } from '../../../db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

export type WinnerRow = {
  entry_id: number;
  campaign_id: number;
  applicant_user_id: number | null;
  title: string;
  company_name: string | null;
  category_name: string | null;
  campaign_title: string;
  status: string;
  award: string | null;
};

function winnersQuery(db: Db) {
  return db
    .selectFrom('campaign_entries as e')
    .innerJoin('campaigns as c', 'c.id', 'e.campaign_id')
    .leftJoin('campaign_categories as cat', 'cat.id', 'e.category_id')
    .leftJoin('innovations as i', 'i.id', 'e.innovation_id')
    .select([
      'e.id as entry_id', 'e.campaign_id', 'e.applicant_user_id', sql<string>`coalesce(i.name, e.project_name)`.as('title'), 'e.company_name',
      'cat.name as category_name', 'c.title as campaign_title', 'e.status',
      // The tier of the latest published results that award it (the campaign's final stage).
      sql<string | null>`(SELECT sre.award FROM stage_result_entries sre JOIN stage_results sr ON sr.id = sre.results_id
        WHERE sre.entry_id = e.id AND sr.status IN ('publicizing', 'final') AND sre.award IS NOT NULL ORDER BY sr.published_at DESC LIMIT 1)`.as('award'),
    ]);
}

/** The awarded entries of a campaign, by group and tier order of the results. */
export function unsafeCampaignWinners(db: Db, campaignId: number): Promise<WinnerRow[]> {
  return winnersQuery(db).where('e.campaign_id', '=', campaignId).where('e.status', '=', 'awarded').orderBy('cat.sort_order').orderBy('e.id').execute();
}

/** One entry as a winner row (whatever its status: the caller checks it is awarded). */
export function unsafeWinner(db: Db, entryId: number): Promise<WinnerRow | undefined> {
  return winnersQuery(db).where('e.id', '=', entryId).executeTakeFirst();
}

/** What the views read of an agreement (numeric as text). */
export type AgreementRow = Omit<Selectable<ServiceAgreementsTable>, 'created_by' | 'created_at' | 'updated_at'>;
export type MilestoneRow = Omit<Selectable<AgreementMilestonesTable>, 'updated_at'>;

const AGREEMENT_COLUMNS = ['a.id', 'a.entry_id', 'a.provider', 'a.provider_kind', 'a.content', sql<string | null>`a.amount_wan::text`.as('amount_wan'), 'a.signed_on', 'a.is_sample'] as const;

export async function unsafeAgreementsOf(db: Db, entryIds: number[]): Promise<{ agreements: AgreementRow[]; milestones: MilestoneRow[] }> {
  if (entryIds.length === 0) return { agreements: [], milestones: [] };
  const agreements = await db.selectFrom('service_agreements as a').select(AGREEMENT_COLUMNS).where('a.entry_id', 'in', entryIds).orderBy('a.signed_on').orderBy('a.id').execute();
  const milestones = agreements.length === 0 ? [] : await unsafeMilestonesOf(db, agreements.map((a) => a.id));
  return { agreements, milestones };
}

export function unsafeMilestonesOf(db: Db, agreementIds: number[]): Promise<MilestoneRow[]> {
  return db.selectFrom('agreement_milestones').select(['id', 'agreement_id', 'title', 'due_on', 'done_on', 'note']).where('agreement_id', 'in', agreementIds).orderBy('due_on').orderBy('id').execute();
}

export function findAgreement(db: Db, id: number): Promise<AgreementRow | undefined> {
  return db.selectFrom('service_agreements as a').select(AGREEMENT_COLUMNS).where('a.id', '=', id).executeTakeFirst();
}

export function findMilestone(db: Db, id: number) {
  return db.selectFrom('agreement_milestones').selectAll().where('id', '=', id).executeTakeFirst();
}

export type ReportRow = Selectable<KpiReportsTable>;
export type RevisionRow = Selectable<KpiReportRevisionsTable>;

const REPORT_COLUMNS = [
  'id', 'entry_id', 'period', 'jobs', sql<string>`revenue_wan::text`.as('revenue_wan'), sql<string>`financing_wan::text`.as('financing_wan'),
  'narrative', 'is_sample', 'filed_by', 'on_behalf', 'filed_at', 'revision',
] as const;

export async function unsafeReportsOf(db: Db, entryIds: number[]): Promise<{ reports: ReportRow[]; revisions: RevisionRow[] }> {
  if (entryIds.length === 0) return { reports: [], revisions: [] };
  const reports = (await db.selectFrom('kpi_reports').select(REPORT_COLUMNS).where('entry_id', 'in', entryIds).orderBy('period').execute()) as ReportRow[];
  const revisions = reports.length === 0 ? [] : ((await db
    .selectFrom('kpi_report_revisions')
    .select(['report_id', 'revision', 'jobs', sql<string>`revenue_wan::text`.as('revenue_wan'), sql<string>`financing_wan::text`.as('financing_wan'), 'narrative', 'filed_by', 'on_behalf', 'filed_at'])
    .where('report_id', 'in', reports.map((r) => r.id))
    .orderBy('revision')
    .execute()) as RevisionRow[]);
  return { reports, revisions };
}

export async function findReport(db: Db, id: number, lock = false): Promise<ReportRow | undefined> {
  let query = db.selectFrom('kpi_reports').select(REPORT_COLUMNS).where('id', '=', id);
  if (lock) query = query.forUpdate();
  return (await query.executeTakeFirst()) as ReportRow | undefined;
}
