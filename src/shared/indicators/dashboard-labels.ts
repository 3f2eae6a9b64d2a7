/**
 * The dashboards' table columns and sheet titles (指标看板), Chinese first: the web's data tables
 * and the server's .xlsx exports use the same labels, so a workbook has the rows and headers the
 * page's table shows, in the request language.
 */
import type { Label } from '../enums.js';

export const DASHBOARD_COLUMNS = {
  rank: { zh: '排名', en: 'Rank' },
  zone: { zh: '区域', en: 'Zone' },
  period: { zh: '期间', en: 'Period' },
  value: { zh: '数值', en: 'Value' },
  previousRank: { zh: '上期排名', en: 'Previous rank' },
  rankChange: { zh: '名次变化', en: 'Change of rank' },
  monthly: { zh: '当月值', en: 'Monthly value' },
  sample: { zh: '示例', en: 'Sample' },
  recognized: { zh: '已认定创新成果', en: 'Recognised innovations' },
  provinceReplicated: { zh: '省内复制推广', en: 'Replicated in the province' },
  nationReplicated: { zh: '全国复制推广', en: 'Replicated nationwide' },
} as const satisfies Record<string, Label>;
export type DashboardColumn = keyof typeof DASHBOARD_COLUMNS;

export const DASHBOARD_CHARTS = {
  ranking: { zh: '雁阵排名', en: 'Formation ranking' },
  series: { zh: '区域对比', en: 'Zone comparison' },
  trend: { zh: '趋势', en: 'Trend' },
  overview: { zh: '经济指标与创新成果', en: 'Economic figures and innovations' },
} as const satisfies Record<string, Label>;
export type DashboardChart = keyof typeof DASHBOARD_CHARTS;

/** The mark a sample (示例) value carries in tables and workbooks. */
export const SAMPLE_MARK: Label = { zh: '示例', en: 'sample' };
