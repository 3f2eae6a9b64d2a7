import { WarningOutlined } from '@ant-design/icons';
import { Table, Tag, Tooltip } from 'antd';
import type { ResultEntry } from '../../../../../api/types';
import { OutcomeTags, ResultEntryTitle, oneDecimal } from '../../../../../components/result-entry';
import { useT } from '../../../../../i18n/use-t';
import { testIdProps } from '../../../../../lib/test-id';

/**
 * One method's ranking: rank, entry, value (one decimal), 晋级 / award, how far its judges disagree,
 * and whether leaving out one judge would change its outcome — the figures an organiser weighs
 * before choosing the method the results are saved by.
 */
export function ResultsTable({ items, caption, testId, loading }: { items: readonly ResultEntry[]; caption: string; testId: string; loading?: boolean }) {
  const { t } = useT();
  return (
    <Table<ResultEntry>
      rowKey="entryId"
      size="small"
      loading={loading}
      caption={caption}
      pagination={items.length > 30 ? { pageSize: 30, showSizeChanger: false } : false}
      scroll={{ x: 'max-content' }}
      dataSource={[...items]}
      data-testid={testId}
      onRow={(row) => testIdProps(`${testId}-entry-${row.entryId}`)}
      columns={[
        { title: t('results.rank'), dataIndex: 'rank', width: 64 },
        { title: t('results.entry'), key: 'entry', render: (_, row) => <ResultEntryTitle entry={row} /> },
        { title: t('results.value'), key: 'value', align: 'right', render: (_, row) => oneDecimal(row.displayValue) },
        { title: t('results.outcome'), key: 'outcome', render: (_, row) => <OutcomeTags outcome={row} /> },
        {
          title: t('results.disagreement'),
          key: 'disagreement',
          render: (_, row) => <span className="yz-nowrap">{t('results.disagreementValue', { sd: oneDecimal(row.sd), range: oneDecimal(row.range) })}</span>,
        },
        {
          title: t('results.stability'),
          key: 'stability',
          render: (_, row) => (
            <span className="yz-nowrap">
              {row.bestRank === row.worstRank ? row.bestRank : `${row.bestRank}–${row.worstRank}`}
              {row.singleJudge && (
                <Tooltip title={t('results.singleJudgeHint')}>
                  <Tag color="orange" className="yz-tag-after" icon={<WarningOutlined aria-hidden="true" />} data-testid={`single-judge-${row.entryId}`}>
                    {t('results.singleJudge')}
                  </Tag>
                </Tooltip>
              )}
            </span>
          ),
        },
      ]}
    />
  );
}
