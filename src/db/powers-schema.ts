/** Table types of 放权赋能事项 and 通办 (migration 0028), kept beside schema.ts so that file stays a list. */
import type { ColumnType, Generated } from 'kysely';
import type { DatePrecision } from '../shared/partial-date.js';
import type { DelegationChangeAction, DelegationStatus, DelegationType, PowerItemType, PowerLevel, PowerTier, TongbanMode } from '../shared/powers.enums.js';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** jsonb: written as a JSON string, read as the parsed value. */
type Json<T> = ColumnType<T, string | undefined, string>;

export type PowerItemsTable = {
  id: Generated<number>;
  parent_id: number | null;
  tier: PowerTier;
  name: string;
  code: string;
  item_type: PowerItemType;
  department: string;
  implementing_body: string;
  legal_basis: string;
  legal_limit_days: number | null;
  is_sample: Generated<boolean>;
  source: string | null;
  internal_note: string | null;
  created_at: Timestamp;
};

export type PowerBatchesTable = {
  id: Generated<number>;
  level: PowerLevel;
  title: string;
  document: string | null;
  published_on: string | null;
  published_precision: DatePrecision | null;
  effective_on: string;
  effective_precision: Generated<DatePrecision>;
  is_sample: Generated<boolean>;
  source: string | null;
  internal_note: string | null;
  created_at: Timestamp;
};

export type PowerDelegationsTable = {
  id: Generated<number>;
  item_id: number;
  batch_id: number;
  zone_id: number;
  receiving_body: string | null;
  delegation_type: DelegationType;
  entrustment_ref: string | null;
  supervision_measures: string | null;
  promised_limit_days: number | null;
  status: Generated<DelegationStatus>;
  accepted_on: string | null;
  running_on: string | null;
  withdrawn_on: string | null;
  withdrawn_document: string | null;
  is_sample: Generated<boolean>;
  source: string | null;
  internal_note: string | null;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
};

export type PowerDelegationChangesTable = {
  id: Generated<number>;
  delegation_id: number;
  batch_id: number | null;
  action: DelegationChangeAction;
  effective_on: string;
  document: string | null;
  delegation_type: DelegationType;
  entrustment_ref: string | null;
  receiving_body: string | null;
  promised_limit_days: number | null;
  created_by: number | null;
  created_at: Timestamp;
  /** The day the delegation's next change took over (null for the latest); kept by the database (migration 0031). */
  superseded_on: ColumnType<string | null, never, never>;
};

export type PowerDelegationEventsTable = {
  id: Generated<number>;
  delegation_id: number;
  action: string;
  from_status: string;
  to_status: string;
  occurred_on: string | null;
  document: string | null;
  comment: string | null;
  actor_id: number | null;
  created_at: Timestamp;
};

export type PowerCaseMonthsTable = {
  id: Generated<number>;
  delegation_id: number;
  month: string;
  case_count: number;
  durations: Json<number[]>;
  /** Kept by the database from `durations` (migration 0030): how many cases were timed and their working days summed. */
  timed_count: ColumnType<number, never, never>;
  timed_days: ColumnType<number, never, never>;
  is_sample: Generated<boolean>;
  source: string | null;
  recorded_by: number | null;
  recorded_at: Timestamp;
};

export type TongbanBatchesTable = {
  id: Generated<number>;
  programme: string;
  batch_no: number;
  document: string | null;
  issued_on: string | null;
  target_date: string | null;
  source: string | null;
  internal_note: string | null;
};

export type TongbanItemsTable = {
  id: Generated<number>;
  batch_id: number;
  zone_id: number;
  name: string;
  mode: TongbanMode | null;
  partner_region: string;
  item_id: number | null;
  is_sample: Generated<boolean>;
  source: string | null;
  internal_note: string | null;
  created_at: Timestamp;
};

export type TongbanCaseMonthsTable = {
  id: Generated<number>;
  tongban_item_id: number;
  month: string;
  case_count: number;
  is_sample: Generated<boolean>;
  source: string | null;
};

export type PowerTables = {
  power_items: PowerItemsTable;
  power_batches: PowerBatchesTable;
  power_delegations: PowerDelegationsTable;
  power_delegation_changes: PowerDelegationChangesTable;
  power_delegation_events: PowerDelegationEventsTable;
  power_case_months: PowerCaseMonthsTable;
  tongban_batches: TongbanBatchesTable;
  tongban_items: TongbanItemsTable;
  tongban_case_months: TongbanCaseMonthsTable;
};
