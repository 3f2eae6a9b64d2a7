import { Table } from 'antd';
import { useMemo } from 'react';
import type { DiffusionPoint } from '../api/types';
import { useFormat } from '../lib/use-format';
import { useT } from '../i18n/use-t';
import { COLORS } from '../theme';
import { EChart } from './echart';
import { EmptyState } from './page-state';

/** 扩散曲线: cumulative adoptions by month, with the same figures in a table beside it. */
export function DiffusionChart({ points, name }: { points: DiffusionPoint[]; name: string }) {
  const { t } = useT();
  const format = useFormat();
  const option = useMemo(
    () => ({
      grid: { left: 8, right: 16, top: 28, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', boundaryGap: false, data: points.map((p) => format.date(p.month, 'month')) },
      yAxis: { type: 'value', minInterval: 1, name: t('case.cumulativeAxis') },
      series: [
        {
          type: 'line',
          name: t('case.cumulative'),
          step: 'end',
          symbolSize: 8,
          areaStyle: { opacity: 0.08 },
          lineStyle: { width: 2, color: COLORS.primary },
          itemStyle: { color: COLORS.primary },
          data: points.map((p) => p.cumulative),
        },
        {
          type: 'bar',
          name: t('case.monthAdoptions'),
          barMaxWidth: 18,
          itemStyle: { color: COLORS.brandRed, opacity: 0.5 },
          data: points.map((p) => p.adoptions),
        },
      ],
    }),
    [points, format, t],
  );
  if (points.length === 0) return <EmptyState description={t('case.diffusionEmpty')} />;
  return (
    <div className="yz-chart-with-table" data-testid="diffusion">
      <div className="yz-chart-with-table__chart">
        <EChart option={option} height={260} ariaLabel={t('case.diffusionAria', { name })} />
      </div>
      <div className="yz-chart-with-table__table" role="region" aria-label={t('common.dataTable')}>
        <Table<DiffusionPoint>
          size="small"
          rowKey="month"
          pagination={false}
          dataSource={points}
          scroll={points.length > 8 ? { y: 240 } : undefined}
          columns={[
            { key: 'month', title: t('case.month'), render: (_, p) => format.date(p.month, 'month') },
            { key: 'adoptions', title: t('case.monthAdoptions'), align: 'right', render: (_, p) => format.number(p.adoptions) },
            { key: 'cumulative', title: t('case.cumulative'), align: 'right', render: (_, p) => format.number(p.cumulative) },
          ]}
        />
      </div>
    </div>
  );
}
