/**
 * What one kind of import (innovations now; indicators, powers, judge pools and registrations
 * next) tells the engine. The engine reads the workbook, checks every row with the kind's API
 * schema, stores and pages the batch, commits it all or nothing and registers the routes; the
 * kind says what its columns mean, what it checks against the database, and how it writes.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Actor, RequestContext } from '../../kernel/actor.js';
import type { FeatureDeps } from '../../kernel/deps.js';
import type { FieldIssue } from '../../kernel/errors.js';
import type { AuditEventTypeWith } from '../../shared/audit-events.js';
import type { Lang } from '../../shared/enums.js';
import type { ImportSummary } from './imports.audit.js';
import type { ImportMessages } from './imports.messages.js';
import type { StoredRow } from './imports.repo.js';
import type { ReadOptions, SheetRow, SheetSummary, WorkbookRead } from './read-workbook.js';

/** What a preview knows of the whole file besides its rows (`batch`: the 放权批次 a 放权清单 goes into). */
export type BatchInfo = { source?: string; batch?: number; workbook: WorkbookRead };
import type { MappedRow, RowSchema } from './row-issues.js';

/** The rows of one preview, mapped and checked against the database. */
export type RowChecker<Row extends MappedRow> = {
  /** The mapper of one read sheet (the sheet's name may say the zone, its columns what each cell is). */
  mapperFor: (sheet: SheetSummary) => (row: SheetRow) => Row;
  /** Checks that need the database or the other rows (scope, duplicates); adds issues to the rows. */
  check: (rows: Row[]) => Promise<void>;
};

export type ImportKind<Body = Record<string, unknown>, Row extends MappedRow = MappedRow> = RowSchema<Body> & {
  /** The URL segment (/api/imports/<kind>/...) and import_batches.kind. */
  kind: string;
  mayImport: (actor: Actor) => boolean;
  /** How the workbook reader recognises the kind's header and tables; `maxRows` when the kind's files are larger than a screen's (READ_LIMITS.maxRows). */
  reader: Pick<ReadOptions, 'matchHeader' | 'acceptsColumns' | 'maxRows'>;
  messages?: ImportMessages;
  /** `batch`: what the upload form said of the whole file (its 来源) and the workbook as read (its footnotes). */
  rowChecker: (db: Kysely<Database>, context: RequestContext, batch: BatchInfo) => Promise<RowChecker<Row>>;
  /**
   * Under the commit's transaction, before anything is written: what may have changed since the
   * preview (the actor's scope, names taken meanwhile). Returns the problems found.
   */
  recheck: (trx: Transaction<Database>, context: RequestContext, rows: { row: StoredRow; body: Body }[]) => Promise<FieldIssue[]>;
  /** Creates the records of a chunk of rows, in order, with their own audit entries; returns their ids. */
  insertRows: (trx: Transaction<Database>, context: RequestContext, bodies: Body[]) => Promise<number[]>;
  /** The audit entry written once for the whole import, on top of each record's own. */
  importedEvent: AuditEventTypeWith<{ after: ImportSummary }>;
  /** The template; `build` may read the database (the indicators a template lists). */
  template: { fileName: () => string; build: (db: Kysely<Database>) => Promise<Buffer> };
  /** Routes the kind brings besides the engine's (the export of what it imports). */
  routes?: (deps: FeatureDeps) => FastifyPluginAsyncZod;
};

/** A kind as the registry holds it: its body and row types are its own business. */
export type AnyImportKind = ImportKind<Record<string, unknown>, MappedRow>;

export function defineImportKind<Body, Row extends MappedRow>(kind: ImportKind<Body, Row>): AnyImportKind {
  return kind as unknown as AnyImportKind;
}
