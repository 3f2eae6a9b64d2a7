/**
 * An issued bulletin's .pdf and .docx: the frozen document laid out as the renderers read it
 * (render/: each figure key written as its frozen text, with its provenance as a note), rendered and
 * stored in bulletin_files. Read from `frozen` only, so the files say exactly what was issued.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { formatMessage } from '../../shared/messages.js';
import { PUBLIC_VIEWER, type Viewer } from '../../kernel/viewer.js';
import type { BulletinDocument, Run } from './render/bulletin-document.js';
import { renderBulletinDocx } from './render/render-docx.js';
import { renderBulletinPdf } from './render/render-pdf.js';
import { findVisibleBulletin, type BulletinRow } from './bulletins.repo.js';
import type { FigureDto } from './bulletins.schema.js';
import type { FrozenDocument } from './bulletins.schema.js';
import './bulletins.messages.js';

export type BulletinFormat = 'pdf' | 'docx';
export const FILE_TYPES: Record<BulletinFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** 2021年12月1日, as a 报头 prints the date. */
const chineseDate = (day: string) => {
  const [year, month, date] = day.split('-').map(Number);
  return `${year}年${month}月${date}日`;
};

/** Where a figure comes from, in one line: what it is, and its inputs' sources. */
function provenance(figure: FigureDto): string {
  const sources = [...new Set(figure.inputs.map((input) => input.source).filter((source): source is string => !!source))];
  return sources.length > 0 ? `${figure.label.zh}；来源：${sources.join('；')}` : figure.label.zh;
}

export function renderableDocument(row: BulletinRow, frozen: FrozenDocument): BulletinDocument {
  const figures = new Map(frozen.figures.map((figure) => [figure.key, figure]));
  const runOf = (run: { text: string } | { figure: string }): Run => {
    if ('text' in run) return run;
    const figure = figures.get(run.figure);
    return figure?.text ? { figure: figure.text.zh, note: provenance(figure) } : { text: formatMessage('BULLETIN_FIGURE_MISSING_MARK', 'zh') };
  };
  const date = row.issued_on ? chineseDate(row.issued_on) : '';
  return {
    lang: 'zh',
    masthead: { title: row.title, issueLabel: `第${row.issue_no}期`, issuer: row.issuer, date },
    headline: row.headline,
    figures: frozen.figures.filter((figure) => figure.headlineLabel && figure.text).map((figure) => ({ label: figure.headlineLabel!, value: figure.text!.zh, note: provenance(figure) })),
    sections: frozen.sections.map((section) => ({ heading: section.heading, paragraphs: section.paragraphs.map((runs) => runs.map(runOf)) })),
    footer: { printedBy: row.issuer, printedOn: date },
  };
}

async function storeFile(db: Kysely<Database>, bulletinId: number, format: BulletinFormat, bytes: Buffer, pages: number | null, missingGlyphs: string[]) {
  const missing = JSON.stringify(missingGlyphs);
  await db
    .insertInto('bulletin_files')
    .values({ bulletin_id: bulletinId, format, bytes, byte_size: bytes.length, pages, missing_glyphs: missing })
    .onConflict((oc) => oc.columns(['bulletin_id', 'format']).doUpdateSet({ bytes, byte_size: bytes.length, pages, missing_glyphs: missing, rendered_at: new Date() }))
    .execute();
}

/**
 * Renders both files of an issued bulletin and stores them (replacing any earlier ones). The Word
 * file comes first and needs no fonts here: on a machine without Chinese fonts it is kept and the
 * PDF's 409 BULLETIN_PDF_NO_FONTS fails the job, saying what to install.
 */
export async function renderAndStore(db: Kysely<Database>, row: BulletinRow): Promise<{ pages: number; missingGlyphs: string[] }> {
  const document = renderableDocument(row, row.frozen as FrozenDocument);
  await storeFile(db, row.id, 'docx', await renderBulletinDocx(document), null, []);
  const pdf = await renderBulletinPdf(document);
  await storeFile(db, row.id, 'pdf', pdf.bytes, pdf.pages, pdf.missingGlyphs);
  return { pages: pdf.pages, missingGlyphs: pdf.missingGlyphs };
}

/** A stored file of a bulletin the viewer may see, issued (or withdrawn, for its office); undefined when there is none yet. */
export async function findBulletinFile(db: Kysely<Database>, viewer: Viewer, id: number, format: BulletinFormat) {
  const row = await findVisibleBulletin(db, viewer, id);
  if (!row || row.status === 'draft' || (viewer === PUBLIC_VIEWER && row.status !== 'issued')) return { row: undefined, file: undefined };
  const file = await db.selectFrom('bulletin_files').select(['bytes', 'byte_size']).where('bulletin_id', '=', id).where('format', '=', format).executeTakeFirst();
  return { row, file };
}

export const fileNameOf = (row: BulletinRow, format: BulletinFormat) => `${row.title}第${row.issue_no}期.${format}`;
