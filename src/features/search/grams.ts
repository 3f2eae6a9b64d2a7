/**
 * Character unigrams and bigrams as int4 codes, the keys of the GIN indexes that find every
 * document containing a string, whatever its length (pg_trgm needs three characters; Chinese
 * queries are often one or two).
 *
 * A unigram's code is its code point (1..0x10FFFF). A bigram of two BMP characters is
 * (a << 16 | b) as a signed int4: one-to-one, and never in the unigram range because word
 * characters start at '0' (0x30). Bigrams with an astral character (emoji are not word
 * characters; rare Han extensions are) are hashed into the same space, so they may collide;
 * the index only proposes candidates and an exact substring check decides, so a collision can
 * cost time but never a wrong answer.
 */
import { foldCase } from './segment.js';

const UNIGRAM_MAX = 0x10ffff;

/** Letters (Han included) and digits; fast paths for ASCII and the main Han block. */
function isWordCodePoint(cp: number): boolean {
  if (cp >= 0x4e00 && cp <= 0x9fff) return true;
  if (cp < 0x80) return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a);
  return /[\p{L}\p{N}]/u.test(String.fromCodePoint(cp));
}

function bigramCode(a: number, b: number): number {
  if (a <= 0xffff && b <= 0xffff) return ((a << 16) | b) | 0;
  let h = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) | 0;
  if (h >= 0 && h <= UNIGRAM_MAX) h += 0x200000;
  return h;
}

/**
 * Adds the unigram and bigram codes of `text` (case-folded) to `into`. Bigrams only join two
 * adjacent word characters, the same way a query is split, so "跨境电商（B2B）" gives 商 and
 * b2b's grams but no 商+（ pair.
 */
export function addTextGrams(text: string, into: Set<number>): void {
  let previous = -1;
  for (const char of foldCase(text)) {
    const cp = char.codePointAt(0)!;
    if (!isWordCodePoint(cp)) {
      previous = -1;
      continue;
    }
    into.add(cp);
    if (previous >= 0) into.add(bigramCode(previous, cp));
    previous = cp;
  }
}

/**
 * The codes a document must hold to contain `word` (a folded run of word characters): its one
 * unigram, or all its bigrams. Holding them is necessary, not sufficient, for containing it.
 */
export function wordGrams(word: string): number[] {
  const cps = Array.from(word, (char) => char.codePointAt(0)!);
  if (cps.length === 1) return [cps[0]!];
  const codes = new Set<number>();
  for (let i = 1; i < cps.length; i++) codes.add(bigramCode(cps[i - 1]!, cps[i]!));
  return [...codes];
}
