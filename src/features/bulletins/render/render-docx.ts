/**
 * A bulletin as .docx (the `docx` package): A4 with the GB/T 9704 margins, the red 报头 (title,
 * 第N期, 编印单位 left and date right on one line, a red rule), headings in 黑体, body paragraphs in
 * 仿宋_GB2312 with a two-character first-line indent, figures as plain text with their provenance
 * as footnotes, the headline figures as a table, page numbers “— 1 —” in the footer. The fonts are
 * named, not embedded: WPS and Word use them when installed and substitute otherwise.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  FootnoteReferenceRun,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  type IRunOptions,
} from 'docx';
import { formatMessage } from '../../../shared/messages.js';
import { isFigureRun, type BulletinDocument, type Run } from './bulletin-document.js';
import { A4_MM, DOCX_FONTS, MARGINS_MM, MISSING_GLYPH, RED, SIZES_PT } from './render-layout.js';
import './render.messages.js';

type FontRole = 'title' | 'heading' | 'body';

/** Twips (1/1440 inch), rounded (docx's own helper truncates: A4 would be 11905 × 16837). */
const twip = (mm: number): number => Math.round((mm * 1440) / 25.4);

/** Half-points, as .docx sizes are written. */
const half = (pt: number): number => Math.round(pt * 2);

function font(role: FontRole): IRunOptions['font'] {
  return { ascii: DOCX_FONTS.latin, hAnsi: DOCX_FONTS.latin, eastAsia: DOCX_FONTS[role], cs: DOCX_FONTS[role] };
}

/** Characters XML 1.0 cannot carry (C0 controls but tab and line breaks, lone surrogates, U+FFFE/F). */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The text with what a .docx cannot hold replaced by □, so Word and WPS always open the file. */
export function docxSafe(text: string): string {
  return text.replace(NOT_XML, MISSING_GLYPH);
}

function run(text: string, role: FontRole, size: number, extra: Partial<IRunOptions> = {}): TextRun {
  return new TextRun({ text: docxSafe(text), font: font(role), size: half(size), ...extra });
}

const TEXT_WIDTH_TWIP = twip(A4_MM.width - MARGINS_MM.left - MARGINS_MM.right);
/** Body line pitch: exactly 28 pt, near 28 lines on the type area as GB/T 9704 sets. */
const BODY_SPACING = { line: 560, lineRule: 'exact' as const };

function masthead(doc: BulletinDocument): Paragraph[] {
  const { masthead: m } = doc;
  const issue = [m.yearLabel, m.issueLabel].filter(Boolean).join('　');
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [run(m.title, 'title', SIZES_PT.masthead, { color: RED, characterSpacing: 40 })],
    }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [run(issue, 'body', SIZES_PT.small)] }),
    new Paragraph({
      tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH_TWIP }],
      border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: RED, space: 4 } },
      spacing: { after: 360 },
      children: [run(m.issuer, 'body', SIZES_PT.small), run(`\t${m.date}`, 'body', SIZES_PT.small)],
    }),
  ];
}

function figuresTable(doc: BulletinDocument): (Paragraph | Table)[] {
  const figures = doc.figures ?? [];
  if (figures.length === 0) return [];
  const border = { style: BorderStyle.SINGLE, size: 6, color: RED };
  const cell = (text: string, role: FontRole, width: number) =>
    new TableCell({
      width: { size: width, type: WidthType.PERCENTAGE },
      borders: { top: border, bottom: border, left: border, right: border },
      children: [new Paragraph({ children: [run(text, role, SIZES_PT.small)] })],
    });
  return [
    new Paragraph({ spacing: { before: 120, after: 120 }, children: [run(formatMessage('BULLETIN_RENDER_FIGURES', doc.lang), 'heading', SIZES_PT.heading)] }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: figures.map(
        (figure) => new TableRow({ children: [cell(figure.label, 'body', 40), cell(figure.value, 'heading', 25), cell(figure.note ?? '', 'body', 35)] }),
      ),
    }),
    new Paragraph({ children: [] }),
  ];
}

/** Footnotes are numbered from 1 in the order figures with a provenance appear. */
class Footnotes {
  readonly table: Record<number, { children: Paragraph[] }> = {};
  private next = 1;

  add(note: string): number {
    const id = this.next++;
    this.table[id] = { children: [new Paragraph({ children: [run(note, 'body', SIZES_PT.note)] })] };
    return id;
  }
}

function paragraph(runs: Run[], notes: Footnotes): Paragraph {
  const children: (TextRun | FootnoteReferenceRun)[] = [];
  for (const piece of runs) {
    if (!isFigureRun(piece)) {
      children.push(run(piece.text, 'body', SIZES_PT.body));
      continue;
    }
    children.push(run(piece.figure, 'body', SIZES_PT.body));
    if (piece.note) children.push(new FootnoteReferenceRun(notes.add(piece.note)));
  }
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: half(SIZES_PT.body) * 20 },
    spacing: BODY_SPACING,
    children,
  });
}

function body(doc: BulletinDocument, notes: Footnotes): Paragraph[] {
  const out: Paragraph[] = [];
  for (const section of doc.sections) {
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        keepNext: true,
        spacing: { before: 240, after: 120, ...BODY_SPACING },
        children: [run(section.heading, 'heading', SIZES_PT.heading)],
      }),
    );
    for (const runs of section.paragraphs) out.push(paragraph(runs, notes));
  }
  return out;
}

function footer(doc: BulletinDocument): Paragraph[] {
  const f = doc.footer;
  if (!f) return [];
  const rule = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 2 };
  const lines: string[] = [];
  if (f.distribution) lines.push(f.distribution);
  if (f.printedBy || f.printedOn) lines.push(formatMessage('BULLETIN_RENDER_PRINTED', doc.lang, { printedBy: f.printedBy ?? '', printedOn: f.printedOn ?? '' }));
  return lines.map(
    (line, i) =>
      new Paragraph({
        spacing: { before: i === 0 ? 480 : 0 },
        indent: { left: half(SIZES_PT.small) * 10, right: half(SIZES_PT.small) * 10 },
        border: { top: rule, ...(i === lines.length - 1 ? { bottom: rule } : {}) },
        children: [run(line, 'body', SIZES_PT.small)],
      }),
  );
}

/**
 * “— 1 —” as GB/T 9704 places it: odd pages at the right, even pages at the left, one character
 * in from the type area's edge.
 */
function pageFooter(doc: BulletinDocument, side: 'odd' | 'even'): Footer {
  const [before, after] = formatMessage('BULLETIN_RENDER_PAGE', doc.lang, { page: '\u0000' }).split('\u0000');
  const oneCharacter = twip((SIZES_PT.small * 25.4) / 72);
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: oneCharacter } : { left: oneCharacter },
        children: [
          run(before ?? '', 'body', SIZES_PT.small),
          new TextRun({ children: [PageNumber.CURRENT], font: font('body'), size: half(SIZES_PT.small) }),
          run(after ?? '', 'body', SIZES_PT.small),
        ],
      }),
    ],
  });
}

export async function renderBulletinDocx(doc: BulletinDocument): Promise<Buffer> {
  const notes = new Footnotes();
  const headline = doc.headline
    ? [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 360 }, children: [run(doc.headline, 'title', SIZES_PT.title)] })]
    : [];
  const children = [...masthead(doc), ...headline, ...figuresTable(doc), ...body(doc, notes), ...footer(doc)];
  const document = new Document({
    title: docxSafe(doc.headline ?? doc.masthead.title),
    styles: { default: { document: { run: { font: font('body'), size: half(SIZES_PT.body) } } } },
    footnotes: notes.table,
    evenAndOddHeaderAndFooters: true,
    sections: [
      {
        properties: {
          page: {
            size: { width: twip(A4_MM.width), height: twip(A4_MM.height) },
            margin: {
              top: twip(MARGINS_MM.top),
              bottom: twip(MARGINS_MM.bottom),
              left: twip(MARGINS_MM.left),
              right: twip(MARGINS_MM.right),
              footer: twip(MARGINS_MM.bottom - 14),
            },
          },
        },
        footers: { default: pageFooter(doc, 'odd'), even: pageFooter(doc, 'even') },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
