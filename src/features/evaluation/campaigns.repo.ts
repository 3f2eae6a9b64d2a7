/**
 * Campaign storage: series, campaigns, categories, stages and criteria. Every read takes the
 * viewer. Who sees a campaign:
 *   - everyone, once it is published (已公布, 已归档);
 *   - staff whose scope holds the organiser zone, in every status;
 *   - staff of the zones under the organiser once it is open (a selection the province runs
 *     concerns every zone under it; its draft is still the organiser's);
 * and a stage, a category or a criterion is seen by whoever sees its campaign.
 */
import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import type { Database } from '../../db/schema.js';
import { aboveZoneSubtree, inZoneSubtree, type Viewer } from '../../kernel/viewer.js';
import { PUBLIC_CAMPAIGN_STATUSES, PUBLIC_RESULTS_STATUSES, type AdvancementRule, type CampaignKind, type CampaignStatus, type PrizeTier, type StageKind, type StageStatus } from '../../shared/evaluation.enums.js';

type Db = Kysely<Database>;
type CampaignScope = ExpressionBuilder<Database & { c: Database['campaigns']; z: Database['zones'] }, 'c' | 'z'>;

/** The campaign `c` (its organiser zone joined as `z`) is one the viewer may see. */
function campaignVisible(eb: CampaignScope, viewer: Viewer): Expression<SqlBool> {
  return eb.or([
    eb('c.status', 'in', PUBLIC_CAMPAIGN_STATUSES),
    inZoneSubtree(viewer, 'z.path'),
    eb.and([eb('c.status', '<>', 'draft'), aboveZoneSubtree(viewer, 'z.path')]),
  ]);
}

export type SeriesRow = { id: number; name: string; organiser_zone_id: number; zone_name: string; zone_path: string; description: string | null; source: string | null };

/** Series the viewer may see: its organiser is in or above the viewer's scope, or one of its campaigns is public. */
export function listVisibleSeries(db: Db, viewer: Viewer, id?: number): Promise<SeriesRow[]> {
  let query = db
    .selectFrom('campaign_series as s')
    .innerJoin('zones as z', 'z.id', 's.organiser_zone_id')
    .select(['s.id', 's.name', 's.organiser_zone_id', 'z.name as zone_name', 'z.path as zone_path', 's.description', 's.source'])
    .where((eb) =>
      eb.or([
        inZoneSubtree(viewer, 'z.path'),
        aboveZoneSubtree(viewer, 'z.path'),
        eb.exists(eb.selectFrom('campaigns as pc').select('pc.id').whereRef('pc.series_id', '=', 's.id').where('pc.status', 'in', PUBLIC_CAMPAIGN_STATUSES)),
      ]),
    );
  if (id !== undefined) query = query.where('s.id', '=', id);
  return query.orderBy('z.path').orderBy('s.id').execute();
}

export type CampaignRow = {
  id: number;
  series_id: number;
  series_name: string;
  edition: number;
  year: number;
  campaign_kind: CampaignKind;
  title: string;
  status: CampaignStatus;
  organiser_zone_id: number;
  zone_name: string;
  zone_path: string;
  starts_on: string | null;
  ends_on: string | null;
  source: string | null;
  source_note: string | null;
  note: string | null;
  updated_at: Date;
  /** Its 报名 stage has closed: the contest takes no more registrations. */
  registration_ended: boolean;
};

/**
 * A contest open (进行中) takes public registrations until its 报名 stage closes (one without a
 * 报名 stage takes them while it is open), so anyone may see that it is there.
 */
export const isRegistering = (row: { campaign_kind: CampaignKind; status: CampaignStatus; registration_ended: boolean }) =>
  row.campaign_kind === 'contest' && row.status === 'open' && !row.registration_ended;

const registrationEnded = sql<boolean>`EXISTS (SELECT 1 FROM campaign_stages rs WHERE rs.campaign_id = c.id AND rs.kind = 'registration' AND rs.status IN ('closed', 'published'))`;

/**
 * `alsoPublicNow`: the portal's list also shows what the public takes part in before a campaign
 * is published — a contest open for registration, and any campaign with a stage's results in
 * their 公示 or final (a best-case selection's 公示 runs while the campaign is still open).
 */
function campaignsQuery(db: Db, viewer: Viewer, alsoPublicNow = false) {
  return db
    .selectFrom('campaigns as c')
    .innerJoin('campaign_series as s', 's.id', 'c.series_id')
    .innerJoin('zones as z', 'z.id', 'c.organiser_zone_id')
    .where((eb) => {
      const visible = campaignVisible(eb as unknown as CampaignScope, viewer);
      if (!alsoPublicNow) return visible;
      const resultsPublic = eb.exists(
        eb
          .selectFrom('stage_results as r')
          .innerJoin('campaign_stages as st', 'st.id', 'r.id')
          .select('r.id')
          .whereRef('st.campaign_id', '=', 'c.id')
          .where('r.status', 'in', PUBLIC_RESULTS_STATUSES),
      );
      return eb.or([visible, eb.and([eb('c.kind', '=', 'contest'), eb('c.status', '=', 'open')]), resultsPublic]);
    });
}

const CAMPAIGN_COLUMNS = [
  'c.id', 'c.series_id', 's.name as series_name', 'c.edition', 'c.year', 'c.kind as campaign_kind', 'c.title', 'c.status',
  'c.organiser_zone_id', 'z.name as zone_name', 'z.path as zone_path', 'c.starts_on', 'c.ends_on', 'c.source', 'c.source_note', 'c.note', 'c.updated_at',
  registrationEnded.as('registration_ended'),
] as const;

export function findVisibleCampaign(db: Db, viewer: Viewer, id: number): Promise<CampaignRow | undefined> {
  return campaignsQuery(db, viewer).select(CAMPAIGN_COLUMNS).where('c.id', '=', id).executeTakeFirst();
}

/** A contest open for registration, as the public registration form shows it; undefined for any other campaign. */
export function findRegisteringContest(db: Db, id: number): Promise<CampaignRow | undefined> {
  return campaignsQuery(db, { kind: 'public' }, true)
    .select(CAMPAIGN_COLUMNS)
    .where('c.id', '=', id)
    .where('c.kind', '=', 'contest')
    .where('c.status', '=', 'open')
    .where(sql<boolean>`NOT ${registrationEnded}`)
    .executeTakeFirst();
}

/** A campaign with what its lifecycle's guards read: how many stages it has and how many have not closed. */
export function findVisibleCampaignWithStageCounts(db: Db, viewer: Viewer, id: number) {
  return campaignsQuery(db, viewer)
    .select(CAMPAIGN_COLUMNS)
    .select([
      sql<number>`(SELECT count(*)::int FROM campaign_stages st WHERE st.campaign_id = c.id)`.as('stage_count'),
      sql<number>`(SELECT count(*)::int FROM campaign_stages st WHERE st.campaign_id = c.id AND st.status NOT IN ('closed', 'published'))`.as('unfinished_stages'),
    ])
    .where('c.id', '=', id)
    .executeTakeFirst();
}

export type CampaignFilter = {
  kind?: CampaignKind;
  status?: CampaignStatus;
  seriesId?: number;
  year?: number;
  /** Also the contests open for registration (the public list announces them). */
  alsoPublicNow?: boolean;
  limit: number;
  offset: number;
};

/** A page of the campaigns the viewer may see, newest first, with the total of all pages in the same statement. */
export async function listVisibleCampaigns(db: Db, viewer: Viewer, filter: CampaignFilter): Promise<{ rows: CampaignRow[]; total: number }> {
  let query = campaignsQuery(db, viewer, filter.alsoPublicNow);
  if (filter.kind) query = query.where('c.kind', '=', filter.kind);
  if (filter.status) query = query.where('c.status', '=', filter.status);
  if (filter.seriesId) query = query.where('c.series_id', '=', filter.seriesId);
  if (filter.year) query = query.where('c.year', '=', filter.year);
  const found = await query
    .select(CAMPAIGN_COLUMNS)
    .select(sql<number>`count(*) OVER ()::int`.as('total'))
    .orderBy('c.year', 'desc')
    .orderBy('c.id', 'desc')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
  const total = found.length > 0 || filter.offset === 0 ? (found[0]?.total ?? 0) : Number((await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  return { rows: found.map(({ total: _total, ...row }) => row), total };
}

export type CategoryRow = { id: number; campaign_id: number; name: string; sort_order: number; slots: number | null; prizes: PrizeTier[] };

/** The categories of a campaign, whoever asks: unsafe — the caller has found the campaign within the viewer's scope. */
export function unsafeListCategories(db: Db, campaignId: number): Promise<CategoryRow[]> {
  return db
    .selectFrom('campaign_categories')
    .select(['id', 'campaign_id', 'name', 'sort_order', 'slots', 'prizes'])
    .where('campaign_id', '=', campaignId)
    .orderBy('sort_order')
    .orderBy('id')
    .execute();
}

export type CriterionRow = {
  id: number;
  ordinal: number;
  name_zh: string;
  name_en: string | null;
  weight: string | number;
  scale_min: string | number;
  scale_max: string | number;
  levels: { min: number; max: number; zh: string; en: string | null }[];
};

export type StageRow = {
  id: number;
  campaign_id: number;
  ordinal: number;
  kind: StageKind;
  name: string;
  starts_on: string | null;
  ends_on: string | null;
  blind: boolean;
  advancement: AdvancementRule;
  status: StageStatus;
  /** The campaign's, for scope and the lifecycle's guards. */
  zone_path: string;
  campaign_kind: CampaignKind;
  campaign_status: CampaignStatus;
  criteria: CriterionRow[];
};

function stagesQuery(db: Db, viewer: Viewer) {
  return anyStageQuery(db).where((eb) => campaignVisible(eb as unknown as CampaignScope, viewer));
}

function anyStageQuery(db: Db) {
  return db
    .selectFrom('campaign_stages as st')
    .innerJoin('campaigns as c', 'c.id', 'st.campaign_id')
    .innerJoin('zones as z', 'z.id', 'c.organiser_zone_id')
    .select([
      'st.id', 'st.campaign_id', 'st.ordinal', 'st.kind', 'st.name', 'st.starts_on', 'st.ends_on', 'st.blind', 'st.advancement', 'st.status',
      'z.path as zone_path', 'c.kind as campaign_kind', 'c.status as campaign_status',
      sql<CriterionRow[]>`(SELECT coalesce(json_agg(json_build_object('id', k.id, 'ordinal', k.ordinal, 'name_zh', k.name_zh, 'name_en', k.name_en,
        'weight', k.weight, 'scale_min', k.scale_min, 'scale_max', k.scale_max, 'levels', k.levels) ORDER BY k.ordinal), '[]')
        FROM stage_criteria k WHERE k.stage_id = st.id)`.as('criteria'),
    ]);
}

/** A stage the viewer may see (through its campaign), with its criteria, in one statement. */
export function findVisibleStage(db: Db, viewer: Viewer, id: number): Promise<StageRow | undefined> {
  return stagesQuery(db, viewer).where('st.id', '=', id).executeTakeFirst();
}

/** A stage whoever asks: unsafe — for a judge, whose seat on the stage's panel the caller has checked (the campaign itself may be internal). */
export function unsafeFindStage(db: Db, id: number): Promise<StageRow | undefined> {
  return anyStageQuery(db).where('st.id', '=', id).executeTakeFirst();
}

/** The stages of a campaign in order, with their criteria: the caller has found the campaign within the viewer's scope. */
export function listStagesOfVisibleCampaign(db: Db, viewer: Viewer, campaignId: number): Promise<StageRow[]> {
  return stagesQuery(db, viewer).where('st.campaign_id', '=', campaignId).orderBy('st.ordinal').execute();
}

/** A category the viewer may see, with what the rules read of its campaign. */
export function findVisibleCategory(db: Db, viewer: Viewer, id: number) {
  return campaignsQuery(db, viewer)
    .innerJoin('campaign_categories as cat', 'cat.campaign_id', 'c.id')
    .select(['cat.id', 'cat.campaign_id', 'cat.name', 'cat.sort_order', 'cat.slots', 'cat.prizes', 'z.path as zone_path', 'c.kind as campaign_kind', 'c.status as campaign_status'])
    .where('cat.id', '=', id)
    .executeTakeFirst();
}
