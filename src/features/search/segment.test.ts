import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addTextGrams, wordGrams } from './grams.js';
import { findHits, highlight, makeSnippet } from './highlight.js';
import { jaccard, similarityFeatures, similarityKeys } from './minhash.js';
import { parseQuery } from './search-query.js';
import { canonicalToken, expandSynonyms, foldCase, segment, segmentForSearch, variantsOf } from './segment.js';

describe('segment', () => {
  it('keeps FTZ terms whole that the general dictionary splits', () => {
    expect(segment('完善多式联运“一单制”')).toEqual(['完善', '多式联运', '一单制']);
    expect(segment('自贸试验区开展保税研发')).toEqual(['自贸试验区', '开展', '保税研发']);
    expect(segment('建立出口退税资金池')).toContain('出口退税资金池');
  });

  it('lower-cases ASCII, drops punctuation, and never glues numbers together', () => {
    expect(segment('FTZ企业：B2B出口增长182.9%！')).toEqual(['ftz', '企业', 'b2b', '出口', '增长', '182', '9']);
    expect(segment('')).toEqual([]);
    expect(segment('，。！？“”')).toEqual([]);
  });

  it('yields the words inside long words in search mode', () => {
    expect(segmentForSearch('保税研发中心')).toEqual(expect.arrayContaining(['保税', '研发', '保税研发', '中心']));
  });
});

describe('synonyms', () => {
  it('expands abbreviations both ways, the word itself first', () => {
    expect(expandSynonyms(['自贸区', '跨境电子商务'])).toEqual([
      ['自贸区', '自由贸易试验区', '自贸试验区'],
      ['跨境电子商务', '跨境电商'],
    ]);
    expect(variantsOf('跨境电商零售')).toEqual(['跨境电商零售', '跨境电子商务零售']);
    expect(variantsOf('综保区')).toEqual(['综保区', '综合保税区']);
    expect(variantsOf('港口')).toEqual(['港口']);
  });

  it('maps every spelling to one canonical form for similarity', () => {
    expect(canonicalToken('综保区')).toBe('综合保税区');
    expect(canonicalToken('自贸区')).toBe('自由贸易试验区');
    expect(canonicalToken('港口')).toBe('港口');
  });
});

describe('grams', () => {
  it('a text holds the grams of every word-character run inside it', () => {
    const chars = fc.constantFrom(...'保税研发跨境电商港关中欧班列abcXYZ019 ，。😀𠀀'.split(''));
    fc.assert(
      fc.property(fc.array(chars, { minLength: 1, maxLength: 40 }), fc.nat(), fc.nat(), (list, a, b) => {
        const text = list.join('');
        const grams = new Set<number>();
        addTextGrams(text, grams);
        const chars = Array.from(foldCase(text));
        const start = a % chars.length;
        const end = start + 1 + (b % (chars.length - start));
        const sub = chars.slice(start, end).join('');
        if (!/^[\p{L}\p{N}]+$/u.test(sub)) return;
        for (const code of wordGrams(sub)) expect(grams.has(code)).toBe(true);
      }),
    );
  });

  it('codes one character as its code point and never confuses a pair with a character', () => {
    expect(wordGrams('港')).toEqual([0x6e2f]);
    const pair = wordGrams('保税');
    expect(pair).toHaveLength(1);
    expect(Math.abs(pair[0]!)).toBeGreaterThan(0x10ffff);
  });
});

describe('highlight', () => {
  it('cuts text into segments that join back to it, whatever the text and terms', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.array(fc.string({ unit: 'grapheme', maxLength: 4 }), { maxLength: 4 }), (text, terms) => {
        const segments = highlight(text, terms);
        expect(segments.map((s) => s.text).join('')).toBe(text);
        expect(segments.every((s) => s.text.length > 0)).toBe(true);
      }),
    );
  });

  it('marks every occurrence, case-folded, touching and overlapping hits merged', () => {
    expect(highlight('FTZ跨境电商，跨境电商零售', ['ftz', '跨境电商', '电商零售'])).toEqual([
      { text: 'FTZ跨境电商', hit: true },
      { text: '，', hit: false },
      { text: '跨境电商零售', hit: true },
    ]);
    expect(findHits('港港港', ['港'])).toEqual([[0, 3]]);
  });

  it('takes the snippet from the first field with a hit, as a substring that starts near it', () => {
    const measures = `${'一'.repeat(100)}。第二句提到保税研发，然后${'二'.repeat(100)}`;
    const snippet = makeSnippet({ b: measures, c: '成效', d: null }, ['保税']);
    expect(snippet.field).toBe('b');
    const text = snippet.segments.map((s) => s.text).join('');
    expect(measures.includes(text)).toBe(true);
    expect(text.startsWith('第二句')).toBe(true);
    expect(snippet.segments.filter((s) => s.hit).map((s) => s.text)).toEqual(['保税']);
    expect(snippet).toMatchObject({ clippedStart: true, clippedEnd: true });
    expect(makeSnippet({ b: null, c: '成效显著', d: null }, ['保税'])).toMatchObject({ field: 'c', clippedStart: false, clippedEnd: false });
    expect(makeSnippet({ b: null, c: null, d: null }, ['保税']).segments).toEqual([]);
  });

  it('never cuts a character outside the BMP in two', () => {
    const measures = `${'𠀀'.repeat(120)}保税`;
    const snippet = makeSnippet({ b: measures, c: null, d: null }, ['保税']);
    const text = snippet.segments.map((s) => s.text).join('');
    expect(measures.includes(text)).toBe(true);
    expect(text.endsWith('保税')).toBe(true);
  });
});

describe('parseQuery', () => {
  it('cuts the query into chunks and words, with their synonyms', () => {
    const parsed = parseQuery('跨境电商 保税研发中心')!;
    expect(parsed.chunks.map((c) => c.text)).toEqual(['跨境电商', '保税研发中心']);
    expect(parsed.words.map((w) => w.text)).toEqual(['跨境电商', '保税研发', '中心']);
    expect(parsed.words[0]!.variants).toEqual(['跨境电商', '跨境电子商务']);
    expect(parseQuery('港')!.words.map((w) => w.text)).toEqual(['港']);
  });

  it('drops stop words and words implied by longer ones, but keeps a lone stop word', () => {
    expect(parseQuery('保税 的 保税区')!.words.map((w) => w.text)).toEqual(['保税区']);
    expect(parseQuery('的')!.words.map((w) => w.text)).toEqual(['的']);
  });

  it('returns null for queries without letters or digits, and stays bounded for anything else', () => {
    for (const q of ['', '   ', '😀😀', `"'&|!:*()`, '；。，']) expect(parseQuery(q)).toBeNull();
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 1200 }), (q) => {
        const parsed = parseQuery(q);
        if (parsed) {
          expect(parsed.chunks.length).toBeLessThanOrEqual(6);
          expect(parsed.words.length).toBeLessThanOrEqual(10);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('similarity', () => {
  it('scores a reworded resubmission high and an unrelated record low', () => {
    const original = similarityKeys(similarityFeatures('包装材料免税循环进综合保税区试点', '针对循环利用包装材料在综合保税区间流转时需反复报关通关、缴纳税费的痛点，内江海关携手锦城海关在全省率先开展包装材料免税循环进综合保税区试点。'));
    const resubmitted = similarityKeys(similarityFeatures('包装材料免税循环进入综保区试点', '针对包装材料在综保区之间流转需要反复报关、缴纳税费的问题，内江海关与锦城海关合作开展包装材料免税循环进入综保区试点。'));
    const unrelated = similarityKeys(similarityFeatures('知识产权类型化案件快审机制', '成都中级人民法院对知识产权案件实行类型化快审，缩短审理周期。'));
    expect(jaccard(original.features, resubmitted.features)).toBeGreaterThan(0.6);
    expect(jaccard(original.features, unrelated.features)).toBeLessThan(0.1);
    expect(original.bands.some((band) => resubmitted.bands.includes(band))).toBe(true);
  });

  it('has nothing to compare for text without meaningful words', () => {
    expect(similarityKeys(similarityFeatures('的', '和 与 及'))).toEqual({ features: [], bands: [] });
    expect(jaccard([], [1, 2])).toBe(0);
    expect(jaccard([1, 2, 3], [1, 2, 3])).toBe(1);
  });
});
