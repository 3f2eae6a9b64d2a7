/**
 * 雁阵排名: zones ranked by one indicator in one period (bar chart), with its data as a table
 * (rank, zone, figure as written — 约110万元 —, previous rank and places climbed), 导出图片 (PNG)
 * and 导出 Excel (the server's workbook, same rows). The peers: every pilot zone, or the children of a
 * chosen zone (排名范围). Staff see their scope, the public published values.
 */
import { Select, Table, Tag } from 'antd';
import type { TableProps } from 'antd';
import { useMemo, useState } from 'react';
import { rankingPath, useIndicatorRanking, type Audience } from '../api/indicator-dashboards';
import type { IndicatorRankingItem } from '../api/types';
import { useT } from '../i18n/use-t';
import { useFigureWords } from '../lib/indicator-figures';
import { useZoneNames } from '../lib/zone-names';
import { ChartFrame } from './chart-frame';
import { EmptyState, ListQueryState } from './page-state';
import { PeerScopeSelect } from './peer-scope-select';

type Indicator = { code: string; nameZh: string; nameEn: string; cumulative: boolean };

export function RankingPanel({ audience, indicator, periods }: { audience: Audience; indicator: Indicator; periods: readonly string[] }) {
  const { t, lang } = useT();
  const words = useFigureWords();
  const names = useZoneNames();
  const [chosen, setChosen] = useState<string | undefined>();
  const [parent, setParent] = useState<number | undefined>();
  const period = chosen && periods.includes(chosen) ? chosen : periods[0];
  const query = period ? { period, ...(parent ? { parent } : {}) } : undefined;
  const ranking = useIndicatorRanking(audience, indicator.code, query);
  const items = ranking.data?.items ?? [];
  const name = lang === 'zh' ? indicator.nameZh : indicator.nameEn;
  const title = period ? t('dashboard.rankingTitle', { indicator: name, period: words.period(period, indicator.cumulative) }) : name;

  const option = useMemo(
    () => ({
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis' as const },
      xAxis: { type: 'value' as const },
      yAxis: { type: 'category' as const, inverse: true, data: items.map((item) => names.short(item.zoneId, item.zoneName)) },
      series: [{ type: 'bar' as const, data: items.map((item) => Number(item.value.value)), itemStyle: { color: '#1f5fa8' }, label: { show: true, position: 'right' as const, formatter: (p: { dataIndex: number }) => items[p.dataIndex]?.value.text ?? '' } }],
    }),
    [items, names],
  );

  const columns: TableProps<IndicatorRankingItem>['columns'] = [
    { title: t('dashboard.rank'), dataIndex: 'rank', width: 80 },
    { title: t('indicators.zone'), key: 'zone', render: (_, item) => names.full(item.zoneId, item.zoneName) },
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

  return (
    <ListQueryState query={ranking}>
      <ChartFrame
        testId="ranking"
        heading={t('dashboard.ranking')}
        title={title}
        controls={
          <>
            <span>{t('indicators.period')}</span>
            <Select
              aria-label={t('indicators.period')}
              style={{ minWidth: 160 }}
              value={period}
              onChange={setChosen}
              options={periods.map((key) => ({ value: key, label: words.period(key, indicator.cumulative) }))}
              data-testid="ranking-period"
            />
            <PeerScopeSelect value={parent} onChange={setParent} />
          </>
        }
        option={option}
        height={Math.max(160, 36 * items.length + 40)}
        empty={items.length === 0}
        xlsx={query ? { path: `${rankingPath(audience, indicator.code)}.xlsx`, query } : null}
        table={(hidden) => (
          <Table<IndicatorRankingItem>
            rowKey="zoneId"
            size="small"
            columns={columns}
            dataSource={items}
            pagination={false}
            caption={title}
            className={hidden ? 'yz-visually-hidden' : undefined}
            data-testid="ranking-table"
          />
        )}
      />
      {items.length === 0 && <EmptyState description={t('dashboard.rankingEmpty')} />}
    </ListQueryState>
  );
}
