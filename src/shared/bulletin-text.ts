/**
 * A section's text as paragraphs of runs: blank lines part paragraphs, a single newline stays in
 * the paragraph, and each {{key}} is the figure it cites. The web, the print view and the .docx and
 * PDF renderers all read these runs, so a figure is never pasted into the text as a number. Shared
 * so that the editor's preview reads a draft's text exactly as the server will.
 */
import { FIGURE_TOKEN } from './bulletins.enums.js';

/** A run of a paragraph: plain text, or the figure it cites in place. */
export type RunDto = { text: string } | { figure: string };

export function paragraphsOf(body: string): RunDto[][] {
  return body
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0)
    .map((paragraph) => {
      const runs: RunDto[] = [];
      let last = 0;
      for (const match of paragraph.matchAll(new RegExp(FIGURE_TOKEN.source, 'g'))) {
        if (match.index > last) runs.push({ text: paragraph.slice(last, match.index) });
        runs.push({ figure: match[1]! });
        last = match.index + match[0].length;
      }
      if (last < paragraph.length) runs.push({ text: paragraph.slice(last) });
      return runs;
    });
}

/** The keys a text cites, in order of first use. */
export function citedKeys(body: string): string[] {
  return [...new Set([...body.matchAll(new RegExp(FIGURE_TOKEN.source, 'g'))].map((match) => match[1]!))];
}
