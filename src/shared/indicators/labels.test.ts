import { describe, expect, it } from 'vitest';
import { formatMessage, registeredMessages } from '../messages.js';
import { DERIVED_METHODS } from './derived/figure.js';
import { DERIVED_METHOD_TEXTS, figureLabel } from './labels.js';
import { FIGURE_MESSAGES, unitParam } from './messages.js';

describe('labels of derived figures', () => {
  it('every method has a zh and an en label and explanation', () => {
    for (const method of DERIVED_METHODS) {
      const text = DERIVED_METHOD_TEXTS[method];
      for (const part of [text.label, text.explanation]) {
        expect(part.zh).toMatch(/[\u4e00-\u9fff]/);
        expect(part.en).toMatch(/^[A-Z]/);
      }
    }
    expect(DERIVED_METHOD_TEXTS.cagr.label.zh).toBe('年均增长（复合）');
    expect(DERIVED_METHOD_TEXTS.mean_growth.label.zh).toBe('年均增长（算术平均）');
  });

  it('fills the slots from the figure', () => {
    expect(figureLabel({ method: 'since_total', params: { from: '2020-01', to: '2020-11' } }, 'zh')).toBe('2020年1月以来累计');
    expect(figureLabel({ method: 'span_total', params: { from: '2019', to: '2020' } }, 'zh')).toBe('2019年—2020年累计');
    expect(figureLabel({ method: 'share', params: {} }, 'zh', { parent: { zh: '全市', en: 'the city' } })).toBe('占全市比重');
    expect(figureLabel({ method: 'share', params: {} }, 'en', { parent: { zh: '全市', en: 'the city' } })).toBe('Share of the city');
    expect(figureLabel({ method: 'rank_change', params: {} }, 'zh')).toBe('排名变化');
  });

  it('every figure message is registered in both languages with the same parameters', () => {
    for (const [key, message] of Object.entries(FIGURE_MESSAGES)) {
      expect(registeredMessages().get(key)).toBe(message);
      const params = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
      expect(params(message.zh)).toEqual(params(message.en));
    }
    expect(formatMessage('figure_unit_incompatible', 'zh', { from: unitParam('cny_100m'), to: unitParam('usd_100m') })).toBe('单位「亿元」与「亿美元」不是同一类，不能换算（不同币种需注明汇率和日期）');
    expect(formatMessage('figure_unit_mismatch', 'en', { cell: '亿美元', column: unitParam('cny_100m') })).toBe('The unit "亿美元" in the cell cannot be converted to the column\'s unit (100m yuan)');
  });
});
