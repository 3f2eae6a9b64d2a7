import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, zoneIdByCode, type TestApp } from '../../testing/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type Item = { id: number; name: string; zoneShortName: string; highlight: { title: { text: string; hit: boolean }[]; snippet: { text: string; hit: boolean }[] } | null };

describe('searching innovations', () => {
  it('finds words, highlights them as segments, and the segments rebuild the title', async () => {
    const body = (await t.call(null, { method: 'GET', url: '/api/public/innovations?q=保税研发' })).json();
    const items = body.items as Item[];
    expect(items.length).toBeGreaterThan(0);
    expect(items[0]!.zoneShortName).toBe('温江');
    const title = items[0]!.highlight!.title;
    expect(title.map((s) => s.text).join('')).toBe(items[0]!.name);
    expect(title.some((s) => s.hit)).toBe(true);
  });

  it('understands abbreviations (跨境电子商务 finds 跨境电商) and short queries (彩灯)', async () => {
    const short = (await t.call(null, { method: 'GET', url: '/api/public/innovations?q=彩灯' })).json().items as Item[];
    expect(short.length).toBeGreaterThan(0);
    expect(short.every((i) => i.zoneShortName === '自贡' || JSON.stringify(i.highlight).includes('彩灯'))).toBe(true);
    const abbreviation = (await t.call(null, { method: 'GET', url: '/api/public/innovations?q=自由贸易试验区' })).json();
    const full = (await t.call(null, { method: 'GET', url: '/api/public/innovations?q=自贸区' })).json();
    expect(abbreviation.total).toBe(full.total);
  });

  it('combines the text query with filters (zone subtree, domain)', async () => {
    const neijiang = await zoneIdByCode(t, 'SC-P-NJ');
    const items = (await t.call(null, { method: 'GET', url: `/api/public/innovations?q=包装材料&zoneId=${neijiang}&domain=trade_facilitation` })).json().items as Item[];
    expect(items.map((i) => i.zoneShortName)).toEqual(items.map(() => '内江'));
    expect(items.length).toBeGreaterThan(0);
  });

  it('survives hostile queries', async () => {
    for (const q of [`'; DROP TABLE innovations; --`, '&|!:*()', '<script>', '🚢🚢', '保'.repeat(100)]) {
      const response = await t.call(null, { method: 'GET', url: `/api/public/innovations?q=${encodeURIComponent(q)}` });
      expect(response.statusCode).toBe(200);
    }
  });
});

describe('near-duplicate hints', () => {
  it('flags a resubmission of 内江 包装材料免税循环 from another zone, with a score', async () => {
    const response = await t.call('deyang', { method: 'POST', url: '/api/innovations/similar', payload: { name: '包装材料免税循环进入综保区试点', measures: '携手锦城海关开展包装材料免税循环进综合保税区试点，减少企业申报次数，提高商品流转效率' } });
    expect(response.statusCode).toBe(200);
    const [best] = response.json().items as { name: string; zoneName: string; score: number }[];
    expect(best!.name).toContain('包装材料');
    expect(best!.zoneName).toContain('内江');
    expect(best!.score).toBeGreaterThan(0.4);
  });

  it('does not flag unrelated text', async () => {
    const response = await t.call('deyang', { method: 'POST', url: '/api/innovations/similar', payload: { name: '农村集体经营性建设用地入市改革', measures: '宅基地流转' } });
    expect(response.json().items).toEqual([]);
  });
});

type Listed = Item & { status: string; recognition: { on: string | null } | null };
type ListBody = { items: Listed[]; total: number; totalIsCapped: boolean; match: 'all' | 'partial' };
const get = async (url: string, user: Parameters<TestApp['call']>[0] = null): Promise<ListBody> => {
  const response = await t.call(user, { method: 'GET', url });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as ListBody;
};
const publicList = (query: string) => get(`/api/public/innovations?${query}`);
const q = (text: string) => `q=${encodeURIComponent(text)}`;

describe('what people type', () => {
  it('finds records when no record holds every word, and says the matches are partial', async () => {
    const aviation = await publicList(q('自由贸易试验区 航空货运'));
    expect(aviation.match).toBe('partial');
    expect(aviation.items[0]!.name).toBe('航空货运电子信息化');

    const lanterns = await publicList(q('保税 彩灯'));
    expect(lanterns.match).toBe('partial');
    expect(lanterns.items.length).toBeGreaterThan(3);
    // 彩灯 is the rarer word: its records come first.
    expect(lanterns.items.slice(0, 3).every((i) => i.name.includes('彩灯'))).toBe(true);
    expect(lanterns.items.some((i) => i.name.includes('保税'))).toBe(true);

    const ecommerce = await publicList(q('自贸区 跨境电商'));
    expect(ecommerce.match).toBe('partial');
    expect(ecommerce.items.map((i) => i.name).sort()).toEqual(['跨境电商零售进口退货中心仓模式', '（示例）跨境电商出口“一站式”申报服务'].sort());
    expect(ecommerce.total).toBe(2);
  });

  it('searches zone names: 宜宾 保函 and 内江 包装 find the zone’s case first', async () => {
    const yibin = await publicList(q('宜宾 保函'));
    expect(yibin.match).toBe('all');
    expect(yibin.items[0]).toMatchObject({ zoneShortName: '宜宾' });
    expect(yibin.items[0]!.name).toContain('银行保函');
    const neijiang = await publicList(q('内江 包装'));
    expect(neijiang.match).toBe('all');
    expect(neijiang.items[0]).toMatchObject({ zoneShortName: '内江', name: '包装材料免税循环进综合保税区试点' });
    const zoneOnly = await publicList(q('宜宾'));
    expect(zoneOnly.items.length).toBeGreaterThanOrEqual(3);
    expect(zoneOnly.items.every((i) => i.zoneShortName === '宜宾')).toBe(true);
  });

  it('answers all-word matches as match: all, and a listing without a query too', async () => {
    expect((await publicList(q('保税研发'))).match).toBe('all');
    expect((await publicList('')).match).toBe('all');
    expect(await publicList(q('雪豹熊猫'))).toMatchObject({ items: [], total: 0, match: 'all' });
  });

  it('tries a long word jieba does not know by its parts (套餐式注销)', async () => {
    const body = await publicList(q('套餐式注销'));
    expect(body.match).toBe('partial');
    expect(body.items[0]!.name).toBe('企业‘套餐式’注销服务模式');
  });

  it('keeps unpublished records out of public results; staff of the zone find them', async () => {
    const draft = '（示例）铁公水空多式联运“一单制”长效机制';
    const forPublic = await publicList(q('宜宾 一单制'));
    expect(forPublic.items.map((i) => i.name)).not.toContain(draft);
    expect(forPublic.items.every((i) => ['recognized', 'province_replicated', 'nation_replicated'].includes(i.status))).toBe(true);
    const forYibin = await get(`/api/innovations?${q('宜宾 一单制')}`, 'yibin');
    expect(forYibin.match).toBe('all');
    expect(forYibin.items[0]!.name).toBe(draft);
    const forDeyang = await get(`/api/innovations?${q('宜宾 一单制')}`, 'deyang');
    expect(forDeyang.items.map((i) => i.name)).not.toContain(draft);
  });
});

describe('sort', () => {
  const collator = new Intl.Collator('zh-Hans-CN', { ignorePunctuation: true, numeric: true });
  const inNameOrder = (names: string[]) => names.every((name, i) => i === 0 || collator.compare(names[i - 1]!, name) <= 0);
  const inRecognitionOrder = (items: Listed[]) => {
    const dates = items.map((i) => i.recognition?.on ?? null);
    const firstNull = dates.indexOf(null);
    const known = (firstNull < 0 ? dates : dates.slice(0, firstNull)) as string[];
    return (firstNull < 0 || dates.slice(firstNull).every((d) => d === null)) && known.every((d, i) => i === 0 || known[i - 1]! >= d);
  };

  it('orders the case library by name (pinyin), by recognition date, or by relevance', async () => {
    const byName = await publicList('sort=name&pageSize=100');
    expect(byName.items.length).toBe(byName.total);
    expect(inNameOrder(byName.items.map((i) => i.name))).toBe(true);
    // Pinyin, not code point order: 彩 (cǎi, U+5F69) before 出 (chū, U+51FA).
    const at = (start: string) => byName.items.findIndex((i) => i.name.startsWith(start));
    expect(at('彩灯')).toBeGreaterThanOrEqual(0);
    expect(at('彩灯')).toBeLessThan(at('出口退税'));

    const byDate = await publicList('sort=recognized&pageSize=50');
    expect(inRecognitionOrder(byDate.items)).toBe(true);
    expect(byDate.items[0]!.recognition!.on).toBe('2021-11-20');

    // Without a query, relevance means the default: the latest decisions first.
    expect((await publicList('sort=relevance')).items.map((i) => i.id)).toEqual((await publicList('')).items.map((i) => i.id));
  });

  it('orders search results too, keeping the same matches and highlights', async () => {
    const relevance = await publicList(`${q('融资')}&pageSize=50`);
    expect((await publicList(`${q('融资')}&sort=relevance&pageSize=50`)).items.map((i) => i.id)).toEqual(relevance.items.map((i) => i.id));
    const byName = await publicList(`${q('融资')}&sort=name&pageSize=50`);
    expect(byName.items.map((i) => i.id).sort()).toEqual(relevance.items.map((i) => i.id).sort());
    expect(inNameOrder(byName.items.map((i) => i.name))).toBe(true);
    expect(byName.total).toBe(relevance.total);
    expect(byName.items.every((i) => i.highlight!.title.map((s) => s.text).join('') === i.name)).toBe(true);
    expect(byName.items.every((i) => JSON.stringify(i.highlight).includes('"text":"融资","hit":true'))).toBe(true);
    const byDate = await publicList(`${q('融资')}&sort=recognized&pageSize=50`);
    expect(inRecognitionOrder(byDate.items)).toBe(true);
    const partial = await publicList(`${q('保税 彩灯')}&sort=name`);
    expect(partial.match).toBe('partial');
    expect(inNameOrder(partial.items.map((i) => i.name))).toBe(true);
  });

  it('pages through a sorted list without repeats', async () => {
    const all = await publicList('sort=name&pageSize=10');
    const first = await publicList('sort=name&pageSize=5');
    const second = await publicList('sort=name&pageSize=5&page=2');
    expect([...first.items, ...second.items].map((i) => i.id)).toEqual(all.items.map((i) => i.id));
  });

  it('sorts the console list, within the viewer’s scope', async () => {
    const byName = await get('/api/innovations?sort=name&pageSize=100', 'yibin');
    expect(inNameOrder(byName.items.map((i) => i.name))).toBe(true);
    expect(byName.items.some((i) => i.status === 'draft' && i.zoneShortName === '宜宾')).toBe(true);
    expect(byName.items.some((i) => i.status === 'draft' && i.zoneShortName !== '宜宾')).toBe(false);
    const searched = await get(`/api/innovations?${q('口腔')}&sort=recognized`, 'admin');
    expect(searched.items.length).toBeGreaterThan(0);
    expect(inRecognitionOrder(searched.items)).toBe(true);
  });

  it('refuses an unknown sort with 400', async () => {
    for (const url of ['/api/public/innovations?sort=pinyin', '/api/public/innovations?sort=', `/api/public/innovations?${q('保税')}&sort=NAME`, '/api/public/innovations?sort=name&sort=recognized']) {
      expect((await t.call(null, { method: 'GET', url })).statusCode, url).toBe(400);
    }
    expect((await t.call('admin', { method: 'GET', url: '/api/innovations?sort=date' })).statusCode).toBe(400);
  });
});
