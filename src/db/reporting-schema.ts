/** Table types of 简报 (migration 0024) and external indices (0025), kept beside schema.ts so that file stays a list. */
import type { ColumnType, Generated } from 'kysely';
import type { BulletinStatus } from '../shared/bulletins.enums.js';
import type { Qualifier } from '../shared/indicators.enums.js';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** jsonb: written as a JSON string, read as the parsed value. */
type Json<T> = ColumnType<T, string, string>;

export type BulletinsTable = {
  id: Generated<number>;
  zone_id: number;
  title: string;
  issue_no: number;
  issuer: string;
  headline: string;
  period_label: string | null;
  coverage: ColumnType<number[], string | undefined, string>;
  status: Generated<BulletinStatus>;
  issued_on: string | null;
  frozen: ColumnType<unknown, string | null | undefined, string | null>;
  internal_note: string | null;
  version: Generated<number>;
  render_job_id: number | null;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
};
export type BulletinSectionsTable = { id: Generated<number>; bulletin_id: number; position: number; heading: string; body: string };
export type BulletinFiguresTable = { id: Generated<number>; bulletin_id: number; key: string; spec: Json<unknown>; headline_label: string | null };
export type BulletinEventsTable = {
  id: Generated<number>;
  bulletin_id: number;
  action: string;
  from_status: string;
  to_status: string;
  issued_on: string | null;
  comment: string | null;
  actor_id: number | null;
  created_at: Timestamp;
};

export type BulletinFilesTable = {
  bulletin_id: number;
  format: 'pdf' | 'docx';
  bytes: Buffer;
  byte_size: number;
  pages: number | null;
  missing_glyphs: ColumnType<string[], string | undefined, string>;
  rendered_at: Timestamp;
};

export type BulletinTables = {
  bulletin_files: BulletinFilesTable;
  bulletins: BulletinsTable;
  bulletin_sections: BulletinSectionsTable;
  bulletin_figures: BulletinFiguresTable;
  bulletin_events: BulletinEventsTable;
};

/** External indices as published (migration 0025): numeric columns read as text. */
export type ExternalIndicesTable = { id: Generated<number>; code: string; name_zh: string; name_en: string; publisher_zh: string; publisher_en: string };
export type ExternalIndexEntriesTable = {
  id: Generated<number>;
  index_id: number;
  edition: string;
  level: string;
  rank: number | null;
  name: string;
  score: string | null;
  score_qualifier: Qualifier | null;
  evaluated: number | null;
  average_score: string | null;
  source_publication: string;
  source_date: string | null;
  source_url: string | null;
  internal_note: string | null;
};
export type ExternalIndexTables = { external_indices: ExternalIndicesTable; external_index_entries: ExternalIndexEntriesTable };
