import { WarningOutlined } from '@ant-design/icons';
import { Space, Table, type TableColumnsType, Tag, Tooltip } from 'antd';

import type { ResultEntry } from '../../../../../api/types';
import { OutcomeTags, ResultEntryTitle, oneDecimal } from '../../../../../components/result-entry';
import { useT } from '../../../../../i18n/use-t';
import { testIdProps } from '../../../../../lib/test-id';

/** 取决于一位评委: leaving out one of the entry's judges changes its advancement or award. */
function SingleJudgeTag({ row }: { row: ResultEntry }) {
  const { t } = useT();
  if (!row.singleJudge) return null;
  return (
    <Tooltip title={t('results.singleJudgeHint')}>
      <Tag color="orange" icon={<WarningOutlined aria-hidden="true" />} data-testid={`single-judge-${row.entryId}`}>
        {t('results.singleJudge')}
      </Tag>
    </Tooltip>
  );
}

/**
 * One method's ranking: rank, entry, value (one decimal), 晋级 / award, how far its judges disagree,
 * and whether leaving out one judge would change its outcome — the figures an organiser weighs
 * before choosing the method the results are saved by. `compact` (two methods side by side)
 * keeps rank, entry, value and outcome, the flag beside the outcome, so both tables fit.
 */
export function ResultsTable({ items, caption, testId, loading, compact = false }: { items: readonly ResultEntry[]; caption: string; testId: string; loading?: boolean; compact?: boolean }) {
  const { t } = useT();
  const columns: TableColumnsType<ResultEntry> = [
    { title: t('results.rank'), dataIndex: 'rank', width: 64 },
    { title: t('results.entry'), key: 'entry', render: (_, row) => <ResultEntryTitle entry={row} /> },
    { title: t('results.value'), key: 'value', align: 'right', render: (_, row) => oneDecimal(row.displayValue) },
    {
      title: t('results.outcome'),
      key: 'outcome',
      render: (_, row) => (
        <Space size={4} wrap>
          <OutcomeTags outcome={row} />
          {compact && <SingleJudgeTag row={row} />}
        </Space>
      ),
    },
  ];
  if (!compact) {
    columns.push(
      {
        title: t('results.disagreement'),
        key: 'disagreement',
        render: (_, row) => <span className="yz-nowrap">{t('results.disagreementValue', { sd: oneDecimal(row.sd), range: oneDecimal(row.range) })}</span>,
      },
      {
        title: t('results.stability'),
        key: 'stability',
        render: (_, row) => (
          <Space size={4} wrap>
            <span className="yz-nowrap">{row.bestRank === row.worstRank ? row.bestRank : `${row.bestRank}–${row.worstRank}`}</span>
            <SingleJudgeTag row={row} />
          </Space>
        ),
      },
    );
  }
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
      columns={columns}
    />
  );
}
