import { Card, Select, Space, Table, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useState } from 'react';
import { useExternalIndexRanking, useExternalIndices } from '../../../../api/external-indices';
import type { ExternalIndex, ExternalIndexEntry } from '../../../../api/types';
import { EmptyState, QueryState } from '../../../../components/page-state';
import { useT } from '../../../../i18n/use-t';

/** A source as a reader cites it: publication, date, link. */
function Source({ source }: { source: ExternalIndexEntry['source'] }) {
  const text = [source.publication, source.date].filter(Boolean).join('，');
  return source.url ? (
    <a href={source.url} target="_blank" rel="noreferrer noopener">
      {text}
    </a>
  ) : (
    <span>{text}</span>
  );
}

function Ranking({ index }: { index: ExternalIndex }) {
  const { t, label } = useT();
  const [edition, setEdition] = useState(index.editions[0]);
  const levels = index.levels.filter((level) => edition !== undefined && level.editions.includes(edition));
  const [chosenLevel, setLevel] = useState<string | undefined>(undefined);
  const level = levels.some((item) => item.level === chosenLevel) ? chosenLevel : levels[0]?.level;
  const ranking = useExternalIndexRanking(index.code, edition, level);
  const columns: TableProps<ExternalIndexEntry>['columns'] = [
    { title: t('externalIndex.rank'), key: 'rank', width: 90, render: (_, entry) => entry.rank ?? <span className="yz-muted">{t('externalIndex.unranked')}</span> },
    { title: t('externalIndex.name'), key: 'name', dataIndex: 'name' },
    {
      title: t('externalIndex.score'),
      key: 'score',
      align: 'right',
      render: (_, entry) => (entry.score === null ? '—' : entry.scoreQualifier === 'over' ? t('externalIndex.over', { score: entry.score }) : entry.score),
    },
    { title: t('externalIndex.change'), key: 'change', render: (_, entry) => (entry.change ? label(entry.change) : '—') },
    { title: t('externalIndex.source'), key: 'source', render: (_, entry) => <Source source={entry.source} /> },
  ];
  const first = ranking.data?.entries.find((entry) => entry.evaluated !== null);
  return (
    <div className="yz-section-stack yz-section-stack--tight" data-testid={`external-index-${index.code}`}>
      <Typography.Title level={4}>
        {label(index.name)}
      </Typography.Title>
      <Typography.Text type="secondary">{t('externalIndex.publisher', { publisher: label(index.publisher) })}</Typography.Text>
      <Space wrap>
        <Select
          aria-label={t('externalIndex.edition')}
          value={edition}
          onChange={setEdition}
          options={index.editions.map((value) => ({ value, label: value }))}
          style={{ minWidth: 140 }}
          data-testid="external-index-edition"
        />
        <Select
          aria-label={t('externalIndex.level')}
          value={level}
          onChange={setLevel}
          options={levels.map((item) => ({ value: item.level, label: label(item.label) }))}
          style={{ minWidth: 200 }}
          data-testid="external-index-level"
        />
      </Space>
      {first && <Typography.Text type="secondary">{t('externalIndex.evaluated', { n: String(first.evaluated), average: first.averageScore ?? '—' })}</Typography.Text>}
      <Table<ExternalIndexEntry>
        rowKey={(entry) => entry.name}
        size="middle"
        columns={columns}
        dataSource={ranking.data?.entries ?? []}
        loading={ranking.isFetching}
        pagination={false}
        locale={{ emptyText: <EmptyState description={t('data.empty')} /> }}
        data-testid="external-index-table"
      />
    </div>
  );
}

/** 外部评价指数 on the portal's 数据 page: each index as published, one edition × level at a time. */
export function ExternalIndexCard() {
  const { t } = useT();
  const indices = useExternalIndices();
  return (
    <Card title={t('externalIndex.title')}>
      <Typography.Paragraph type="secondary">{t('externalIndex.intro')}</Typography.Paragraph>
      <QueryState query={indices}>{(list) => (list.length === 0 ? <EmptyState description={t('data.empty')} /> : list.map((index) => <Ranking key={index.code} index={index} />))}</QueryState>
    </Card>
  );
}
