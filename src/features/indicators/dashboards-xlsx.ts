/**
 * A dashboard chart's data as a workbook: the rows of the page's table, headers in the request
 * language, each figure written as the office writes it (约110万元), and
 * sample (示例) values marked. One sheet, a title row, the header row frozen.
 */
import type { Lang } from '../../shared/enums.js';
import { DASHBOARD_CHARTS, DASHBOARD_COLUMNS, SAMPLE_MARK, type DashboardChart, type DashboardColumn } from '../../shared/indicators/dashboard-labels.js';
import { formatPeriod } from '../../shared/indicators/periods.js';
import { fileNamePart, type TableSheet } from '../files/xlsx-format.js';
import type { ChartValue, OverviewDto, RankingDto, SeriesDto, TrendDto } from './dashboards.schema.js';


const column = (key: DashboardColumn, lang: Lang) => DASHBOARD_COLUMNS[key][lang];
const figure = (value: ChartValue | null, lang: Lang): string | null => (value ? (value.isSample ? `${value.text}（${SAMPLE_MARK[lang]}）` : value.text) : null);
const nameOf = (indicator: { nameZh: string; nameEn: string }, lang: Lang) => (lang === 'zh' ? indicator.nameZh : indicator.nameEn);

export function rankingTable(data: RankingDto, lang: Lang): TableSheet {
  const scope = data.parent ? data.parent.zoneName : lang === 'zh' ? '协同改革先行区' : 'pilot zones';
  return {
    title: `${DASHBOARD_CHARTS.ranking[lang]} · ${nameOf(data.indicator, lang)} · ${formatPeriod(data.period, lang)} · ${scope}`,
    headers: [column('rank', lang), column('zone', lang), column('value', lang), column('previousRank', lang), column('rankChange', lang)],
    rows: data.items.map((item) => [item.rank, item.zoneName, figure(item.value, lang), item.previousRank, item.rankChange]),
  };
}

export function seriesTable(data: SeriesDto, lang: Lang): TableSheet {
  return {
    title: `${DASHBOARD_CHARTS.series[lang]} · ${nameOf(data.indicator, lang)}`,
    headers: [column('period', lang), ...data.zones.map((zone) => zone.zoneName)],
    rows: data.periods.map((period) => [formatPeriod(period, lang), ...data.zones.map((zone) => figure(zone.values.find((v) => v.period === period) ?? null, lang))]),
  };
}

export function trendTable(data: TrendDto, lang: Lang): TableSheet {
  return {
    title: `${DASHBOARD_CHARTS.trend[lang]} · ${nameOf(data.indicator, lang)} · ${data.zone.zoneName}`,
    headers: [column('period', lang), column('value', lang), ...(data.derivesPeriodic ? [column('monthly', lang)] : [])],
    rows: data.points.map((point) => [formatPeriod(point.period, lang), figure(point.value, lang), ...(data.derivesPeriodic ? [point.periodicText] : [])]),
  };
}

export function overviewTable(data: OverviewDto, lang: Lang): TableSheet {
  return {
    title: `${DASHBOARD_CHARTS.overview[lang]}${data.parent ? ` · ${data.parent.zoneName}` : ''}`,
    headers: [
      column('zone', lang),
      ...data.indicators.map((indicator) => nameOf(indicator, lang)),
      column('recognized', lang),
      column('provinceReplicated', lang),
      column('nationReplicated', lang),
    ],
    rows: data.rows.map((row) => [
      row.zoneName,
      ...row.figures.map((value) => (value ? `${figure(value, lang)}（${formatPeriod(value.period, lang)}）` : null)),
      row.recognized,
      row.provinceReplicated,
      row.nationReplicated,
    ]),
  };
}

export const chartFileName = (chart: DashboardChart, title: string) => `${fileNamePart(title)}.xlsx`.replace(/^\.xlsx$/, `${chart}.xlsx`);
