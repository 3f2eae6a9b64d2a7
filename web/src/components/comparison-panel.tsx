/**
 * 区域对比: several zones' series of one indicator as lines, with its data as a table (periods ×
 * zones, each figure as written), 导出图片 and 导出 Excel. Zones: those with values (up to 20).
 */
import { Table, type TableProps } from 'antd';
import { useMemo } from 'react';
import { seriesPath, useIndicatorSeries, type Audience } from '../api/indicator-dashboards';
import { useT } from '../i18n/use-t';
import { useFigureWords } from '../lib/indicator-figures';
import { useZoneNames } from '../lib/zone-names';
import { ChartFrame } from './chart-frame';
import { ListQueryState } from './page-state';

type Indicator = { code: string; nameZh: string; nameEn: string; cumulative: boolean };
type Row = { period: string; [zone: string]: string };

export function ComparisonPanel({ audience, indicator, zones }: { audience: Audience; indicator: Indicator; zones: readonly number[] }) {
  const { t, lang } = useT();
  const words = useFigureWords();
  const names = useZoneNames();
  const chosen = useMemo(() => [...new Set(zones)].slice(0, 20), [zones]);
  const series = useIndicatorSeries(audience, indicator.code, chosen);
  const data = series.data;
  const title = t('dashboard.seriesTitle', { indicator: lang === 'zh' ? indicator.nameZh : indicator.nameEn });
  const option = useMemo(
    () => ({
      grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis' as const },
      legend: { type: 'scroll' as const, top: 0 },
      xAxis: { type: 'category' as const, data: (data?.periods ?? []).map((p) => words.period(p, indicator.cumulative)) },
      yAxis: { type: 'value' as const },
      series: (data?.zones ?? []).map((zone) => ({
        type: 'line' as const,
        name: names.short(zone.zoneId, zone.zoneName),
        connectNulls: false,
        data: (data?.periods ?? []).map((p) => {
          const value = zone.values.find((v) => v.period === p);
          return value ? Number(value.value) : null;
        }),
      })),
    }),
    [data, words, indicator.cumulative, names],
  );
  const rows: Row[] = (data?.periods ?? []).map((period) => ({
    period,
    ...Object.fromEntries((data?.zones ?? []).map((zone) => {
      const value = zone.values.find((v) => v.period === period);
      return [String(zone.zoneId), value ? `${value.text}${value.isSample ? `（${t('indicators.sample')}）` : ''}` : '—'];
    })),
  }));
  const columns: TableProps<Row>['columns'] = [
    { title: t('indicators.period'), key: 'period', render: (_, row) => words.period(row.period, indicator.cumulative) },
    ...(data?.zones ?? []).map((zone) => ({ title: names.short(zone.zoneId, zone.zoneName), dataIndex: String(zone.zoneId), align: 'right' as const })),
  ];
  return (
    <ListQueryState query={series}>
      <ChartFrame
        testId="comparison"
        heading={t('dashboard.series')}
        title={title}
        option={option}
        height={300}
        empty={rows.length === 0}
        xlsx={{ path: `${seriesPath(audience, indicator.code)}.xlsx`, query: { zones: chosen.join(',') } }}
        table={(hidden) => (
          <Table<Row> rowKey="period" size="small" columns={columns} dataSource={rows} pagination={false} caption={title} className={hidden ? 'yz-visually-hidden' : undefined} data-testid="comparison-table" />
        )}
      />
    </ListQueryState>
  );
}
