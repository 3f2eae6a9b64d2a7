/**
 * 简报 use cases: compose and edit a draft (the whole draft at once, on the version it was read
 * at), delete it, read it with its figures evaluated now, and the frozen document an issued one
 * is read from. Every figure cites a zone under the issuing office; the text cites only defined keys.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Actor, RequestContext } from '../../kernel/actor.js';
import { canWriteZone } from '../../kernel/actor.js';
import { AppError, notFound } from '../../kernel/errors.js';
import { viewerOf, type Viewer } from '../../kernel/viewer.js';
import { writeAudit } from '../audit/audit.service.js';
import { getZone } from '../zones/zones.service.js';
import type { BulletinAuditRow } from './bulletins.audit.js';
import { evaluateFigures, type FigureRequest, type ZoneName } from './bulletin-figures.js';
import { reindexBulletin } from './bulletin-search.js';
import { citedKeys, paragraphsOf } from '../../shared/bulletin-text.js';
import { bulletinAbilities, requireBulletinStaff, seesInternals } from './bulletins.policy.js';
import {
  filesOf,
  findVisibleBulletin,
  listEvents,
  listFigures,
  listSections,
  replaceContent,
  zonesById,
  type BulletinRow,
  type FigureRow,
  type SectionRow,
} from './bulletins.repo.js';
import type { BulletinBody, BulletinDto, BulletinSummaryDto, FigureDto, FigureSpec, FrozenDocument, PublicBulletinDto, UpdateBulletinBody } from './bulletins.schema.js';
export type { FrozenDocument } from './bulletins.schema.js';
import './bulletins.messages.js';

/** What an issued bulletin keeps: its text and every figure as evaluated on the issue day. */

const iso = (date: Date) => date.toISOString();

/** The context figures are read in: the issuing office's subtree, whoever reads the draft. */
function officeContext(context: RequestContext, bulletin: { zone_id: number; zone_path: string }): RequestContext {
  const actor = context.actor as Actor;
  return { ...context, actor: { ...actor, scopeZoneId: bulletin.zone_id, scopePath: bulletin.zone_path } };
}

function zoneNamesOf(rows: Awaited<ReturnType<typeof zonesById>>): Map<number, ZoneName> {
  return new Map(rows.map((row) => [row.id, { id: row.id, path: row.path, name: row.name, nameEn: row.name_en, shortName: row.short_name }]));
}

const specZones = (spec: FigureSpec): number[] => (spec.kind === 'count' ? (spec.zoneIds ?? []) : [spec.zoneId]);

/** The draft's content checked: zones under the office, keys defined once, the text citing only defined keys. */
async function checkContent(db: Kysely<Database> | Transaction<Database>, office: { path: string }, body: Pick<BulletinBody, 'coverage' | 'sections' | 'figures'>) {
  const keys = new Set<string>();
  for (const [index, figure] of body.figures.entries()) {
    if (keys.has(figure.key)) throw new AppError('BULLETIN_FIGURE_REPEATED', { key: figure.key }, [{ path: `figures/${index}/key`, key: 'BULLETIN_FIGURE_REPEATED', params: { key: figure.key } }]);
    keys.add(figure.key);
  }
  for (const [index, section] of body.sections.entries()) {
    const missing = citedKeys(section.body).find((key) => !keys.has(key));
    if (missing) throw new AppError('BULLETIN_FIGURE_UNDEFINED', { key: missing }, [{ path: `sections/${index}/body`, key: 'BULLETIN_FIGURE_UNDEFINED', params: { key: missing } }]);
  }
  const ids = [...body.coverage, ...body.figures.flatMap((figure) => specZones(figure.spec))];
  const zones = await zonesById(db, ids);
  const found = new Map(zones.map((zone) => [zone.id, zone.path]));
  if (ids.some((id) => !found.get(id)?.startsWith(office.path))) throw new AppError('BULLETIN_ZONE_OUTSIDE');
}

function auditRow(row: BulletinRow, sections: number, figures: number): BulletinAuditRow {
  const { frozen: _frozen, zone_path: _path, zone_name: _name, zone_name_en: _en, ...rest } = row;
  return { ...rest, sections, figures };
}

/** The 报头 and what the draft covers, as columns (a new draft and an edit write the same). */
const headColumns = (body: Omit<BulletinBody, 'zoneId'>) => ({
  title: body.title,
  issue_no: body.issueNo,
  issuer: body.issuer,
  headline: body.headline,
  period_label: body.periodLabel ?? null,
  coverage: JSON.stringify(body.coverage),
  internal_note: body.internalNote || null,
});

const issueTaken = (error: unknown, body: { title: string; issueNo: number }) =>
  error instanceof Error && 'code' in error && (error as { code?: string }).code === '23505' ? new AppError('BULLETIN_ISSUE_TAKEN', { title: body.title, issueNo: body.issueNo }) : error;

export async function createBulletin(db: Kysely<Database>, context: RequestContext, body: BulletinBody): Promise<BulletinDto> {
  const actor = requireBulletinStaff(context);
  const zone = await getZone(db, body.zoneId);
  if (!canWriteZone(actor, zone.path)) throw notFound();
  await checkContent(db, zone, body);
  const id = await db
    .transaction()
    .execute(async (trx) => {
      const inserted = await trx
        .insertInto('bulletins')
        .values({ zone_id: zone.id, ...headColumns(body), created_by: actor.id })
        .returning('id')
        .executeTakeFirstOrThrow();
      await replaceContent(trx, inserted.id, body.sections, body.figures);
      const row = (await findVisibleBulletin(trx, viewerOf(context), inserted.id))!;
      await writeAudit(trx, context, { type: 'bulletin.created', entityId: inserted.id, after: auditRow(row, body.sections.length, body.figures.length) });
      await reindexBulletin(trx, inserted.id);
      return inserted.id;
    })
    .catch((error: unknown) => {
      throw issueTaken(error, body);
    });
  return getBulletin(db, context, id);
}

/** The draft under the viewer's hand, locked: 404 outside the viewer's sight or pen, 409 once issued. */
async function lockDraft(trx: Transaction<Database>, context: RequestContext, id: number): Promise<BulletinRow> {
  const row = await findVisibleBulletin(trx, viewerOf(context), id);
  if (!row || !canWriteZone(context.actor, row.zone_path)) throw notFound();
  await trx.selectFrom('bulletins').select('id').where('id', '=', id).forUpdate().execute();
  const locked = (await findVisibleBulletin(trx, viewerOf(context), id))!;
  if (locked.status !== 'draft') throw new AppError('BULLETIN_NOT_DRAFT');
  return locked;
}

export async function updateBulletin(db: Kysely<Database>, context: RequestContext, id: number, body: UpdateBulletinBody): Promise<BulletinDto> {
  requireBulletinStaff(context);
  await db
    .transaction()
    .execute(async (trx) => {
      const before = await lockDraft(trx, context, id);
      if (before.version !== body.version) throw new AppError('BULLETIN_STALE', { current: before.version });
      await checkContent(trx, { path: before.zone_path }, body);
      const [sectionsBefore, figuresBefore] = await Promise.all([listSections(trx, id), listFigures(trx, id)]);
      await trx
        .updateTable('bulletins')
        .set({
          ...headColumns(body),
          version: before.version + 1,
          updated_at: new Date(),
        })
        .where('id', '=', id)
        .execute();
      await replaceContent(trx, id, body.sections, body.figures);
      const after = (await findVisibleBulletin(trx, viewerOf(context), id))!;
      await writeAudit(trx, context, {
        type: 'bulletin.updated',
        entityId: id,
        before: auditRow(before, sectionsBefore.length, figuresBefore.length),
        after: auditRow(after, body.sections.length, body.figures.length),
      });
      await reindexBulletin(trx, id);
    })
    .catch((error: unknown) => {
      throw issueTaken(error, body);
    });
  return getBulletin(db, context, id);
}

export async function deleteBulletin(db: Kysely<Database>, context: RequestContext, id: number): Promise<void> {
  requireBulletinStaff(context);
  await db.transaction().execute(async (trx) => {
    const before = await lockDraft(trx, context, id);
    const [sections, figures] = await Promise.all([listSections(trx, id), listFigures(trx, id)]);
    await trx.deleteFrom('bulletins').where('id', '=', id).execute();
    await writeAudit(trx, context, { type: 'bulletin.deleted', entityId: id, before: auditRow(before, sections.length, figures.length) });
    await reindexBulletin(trx, id);
  });
}

const figureRequests = (rows: FigureRow[]): FigureRequest[] => rows.map((row) => ({ key: row.key, spec: row.spec as FigureSpec, headlineLabel: row.headline_label }));

/** A draft's document now: its text as runs and every figure evaluated from the data. */
export async function composeDocument(db: Kysely<Database> | Transaction<Database>, context: RequestContext, row: BulletinRow, content?: { sections: SectionRow[]; figures: FigureRow[] }): Promise<FrozenDocument> {
  const [sections, figureRows] = content ? [content.sections, content.figures] : await Promise.all([listSections(db, row.id), listFigures(db, row.id)]);
  const requests = figureRequests(figureRows);
  const zones = zoneNamesOf(await zonesById(db, [...row.coverage, ...requests.flatMap((figure) => specZones(figure.spec))]));
  const figures = await evaluateFigures(db as Kysely<Database>, officeContext(context, row), zones, row.coverage, requests);
  return {
    coverage: row.coverage.flatMap((id) => (zones.has(id) ? [{ id, name: zones.get(id)!.name, nameEn: zones.get(id)!.nameEn }] : [])),
    sections: sections.map((section) => ({ heading: section.heading, body: section.body, paragraphs: paragraphsOf(section.body) })),
    figures,
  };
}

export function presentSummary(row: BulletinRow): BulletinSummaryDto {
  return {
    id: row.id,
    zone: { id: row.zone_id, name: row.zone_name, nameEn: row.zone_name_en },
    title: row.title,
    issueNo: row.issue_no,
    issuer: row.issuer,
    headline: row.headline,
    periodLabel: row.period_label,
    status: row.status,
    issuedOn: row.issued_on,
    updatedAt: iso(row.updated_at),
  };
}

export async function presentBulletin(db: Kysely<Database>, context: RequestContext, row: BulletinRow): Promise<BulletinDto> {
  const live = row.status === 'draft';
  // A draft is evaluated for those who may edit it; anyone else sees it only once issued.
  const document = live ? await composeDocument(db, context, row) : (row.frozen as FrozenDocument);
  const internals = seesInternals(context.actor, row);
  const [events, files] = await Promise.all([internals ? listEvents(db, row.id) : [], filesOf(db, row.id)]);
  return {
    ...presentSummary(row),
    ...document,
    live,
    files: { ...files, renderJobId: internals ? row.render_job_id : null },
    version: row.version,
    internalNote: internals ? row.internal_note : null,
    events: events.map((event) => ({ action: event.action, fromStatus: event.from_status, toStatus: event.to_status, issuedOn: event.issued_on, comment: event.comment, at: iso(new Date(event.created_at)) })),
    abilities: bulletinAbilities(context.actor, row),
  };
}

export async function getBulletin(db: Kysely<Database>, context: RequestContext, id: number): Promise<BulletinDto> {
  const row = await findVisibleBulletin(db, viewerOf(context), id);
  if (!row) throw notFound();
  // A draft is shown to staff of its office (and above); the record is theirs.
  if (row.status === 'draft' && !canWriteZone(context.actor, row.zone_path)) throw notFound();
  return presentBulletin(db, context, row);
}

/** An issued bulletin as the public reads it: the frozen document, nothing internal. */
export async function getPublicBulletin(db: Kysely<Database>, viewer: Viewer, id: number): Promise<PublicBulletinDto> {
  const row = await findVisibleBulletin(db, viewer, id);
  if (!row || row.status !== 'issued') throw notFound();
  const { updatedAt: _updated, ...summary } = presentSummary(row);
  const { pdf, docx } = await filesOf(db, row.id);
  return { ...summary, files: { pdf, docx }, ...(row.frozen as FrozenDocument) };
}

/** One figure evaluated before it is saved (the editor's picker shows what it will say). */
export async function evaluateFigure(db: Kysely<Database>, context: RequestContext, body: { zoneId: number; coverage: number[]; figure: FigureRequest }): Promise<FigureDto> {
  requireBulletinStaff(context);
  const zone = await getZone(db, body.zoneId);
  if (!canWriteZone(context.actor, zone.path)) throw notFound();
  await checkContent(db, zone, { coverage: body.coverage, sections: [], figures: [{ ...body.figure, headlineLabel: body.figure.headlineLabel ?? null }] });
  const zones = zoneNamesOf(await zonesById(db, [...body.coverage, ...specZones(body.figure.spec)]));
  const [figure] = await evaluateFigures(db, officeContext(context, { zone_id: zone.id, zone_path: zone.path }), zones, body.coverage, [body.figure]);
  return figure!;
}
