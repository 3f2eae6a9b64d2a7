/**
 * Interface texts of the evaluation engine (评审): the public verification of a judge draw.
 * Chinese is the source language; English must have exactly its keys, or the file fails to compile.
 */
export const zh = {
  'draw.title': '专家抽取结果验证',
  'draw.lead': '输入公布的随机种子、专家库编号和抽取人数，在您的浏览器中按公布的方法重新抽取，核对抽取结果。',
  'draw.seed': '随机种子',
  'draw.seedHint': '整数，见抽取结果公告',
  'draw.pool': '抽取范围（专家编号）',
  'draw.poolHint': '以逗号、顿号或空格分隔，连续编号可写作 1-40',
  'draw.size': '抽取人数',
  'draw.exclude': '回避专家编号（可选）',
  'draw.expect': '公布的抽取结果（可选）',
  'draw.run': '重新抽取',
  'draw.method': '抽取方法',
  'draw.methodText':
    '专家库按编号升序排列，以公布的种子初始化 xoroshiro128+ 伪随机数发生器（pure-rand），用 Fisher–Yates 法打乱顺序，去除回避专家后依次取前 {size} 名。',
  'draw.panel': '抽取结果',
  'draw.order': '完整抽取顺序',
  'draw.matches': '与公布的抽取结果一致',
  'draw.differs': '与公布的抽取结果不一致',
  'draw.badSeed': '随机种子须为 32 位整数',
  'draw.badIds': '无法识别「{value}」，请填写专家编号',
  'draw.tooMany': '专家编号过多（上限 {limit} 个）',
  'draw.badSize': '抽取人数须为 1 至专家库人数之间的整数',
  'draw.poolSize': '专家库 {n} 人，回避 {excluded} 人。',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'draw.title': 'Verify a judge draw',
  'draw.lead': 'Enter the published seed, the expert pool and the panel size to re-run the draw in your browser by the published method, and compare the panel.',
  'draw.seed': 'Seed',
  'draw.seedHint': 'An integer, as published with the panel',
  'draw.pool': 'Pool drawn from (expert numbers)',
  'draw.poolHint': 'Separated by commas or spaces; write a run of numbers as 1-40',
  'draw.size': 'Panel size',
  'draw.exclude': 'Experts withdrawn for conflicts (optional)',
  'draw.expect': 'Published panel (optional)',
  'draw.run': 'Re-run the draw',
  'draw.method': 'Method',
  'draw.methodText':
    'The pool is ordered by expert number; a xoroshiro128+ generator (pure-rand) seeded with the published seed shuffles it by Fisher–Yates; after the withdrawn experts are removed, the first {size} form the panel.',
  'draw.panel': 'Panel',
  'draw.order': 'Full order of the draw',
  'draw.matches': 'Matches the published panel',
  'draw.differs': 'Does not match the published panel',
  'draw.badSeed': 'The seed must be a 32-bit integer',
  'draw.badIds': 'Cannot read "{value}"; enter expert numbers',
  'draw.tooMany': 'Too many expert numbers (at most {limit})',
  'draw.badSize': 'The panel size must be a whole number between 1 and the pool size',
  'draw.poolSize': '{n} experts in the pool, {excluded} withdrawn.',
};
