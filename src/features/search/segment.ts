/**
 * Chinese word segmentation for search and similarity: jieba with its general dictionary plus
 * the FTZ vocabulary, loaded once per process. Tokens are case-folded (ASCII only, so a token
 * keeps its length and highlight offsets stay valid) and punctuation is dropped.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Jieba } from '@node-rs/jieba';
import { FTZ_TERMS, STOP_WORDS, SYNONYM_GROUPS } from './ftz-dictionary.js';

const require = createRequire(import.meta.url);

/**
 * A file of the jieba package (dict.txt, idf.txt), read when first needed. Not through
 * `@node-rs/jieba/dict.js`, which reads both files (11 MB) on import and keeps them for good:
 * the dictionary is copied into jieba's own memory, and the buffer can go once that is done.
 */
export function jiebaFile(name: 'dict.txt' | 'idf.txt'): Buffer {
  return readFileSync(require.resolve(`@node-rs/jieba/${name}`));
}

/**
 * Frequency given to FTZ terms: high enough that jieba keeps "一单制" or "自贸试验区" whole,
 * low enough not to swallow characters from ordinary words next to them.
 */
const FTZ_TERM_FREQUENCY = 30_000;
/** Most spellings a query word expands to (the word itself included). */
const MAX_VARIANTS = 6;

let jieba: Jieba | undefined;

function getJieba(): Jieba {
  if (!jieba) {
    // The native module too is loaded on first use: most requests never segment anything.
    const { Jieba: JiebaClass } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
    const instance = JiebaClass.withDict(jiebaFile('dict.txt'));
    const terms = new Set([...FTZ_TERMS, ...SYNONYM_GROUPS.flat()]);
    instance.loadDict(Buffer.from([...terms].map((term) => `${term} ${FTZ_TERM_FREQUENCY} n`).join('\n'), 'utf8'));
    jieba = instance;
  }
  return jieba;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const NON_WORD_RUN = /[^\p{L}\p{N}]+/gu;

/**
 * ASCII-only lower case. Length-preserving, so offsets found in folded text are offsets in the
 * original; SQL mirrors it with translate(), which no locale setting can change.
 */
export function foldCase(text: string): string {
  return text.replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 32));
}

/** True for letters (Han characters included) and digits: the characters search looks at. */
export function isWordChar(char: string): boolean {
  return WORD_CHAR.test(char);
}

/** Splits on everything that is not a letter or digit; returns the non-empty runs, folded. */
export function wordRuns(text: string): string[] {
  return foldCase(text).split(NON_WORD_RUN).filter((run) => run.length > 0);
}

function cleanTokens(tokens: string[]): string[] {
  const out: string[] = [];
  for (const raw of tokens) {
    // "182.9" or "B2B-X" come back as one token: keep the parts, never glue them together.
    for (const part of foldCase(raw).split(NON_WORD_RUN)) {
      if (part.length > 0 && part.length <= 64) out.push(part);
    }
  }
  return out;
}

/**
 * Segments text into words: jieba (HMM on) with the FTZ dictionary, ASCII lower-cased,
 * punctuation and whitespace dropped, order kept, duplicates kept.
 */
export function segment(text: string): string[] {
  if (!text) return [];
  return cleanTokens(getJieba().cut(text, true));
}

/**
 * Segments in jieba's search mode: long words also yield the dictionary words inside them
 * ("保税研发中心" → 保税, 研发, 保税研发, 中心), so a query for a part still scores as a word.
 */
export function segmentForSearch(text: string): string[] {
  if (!text) return [];
  return cleanTokens(getJieba().cutForSearch(text, true));
}

/** Every spelling of `word` obtained by swapping a synonym inside it, the word itself first. */
export function variantsOf(word: string): string[] {
  const variants = [word];
  for (const group of SYNONYM_GROUPS) {
    for (const term of group) {
      if (!word.includes(term)) continue;
      for (const other of group) {
        if (other === term) continue;
        const variant = word.split(term).join(other);
        if (!variants.includes(variant)) variants.push(variant);
        if (variants.length >= MAX_VARIANTS) return variants;
      }
    }
  }
  return variants;
}

/**
 * For each token, the spellings that mean the same (the token first): 自贸区 →
 * [自贸区, 自由贸易试验区, 自贸试验区]; 跨境电商零售 → [跨境电商零售, 跨境电子商务零售].
 */
export function expandSynonyms(tokens: string[]): string[][] {
  return tokens.map((token) => variantsOf(token));
}

const CANONICAL = new Map<string, string>(SYNONYM_GROUPS.flatMap((group) => group.slice(1).map((term) => [term, group[0]!] as [string, string])));

/** The canonical spelling of a token (自贸区 → 自由贸易试验区), for comparing documents. */
export function canonicalToken(token: string): string {
  return CANONICAL.get(token) ?? token;
}

/** True for words like 的, 和, 等 that carry no meaning on their own. */
export function isStopWord(token: string): boolean {
  return STOP_WORDS.has(token);
}
