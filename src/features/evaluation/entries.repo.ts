/**
 * Entry storage. A best case shows its innovation's name and zone; a contest entry its project
 * and company. Reads take the condition that decides who sees them (the organiser's campaign
 * check, or `ownedBy` for an applicant's own), so no read here is unscoped.
 */
import { sql, type Kysely, type RawBuilder, type SqlBool, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

export type EntryRow = {
  id: number;
  campaign_id: number;
  campaign_kind: 'best_case' | 'contest';
  campaign_title: string;
  category_id: number | null;
  category_name: string | null;
  innovation_id: number | null;
  title: string;
  company_name: string | null;
  credit_code: string | null;
  is_sample: boolean;
  contact: string | null;
  zone_id: number | null;
  zone_name: string | null;
  status: string;
  created_at: Date;
};

/** Entries `e` with what they show; `allowed` is the viewer's condition over `e`. */
export function entriesWhere(db: Db, allowed: RawBuilder<SqlBool>) {
  return db
    .selectFrom('campaign_entries as e')
    .innerJoin('campaigns as c', 'c.id', 'e.campaign_id')
    .leftJoin('campaign_categories as cat', 'cat.id', 'e.category_id')
    .leftJoin('innovations as i', 'i.id', 'e.innovation_id')
    .leftJoin('zones as z', 'z.id', 'i.zone_id')
    .select([
      'e.id', 'e.campaign_id', 'e.campaign_kind', 'c.title as campaign_title', 'e.category_id', 'cat.name as category_name', 'e.innovation_id',
      sql<string>`coalesce(i.name, e.project_name)`.as('title'),
      'e.company_name', 'e.credit_code', 'e.is_sample', 'e.contact', 'i.zone_id', 'z.name as zone_name', 'e.status', 'e.created_at',
    ])
    .where(allowed)
    .orderBy('e.id');
}

/** The entries of a campaign whose organiser the caller has checked: unsafe otherwise. */
export function unsafeCampaignEntries(db: Db, campaignId: number): Promise<EntryRow[]> {
  return entriesWhere(db, sql<SqlBool>`e.campaign_id = ${campaignId}`).execute() as Promise<EntryRow[]>;
}
