/**
 * The demo bulletin writes the article again from the records: its frozen figures and the sentences
 * they make are the article's own (22项 / 6项, 55%, 40.5%, 182.9亿元 with 年均增长90.7% from 示例
 * yearly inputs, 由第43位升至第35位, 约110万元 …), as the public reads it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import type { PublicBulletinDto } from '../features/bulletins/bulletins.schema.js';

let t: TestApp;
let bulletin: PublicBulletinDto;
beforeAll(async () => {
  t = await createTestApp();
  const list = (await t.call(null, { method: 'GET', url: `/api/public/bulletins?q=${encodeURIComponent('挂牌两年')}` })).json() as { items: { id: number; headline: string }[] };
  const id = list.items.find((item) => item.headline === '8个协同改革先行区挂牌两年')!.id;
  bulletin = (await t.call(null, { method: 'GET', url: `/api/public/bulletins/${id}` })).json().bulletin;
});
afterAll(() => t.close());

/** A paragraph as the reader reads it: the text with each figure written in. */
function sentences(): string[] {
  const text = new Map(bulletin.figures.map((figure) => [figure.key, figure.text?.zh ?? '【缺】']));
  return bulletin.sections.flatMap((section) => section.paragraphs.map((runs) => runs.map((run) => ('text' in run ? run.text : text.get(run.figure))).join('')));
}

describe('the demo bulletin 8个协同改革先行区挂牌两年', () => {
  it('reproduces the article’s statements from the records', () => {
    const all = sentences().join('\n');
    for (const statement of [
      '累计探索形成22项制度创新成果，其中6项在全省复制推广',
      '2020年外贸进出口增长55%，实际到位外资(FDI)增长40.5%',
      '两年累计进出口182.9亿元，年均增长90.7%',
      '综合保税区自今年初封关以来实现外贸进出口19.9亿元',
      '由第43位升至第35位',
      '货运量166.2万吨，同比增长51.1%',
      '牙谷实现进出口11.6亿元、同比增长180.4%',
      '实际利用外资从2019年全省第4位跃升至2020年第2位',
      '外贸进出口总额实现34.2亿元，占全市进出口总额的96%',
      '文化出口2739万美元，其中文化服务出口1505万美元',
      '节约关税约110万元、免征增值税约161万元',
      '有效承接自贸试验区三批146项省级管理事项下放，在全省率先推动137项市级管理事项、258项区级审批事项下放至先行区各辖区',
    ]) expect(all).toContain(statement);
  });

  it('traces each figure: the counts to the innovations counted, the growth to its 示例 yearly inputs', () => {
    const figure = (key: string) => bulletin.figures.find((f) => f.key === key)!;
    expect(figure('results').inputs).toHaveLength(22);
    expect(figure('replicated').inputs).toHaveLength(6);
    // 内江's delegated items are counted from the catalogue, each linking to its delegation.
    const provincial = figure('njProvPowers').inputs;
    expect(provincial).toHaveLength(146);
    expect(provincial.every((input) => input.delegationId !== null && input.innovationId === null && input.zoneName?.includes('内江'))).toBe(true);
    const cagr = figure('ybCagr');
    expect(cagr).toMatchObject({ kind: 'derived', value: '90.7', available: true });
    expect(cagr.inputs.map((input) => [input.period, input.isSample])).toEqual([['2019', true], ['2021', true]]);
    expect(cagr.explanation.zh).toContain('年均增长率');
    expect(figure('tradeGrowth').inputs[0]!.source).toContain('制度对接 平台融通 产业互动');
    expect(bulletin.figures.every((f) => f.available)).toBe(true);
  });
});
