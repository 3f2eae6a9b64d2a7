/**
 * A frozen bulletin as the renderers read it: every figure already formatted (and, until the
 * bulletin is issued, computed by the caller), nothing left to look up. The .docx and PDF renderers
 * in this folder are pure: a `BulletinDocument` in, file bytes out, no database.
 */
import type { Lang } from '../../../shared/enums.js';

/** A piece of a paragraph: plain text, or a figure with the provenance it was computed from. */
export type Run =
  | { text: string }
  | {
      /** The figure as written in the text, qualifier and unit included, e.g. 182.9亿元, 约110万元. */
      figure: string;
      /** Where it comes from (indicator, zone, period, method), shown as a note. */
      note?: string;
    };

export interface BulletinMasthead {
  /** The red title of the 报头, e.g. 四川自贸试验区工作简报. */
  title: string;
  /** 第3期. */
  issueLabel: string;
  /** 编印单位, printed on the left under the title. */
  issuer: string;
  /** The issue date as printed, e.g. 2022年3月1日, on the right. */
  date: string;
  /** Optional year line above the issue number, e.g. 2022年. */
  yearLabel?: string;
}

export interface BulletinSection {
  /** e.g. 宜宾 依托双区联动 助力外贸繁荣. */
  heading: string;
  /** Each paragraph is a list of runs. */
  paragraphs: Run[][];
}

export interface BulletinFigure {
  label: string;
  value: string;
  note?: string;
}

export interface BulletinFooter {
  /** 报送/抄送 line(s). */
  distribution?: string;
  /** 印发单位. */
  printedBy?: string;
  /** 印发日期. */
  printedOn?: string;
}

export interface BulletinDocument {
  lang: Lang;
  masthead: BulletinMasthead;
  /** The bulletin's headline, e.g. 8个协同改革先行区挂牌两年. */
  headline?: string;
  sections: BulletinSection[];
  /** The headline figures box. */
  figures?: BulletinFigure[];
  footer?: BulletinFooter;
}

export function isFigureRun(run: Run): run is Extract<Run, { figure: string }> {
  return 'figure' in run;
}

/** The text a run prints. */
export function runText(run: Run): string {
  return isFigureRun(run) ? run.figure : run.text;
}

/** Every string the document prints, in reading order (for glyph checks). */
export function documentStrings(doc: BulletinDocument): string[] {
  const { masthead, footer } = doc;
  const strings = [masthead.title, masthead.issueLabel, masthead.issuer, masthead.date, masthead.yearLabel ?? ''];
  if (doc.headline) strings.push(doc.headline);
  for (const figure of doc.figures ?? []) strings.push(figure.label, figure.value, figure.note ?? '');
  for (const section of doc.sections) {
    strings.push(section.heading);
    for (const paragraph of section.paragraphs) {
      for (const run of paragraph) strings.push(runText(run), isFigureRun(run) ? (run.note ?? '') : '');
    }
  }
  if (footer) strings.push(footer.distribution ?? '', footer.printedBy ?? '', footer.printedOn ?? '');
  return strings.filter((text) => text.length > 0);
}
