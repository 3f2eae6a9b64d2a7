/**
 * 指标与创新成果概览: for the peers of a ranking (every pilot zone, or the children of a chosen
 * zone), each zone's latest figure of the chosen indicators beside its innovations recognised and
 * replicated in the province and nationwide — economic figures and reform results side by side, as
 * the source article reads them. The chart draws the counts; the table holds everything; both export.
 */
import { Select, Table, Tag, type TableProps } from 'antd';
import { useMemo, useState } from 'react';
import { overviewPath, useIndicatorOverview, type Audience } from '../api/indicator-dashboards';
import type { IndicatorOverviewRow } from '../api/types';
import { useT } from '../i18n/use-t';
import { useFigureWords } from '../lib/indicator-figures';
import { useZoneNames } from '../lib/zone-names';
import { ChartFrame } from './chart-frame';
import { EmptyState, ListQueryState } from './page-state';
import { PeerScopeSelect } from './peer-scope-select';

type Indicator = { code: string; nameZh: string; nameEn: string; cumulative: boolean };
const MAX_INDICATORS = 10;
const COUNTS = ['recognized', 'provinceReplicated', 'nationReplicated'] as const;
const COLORS = ['#1f5fa8', '#c0392b', '#d48806'];

export function OverviewPanel({ audience, indicators, initial }: { audience: Audience; indicators: readonly Indicator[]; initial: string | undefined }) {
  const { t, lang } = useT();
  const words = useFigureWords();
  const names = useZoneNames();
  const [codes, setCodes] = useState<string[]>(initial ? [initial] : []);
  const [parent, setParent] = useState<number | undefined>();
  const overview = useIndicatorOverview(audience, codes, parent);
  const rows = useMemo(() => overview.data?.rows ?? [], [overview.data]);
  const shown = overview.data?.indicators ?? [];
  const nameOf = (item: Indicator) => (lang === 'zh' ? item.nameZh : item.nameEn);
  const title = t('dashboard.overviewTitle');

  const option = useMemo(
    () => ({
      grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis' as const },
      legend: { top: 0 },
      xAxis: { type: 'value' as const, minInterval: 1 },
      yAxis: { type: 'category' as const, inverse: true, data: rows.map((row) => names.short(row.zoneId, row.zoneName)) },
      series: COUNTS.map((key, i) => ({ type: 'bar' as const, name: t(`dashboard.${key}`), data: rows.map((row) => row[key]), itemStyle: { color: COLORS[i] } })),
    }),
    [rows, t, names],
  );

  const columns: TableProps<IndicatorOverviewRow>['columns'] = [
    { title: t('indicators.zone'), key: 'zone', render: (_, row) => names.full(row.zoneId, row.zoneName) },
    ...shown.map((indicator, i) => ({
      title: t('dashboard.latest', { indicator: nameOf(indicator) }),
      key: indicator.code,
      align: 'right' as const,
      render: (_: unknown, row: IndicatorOverviewRow) => {
        const figure = row.figures[i];
        if (!figure) return '—';
        return (
          <span>
            {figure.text}
            <div className="yz-muted yz-small">{words.period(figure.period, indicator.cumulative)}</div>
            {figure.isSample && <Tag>{t('indicators.sample')}</Tag>}
          </span>
        );
      },
    })),
    ...COUNTS.map((key) => ({ title: t(`dashboard.${key}`), dataIndex: key, align: 'right' as const })),
  ];

  return (
    <ListQueryState query={overview}>
      <ChartFrame
        testId="overview"
        heading={t('dashboard.overview')}
        title={title}
        controls={
          <>
            <Select
              mode="multiple"
              aria-label={t('dashboard.overviewIndicators')}
              placeholder={t('dashboard.overviewIndicators')}
              style={{ minWidth: 320, maxWidth: 640 }}
              value={codes}
              maxCount={MAX_INDICATORS}
              onChange={setCodes}
              optionFilterProp="label"
              options={indicators.map((item) => ({ value: item.code, label: nameOf(item) }))}
              data-testid="overview-indicators"
            />
            <PeerScopeSelect value={parent} onChange={setParent} />
          </>
        }
        option={option}
        height={Math.max(160, 44 * rows.length + 60)}
        empty={rows.length === 0}
        xlsx={codes.length > 0 ? { path: `${overviewPath(audience)}.xlsx`, query: { indicators: codes.join(','), ...(parent ? { parent } : {}) } } : null}
        table={(hidden) => (
          <Table<IndicatorOverviewRow>
            rowKey="zoneId"
            size="small"
            columns={columns}
            dataSource={rows}
            pagination={false}
            caption={title}
            className={hidden ? 'yz-visually-hidden' : undefined}
            data-testid="overview-table"
          />
        )}
      />
      <span className="yz-muted yz-small">{t('dashboard.overviewHint')}</span>
      {codes.length > 0 && rows.length === 0 && <EmptyState description={t('dashboard.rankingEmpty')} />}
    </ListQueryState>
  );
}
