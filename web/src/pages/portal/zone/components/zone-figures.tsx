/**
 * 区域指标: a zone's published figures as a trend chart of one chosen indicator (the periods' own
 * values beside 累计值 where the source reports cumulatively), its data as a table, 导出图片 and
 * 导出 Excel. Published values only; nothing shown when the zone has none.
 */
import { Card, Select, Table, Tag, type TableProps } from 'antd';
import { useMemo, useState } from 'react';
import { trendPath, useIndicatorTrend, usePublicZoneIndicators } from '../../../../api/indicator-dashboards';
import type { IndicatorTrendPoint } from '../../../../api/types';
import { ChartFrame } from '../../../../components/chart-frame';
import { useT } from '../../../../i18n/use-t';
import { useFigureWords } from '../../../../lib/indicator-figures';

export function ZoneFigures({ zoneId }: { zoneId: number }) {
  const { t, lang } = useT();
  const words = useFigureWords();
  const zoneIndicators = usePublicZoneIndicators(zoneId);
  const list = zoneIndicators.data ?? [];
  const [chosen, setChosen] = useState<string | undefined>();
  const code = chosen ?? list[0]?.indicator.code;
  const trend = useIndicatorTrend('public', code, zoneId);
  const indicator = list.find((item) => item.indicator.code === code)?.indicator;
  const points = trend.data?.points ?? [];
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
  if (list.length === 0) return null;
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
    <section aria-labelledby="zone-figures-title">
      <h2 id="zone-figures-title" className="yz-section-title">{t('dashboard.zoneFigures')}</h2>
      <Card>
        <ChartFrame
          testId="zone-trend"
          heading={t('dashboard.trend')}
          title={title}
          controls={
            <Select
              aria-label={t('indicators.pick')}
              style={{ minWidth: 240 }}
              value={code}
              onChange={setChosen}
              options={list.map((item) => ({ value: item.indicator.code, label: lang === 'zh' ? item.indicator.nameZh : item.indicator.nameEn }))}
              data-testid="zone-trend-indicator"
            />
          }
          option={option}
          height={280}
          empty={points.length === 0}
          xlsx={code ? { path: `${trendPath('public', code)}.xlsx`, query: { zone: zoneId } } : null}
          table={(hidden) => (
            <Table<IndicatorTrendPoint> rowKey="period" size="small" columns={columns} dataSource={points} pagination={false} caption={title} className={hidden ? 'yz-visually-hidden' : undefined} data-testid="zone-trend-table" />
          )}
        />
      </Card>
    </section>
  );
}
