import { Card, Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useSearchParams } from 'react-router';
import type { PublicIndicatorValue } from '../../../api/types';
import { usePublicIndicatorValues, usePublicIndicators } from '../../../api/indicators';
import { IndicatorFacts, IndicatorSelect, SampleNote } from '../../../components/indicator-picker';
import { ComparisonPanel } from '../../../components/comparison-panel';
import { OverviewPanel } from '../../../components/overview-panel';
import { RankingPanel } from '../../../components/ranking-panel';
import { EmptyState, ListQueryState, QueryState } from '../../../components/page-state';
import { SourceCitation } from '../../../components/source-citation';
import { useT } from '../../../i18n/use-t';
import { useFigureWords } from '../../../lib/indicator-figures';
import { useZoneNames } from '../../../lib/zone-names';
import { ExternalIndexCard } from './components/external-index-card';

/** A published figure's source as a reader cites it: the publication, and the sentence it states the figure in. */
function Citation({ value }: { value: PublicIndicatorValue }) {
  const { t } = useT();
  return (
    <div data-testid={`data-source-${value.zoneId}-${value.period}`}>
      <SourceCitation source={value.source} label={t('indicators.source')} />
      {value.sourceSentence && (
        <Typography.Paragraph type="secondary" className="yz-small">
          {t('common.labelled', { label: t('indicators.sourceSentence') })}
          {value.sourceSentence}
        </Typography.Paragraph>
      )}
    </div>
  );
}

/**
 * The portal's 数据: per indicator, its published values by zone and period, each figure written
 * as stated (约110万元) with its source. Only what the office published; nothing internal.
 */
export function DataPage() {
  const { t } = useT();
  const words = useFigureWords();
  const zoneNames = useZoneNames();
  const [params, setParams] = useSearchParams();
  const indicators = usePublicIndicators();
  const code = params.get('indicator') ?? indicators.data?.[0]?.code;
  const values = usePublicIndicatorValues(code);
  const items = values.data?.items ?? [];
  const indicator = values.data?.indicator ?? indicators.data?.find((item) => item.code === code);
  // The periods with published values, newest first: what the ranking can be asked for.
  const periods = [...new Set(items.map((item) => item.period))].sort().reverse();

  const columns: TableProps<PublicIndicatorValue>['columns'] = [
    { title: t('indicators.zone'), key: 'zone', render: (_, value) => zoneNames.full(value.zoneId, value.zoneName) },
    { title: t('indicators.period'), key: 'period', render: (_, value) => words.period(value.period, indicator?.cumulative) },
    {
      title: t('indicators.value'),
      key: 'value',
      align: 'right',
      render: (_, value) => (
        <span data-testid={`data-figure-${value.zoneId}-${value.period}`}>
          {words.figure(value)}
          {value.isSample && <Tag className="yz-ml">{t('indicators.sample')}</Tag>}
          {value.corrected && <div className="yz-muted yz-small">{t('data.correctedNote')}</div>}
        </span>
      ),
    },
    { title: t('indicators.source'), key: 'source', width: '50%', render: (_, value) => <Citation value={value} /> },
  ];

  return (
    <div className="yz-container yz-section-stack">
      <h1 className="yz-page-title">{t('data.title')}</h1>
      <Typography.Paragraph>{t('data.intro')}</Typography.Paragraph>
      <Card>
        <QueryState query={indicators}>
          {(list) =>
            list.length === 0 ? (
              <EmptyState description={t('data.empty')} />
            ) : (
              <div className="yz-section-stack yz-section-stack--tight">
                <IndicatorSelect items={list} value={code} onChange={(next) => setParams({ indicator: next })} />
                {indicator && <IndicatorFacts indicator={indicator} />}
                <SampleNote shown={items.some((item) => item.isSample)} />
                {indicator && periods.length > 0 && <RankingPanel key={indicator.code} audience="public" indicator={indicator} periods={periods} />}
                {indicator && periods.length > 0 && <ComparisonPanel key={`c-${indicator.code}`} audience="public" indicator={indicator} zones={items.map((item) => item.zoneId)} />}
                <OverviewPanel audience="public" indicators={list} initial={code} />
                <ListQueryState query={values}>
                  <Table<PublicIndicatorValue>
                    rowKey={(value) => `${value.zoneId}-${value.period}`}
                    size="middle"
                    columns={columns}
                    dataSource={items}
                    loading={values.isFetching}
                    pagination={false}
                    locale={{ emptyText: <EmptyState description={t('data.empty')} /> }}
                    data-testid="data-table"
                  />
                </ListQueryState>
              </div>
            )
          }
        </QueryState>
      </Card>
      <ExternalIndexCard />
    </div>
  );
}
