import { PLATFORM_STATUSES, PLATFORM_STATUS_LABELS, type PlatformStatus } from '@shared/platforms.enums';
import { useMemo } from 'react';
import { useFormat } from '../lib/use-format';
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
        {/* A plain table: two columns need none of antd Table's sorting, paging or filtering (about 90 KB). */}
        <table className="yz-data-table">
          <thead>
            <tr>
              <th scope="col">{t('platform.status')}</th>
              <th scope="col" className="yz-data-table__number">
                {t('home.figuresPlatforms')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.status} data-row-key={row.status}>
                <td>{row.label}</td>
                <td className="yz-data-table__number">{format.count(row.count)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <td>{t('home.platformsTotal')}</td>
              <td className="yz-data-table__number">{format.count(total)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </div>
  );
}
