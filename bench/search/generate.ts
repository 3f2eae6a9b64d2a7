/**
 * Deterministic generator of realistic innovation search documents for the search benchmark
 * (and the search tests): titles, measures, effects and the rest built from the FTZ
 * vocabulary of the source article and shared/data, with word frequencies that fall off like
 * real text (a few very common words such as 保税 or 贸易, a long tail of rare ones such as
 * 葡萄酒 or 三维地籍), numbers with units, and a zone tree to filter on.
 *
 *   npx tsx bench/search/generate.ts [--rows 100000] [--seed 42] [--print 3]
 *     writes bench/search/queries.json and prints a few documents; the loading itself is
 *     loadDocuments(), called by bench/search/run.ts.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/schema.js';
// The documents are innovations: their kind declares the facets indexDocuments checks.
import '../../src/features/innovations/innovation-search.js';
import { indexDocuments, type SearchDocument } from '../../src/features/search/search-index.js';

/** mulberry32: small, fast, seedable; the same sequence on every machine. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(rnd: Random, list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
const int = (rnd: Random, min: number, max: number) => min + Math.floor(rnd() * (max - min + 1));

/** Picks from a list with Zipf-like weights (the first items are the most frequent). */
function zipf<T>(list: readonly T[], exponent = 1.05): (rnd: Random) => T {
  const cumulative: number[] = [];
  let sum = 0;
  for (let i = 0; i < list.length; i++) cumulative.push((sum += 1 / Math.pow(i + 1, exponent)));
  return (rnd) => {
    const x = rnd() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return list[lo]!;
  };
}

/** The zone tree: country → FTZs → areas and pilot zones. Paths are '/id/id/…/'. */
export type BenchZone = { id: number; path: string; name: string; short: string };
const FTZ_AREAS: Array<[string, string[]]> = [
  ['四川', ['天府新区', '青白江铁路港', '川南临港', '宜宾', '德阳', '资阳', '眉山', '南充', '自贡', '内江', '温江', '绵阳', '遂宁', '广安', '达州']],
  ['重庆', ['两江', '西永', '果园港']],
  ['山东', ['济南', '青岛', '烟台']],
  ['广东', ['前海', '南沙', '横琴']],
  ['上海', ['浦东', '临港新片区']],
  ['福建', ['厦门', '福州', '平潭']],
  ['陕西', ['中心片区', '国际港务区', '杨凌']],
  ['海南', ['海口', '洋浦']],
];
export const BENCH_ZONES: BenchZone[] = (() => {
  const zones: BenchZone[] = [{ id: 1, path: '/1/', name: '中国', short: '中国' }];
  let id = 1;
  for (const [ftz, areas] of FTZ_AREAS) {
    const ftzId = ++id;
    const ftzPath = `/1/${ftzId}/`;
    zones.push({ id: ftzId, path: ftzPath, name: `中国(${ftz})自由贸易试验区`, short: ftz });
    for (const area of areas) {
      const areaId = ++id;
      zones.push({ id: areaId, path: `${ftzPath}${areaId}/`, name: `${ftz}自贸试验区${area}`, short: area });
    }
  }
  return zones;
})();
const LEAF_ZONES = BENCH_ZONES.filter((z) => z.path.split('/').length === 5);

// Vocabulary, most frequent first within each list.
const SUBJECTS = [
  '保税物流中心监管', '跨境电商零售进口', '加工贸易保税货物', '企业开办', '国际贸易单一窗口', '出口退税', '中欧班列集拼集运',
  '多式联运', '综合保税区货物流转', '工程建设项目审批', '知识产权质押融资', '跨境人民币结算', '市场采购贸易', '外商投资企业登记',
  '融资租赁', '供应链金融', '铁海联运班列', '进口货物两步申报', '生物医药研发用特殊物品', '包装材料免税循环', '不动产登记',
  '证照分离', '政务服务跨省通办', '涉企经营许可', '海关特殊监管区外保税研发', '口岸通关', '冷链物流', '跨境电商出口海外仓',
  '技术成果转化', '人才引进', '数据跨境流动', '航空货运电子信息化', '船舶登记', '药品医疗器械注册', '农产品进出口', '文化出口',
  '离岸贸易', '转口贸易', '保税维修', '保税展示交易', '汽车平行进口', '进口冰鲜水产品', '出版物发行', '电力工程审批', '专利导航',
  '企业套餐式注销', '增值税智能辅助申报', '动产质押融资', '科创企业票据融资', '对外承包工程', '国际航行船舶检查', '危险货物运输',
  '口腔医疗器械注册', '彩灯文化贸易', '花木进口检疫', '进口散装葡萄酒保税加工', '保税混矿', '三维地籍管理', '绿色船舶修理',
  '飞机保税货物调拨', '边检行政许可', '健康医疗大数据', '法律服务', '商事仲裁', '知识产权案件快审',
] as const;
const SUFFIXES = ['新模式', '监管模式', '改革', '机制', '试点', '服务体系', '便利化改革', '全流程监管', '协同监管体系', '一体化改革', '管理创新', '服务模式'];
const VERBS = ['创新', '探索', '推行', '构建', '实施', '深化', '率先开展', '建立', '打造', '试行'];
const SLOGANS = ['一单制', '一口受理', '关地协同', '一证双线', '一保多用', '首证通', '一网通办', '云签发', '三层联动', '银政互通', '一窗受理', '并联办理', '告知承诺', '容缺受理'];
const PAIN_POINTS = [
  '企业反复报关通关、缴纳税费', '加工贸易企业保证金负担重', '中小外贸企业出口融资难', '审批环节多、材料多、时间长', '跨省办事来回跑',
  '物流成本高、通关时间长', '退税周期长、资金周转慢', '研发用特殊物品进口时间长', '非口岸城市货物出境通道不畅', '企业注销难、流程繁琐',
  '跨境结算手续复杂', '信息不共享、重复填报', '检验检疫等待时间长', '监管部门之间数据壁垒', '中小企业知识产权变现难', '班列回程空载率高',
];
const DEPARTMENTS = [
  '海关', '税务局', '市场监管局', '商务局', '发展改革委', '人民银行', '外汇管理局', '口岸办', '自贸办', '行政审批局', '经信局',
  '交通运输局', '司法局', '中级人民法院', '知识产权局', '银保监分局', '药品监督管理局', '公安局', '人力资源社会保障局', '港务集团',
];
const ACTIONS = ['率先开展', '创新推出', '探索建立', '全面推行', '试点实施', '联合打造', '优化完善', '在全省率先推行'];
const MEASURE_SENTENCES: Array<(rnd: Random, subject: string) => string> = [
  (rnd, s) => `实行“${pick(rnd, SLOGANS)}”${pick(rnd, ['模式', '机制', '办理方式'])}，将${s}相关事项${pick(rnd, ['纳入', '整合进', '接入'])}${pick(rnd, ['国际贸易单一窗口', '政务服务平台', '综合服务平台', '监管信息系统'])}`,
  (rnd) => `${pick(rnd, ['对标', '衔接', '借鉴'])}${pick(rnd, ['其他自由贸易试验区', '兄弟自贸试验区', '上海自贸区', '海南自由贸易港', 'RCEP规则'])}${pick(rnd, ['经验做法', '先进经验', '制度安排'])}`,
  (rnd) => `以${pick(rnd, ['电子围网', '二维码溯源', '区块链', '大数据比对', '信用承诺'])}实现${pick(rnd, ['场所隔离', '全程可追溯', '风险精准识别', '分类监管', '数据共享'])}`,
  (rnd) => `建立${pick(rnd, DEPARTMENTS)}与${pick(rnd, DEPARTMENTS)}${pick(rnd, ['联动', '协同', '会商', '数据共享'])}机制`,
  (rnd) => `推动${pick(rnd, ['保税', '非保税', '内外贸', '线上线下', '铁路公路', '海关税务'])}${pick(rnd, ['货物同仓存储', '数据互联互通', '业务一体化办理', '协同监管'])}`,
  (rnd) => `压缩${pick(rnd, ['审批', '通关', '退税', '登记', '注册', '查验'])}时间至${int(rnd, 1, 15)}个工作日以内`,
  (rnd) => `将${int(rnd, 20, 260)}项${pick(rnd, ['省级', '市级', '区级'])}管理事项下放至先行区`,
  (rnd) => `依托${pick(rnd, ['综合保税区', '保税物流中心(B型)', '国际铁路港', '跨境电商综合试验区', '临港经开区', '西部陆海新通道集散中心'])}开展${pick(rnd, ['集中查验', '分送集报', '先入区后报关', '批次进出、集中申报', '保税仓储'])}`,
  (rnd) => `设立${pick(rnd, ['“宜贸贷”', '“园保贷”', '“退税贷”', '风险补偿资金池', '出口退税资金池', '产业发展基金'])}，${pick(rnd, ['降低融资门槛和成本', '实现风险共担', '缓解资金周转压力'])}`,
  (rnd) => `开通${pick(rnd, ['中欧班列', '铁海联运班列', '南向班列', '国际货运航线', '水运航线'])}${pick(rnd, ['常态化运行', '回程货源组织', '集拼集运', '运费补贴'])}`,
];
/** [metric, units, range, whether the value may have decimals] */
const METRICS: Array<[string, string[], [number, number], boolean]> = [
  ['进出口额', ['亿元'], [1, 300], true],
  ['通关时间', ['小时'], [1, 72], true],
  ['企业申报次数', ['次'], [1, 50], false],
  ['节约物流成本', ['万元'], [5, 900], true],
  ['办理时限', ['个工作日'], [1, 30], false],
  ['融资规模', ['亿元', '万元'], [1, 5000], true],
  ['退税周期', ['天'], [1, 30], false],
  ['货运量', ['万吨'], [1, 200], true],
  ['开行班列', ['列'], [10, 900], false],
  ['入驻企业', ['家'], [5, 500], false],
  ['新设企业', ['家'], [100, 9000], false],
  ['节约关税', ['万元'], [10, 900], true],
  ['办件量', ['件'], [100, 120000], false],
];
const TAGS = ['首创', '全国首创', '省内首创', '复制推广', '最佳实践案例', '十佳案例', '川渝通办', '成渝地区双城经济圈', '一带一路', '西部陆海新通道', 'RCEP', '数字化', '信用监管', '放管服'];
const RARE_PHRASES = ['葡萄酒', '彩灯', '花木', '牙谷', '混矿', '三维地籍', '冰鲜水产品', '绿色船舶', '出版物', '丝绸', '动力电池', '钒钛', '白酒', '熊猫'];

const subject = zipf(SUBJECTS, 1.0);
const painPoint = zipf(PAIN_POINTS, 0.8);
const department = zipf(DEPARTMENTS, 0.9);
const zone = zipf(LEAF_ZONES, 0.6);
const STATUSES: Array<[string, number]> = [
  ['recognized', 0.3], ['province_replicated', 0.12], ['nation_replicated', 0.05], ['submitted', 0.15], ['reviewing', 0.1],
  ['draft', 0.15], ['returned', 0.06], ['rejected', 0.04], ['withdrawn', 0.03],
];
const PUBLISHED = new Set(['recognized', 'province_replicated', 'nation_replicated']);
const DOMAINS = ['trade_facilitation', 'investment_facilitation', 'financial_innovation', 'government_transformation', 'rule_of_law'];
const TASKS = ['institutional_alignment', 'platform_integration', 'industry_interaction', null];

function weighted(rnd: Random, entries: Array<[string, number]>): string {
  let x = rnd();
  for (const [value, weight] of entries) {
    if ((x -= weight) < 0) return value;
  }
  return entries[entries.length - 1]![0];
}

function effectSentence(rnd: Random, year: number): string {
  const [metric, units, [min, max], decimals] = pick(rnd, METRICS);
  const unit = pick(rnd, units);
  const value = decimals && rnd() < 0.5 ? `${int(rnd, min, max)}.${int(rnd, 1, 9)}` : String(int(rnd, min, max));
  const change =
    rnd() < 0.7
      ? rnd() < 0.6
        ? `同比增长${int(rnd, 5, 180)}${rnd() < 0.5 ? `.${int(rnd, 1, 9)}` : ''}%`
        : `同比${pick(rnd, ['下降', '压缩', '减少'])}${int(rnd, 5, 90)}%`
      : `较改革前${pick(rnd, ['缩短', '减少', '节约'])}${int(rnd, 10, 90)}%`;
  return `${year}年，${metric}${pick(rnd, ['达到', '实现', '累计', '约'])}${value}${unit}，${change}`;
}

/** The document with id `id`: the same id and seed always give the same document. */
export function generateDocument(id: number, seed: number): SearchDocument {
  const rnd = createRandom((seed * 0x9e3779b1) ^ (id * 0x85ebca6b));
  const z = zone(rnd);
  const s = subject(rnd);
  const rare = rnd() < 0.02 ? pick(rnd, RARE_PHRASES) : '';
  const titleForms = [
    () => `${s}${pick(rnd, SUFFIXES)}`,
    () => `${pick(rnd, VERBS)}${s}${pick(rnd, SUFFIXES)}`,
    () => `${rare}${s}“${pick(rnd, SLOGANS)}”${pick(rnd, SUFFIXES)}`,
    () => `${z.short}${pick(rnd, VERBS)}${s}${pick(rnd, SUFFIXES)}`,
  ];
  const title = pick(rnd, titleForms)();
  const year = int(rnd, 2017, 2025);
  const pain = painPoint(rnd);
  const lead = department(rnd);
  let partner = department(rnd);
  if (partner === lead) partner = pick(rnd, DEPARTMENTS.filter((d) => d !== lead));
  const sentences = [`针对${pain}的痛点，${z.short}${lead}联合${partner}${pick(rnd, ACTIONS)}${s}${pick(rnd, SUFFIXES)}`];
  const extra = int(rnd, 2, 4);
  for (let i = 0; i < extra; i++) sentences.push(pick(rnd, MEASURE_SENTENCES)(rnd, s));
  if (rare && rnd() < 0.5) sentences.push(`服务${rare}等特色产业企业${int(rnd, 3, 80)}家`);
  const measures = `${sentences.join('；')}。`;
  const effects = Array.from({ length: int(rnd, 1, 3) }, () => effectSentence(rnd, year)).join('；') + '。';
  const departments = Array.from(new Set([department(rnd), department(rnd), department(rnd)])).join(' ');
  const tags = Array.from(new Set([pick(rnd, TAGS), pick(rnd, TAGS)])).join(' ');
  const consequence = pick(rnd, ['制约了企业发展', '影响外向型经济发展', '增加了企业经营成本', '限制了开放平台能级提升', '降低了群众办事满意度']);
  const rest = `改革前，${pain}，${consequence}。\n${departments}\n${tags}`;
  const status = weighted(rnd, STATUSES);
  return {
    entityType: 'innovation',
    entityId: id,
    zoneId: z.id,
    zonePath: z.path,
    isPublic: PUBLISHED.has(status),
    title,
    body: { b: measures, c: effects, d: rest },
    // The innovation kind's facets (src/features/innovations/innovation-search.ts).
    facets: { status, domain: pick(rnd, DOMAINS), task: pick(rnd, TASKS), year },
  };
}

/** Documents firstId … firstId+count−1. */
export function generateDocuments(count: number, seed = 42, firstId = 1): SearchDocument[] {
  return Array.from({ length: count }, (_, i) => generateDocument(firstId + i, seed));
}

/**
 * Generates and indexes `rows` documents through indexDocuments, `batch` at a time; reports
 * progress through `onProgress`. Returns the milliseconds spent generating vs. writing.
 */
export async function loadDocuments(
  db: Kysely<Database>,
  rows: number,
  options: { seed?: number; batch?: number; onProgress?: (done: number) => void } = {},
): Promise<{ generateMs: number; writeMs: number }> {
  const batch = options.batch ?? 2000;
  let generateMs = 0;
  let writeMs = 0;
  for (let first = 1; first <= rows; first += batch) {
    let t = performance.now();
    const docs = generateDocuments(Math.min(batch, rows - first + 1), options.seed ?? 42, first);
    generateMs += performance.now() - t;
    t = performance.now();
    await indexDocuments(db, docs);
    writeMs += performance.now() - t;
    options.onProgress?.(first + docs.length - 1);
  }
  return { generateMs, writeMs };
}

export type BenchQuery = { q: string; kind: 'frequent' | 'word' | 'rare' | 'synonym' | 'multi' | 'mixed' | 'short1' | 'short2' };

/** The fixed query set: common and rare words, synonyms, several words, one and two characters. */
export const BENCH_QUERIES: BenchQuery[] = [
  ...['保税', '贸易', '企业', '监管', '改革', '海关'].map((q) => ({ q, kind: 'frequent' as const })),
  ...['跨境电商', '中欧班列', '出口退税', '保税研发', '证照分离', '单一窗口', '多式联运', '一单制', '知识产权质押', '综合保税区', '关地协同', '资金池', '铁海联运'].map((q) => ({ q, kind: 'word' as const })),
  ...['葡萄酒', '彩灯', '混矿', '三维地籍', '冰鲜水产品', '熊猫'].map((q) => ({ q, kind: 'rare' as const })),
  ...['自贸区', '跨境电子商务', '综保区', '海铁联运'].map((q) => ({ q, kind: 'synonym' as const })),
  ...['保税 研发', '跨境电商 退货', '中欧班列集拼集运新模式', '包装材料免税循环进综合保税区试点', '海关 税务局 数据共享'].map((q) => ({ q, kind: 'multi' as const })),
  // Zone names, programme words (自贸区, 改革) and words no record holds together (partial matches).
  ...['宜宾 保税', '自贸区 跨境电商', '保税 彩灯', '成都 中欧班列 改革', '德阳 知识产权质押', '熊猫 冰鲜水产品'].map((q) => ({ q, kind: 'mixed' as const })),
  ...['港', '关', '税', '链', '酒', '仓'].map((q) => ({ q, kind: 'short1' as const })),
  ...['保税', '电商', '口岸', '班列', '融资', '退税', '税研', '成都'].map((q) => ({ q, kind: 'short2' as const })),
];

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const args = process.argv.slice(2);
  const option = (name: string, fallback: number) => {
    const at = args.indexOf(`--${name}`);
    return at >= 0 ? Number(args[at + 1]) : fallback;
  };
  const out = join(dirname(fileURLToPath(import.meta.url)), 'queries.json');
  writeFileSync(out, `${JSON.stringify(BENCH_QUERIES, null, 2)}\n`);
  console.log(`wrote ${BENCH_QUERIES.length} queries to ${out}`);
  const seed = option('seed', 42);
  for (const doc of generateDocuments(option('print', 3), seed)) console.log(JSON.stringify(doc, null, 2));
  const rows = option('rows', 0);
  if (rows > 0) {
    const t = performance.now();
    let chars = 0;
    for (let i = 1; i <= rows; i++) {
      const d = generateDocument(i, seed);
      chars += d.title.length + (d.body.b?.length ?? 0) + (d.body.c?.length ?? 0) + (d.body.d?.length ?? 0);
    }
    console.log(`generated ${rows} documents (${(chars / rows).toFixed(0)} characters on average) in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
}
