/** Kysely table types: one interface per table in migrations/. */
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** `date` columns are read as 'YYYY-MM-DD' strings (see the type parsers in client.ts). */
type DateString = string;

export type ZonesTable = {
  id: Generated<number>;
  code: string;
  parent_id: number | null;
  path: string;
  type: string;
  name: string;
  name_en: string | null;
  short_name: string;
  established_on: DateString | null;
  established_precision: string | null;
  /** numeric, read as a decimal string so no binary float ever touches it */
  area_km2: string | null;
  positioning: string | null;
  tasks: ColumnType<string[], string[] | undefined, string[]>;
  group_name: string | null;
  description: string | null;
  source: string;
  /** Working notes behind the source (files, inferences): internal, never public. */
  source_note: ColumnType<string | null, string | null | undefined, string | null>;
  sort_order: ColumnType<number, number | undefined, number>;
  created_at: Timestamp;
  updated_at: Timestamp;
};

export type UsersTable = {
  id: Generated<number>;
  username: string;
  display_name: string;
  role: string;
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
  type: string;
  name: string;
  status: string;
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
  action: string;
  from_status: string | null;
  to_status: string | null;
  occurred_on: DateString | null;
  occurred_precision: string | null;
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
  domain: string;
  task: string | null;
  novelty: ColumnType<string, string | undefined, string>;
  pain_point: string | null;
  measures: string | null;
  /** jsonb: write with JSON.stringify */
  effects: ColumnType<InnovationEffect[], string | undefined, string>;
  departments: ColumnType<string[], string[] | undefined, string[]>;
  tags: ColumnType<string[], string[] | undefined, string[]>;
  explored_on: DateString | null;
  explored_precision: string | null;
  status: ColumnType<string, string | undefined, string>;
  recognized_on: DateString | null;
  recognized_precision: ColumnType<string | null, string | null | undefined, string | null>;
  recognized_document: string | null;
  recognized_batch: string | null;
  province_replicated_on: DateString | null;
  province_replicated_precision: ColumnType<string | null, string | null | undefined, string | null>;
  province_replicated_document: string | null;
  nation_replicated_on: DateString | null;
  nation_replicated_precision: ColumnType<string | null, string | null | undefined, string | null>;
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
  action: string;
  from_status: string | null;
  to_status: string;
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

export type ImportBatchesTable = {
  id: string;
  kind: string;
  user_id: number;
  file_name: string;
  file_sha256: string;
  status: ColumnType<string, string | undefined, string>;
  sheets: ColumnType<unknown, string, string>;
  rows: ColumnType<unknown, string, string>;
  ok_count: number;
  error_count: number;
  created_ids: ColumnType<number[], number[] | undefined, number[]>;
  created_at: Timestamp;
  expires_at: Timestamp;
  committed_at: Date | null;
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
  status: ColumnType<string, string | undefined, string>;
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

export type Database = {
  zones: ZonesTable;
  users: UsersTable;
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
  jobs: JobsTable;
  schema_migrations: SchemaMigrationsTable;
};
