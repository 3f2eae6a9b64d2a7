/**
 * A bulletin as PDF, without a browser: pdfkit with the machine's Noto CJK faces (cjk-fonts.ts;
 * embedded as subsets of the glyphs used), A4 with the GB/T 9704 margins, the red 报头, headings,
 * indented justified paragraphs, the headline figures box, numbered sources of the figures, and
 * page numbers “— 1 —” under the type area. Pure: the document in, the bytes out.
 */
import PDFDocument from 'pdfkit';
import { formatMessage } from '../../../shared/messages.js';
import { isFigureRun, type BulletinDocument, type Run } from './bulletin-document.js';
import { requireCjkFonts, type FontFace, type FontRole } from './cjk-fonts.js';
import { GlyphCoverage, wellFormed, type FontKey } from './glyph-coverage.js';
import { A4_MM, BODY_LINE_PT, MARGINS_MM, MM_TO_PT, RED, SIZES_PT } from './render-layout.js';
import './render.messages.js';

export interface PdfRender {
  bytes: Buffer;
  /** Characters the fonts lack, printed as □, each once. */
  missingGlyphs: string[];
  pages: number;
}

const PAGE = { width: A4_MM.width * MM_TO_PT, height: A4_MM.height * MM_TO_PT };
const MARGINS = {
  top: MARGINS_MM.top * MM_TO_PT,
  bottom: MARGINS_MM.bottom * MM_TO_PT,
  left: MARGINS_MM.left * MM_TO_PT,
  right: MARGINS_MM.right * MM_TO_PT,
};
const TEXT_WIDTH = PAGE.width - MARGINS.left - MARGINS.right;
const BODY = { lineGap: 4, indent: SIZES_PT.body * 2 };

type Pdf = InstanceType<typeof PDFDocument>;

/** ① … ⑳ (in the CJK faces), then 〔21〕. */
export function noteMark(n: number): string {
  return n >= 1 && n <= 20 ? String.fromCodePoint(0x245f + n) : `〔${n}〕`;
}

/** Writes one bulletin; the class only keeps the pdfkit document, the glyph check and the notes. */
class PdfWriter {
  readonly pdf: Pdf;
  readonly glyphs: GlyphCoverage;
  readonly notes: string[] = [];

  constructor(
    private readonly doc: BulletinDocument,
    fonts: Record<FontRole, FontFace>,
  ) {
    this.glyphs = new GlyphCoverage(fonts);
    this.pdf = new PDFDocument({ size: 'A4', margins: MARGINS, bufferPages: true, autoFirstPage: true, lang: doc.lang === 'zh' ? 'zh-CN' : 'en', info: { Title: wellFormed(doc.headline ?? doc.masthead.title) } });
    for (const role of ['serif', 'sans'] as const) this.pdf.registerFont(role, fonts[role].file, fonts[role].inCollection ? fonts[role].postscriptName : undefined);
  }

  /** Sets the font, size and colour; returns the pdfkit document to write with. */
  private use(font: FontKey, size: number, color = '000000'): Pdf {
    return this.pdf.font(font).fontSize(size).fillColor(`#${color}`);
  }

  private say(text: string, font: FontKey): string {
    return this.glyphs.printable(text, font);
  }

  /** Starts a new page when fewer than `needed` points are left on this one. */
  private keep(needed: number): void {
    if (this.pdf.y + needed > PAGE.height - MARGINS.bottom) this.pdf.addPage();
  }

  masthead(): void {
    const { masthead } = this.doc;
    const pdf = this.pdf;
    pdf.y = MARGINS.top;
    this.use('sans', SIZES_PT.masthead, RED).text(this.say(masthead.title, 'sans'), { align: 'center', characterSpacing: 2 });
    pdf.moveDown(0.4);
    const issue = [masthead.yearLabel, masthead.issueLabel].filter(Boolean).join('　');
    this.use('serif', SIZES_PT.small).text(this.say(issue, 'serif'), { align: 'center' });
    pdf.moveDown(0.6);
    const lineY = pdf.y;
    this.use('serif', SIZES_PT.small).text(this.say(masthead.issuer, 'serif'), MARGINS.left, lineY, { width: TEXT_WIDTH, align: 'left' });
    const afterIssuer = pdf.y;
    pdf.text(this.say(masthead.date, 'serif'), MARGINS.left, lineY, { width: TEXT_WIDTH, align: 'right' });
    const ruleY = Math.max(afterIssuer, pdf.y) + 4;
    pdf.save().moveTo(MARGINS.left, ruleY).lineTo(PAGE.width - MARGINS.right, ruleY).lineWidth(2).strokeColor(`#${RED}`).stroke().restore();
    pdf.x = MARGINS.left;
    pdf.y = ruleY + 18;
  }

  headline(): void {
    if (!this.doc.headline) return;
    this.use('serif', SIZES_PT.title).text(this.say(this.doc.headline, 'serif'), MARGINS.left, this.pdf.y, { width: TEXT_WIDTH, align: 'center' });
    this.pdf.moveDown(0.8);
  }

  figures(): void {
    const figures = this.doc.figures ?? [];
    if (figures.length === 0) return;
    const pdf = this.pdf;
    const pad = 8;
    const inner = TEXT_WIDTH - 2 * pad;
    const lines = figures.map((figure) => this.say(`${figure.label}：${figure.value}${figure.note ? `（${figure.note}）` : ''}`, 'serif'));
    const heading = this.say(formatMessage('BULLETIN_RENDER_FIGURES', this.doc.lang), 'sans');
    this.use('serif', SIZES_PT.small);
    const height = lines.reduce((sum, line) => sum + pdf.heightOfString(line, { width: inner, lineGap: 2 }) + 2, 0) + SIZES_PT.heading * 1.6 + 2 * pad;
    this.keep(Math.min(height, PAGE.height - MARGINS.top - MARGINS.bottom));
    const top = pdf.y;
    const page = pdf.bufferedPageRange().count;
    this.use('sans', SIZES_PT.heading).text(heading, MARGINS.left + pad, top + pad, { width: inner });
    for (const line of lines) this.use('serif', SIZES_PT.small).text(line, MARGINS.left + pad, pdf.y + 2, { width: inner, lineGap: 2 });
    const bottom = pdf.y + pad;
    // A box taller than a page is left open rather than drawn across the break.
    if (pdf.bufferedPageRange().count === page) {
      pdf.save().rect(MARGINS.left, top, TEXT_WIDTH, bottom - top).lineWidth(0.8).strokeColor(`#${RED}`).stroke().restore();
    }
    pdf.x = MARGINS.left;
    pdf.y = bottom + 14;
  }

  /**
   * One paragraph as a single text call (pdfkit's continued runs break CJK justification): a
   * figure with a provenance gets a note mark after it, ① … ⑳ then 〔21〕.
   */
  private paragraph(runs: Run[]): void {
    const text = runs
      .map((run) => {
        if (!isFigureRun(run)) return this.say(run.text, 'serif');
        if (!run.note) return this.say(run.figure, 'serif');
        this.notes.push(run.note);
        return this.say(run.figure, 'serif') + noteMark(this.notes.length);
      })
      .join('');
    if (text.trim().length === 0) return;
    this.keep(BODY_LINE_PT * 2);
    this.use('serif', SIZES_PT.body).text(text, MARGINS.left, this.pdf.y, { width: TEXT_WIDTH, align: 'justify', indent: BODY.indent, lineGap: BODY.lineGap });
    this.pdf.moveDown(0.1);
  }

  sections(): void {
    for (const section of this.doc.sections) {
      this.keep(SIZES_PT.heading * 2 + BODY_LINE_PT * 2);
      this.pdf.moveDown(0.3);
      this.use('sans', SIZES_PT.heading).text(this.say(section.heading, 'sans'), MARGINS.left, this.pdf.y, { width: TEXT_WIDTH, align: 'center' });
      this.pdf.moveDown(0.3);
      for (const runs of section.paragraphs) this.paragraph(runs);
    }
  }

  sources(): void {
    if (this.notes.length === 0) return;
    const pdf = this.pdf;
    this.keep(SIZES_PT.small * 4);
    pdf.moveDown(0.8);
    this.use('sans', SIZES_PT.small).text(this.say(formatMessage('BULLETIN_RENDER_NOTES', this.doc.lang), 'sans'), MARGINS.left, pdf.y, { width: TEXT_WIDTH });
    this.notes.forEach((note, i) => {
      this.use('serif', SIZES_PT.note).text(`${noteMark(i + 1)} ${this.say(note, 'serif')}`, MARGINS.left, pdf.y, { width: TEXT_WIDTH, lineGap: 1 });
    });
  }

  footer(): void {
    const footer = this.doc.footer;
    if (!footer) return;
    const pdf = this.pdf;
    const lines: string[] = [];
    if (footer.distribution) lines.push(footer.distribution);
    if (footer.printedBy || footer.printedOn) {
      lines.push(formatMessage('BULLETIN_RENDER_PRINTED', this.doc.lang, { printedBy: footer.printedBy ?? '', printedOn: footer.printedOn ?? '' }));
    }
    if (lines.length === 0) return;
    this.keep(lines.length * SIZES_PT.small * 2.2 + 12);
    pdf.moveDown(1);
    for (const line of lines) {
      const y = pdf.y + 2;
      pdf.save().moveTo(MARGINS.left, y).lineTo(PAGE.width - MARGINS.right, y).lineWidth(0.8).strokeColor('#000000').stroke().restore();
      this.use('serif', SIZES_PT.small).text(this.say(line, 'serif'), MARGINS.left + SIZES_PT.small, y + 6, { width: TEXT_WIDTH - 2 * SIZES_PT.small });
      pdf.y += 4;
    }
    const y = pdf.y + 2;
    pdf.save().moveTo(MARGINS.left, y).lineTo(PAGE.width - MARGINS.right, y).lineWidth(0.8).strokeColor('#000000').stroke().restore();
  }

  /** “— n —” 7 mm under the type area (GB/T 9704): odd pages at the right, even at the left, one character in. */
  pageNumbers(): number {
    const pdf = this.pdf;
    const { start, count } = pdf.bufferedPageRange();
    for (let i = start; i < start + count; i++) {
      pdf.switchToPage(i);
      const bottomMargin = pdf.page.margins.bottom;
      pdf.page.margins.bottom = 0;
      const label = formatMessage('BULLETIN_RENDER_PAGE', this.doc.lang, { page: String(i - start + 1) });
      const odd = (i - start) % 2 === 0;
      const inset = SIZES_PT.small;
      this.use('serif', SIZES_PT.small).text(label, MARGINS.left + (odd ? 0 : inset), PAGE.height - MARGINS.bottom + 7 * MM_TO_PT, { width: TEXT_WIDTH - inset, align: odd ? 'right' : 'left', lineBreak: false });
      pdf.page.margins.bottom = bottomMargin;
    }
    return count;
  }
}

/** Lays out `doc`; without Chinese fonts on this machine, a 409 BULLETIN_PDF_NO_FONTS. */
export async function renderBulletinPdf(doc: BulletinDocument, fonts: Record<FontRole, FontFace> = requireCjkFonts()): Promise<PdfRender> {
  const writer = new PdfWriter(doc, fonts);
  const chunks: Buffer[] = [];
  const done = new Promise<void>((resolve, reject) => {
    writer.pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    writer.pdf.on('end', () => resolve());
    writer.pdf.on('error', reject);
  });
  writer.masthead();
  writer.headline();
  writer.figures();
  writer.sections();
  writer.sources();
  writer.footer();
  const pages = writer.pageNumbers();
  writer.pdf.end();
  await done;
  return { bytes: Buffer.concat(chunks), missingGlyphs: writer.glyphs.missingGlyphs(), pages };
}
