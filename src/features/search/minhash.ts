/**
 * Near-duplicate detection: Jaccard similarity of two records' word sets, with MinHash LSH
 * banding so candidates come from a GIN index instead of a comparison with every record.
 *
 * Features. A record's features are its jieba words with synonyms mapped to one spelling
 * (综保区 → 综合保税区), minus words that say nothing about *which* reform it is: stop words,
 * single characters, numbers, words common in any Chinese text (jieba's IDF below
 * COMMON_WORD_IDF: 发展, 建立, 实现 …) and the boilerplate of innovation write-ups
 * (针对, 痛点, 改革 …). Title words are added a second time under a "t:" prefix, so a shared
 * title counts about double. Features are stored as 32-bit hashes.
 *
 * Score. The exact Jaccard similarity |A ∩ B| / |A ∪ B| of the two hashed feature sets.
 *
 * Candidates. MinHash with 32 bands of 4 rows: a record becomes a candidate when one of its
 * 32 band keys equals one of the text's. A pair with similarity J shares a band with
 * probability 1 − (1 − J⁴)³²: 0.99 at J = 0.6, 0.87 at 0.5, 0.23 at 0.3, 0.05 at 0.2.
 */
import { canonicalToken, isStopWord, jiebaFile, segment } from './segment.js';

const SIGNATURE_SIZE = 128;
export const MINHASH_BANDS = 32;
const ROWS_PER_BAND = SIGNATURE_SIZE / MINHASH_BANDS;
/** jieba IDF under which a word is too common to tell records apart (发展 3.6, 建立 4.6, 针对 6.0). */
const COMMON_WORD_IDF = 6.5;

/** Words every innovation write-up uses, whatever it is about. */
const BOILERPLATE = new Set([
  '针对', '痛点', '问题', '难点', '堵点', '改革', '创新', '探索', '模式', '机制', '体系', '试点', '推行', '实施', '推动', '开展',
  '建立', '构建', '打造', '联合', '率先', '全面', '进一步', '相关', '事项', '工作', '有效', '实现', '提升', '优化', '完善',
  '同比', '增长', '下降', '累计', '达到', '约', '万元', '亿元', '个', '家', '项', '年', '月', '日', '工作日', '以内', '以上',
  '服务', '企业', '管理', '部门', '平台', '成效', '举措', '经验', '做法', '全省', '全国', '首创',
]);

let commonWords: Set<string> | undefined;

function isCommonWord(word: string): boolean {
  if (!commonWords) {
    // Lines are `word idf`; of 270 000 words about 2 000 are common. Only those are decoded, so
    // reading the 6 MB file leaves no heap of strings behind.
    commonWords = new Set();
    const file = jiebaFile('idf.txt');
    for (let start = 0; start < file.length; ) {
      let end = file.indexOf(0x0a, start);
      if (end < 0) end = file.length;
      const space = file.lastIndexOf(0x20, end - 1);
      if (space > start && Number(file.toString('latin1', space + 1, end)) < COMMON_WORD_IDF) commonWords.add(file.toString('utf8', start, space));
      start = end + 1;
    }
  }
  return commonWords.has(word);
}

function isFeatureWord(word: string): boolean {
  return word.length > 1 && !/^\d+$/.test(word) && !isStopWord(word) && !BOILERPLATE.has(word) && !isCommonWord(word);
}

/** FNV-1a over UTF-16 code units: a stable 32-bit hash of a feature string. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** murmur3's finaliser: a bijective mix, turned into one hash function per seed. */
function mix(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x | 0;
}

/** One fixed seed per hash function, the same in every process (the band keys are stored). */
const SEEDS: Int32Array = (() => {
  const seeds = new Int32Array(SIGNATURE_SIZE);
  let state = 0x5eed1234;
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    state = (state + 0x9e3779b9) | 0;
    seeds[i] = mix(state);
  }
  return seeds;
})();

/** The words compared between records (see the module comment), as a set of strings. */
export function similarityFeatures(title: string, body: string): Set<string> {
  const features = new Set<string>();
  for (const word of segment(title).map(canonicalToken).filter(isFeatureWord)) {
    features.add(word);
    features.add(`t:${word}`);
  }
  for (const word of segment(body).map(canonicalToken).filter(isFeatureWord)) features.add(word);
  return features;
}

export type SimilarityKeys = {
  /** Sorted distinct feature hashes: what the Jaccard similarity is computed on. */
  features: number[];
  /** One key per LSH band: records sharing a key are candidates. */
  bands: number[];
};

/** Feature hashes and band keys of a feature set; both empty when there is nothing to compare. */
export function similarityKeys(featureSet: Set<string>): SimilarityKeys {
  if (featureSet.size === 0) return { features: [], bands: [] };
  const features = [...new Set([...featureSet].map(hashString))].sort((a, b) => a - b);
  const signature = new Int32Array(SIGNATURE_SIZE).fill(0x7fffffff);
  for (const h of features) {
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const value = mix(h ^ SEEDS[i]!);
      if (value < signature[i]!) signature[i] = value;
    }
  }
  const bands: number[] = [];
  for (let band = 0; band < MINHASH_BANDS; band++) {
    let h = mix(0x3c6ef372 ^ band);
    for (let row = 0; row < ROWS_PER_BAND; row++) h = mix(h ^ signature[band * ROWS_PER_BAND + row]!);
    bands.push(h);
  }
  return { features, bands };
}

/** How many texts keep their keys (a few hundred record pages' worth; each is a few kB). */
const KEPT_TEXTS = 256;
const keysByText = new Map<string, SimilarityKeys>();

/**
 * The keys of a title and body, kept for the texts most recently asked about: a record page asks
 * for its own on every view, and segmenting it was most of what that page cost beyond its SQL.
 * The keys depend on the text alone (the dictionaries do not change while the process runs).
 * The answer is shared and must not be changed.
 */
export function similarityKeysOfText(title: string, body: string): SimilarityKeys {
  const text = `${title}\u0000${body}`;
  const kept = keysByText.get(text);
  if (kept) {
    // Most recently used last, so the oldest goes first.
    keysByText.delete(text);
    keysByText.set(text, kept);
    return kept;
  }
  const keys = similarityKeys(similarityFeatures(title, body));
  if (keysByText.size >= KEPT_TEXTS) keysByText.delete(keysByText.keys().next().value!);
  keysByText.set(text, keys);
  return keys;
}

/** Jaccard similarity of two sorted, distinct hash lists (0 when either is empty). */
export function jaccard(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      common++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return common / (a.length + b.length - common);
}
