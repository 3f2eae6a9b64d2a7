/**
 * Which characters the fonts can print. A character the face lacks is printed as □ and reported,
 * so a rare name (a hanzi outside the face) never crashes a render and never disappears silently.
 */
import type { FontFace, FontRole } from './cjk-fonts.js';
import { MISSING_GLYPH } from './render-layout.js';

export type FontKey = FontRole;

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

  constructor(private readonly faces: Record<FontKey, FontFace>) {}

  /** The text with every character `font` lacks replaced by □. */
  printable(text: string, font: FontKey): string {
    let out = '';
    for (const char of text) {
      if (needsNoGlyph(char) || this.faces[font].codePoints.has(char.codePointAt(0)!)) {
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
