/** Kysely table types: one interface per table in migrations/. */
import type { ColumnType, Generated, Selectable } from 'kysely';
import type { BulletinTables, ExternalIndexTables } from './reporting-schema.js';
import type { PowerTables } from './powers-schema.js';
import type { Role } from '../shared/enums.js';
import type { ZoneType } from '../shared/zones.enums.js';
import type {
  PlatformStatus,
  PlatformTransition,
  PlatformType,
} from '../shared/platforms.enums.js';
import type { ImportBatchStatus } from '../shared/imports.enums.js';
import type { JobStatus } from '../shared/jobs.enums.js';
import type {
  InnovationDomain,
  InnovationStatus,
  InnovationTransition,
  NoveltyClaim,
  ReformTask,
} from '../shared/innovations.enums.js';
import type {
  AdvancementRule,
  CampaignKind,
  CampaignStatus,
  EntryStatus,
  PrizeTier,
  AggregationMethod,
  ResultsStatus,
  StageKind,
  StageStatus,
} from '../shared/evaluation.enums.js';
import type { StoredError } from '../shared/messages.js';
import type { CombineKind, PeriodKind, Qualifier, Unit } from '../shared/indicators.enums.js';
import type { DatePrecision } from '../shared/partial-date.js';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** `date` columns are read as 'YYYY-MM-DD' strings (see the type parsers in client.ts). */
type DateString = string;

export type ZonesTable = {
  id: Generated<number>;
  code: string;
  parent_id: number | null;
  path: string;
  type: ZoneType;
  name: string;
  name_en: string | null;
  short_name: string;
  established_on: DateString | null;
  established_precision: DatePrecision | null;
  /** numeric, read as a decimal string so no binary float ever touches it */
  area_km2: string | null;
  positioning: string | null;
  tasks: ColumnType<ReformTask[], ReformTask[] | undefined, ReformTask[]>;
  group_name: string | null;
  description: string | null;
  source: string;
  /** Working notes behind the source (files, inferences): internal, never public. */
  source_note: ColumnType<string | null, string | null | undefined, string | null>;
  sort_order: ColumnType<number, number | undefined, number>;
  created_at: Timestamp;
  updated_at: Timestamp;
};

/** A zone as read: every feature joins the zone tree, so its row type lives with the schema. */
export type ZoneRow = Selectable<ZonesTable>;

export type UsersTable = {
  id: Generated<number>;
  username: string;
  display_name: string;
  role: Role;
  scope_zone_id: number | null;
  organisation: string | null;
  password_hash: string;
  failed_logins: ColumnType<number, number | undefined, number>;
  locked_until: Date | null;
  password_changed_at: Timestamp;
  is_active: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: Timestamp;
  must_change_password: ColumnType<boolean, boolean | undefined, boolean>;
  updated_at: Timestamp;
  email: ColumnType<string | null, string | null | undefined, string | null>;
};

/** At most one row (id = true); absent means the defaults from the environment. */
export type SecuritySettingsTable = {
  id: ColumnType<boolean, boolean | undefined, never>;
  password_min_length: number;
  password_min_classes: number;
  session_idle_minutes: number;
  session_max_hours: number;
  updated_at: Timestamp;
  updated_by: number | null;
};

export type LoginThrottleTable = {
  username_key: string;
  ip: string;
  failures: ColumnType<number, number | undefined, number>;
  locked_until: Date | null;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
};

export type SessionsTable = {
  id: string;
  user_id: number;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  ip: string | null;
  user_agent: string | null;
};

export type PlatformsTable = {
  id: Generated<number>;
  zone_id: number;
  type: PlatformType;
  name: string;
  status: PlatformStatus;
  note: string | null;
  source: string | null;
  /** Working notes behind the source (files, inferences): internal, never public. */
  source_note: ColumnType<string | null, string | null | undefined, string | null>;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
};

export type PlatformEventsTable = {
  id: Generated<number>;
  platform_id: number;
  /** A transition, or 'plan' for the record's first event. */
  action: PlatformTransition | 'plan';
  from_status: PlatformStatus | null;
  to_status: PlatformStatus | null;
  occurred_on: DateString | null;
  occurred_precision: DatePrecision | null;
  document: string | null;
  note: string | null;
  actor_id: number | null;
  created_at: Timestamp;
};

export type AuditLogTable = {
  id: Generated<number>;
  at: Timestamp;
  actor_id: number | null;
  actor_name: string | null;
  actor_role: string | null;
  ip: string | null;
  user_agent: string | null;
  type: string;
  entity_type: string;
  entity_id: string | null;
  action: string;
  before: ColumnType<unknown, string | null, never>;
  after: ColumnType<unknown, string | null, never>;
  prev_hash: string;
  hash: string;
};

export type SchemaMigrationsTable = {
  name: string;
  checksum: string;
  applied_at: Timestamp;
};

export type InnovationsTable = {
  id: Generated<number>;
  zone_id: number;
  name: string;
  domain: InnovationDomain;
  task: ReformTask | null;
  novelty: ColumnType<NoveltyClaim, NoveltyClaim | undefined, NoveltyClaim>;
  pain_point: string | null;
  measures: string | null;
  /** jsonb: write with JSON.stringify */
  effects: ColumnType<InnovationEffect[], string | undefined, string>;
  departments: ColumnType<string[], string[] | undefined, string[]>;
  tags: ColumnType<string[], string[] | undefined, string[]>;
  explored_on: DateString | null;
  explored_precision: DatePrecision | null;
  status: ColumnType<InnovationStatus, InnovationStatus | undefined, InnovationStatus>;
  recognized_on: DateString | null;
  recognized_precision: ColumnType<DatePrecision | null, DatePrecision | null | undefined, DatePrecision | null>;
  recognized_document: string | null;
  recognized_batch: string | null;
  province_replicated_on: DateString | null;
  province_replicated_precision: ColumnType<DatePrecision | null, DatePrecision | null | undefined, DatePrecision | null>;
  province_replicated_document: string | null;
  nation_replicated_on: DateString | null;
  nation_replicated_precision: ColumnType<DatePrecision | null, DatePrecision | null | undefined, DatePrecision | null>;
  nation_replicated_document: string | null;
  nation_replicated_batch: string | null;
  source: string | null;
  /** Working notes behind the source (files, inferences): internal, never public. */
  source_note: ColumnType<string | null, string | null | undefined, string | null>;
  is_sample: ColumnType<boolean, boolean | undefined, boolean>;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
};

/** One quantified effect of an innovation: value as a decimal string with its unit and period. */
export type InnovationEffect = { label: string; value: string | null; unit: string | null; period: string | null; text: string | null };

export type InnovationEventsTable = {
  id: Generated<number>;
  innovation_id: number;
  /** A transition, or what else happened to the record ('create', 'import'). */
  action: InnovationTransition | 'create' | 'import';
  from_status: InnovationStatus | null;
  to_status: InnovationStatus;
  comment: string | null;
  document: string | null;
  batch: string | null;
  occurred_on: DateString | null;
  actor_id: number | null;
  created_at: Timestamp;
};

export type InnovationAdoptionsTable = {
  id: Generated<number>;
  innovation_id: number;
  zone_id: number;
  adopted_on: DateString;
  adaptation: string | null;
  observed_effect: string | null;
  source: string | null;
  /** Working notes behind the source (files, inferences): internal, never public. */
  source_note: ColumnType<string | null, string | null | undefined, string | null>;
  is_sample: ColumnType<boolean, boolean | undefined, boolean>;
  created_by: number | null;
  created_at: Timestamp;
};

export type AttachmentsTable = {
  id: Generated<number>;
  entity_type: string;
  entity_id: number;
  file_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  storage_key: string;
  is_internal: ColumnType<boolean, boolean | undefined, boolean>;
  uploaded_by: number | null;
  created_at: Timestamp;
};

/** Why an import's last commit job refused it (import_batches.commit_error, migration 0015): a code and keys with raw parameters, localised when shown. */
export type CommitError = StoredError;

export type ImportBatchesTable = {
  id: string;
  kind: string;
  user_id: number;
  file_name: string;
  file_sha256: string;
  status: ColumnType<ImportBatchStatus, ImportBatchStatus | undefined, ImportBatchStatus>;
  sheets: ColumnType<unknown, string, string>;
  ok_count: number;
  error_count: number;
  created_ids: ColumnType<number[], number[] | undefined, number[]>;
  created_at: Timestamp;
  expires_at: Timestamp;
  committed_at: Date | null;
  commit_job_id: ColumnType<number | null, number | null | undefined, number | null>;
  commit_error: ColumnType<CommitError | null, string | null | undefined, string | null>;
};

/**
 * The shared search index (migrations/0003_search.sql, made generic by 0014): one row per
 * searchable record of any kind, written by src/features/search. The text parts are weighted
 * title (A) > body_b > body_c > body_d; facets are the kind's filter values by name
 * (src/features/search/search-kinds.ts).
 */
export type SearchDocumentsTable = {
  entity_type: string;
  entity_id: number;
  zone_id: number;
  zone_path: string;
  is_public: boolean;
  title: string;
  body_b: string | null;
  body_c: string | null;
  body_d: string | null;
  facets: ColumnType<Record<string, string | number>, string, string>;
  grams: number[];
  title_grams: number[];
  word_hashes: number[];
  similarity_features: number[];
  similarity_bands: number[];
  indexed_at: Timestamp;
};

/** Which version of each kind's document mapping the stored documents were built with. */
export type SearchKindVersionsTable = {
  entity_type: string;
  version: number;
  built_at: Timestamp;
};

/** Long work (migration 0010): the user-facing status of a job, on either engine. */
export type JobsTable = {
  id: Generated<number>;
  owner_id: number;
  kind: string;
  input: ColumnType<unknown, string, string>;
  request_ip: string | null;
  request_user_agent: string | null;
  lang: string;
  status: ColumnType<JobStatus, JobStatus | undefined, JobStatus>;
  done: ColumnType<number, number | undefined, number>;
  total: number | null;
  message_key: string | null;
  message_params: ColumnType<Record<string, string | number> | null, string | null, string | null>;
  result: ColumnType<unknown, string | null, string | null>;
  error_code: string | null;
  error_params: ColumnType<Record<string, string | number> | null, string | null, string | null>;
  attempts: ColumnType<number, number | undefined, number>;
  max_attempts: number;
  run_after: Timestamp;
  cancel_requested: ColumnType<boolean, boolean | undefined, boolean>;
  runner_id: string | null;
  heartbeat_at: Date | null;
  dedupe_key: string | null;
  created_at: Timestamp;
  started_at: Date | null;
  finished_at: Date | null;
  updated_at: Timestamp;
};

export type DemoDatasetTable = {
  id: ColumnType<number, number | undefined, never>;
  loaded_at: ColumnType<Date, Date | string | undefined, never>;
};

/** Evaluation campaigns (migration 0016): a series, its editions, their categories, stages and criteria. */
export type CampaignSeriesTable = {
  id: Generated<number>;
  name: string;
  organiser_zone_id: number;
  /** What the series says of itself over its editions (migration 0020), with its source: public. */
  description: ColumnType<string | null, string | null | undefined, string | null>;
  source: ColumnType<string | null, string | null | undefined, string | null>;
  created_by: number | null;
  created_at: Timestamp;
};

export type CampaignsTable = {
  id: Generated<number>;
  series_id: number;
  /** The series' organiser (a composite key keeps them equal): the campaign's scope. */
  organiser_zone_id: number;
  edition: number;
  year: number;
  kind: CampaignKind;
  title: string;
  status: ColumnType<CampaignStatus, CampaignStatus | undefined, CampaignStatus>;
  starts_on: DateString | null;
  ends_on: DateString | null;
  source: string | null;
  /** Working notes behind the source: internal, never public. */
  source_note: string | null;
  /** A public note on the edition (migration 0020): a winner's words, who follows the winners up. */
  note: ColumnType<string | null, string | null | undefined, string | null>;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
};

/** jsonb columns are written as JSON text and read as values. */
type Json<T> = ColumnType<T, string | undefined, string>;

export type CampaignCategoriesTable = {
  id: Generated<number>;
  campaign_id: number;
  name: string;
  sort_order: ColumnType<number, number | undefined, number>;
  slots: number | null;
  prizes: Json<PrizeTier[]>;
  created_at: Timestamp;
};

export type CampaignStagesTable = {
  id: Generated<number>;
  campaign_id: number;
  ordinal: number;
  kind: StageKind;
  name: string;
  starts_on: DateString | null;
  ends_on: DateString | null;
  blind: ColumnType<boolean, boolean | undefined, boolean>;
  advancement: Json<AdvancementRule>;
  status: ColumnType<StageStatus, StageStatus | undefined, StageStatus>;
  created_at: Timestamp;
  updated_at: Timestamp;
};

/** numeric columns come back as text on pg (exact decimals) and may come back as numbers elsewhere; the service reads them with Number(). */
export type StageCriteriaTable = {
  id: Generated<number>;
  stage_id: number;
  ordinal: number;
  name_zh: string;
  name_en: string | null;
  weight: ColumnType<string | number, string | number, string | number>;
  scale_min: ColumnType<string | number, string | number | undefined, string | number>;
  scale_max: ColumnType<string | number, string | number | undefined, string | number>;
  levels: Json<{ min: number; max: number; zh: string; en: string | null }[]>;
};

export type ExpertsTable = {
  id: Generated<number>;
  name: string;
  field: string;
  zone_id: number | null;
  organisation: string | null;
  /** Internal: the organisers' alone. */
  contact: string | null;
  is_active: ColumnType<boolean, boolean | undefined, boolean>;
  user_id: number | null;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
};

export type CampaignEntriesTable = {
  id: Generated<number>;
  campaign_id: number;
  campaign_kind: CampaignKind;
  category_id: number | null;
  innovation_id: number | null;
  company_name: string | null;
  credit_code: string | null;
  project_name: string | null;
  applicant_user_id: number | null;
  /** Internal: the contact person a registration names (migration 0017). */
  contact: ColumnType<string | null, string | null | undefined, string | null>;
  /** A sample (示例, migration 0020): an invented entry, or one whose credit code is not in the source. */
  is_sample: ColumnType<boolean, boolean | undefined, boolean>;
  status: ColumnType<EntryStatus, EntryStatus | undefined, EntryStatus>;
  created_at: Timestamp;
  updated_at: Timestamp;
};

/** Scoring a stage (migration 0017): the draw, the panel, assignments, conflicts, commitments, score sheets. */
export type DrawnExpert = { id: number; zoneId: number | null; organisation: string | null };
export type StageDrawsTable = {
  id: Generated<number>;
  stage_id: number;
  seed: ColumnType<string, number | string, never>;
  method: string;
  /** The pool as drawn from, by id. */
  pool: ColumnType<DrawnExpert[], string, never>;
  panel_size: number;
  exclusions: ColumnType<{ expertId: number; reason: string }[], string, never>;
  /** Expert ids in panel order. */
  panel: ColumnType<number[], string, never>;
  drawn_by: number | null;
  drawn_at: Timestamp;
  per_entry: number | null;
  load_cap: number | null;
  assigned_at: Date | null;
  reminded_at: Date | null;
};

export type StageJudgesTable = { stage_id: number; expert_id: number; user_id: number; position: number };

export type StageAssignmentsTable = {
  id: Generated<number>;
  stage_id: number;
  entry_id: number;
  expert_id: number;
  judge_user_id: number;
  replaced_by: number | null;
  replaced_reason: string | null;
  replaced_at: Date | null;
  created_at: Timestamp;
};

export type JudgeConflictsTable = { id: Generated<number>; stage_id: number; entry_id: number; expert_id: number; reason: string; declared_at: Timestamp };

export type JudgeCommitmentsTable = { stage_id: number; expert_id: number; text_version: string; confirmed_at: Timestamp };

export type SheetStatus = 'draft' | 'submitted';
export type ScoreSheetsTable = {
  id: Generated<number>;
  stage_id: number;
  entry_id: number;
  expert_id: number;
  /** criterion id → score. */
  scores: ColumnType<Record<string, number>, string, string>;
  status: ColumnType<SheetStatus, SheetStatus | undefined, SheetStatus>;
  submitted_at: Date | null;
  created_at: Timestamp;
  updated_at: Timestamp;
};

export type NotificationEmailStatus = 'none' | 'pending' | 'sent' | 'failed';
export type NotificationsTable = {
  id: Generated<number>;
  user_id: number;
  kind: string;
  params: Json<Record<string, string | number>>;
  link: string | null;
  created_at: Timestamp;
  read_at: Date | null;
  email_status: ColumnType<NotificationEmailStatus, NotificationEmailStatus | undefined, NotificationEmailStatus>;
  emailed_at: Date | null;
};

/** A stage's results (migration 0018): one record per stage, keyed by the stage's id. */
export type StageResultsTable = {
  id: number;
  status: ColumnType<ResultsStatus, ResultsStatus | undefined, ResultsStatus>;
  method: AggregationMethod;
  tie_break: ColumnType<number[], number[] | undefined, number[]>;
  computed_at: Timestamp;
  computed_by: number | null;
  judge_count: number;
  sheet_count: number;
  alpha: number | null;
  published_at: Date | null;
  published_by: number | null;
  document: string | null;
  publicity_starts_on: string | null;
  publicity_ends_on: string | null;
  working_days: number | null;
  confirmed_at: Date | null;
  confirmed_by: number | null;
  updated_at: Timestamp;
};

export type StageResultEntriesTable = {
  results_id: number;
  entry_id: number;
  value: number;
  display_value: number;
  rank: number;
  judges: number;
  advancing: boolean;
  award: string | null;
  sd: number;
  spread: number;
  best_rank: number;
  worst_rank: number;
  single_judge: boolean;
  prior_status: EntryStatus | null;
};

export type ResultObjectionsTable = {
  id: Generated<number>;
  results_id: number;
  entry_id: number;
  filer_name: string;
  filer_contact: string;
  filer_user_id: number | null;
  body: string;
  filed_at: Timestamp;
  answer: string | null;
  upheld: boolean | null;
  answered_by: number | null;
  answered_at: Date | null;
};

/** Follow-up of winners (migration 0022): service agreements, their milestones, KPI reports and the figures corrections replaced. numeric columns are read as text (`::text`) by the follow-up repo. */
export type ServiceAgreementsTable = {
  id: Generated<number>;
  entry_id: number;
  provider: string;
  provider_kind: 'bank_loan' | 'equity_investment' | 'talent_service' | 'other';
  content: string;
  amount_wan: string | null;
  signed_on: string;
  is_sample: Generated<boolean>;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
};
export type AgreementMilestonesTable = { id: Generated<number>; agreement_id: number; title: string; due_on: string; done_on: string | null; note: string | null; updated_at: Timestamp };
type KpiFigures = { jobs: number; revenue_wan: string; financing_wan: string; narrative: string | null; filed_by: number; on_behalf: boolean };
export type KpiReportsTable = KpiFigures & { id: Generated<number>; entry_id: number; period: string; is_sample: Generated<boolean>; filed_at: Timestamp; revision: Generated<number> };
export type KpiReportRevisionsTable = KpiFigures & { report_id: number; revision: number; filed_at: Date | string };

/** What non-scored stages record (migration 0021): checklists and checks, sessions and attendance, and each entry's outcome. */
export type StageActivityRulesTable = { stage_id: number; min_attendance: number | null; updated_at: Timestamp };
export type StageChecklistItemsTable = { id: Generated<number>; stage_id: number; ordinal: number; name: string; description: string | null; required: boolean };
export type StageChecksTable = { item_id: number; entry_id: number; outcome: 'pass' | 'fail' | 'pending'; note: string | null; checked_by: number; checked_at: Timestamp };
export type StageSessionsTable = { id: Generated<number>; stage_id: number; held_on: DateString; title: string; place: string | null; created_at: Timestamp };
export type StageAttendanceTable = { session_id: number; entry_id: number; status: 'present' | 'absent' | 'excused'; note: string | null; recorded_by: number; recorded_at: Timestamp };
export type StageOutcomesTable = {
  stage_id: number;
  entry_id: number;
  basis: 'conclusion' | 'attendance';
  passed: boolean;
  reason: string | null;
  decided_by: number;
  decided_at: Timestamp;
  prior_status: EntryStatus | null;
};
export type StageActivityTables = {
  stage_activity_rules: StageActivityRulesTable;
  stage_checklist_items: StageChecklistItemsTable;
  stage_checks: StageChecksTable;
  stage_sessions: StageSessionsTable;
  stage_attendance: StageAttendanceTable;
  stage_outcomes: StageOutcomesTable;
};

/** Open-economy indicators (migration 0023): definitions and value versions; `value` is numeric, read as text (`::text`) by the indicators repo. */
export type IndicatorDefinitionsTable = {
  id: Generated<number>;
  code: string;
  name_zh: string;
  name_en: string;
  unit: Unit;
  period_kind: PeriodKind;
  combine: CombineKind;
  cumulative: Generated<boolean>;
  description_zh: string | null;
  description_en: string | null;
  source: string | null;
  is_sample: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
};
export type IndicatorValuesTable = {
  id: Generated<number>;
  indicator_id: number;
  zone_id: number;
  period: string;
  value: string;
  qualifier: Qualifier | null;
  source: string;
  source_sentence: string | null;
  is_sample: Generated<boolean>;
  internal_note: string | null;
  recorded_by: number | null;
  recorded_at: Timestamp;
  superseded_at: Date | string | null;
  superseded_by: number | null;
  correction_reason: string | null;
  published_at: Date | string | null;
  published_by: number | null;
};
/** Per (indicator, zone), the version each reader sees as the zone's latest figure (0029; kept by a trigger). */
export type IndicatorLatestTable = {
  indicator_id: number;
  zone_id: number;
  current_value_id: number | null;
  current_period: string | null;
  current_value: string | null;
  current_qualifier: Qualifier | null;
  current_is_sample: boolean | null;
  published_value_id: number | null;
  published_period: string | null;
  published_value: string | null;
  published_qualifier: Qualifier | null;
  published_is_sample: boolean | null;
};

export type Database = StageActivityTables & BulletinTables & ExternalIndexTables & PowerTables & {
  zones: ZonesTable;
  users: UsersTable;
  notifications: NotificationsTable;
  sessions: SessionsTable;
  login_throttle: LoginThrottleTable;
  security_settings: SecuritySettingsTable;
  demo_dataset: DemoDatasetTable;
  platforms: PlatformsTable;
  platform_events: PlatformEventsTable;
  audit_log: AuditLogTable;
  innovations: InnovationsTable;
  innovation_events: InnovationEventsTable;
  innovation_adoptions: InnovationAdoptionsTable;
  attachments: AttachmentsTable;
  import_batches: ImportBatchesTable;
  search_documents: SearchDocumentsTable;
  search_kind_versions: SearchKindVersionsTable;
  jobs: JobsTable;
  campaign_series: CampaignSeriesTable;
  campaigns: CampaignsTable;
  campaign_categories: CampaignCategoriesTable;
  campaign_stages: CampaignStagesTable;
  stage_criteria: StageCriteriaTable;
  experts: ExpertsTable;
  campaign_entries: CampaignEntriesTable;
  stage_draws: StageDrawsTable;
  stage_judges: StageJudgesTable;
  stage_assignments: StageAssignmentsTable;
  current_stage_assignments: StageAssignmentsTable;
  judge_conflicts: JudgeConflictsTable;
  judge_commitments: JudgeCommitmentsTable;
  score_sheets: ScoreSheetsTable;
  stage_results: StageResultsTable;
  stage_result_entries: StageResultEntriesTable;
  result_objections: ResultObjectionsTable;
  service_agreements: ServiceAgreementsTable; agreement_milestones: AgreementMilestonesTable; kpi_reports: KpiReportsTable; kpi_report_revisions: KpiReportRevisionsTable;
  indicator_definitions: IndicatorDefinitionsTable;
  indicator_values: IndicatorValuesTable;
  indicator_latest: IndicatorLatestTable;
  schema_migrations: SchemaMigrationsTable;
};
