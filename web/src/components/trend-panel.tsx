/**
 * 趋势: one zone's series of one indicator as a line (with the periods' own values as bars where
 * the source reports cumulatively, 累计值), its data as a table, 导出图片 and 导出 Excel. Staff read
 * their scope, the public published values; the zone page and the console's dashboard share it.
 */
import { Table, Tag, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import { useMemo } from 'react';
import { trendPath, useIndicatorTrend, type Audience } from '../api/indicator-dashboards';
import type { IndicatorTrendPoint } from '../api/types';
import { useT } from '../i18n/use-t';
import { useFigureWords } from '../lib/indicator-figures';
import { ChartFrame } from './chart-frame';
import { ListQueryState } from './page-state';

type Indicator = { code: string; nameZh: string; nameEn: string; cumulative: boolean };

export function TrendPanel({ audience, indicator, zoneId, controls, testId = 'trend' }: { audience: Audience; indicator: Indicator | undefined; zoneId: number; controls?: ReactNode; testId?: string }) {
  const { t, lang } = useT();
  const words = useFigureWords();
  const trend = useIndicatorTrend(audience, indicator?.code, zoneId);
  const points = useMemo(() => trend.data?.points ?? [], [trend.data]);
  const periodic = trend.data?.derivesPeriodic ?? false;
  const name = indicator ? (lang === 'zh' ? indicator.nameZh : indicator.nameEn) : '';
  const title = t('dashboard.trendTitle', { indicator: name });
  const option = useMemo(
    () => ({
      grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis' as const },
      legend: { top: 0 },
      xAxis: { type: 'category' as const, data: points.map((p) => words.period(p.period, indicator?.cumulative)) },
      yAxis: { type: 'value' as const },
      series: [
        { type: 'line' as const, name: t('indicators.value'), data: points.map((p) => (p.value ? Number(p.value.value) : null)) },
        ...(periodic ? [{ type: 'bar' as const, name: t('dashboard.monthly'), data: points.map((p) => (p.periodic === null ? null : Number(p.periodic))) }] : []),
      ],
    }),
    [points, periodic, words, indicator?.cumulative, t],
  );
  const columns: TableProps<IndicatorTrendPoint>['columns'] = [
    { title: t('indicators.period'), key: 'period', render: (_, p) => words.period(p.period, indicator?.cumulative) },
    {
      title: t('indicators.value'),
      key: 'value',
      align: 'right',
      render: (_, p) => (p.value ? <>{p.value.text}{p.value.isSample && <Tag className="yz-ml">{t('indicators.sample')}</Tag>}</> : '—'),
    },
    ...(periodic ? [{ title: t('dashboard.monthly'), key: 'periodic', align: 'right' as const, render: (_: unknown, p: IndicatorTrendPoint) => p.periodicText ?? '—' }] : []),
  ];
  return (
    <ListQueryState query={trend}>
      <ChartFrame
        testId={testId}
        heading={t('dashboard.trend')}
        title={title}
        controls={controls}
        option={option}
        height={280}
        empty={points.length === 0}
        xlsx={indicator ? { path: `${trendPath(audience, indicator.code)}.xlsx`, query: { zone: zoneId } } : null}
        table={(hidden) => (
          <Table<IndicatorTrendPoint> rowKey="period" size="small" columns={columns} dataSource={points} pagination={false} caption={title} className={hidden ? 'yz-visually-hidden' : undefined} data-testid={`${testId}-table`} />
        )}
      />
    </ListQueryState>
  );
}
