/** Interface texts for external indices as published (the portal's 数据 page). Chinese first; English has exactly its keys. */
export const zh = {
  'externalIndex.title': '外部评价指数',
  'externalIndex.intro': '第三方机构发布的指数与排名，按原发布的期次和层级列出；排名变化由本平台根据相邻两期的公开排名计算。',
  'externalIndex.edition': '期次',
  'externalIndex.level': '层级',
  'externalIndex.rank': '排名',
  'externalIndex.name': '名称',
  'externalIndex.score': '得分',
  'externalIndex.change': '较上一期',
  'externalIndex.unranked': '未公布名次',
  'externalIndex.source': '来源',
  'externalIndex.evaluated': '本期共评估 {n} 个，平均得分 {average}',
  'externalIndex.publisher': '发布机构：{publisher}',
  'externalIndex.over': '超{score}',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'externalIndex.title': 'External indices',
  'externalIndex.intro': 'Indices and ranks published by third parties, by their own editions and levels; the change of rank is computed here from two consecutive published editions.',
  'externalIndex.edition': 'Edition',
  'externalIndex.level': 'Level',
  'externalIndex.rank': 'Rank',
  'externalIndex.name': 'Name',
  'externalIndex.score': 'Score',
  'externalIndex.change': 'On the previous edition',
  'externalIndex.unranked': 'Rank not published',
  'externalIndex.source': 'Source',
  'externalIndex.evaluated': '{n} evaluated in this edition, average score {average}',
  'externalIndex.publisher': 'Published by {publisher}',
  'externalIndex.over': 'over {score}',
};
