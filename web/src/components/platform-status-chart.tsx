import { Table } from 'antd';
import { PLATFORM_STATUSES, PLATFORM_STATUS_LABELS, type PlatformStatus } from '@shared/enums';
import { useMemo } from 'react';
import { useFormat } from '../i18n/use-format';
import { useT } from '../i18n/use-t';
import { EChart } from './echart';
import { STATUS_CHART_COLORS } from './platform-status-tag';

type Row = { status: PlatformStatus; label: string; count: number };

/** Platforms by status: bar chart with the same figures as a table beside it. */
export function PlatformStatusChart({ counts }: { counts: Record<PlatformStatus, number> }) {
  const { t, label } = useT();
  const format = useFormat();
  const rows: Row[] = useMemo(
    () => PLATFORM_STATUSES.map((status) => ({ status, label: label(PLATFORM_STATUS_LABELS[status]), count: counts[status] ?? 0 })),
    [counts, label],
  );
  const option = useMemo(
    () => ({
      grid: { left: 8, right: 16, top: 24, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: {
        type: 'category',
        data: rows.map((row) => row.label),
        axisTick: { alignWithLabel: true },
        axisLabel: { interval: 0, width: 72, overflow: 'break' },
      },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          type: 'bar',
          name: t('home.figuresPlatforms'),
          barMaxWidth: 40,
          label: { show: true, position: 'top' },
          data: rows.map((row) => ({ value: row.count, itemStyle: { color: STATUS_CHART_COLORS[row.status] } })),
        },
      ],
    }),
    [rows, t],
  );
  const total = rows.reduce((sum, row) => sum + row.count, 0);

  return (
    <div className="yz-chart-with-table">
      <div className="yz-chart-with-table__chart">
        <EChart option={option} ariaLabel={t('home.chartAria')} height={260} />
      </div>
      <div className="yz-chart-with-table__table" role="region" aria-label={t('common.dataTable')}>
      <Table<Row>
        size="small"
        pagination={false}
        rowKey="status"
        dataSource={rows}
        columns={[
          { title: t('platform.status'), dataIndex: 'label' },
          { title: t('home.figuresPlatforms'), dataIndex: 'count', align: 'right', render: (n: number) => format.count(n) },
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>{t('home.platformsTotal')}</Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              {format.count(total)}
            </Table.Summary.Cell>
          </Table.Summary.Row>
        )}
      />
      </div>
    </div>
  );
}
