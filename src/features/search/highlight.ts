/**
 * Highlighting as data, not HTML: text cut into segments flagged `hit`, which the client
 * renders (e.g. <mark>) without ever parsing markup from the server. Joining the segments'
 * text gives back exactly the text they were cut from.
 */
import { foldCase } from './segment.js';

export type HighlightSegment = { text: string; hit: boolean };

/** Which body part (B, C or D of the document) a snippet was taken from. */
export type SnippetField = 'b' | 'c' | 'd';

/** Characters of context a snippet shows (about two lines of a result list). */
export const SNIPPET_LENGTH = 90;
/** How far before the first hit a snippet starts, if no sentence starts nearer. */
const SNIPPET_LEAD = 24;
const SENTENCE_BREAK = /[。；;！!？?\n]/;

/** [start, end) ranges where any of `terms` occurs, case-folded, merged and sorted. */
export function findHits(text: string, terms: readonly string[]): Array<[number, number]> {
  const folded = foldCase(text);
  const ranges: Array<[number, number]> = [];
  for (const term of new Set(terms)) {
    if (!term) continue;
    let from = 0;
    for (;;) {
      const at = folded.indexOf(term, from);
      if (at < 0) break;
      ranges.push([at, at + term.length]);
      from = at + 1;
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Array<[number, number]> = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/** Cuts text[start, end) into segments at the hit ranges. */
export function toSegments(text: string, hits: Array<[number, number]>, start = 0, end = text.length): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  let at = start;
  for (const [hitStart, hitEnd] of hits) {
    const s = Math.max(hitStart, start);
    const e = Math.min(hitEnd, end);
    if (e <= s) continue;
    if (s > at) segments.push({ text: text.slice(at, s), hit: false });
    segments.push({ text: text.slice(s, e), hit: true });
    at = e;
  }
  if (at < end) segments.push({ text: text.slice(at, end), hit: false });
  return segments;
}

/** The whole text, with every occurrence of `terms` marked. */
export function highlight(text: string, terms: readonly string[]): HighlightSegment[] {
  return toSegments(text, findHits(text, terms));
}

/** Moves an offset off the low half of a surrogate pair, so no character is cut in two. */
function safeOffset(text: string, offset: number): number {
  const code = text.charCodeAt(offset);
  return code >= 0xdc00 && code <= 0xdfff ? offset - 1 : offset;
}

export type Snippet = {
  field: SnippetField | null;
  segments: HighlightSegment[];
  /** True when text was left out before / after the snippet: the client shows "…" there. */
  clippedStart: boolean;
  clippedEnd: boolean;
};

/**
 * A window of about SNIPPET_LENGTH characters from the best body part: the first of B, C, D
 * (in weight order) with a hit, starting at a sentence start shortly before the
 * first hit; without any hit, the start of the first non-empty field.
 */
export function makeSnippet(fields: Record<SnippetField, string | null>, terms: readonly string[]): Snippet {
  const order: SnippetField[] = ['b', 'c', 'd'];
  let chosen: { field: SnippetField; text: string; hits: Array<[number, number]> } | null = null;
  for (const field of order) {
    const text = fields[field];
    if (!text) continue;
    const hits = terms.length > 0 ? findHits(text, terms) : [];
    if (hits.length > 0) {
      chosen = { field, text, hits };
      break;
    }
    chosen ??= { field, text, hits: [] };
  }
  if (!chosen) return { field: null, segments: [], clippedStart: false, clippedEnd: false };
  const { text, hits } = chosen;
  let start = 0;
  const firstHit = hits[0];
  if (firstHit && firstHit[0] > SNIPPET_LEAD) {
    start = firstHit[0] - SNIPPET_LEAD;
    for (let i = firstHit[0] - 1; i >= firstHit[0] - SNIPPET_LEAD; i--) {
      if (SENTENCE_BREAK.test(text[i]!)) {
        start = i + 1;
        break;
      }
    }
  }
  start = safeOffset(text, start);
  const end = Math.min(text.length, safeOffset(text, Math.min(text.length, start + SNIPPET_LENGTH)));
  return { field: chosen.field, segments: toSegments(text, hits, start, end), clippedStart: start > 0, clippedEnd: end < text.length };
}
