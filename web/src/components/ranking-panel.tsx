/**
 * 雁阵排名: zones ranked by one indicator in one period (bar chart), with its data as a table
 * (rank, zone, figure as written — 约110万元 —, previous rank and places climbed), 导出图片 (PNG)
 * and 导出 Excel (the server's workbook, same rows). Staff see their scope, the public published values.
 */
import { App, Button, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useMemo, useRef, useState } from 'react';
import { download, saveBlob } from '../api/api';
import { rankingPath, useIndicatorRanking, type Audience } from '../api/indicator-dashboards';
import type { IndicatorRankingItem } from '../api/types';
import { useT } from '../i18n/use-t';
import { chartToPng } from '../lib/chart-png';
import type { EChartsType } from '../lib/echarts';
import { errorMessage } from '../lib/form-errors';
import { useFigureWords } from '../lib/indicator-figures';
import { EChart } from './echart';
import { EmptyState, ListQueryState } from './page-state';

type Indicator = { code: string; nameZh: string; nameEn: string; cumulative: boolean };

export function RankingPanel({ audience, indicator, periods }: { audience: Audience; indicator: Indicator; periods: readonly string[] }) {
  const { t, lang } = useT();
  const words = useFigureWords();
  const { message } = App.useApp();
  const [chosen, setChosen] = useState<string | undefined>();
  const [showTable, setShowTable] = useState(false);
  const chart = useRef<EChartsType | null>(null);
  const period = chosen && periods.includes(chosen) ? chosen : periods[0];
  const query = period ? { period } : undefined;
  const ranking = useIndicatorRanking(audience, indicator.code, query);
  const items = ranking.data?.items ?? [];
  const name = lang === 'zh' ? indicator.nameZh : indicator.nameEn;
  const title = period ? t('dashboard.rankingTitle', { indicator: name, period: words.period(period, indicator.cumulative) }) : name;

  const option = useMemo(
    () => ({
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis' as const },
      xAxis: { type: 'value' as const },
      yAxis: { type: 'category' as const, inverse: true, data: items.map((item) => item.zoneName) },
      series: [{ type: 'bar' as const, data: items.map((item) => Number(item.value.value)), itemStyle: { color: '#1f5fa8' }, label: { show: true, position: 'right' as const, formatter: (p: { dataIndex: number }) => items[p.dataIndex]?.value.text ?? '' } }],
    }),
    [items],
  );

  const columns: TableProps<IndicatorRankingItem>['columns'] = [
    { title: t('dashboard.rank'), dataIndex: 'rank', width: 80 },
    { title: t('indicators.zone'), dataIndex: 'zoneName' },
    {
      title: t('indicators.value'),
      key: 'value',
      align: 'right',
      render: (_, item) => (
        <span data-testid={`ranking-figure-${item.zoneId}`}>
          {item.value.text}
          {item.value.isSample && <Tag className="yz-ml">{t('indicators.sample')}</Tag>}
        </span>
      ),
    },
    { title: t('dashboard.previousRank'), key: 'previousRank', render: (_, item) => item.previousRank ?? '—' },
    { title: t('dashboard.rankChange'), key: 'rankChange', render: (_, item) => (item.rankChange === null ? '—' : item.rankChange > 0 ? `↑${item.rankChange}` : item.rankChange < 0 ? `↓${-item.rankChange}` : '—') },
  ];

  const exportPng = () => {
    if (!chart.current) return;
    chartToPng(chart.current).then(
      (blob) => saveBlob(blob, `${title}.png`),
      () => void message.error(t('dashboard.exportFailed')),
    );
  };
  const exportXlsx = () => {
    if (!query) return;
    download(`${rankingPath(audience, indicator.code)}.xlsx`, query, `${title}.xlsx`).catch((error: unknown) => void message.error(errorMessage(error)));
  };

  return (
    <section className="yz-section-stack yz-section-stack--tight" aria-labelledby="ranking-title" data-testid="ranking-panel">
      <Typography.Title level={2} className="yz-h3" id="ranking-title">
        {t('dashboard.ranking')}
      </Typography.Title>
      <Space wrap>
        <span>{t('indicators.period')}</span>
        <Select
          aria-label={t('indicators.period')}
          style={{ minWidth: 160 }}
          value={period}
          onChange={setChosen}
          options={periods.map((key) => ({ value: key, label: words.period(key, indicator.cumulative) }))}
          data-testid="ranking-period"
        />
        <Button onClick={exportPng} disabled={items.length === 0} data-testid="ranking-png">
          {t('dashboard.exportPng')}
        </Button>
        <Button onClick={exportXlsx} disabled={items.length === 0} data-testid="ranking-xlsx">
          {t('dashboard.exportXlsx')}
        </Button>
        <Switch checked={showTable} onChange={setShowTable} aria-label={t('dashboard.showTable')} data-testid="ranking-table-toggle" />
        <span>{t('dashboard.showTable')}</span>
      </Space>
      <ListQueryState query={ranking}>
        {items.length === 0 ? (
          <EmptyState description={t('data.empty')} />
        ) : (
          <>
            <EChart option={option} height={Math.max(160, 36 * items.length + 40)} ariaLabel={title} onChart={(instance) => (chart.current = instance)} />
            <Table<IndicatorRankingItem>
              rowKey="zoneId"
              size="small"
              columns={columns}
              dataSource={items}
              pagination={false}
              caption={title}
              className={showTable ? undefined : 'yz-visually-hidden'}
              data-testid="ranking-table"
            />
          </>
        )}
      </ListQueryState>
    </section>
  );
}
