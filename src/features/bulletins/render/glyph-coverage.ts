/**
 * Which characters the bundled subset fonts can print. A character neither font has is printed
 * as □ and reported, so a rare name (e.g. a hanzi outside GB 2312) never crashes a render and
 * never disappears silently.
 */
import * as fontkit from 'fontkit';
import { MISSING_GLYPH, PDF_FONT_FILES } from './render-layout.js';

export type FontKey = keyof typeof PDF_FONT_FILES;

type Face = { hasGlyphForCodePoint(codePoint: number): boolean };
const faces = new Map<FontKey, Face>();

function face(key: FontKey): Face {
  let found = faces.get(key);
  if (!found) {
    found = fontkit.openSync(PDF_FONT_FILES[key]) as unknown as Face;
    faces.set(key, found);
  }
  return found;
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The text with lone surrogates (which no encoder accepts) replaced by □: for metadata. */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, MISSING_GLYPH);
}

/** Characters that need no glyph (line breaks, spaces, joiners). */
function needsNoGlyph(char: string): boolean {
  return /[\s\u200b-\u200d\ufeff]/u.test(char);
}

/** Collects the characters a document lacks, each once, in order of first appearance. */
export class GlyphCoverage {
  private readonly missing = new Set<string>();

  /** The text with every character `font` lacks replaced by □. */
  printable(text: string, font: FontKey): string {
    let out = '';
    for (const char of text) {
      if (needsNoGlyph(char) || face(font).hasGlyphForCodePoint(char.codePointAt(0)!)) {
        out += char;
      } else {
        this.missing.add(char);
        out += MISSING_GLYPH;
      }
    }
    return out;
  }

  missingGlyphs(): string[] {
    return [...this.missing];
  }
}
