/**
 * 简报 storage. Every read takes the viewer: an issued bulletin is anyone's; a draft or a withdrawn
 * one only its issuing office's and the offices above (the zone subtree predicate).
 */
import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { BulletinEventsTable, BulletinsTable } from '../../db/reporting-schema.js';
import type { Database } from '../../db/schema.js';
import { pageWithTotal } from '../../db/page-with-total.js';
import { inZoneSubtree, type Viewer } from '../../kernel/viewer.js';
import { PUBLIC_BULLETIN_STATUSES, type BulletinStatus } from '../../shared/bulletins.enums.js';

type Db = Kysely<Database> | Transaction<Database>;
export type BulletinRow = Omit<Selectable<BulletinsTable>, 'created_at' | 'updated_at'> & {
  zone_path: string;
  zone_name: string;
  zone_name_en: string | null;
  created_at: Date;
  updated_at: Date;
};
export type SectionRow = { position: number; heading: string; body: string };
export type FigureRow = { key: string; spec: unknown; headline_label: string | null };
export type BulletinEventRow = Selectable<BulletinEventsTable>;

const COLUMNS = [
  'b.id', 'b.zone_id', 'b.title', 'b.issue_no', 'b.issuer', 'b.headline', 'b.period_label', 'b.coverage', 'b.status', 'b.issued_on', 'b.frozen',
  'b.internal_note', 'b.version', 'b.render_job_id', 'b.created_by', 'b.created_at', 'b.updated_at', 'z.path as zone_path', 'z.name as zone_name', 'z.name_en as zone_name_en',
] as const;

function visibleQuery(db: Db, viewer: Viewer) {
  return db
    .selectFrom('bulletins as b')
    .innerJoin('zones as z', 'z.id', 'b.zone_id')
    .where((eb) => eb.or([eb('b.status', 'in', PUBLIC_BULLETIN_STATUSES), inZoneSubtree(viewer, 'z.path')]));
}

export function findVisibleBulletin(db: Db, viewer: Viewer, id: number): Promise<BulletinRow | undefined> {
  return visibleQuery(db, viewer).select(COLUMNS).where('b.id', '=', id).executeTakeFirst() as Promise<BulletinRow | undefined>;
}

export type BulletinFilter = { status?: BulletinStatus; zonePath?: string; limit: number; offset: number };

/** A page of the bulletins the viewer sees, newest issue first (a text query goes through bulletin-search.ts). */
export function listVisibleBulletins(db: Db, viewer: Viewer, filter: BulletinFilter) {
  let query = visibleQuery(db, viewer);
  if (filter.status) query = query.where('b.status', '=', filter.status);
  if (filter.zonePath) query = query.where('z.path', 'like', `${filter.zonePath}%`);
  return pageWithTotal(query, (filtered) => filtered.select(COLUMNS).orderBy(sql`b.issued_on DESC NULLS FIRST`).orderBy('b.id', 'desc'), filter) as Promise<{ rows: BulletinRow[]; total: number }>;
}

/** The bulletins among `ids` the viewer sees, in the order of `ids` (a search's ranking). */
export async function listVisibleBulletinsByIds(db: Db, viewer: Viewer, ids: readonly number[]): Promise<BulletinRow[]> {
  if (ids.length === 0) return [];
  const rows = (await visibleQuery(db, viewer).select(COLUMNS).where('b.id', 'in', [...ids]).execute()) as BulletinRow[];
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export function listSections(db: Db, bulletinId: number): Promise<SectionRow[]> {
  return db.selectFrom('bulletin_sections').select(['position', 'heading', 'body']).where('bulletin_id', '=', bulletinId).orderBy('position').execute();
}

export function listFigures(db: Db, bulletinId: number): Promise<FigureRow[]> {
  return db.selectFrom('bulletin_figures').select(['key', 'spec', 'headline_label']).where('bulletin_id', '=', bulletinId).orderBy('id').execute();
}

export function listEvents(db: Db, bulletinId: number): Promise<BulletinEventRow[]> {
  return db.selectFrom('bulletin_events').selectAll().where('bulletin_id', '=', bulletinId).orderBy('id').execute();
}

/** Replaces a draft's sections and figures (an edit sends the whole draft). */
export async function replaceContent(trx: Transaction<Database>, bulletinId: number, sections: { heading: string; body: string }[], figures: { key: string; spec: unknown; headlineLabel?: string | null }[]) {
  await trx.deleteFrom('bulletin_sections').where('bulletin_id', '=', bulletinId).execute();
  await trx.deleteFrom('bulletin_figures').where('bulletin_id', '=', bulletinId).execute();
  if (sections.length > 0) {
    await trx.insertInto('bulletin_sections').values(sections.map((section, position) => ({ bulletin_id: bulletinId, position, heading: section.heading, body: section.body }))).execute();
  }
  if (figures.length > 0) {
    await trx
      .insertInto('bulletin_figures')
      .values(figures.map((figure) => ({ bulletin_id: bulletinId, key: figure.key, spec: JSON.stringify(figure.spec), headline_label: figure.headlineLabel ?? null })))
      .execute();
  }
}

/** The zones named by ids, with what figures call them. */
export function zonesById(db: Db, ids: readonly number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('zones').select(['id', 'path', 'name', 'name_en', 'short_name']).where('id', 'in', [...new Set(ids)]).execute();
}

/** Which files an issued bulletin has, and the characters its font lacked. */
export async function filesOf(db: Db, bulletinId: number) {
  const rows = await db.selectFrom('bulletin_files').select(['format', 'missing_glyphs']).where('bulletin_id', '=', bulletinId).execute();
  const has = (format: 'pdf' | 'docx') => rows.some((row) => row.format === format);
  return { pdf: has('pdf'), docx: has('docx'), missingGlyphs: rows.find((row) => row.format === 'pdf')?.missing_glyphs ?? [] };
}
