/**
 * A dashboard chart's data as a workbook: the rows of the page's table, headers in the request
 * language, each figure written as the office writes it (约110万元), and
 * sample (示例) values marked. One sheet, a title row, the header row frozen.
 */
import type ExcelJS from 'exceljs';
import type { Lang } from '../../shared/enums.js';
import { DASHBOARD_CHARTS, DASHBOARD_COLUMNS, SAMPLE_MARK, type DashboardChart, type DashboardColumn } from '../../shared/indicators/dashboard-labels.js';
import { formatPeriod } from '../../shared/indicators/periods.js';
import { BOX, fileNamePart, headerCell, loadExcelJS, text, wideRow } from '../files/xlsx-format.js';
import type { ChartValue, OverviewDto, RankingDto, SeriesDto, TrendDto } from './dashboards.schema.js';

type Cell = string | number | null;
export type ChartTable = { title: string; headers: string[]; rows: Cell[][] };

const column = (key: DashboardColumn, lang: Lang) => DASHBOARD_COLUMNS[key][lang];
const figure = (value: ChartValue | null, lang: Lang): string | null => (value ? (value.isSample ? `${value.text}（${SAMPLE_MARK[lang]}）` : value.text) : null);
const nameOf = (indicator: { nameZh: string; nameEn: string }, lang: Lang) => (lang === 'zh' ? indicator.nameZh : indicator.nameEn);

export function rankingTable(data: RankingDto, lang: Lang): ChartTable {
  const scope = data.parent ? data.parent.zoneName : lang === 'zh' ? '协同改革先行区' : 'pilot zones';
  return {
    title: `${DASHBOARD_CHARTS.ranking[lang]} · ${nameOf(data.indicator, lang)} · ${formatPeriod(data.period, lang)} · ${scope}`,
    headers: [column('rank', lang), column('zone', lang), column('value', lang), column('previousRank', lang), column('rankChange', lang)],
    rows: data.items.map((item) => [item.rank, item.zoneName, figure(item.value, lang), item.previousRank, item.rankChange]),
  };
}

export function seriesTable(data: SeriesDto, lang: Lang): ChartTable {
  return {
    title: `${DASHBOARD_CHARTS.series[lang]} · ${nameOf(data.indicator, lang)}`,
    headers: [column('period', lang), ...data.zones.map((zone) => zone.zoneName)],
    rows: data.periods.map((period) => [formatPeriod(period, lang), ...data.zones.map((zone) => figure(zone.values.find((v) => v.period === period) ?? null, lang))]),
  };
}

export function trendTable(data: TrendDto, lang: Lang): ChartTable {
  return {
    title: `${DASHBOARD_CHARTS.trend[lang]} · ${nameOf(data.indicator, lang)} · ${data.zone.zoneName}`,
    headers: [column('period', lang), column('value', lang), ...(data.derivesPeriodic ? [column('monthly', lang)] : [])],
    rows: data.points.map((point) => [formatPeriod(point.period, lang), figure(point.value, lang), ...(data.derivesPeriodic ? [point.periodicText] : [])]),
  };
}

export function overviewTable(data: OverviewDto, lang: Lang): ChartTable {
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

export async function chartWorkbook(table: ChartTable): Promise<ExcelJS.Workbook> {
  const ExcelJS = await loadExcelJS();
  const workbook = new ExcelJS.Workbook();
  const width = Math.max(table.headers.length, 1);
  const sheet = workbook.addWorksheet('Sheet1', { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.columns = table.headers.map((_, i) => ({ width: i === 0 ? 16 : 22 }));
  wideRow(sheet, 1, width, table.title, { bold: true, size: 13, center: true });
  table.headers.forEach((header, i) => headerCell(sheet.getCell(2, i + 1), text(header)));
  table.rows.forEach((row, r) =>
    row.forEach((value, c) => {
      const cell = sheet.getCell(r + 3, c + 1);
      cell.value = typeof value === 'string' ? text(value) : value;
      cell.border = BOX;
    }),
  );
  return workbook;
}

export const chartFileName = (chart: DashboardChart, title: string) => `${fileNamePart(title)}.xlsx`.replace(/^\.xlsx$/, `${chart}.xlsx`);
