/** The stats view's trend: cases per month and the items used each month, with the same numbers as a table and as .xlsx. */
import { Table } from 'antd';
import { useMemo } from 'react';
import type { PowerStats } from '../../../../api/types';
import { ChartFrame } from '../../../../components/chart-frame';
import { useT } from '../../../../i18n/use-t';
import { useFormat } from '../../../../lib/use-format';

type Point = PowerStats['trend'][number];

export function StatsTrend({ trend, query }: { trend: readonly Point[]; query: { zone?: number; months: number; until?: string } }) {
  const { t } = useT();
  const format = useFormat();
  const title = t('powers.stats.trendTitle');
  const option = useMemo(
    () => ({
      grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis' as const },
      legend: { top: 0 },
      xAxis: { type: 'category' as const, data: trend.map((p) => format.date(p.month)) },
      yAxis: [{ type: 'value' as const, minInterval: 1 }, { type: 'value' as const, minInterval: 1 }],
      series: [
        { type: 'bar' as const, name: t('powers.stats.trendCases'), data: trend.map((p) => p.cases) },
        { type: 'line' as const, name: t('powers.stats.trendItems'), yAxisIndex: 1, data: trend.map((p) => p.itemsUsed) },
      ],
    }),
    [trend, format, t],
  );
  return (
    <ChartFrame
      testId="powers-trend"
      heading={t('powers.stats.trend')}
      title={title}
      option={option}
      height={280}
      empty={trend.length === 0}
      xlsx={{ path: '/api/powers/stats/trend.xlsx', query }}
      table={(hidden) => (
        <Table<Point>
          rowKey="month"
          size="small"
          pagination={false}
          caption={title}
          className={hidden ? 'yz-visually-hidden' : undefined}
          data-testid="powers-trend-table"
          dataSource={[...trend]}
          columns={[
            { title: t('powers.month'), key: 'month', render: (_, p) => format.date(p.month) },
            { title: t('powers.stats.trendCases'), dataIndex: 'cases', align: 'right' },
            { title: t('powers.stats.trendItems'), dataIndex: 'itemsUsed', align: 'right' },
          ]}
        />
      )}
    />
  );
}
