import { Button, Card, Tag } from 'antd';
import { useState } from 'react';
import { ENTRY_STATUS_LABELS, type EntryStatus } from '@shared/evaluation.enums';
import { useMyEntries } from '../../../api/my-evaluation';
import type { MyEntry } from '../../../api/types';
import { ListTable } from '../../../components/list-table';
import { QueryState } from '../../../components/page-state';
import { useT } from '../../../i18n/use-t';
import { useFormat } from '../../../lib/use-format';
import { MyFollowUpDrawer } from './my-follow-up';
import { MyEntryStages } from './my-entry-stages';

const STATUS_COLORS: Record<EntryStatus, string> = { registered: 'blue', qualified: 'cyan', advanced: 'geekblue', eliminated: 'default', awarded: 'gold', withdrawn: 'default' };

/**
 * 我的报名: the applicant's own entries (the API answers only theirs). An entry opens to its
 * attendance at activity stages and its due-diligence outcome; an awarded one also opens its
 * award, service agreements and KPI reports (跟踪服务与绩效).
 */
export function MyEntriesPage() {
  const { t, label } = useT();
  const format = useFormat();
  const entries = useMyEntries();
  const [following, setFollowing] = useState<MyEntry | null>(null);
  return (
    <div className="yz-section-stack">
      <div className="yz-page-head">
        <h1 className="yz-page-title">{t('console.menu.myEntries')}</h1>
      </div>
      <p className="yz-muted">{t('myEntries.lead')}</p>
      <Card>
        <QueryState query={entries}>
          {(items) => (
            <ListTable<MyEntry>
              rowTestId={(row) => `my-entry-${row.id}`}
              empty={t('myEntries.empty')}
              dataSource={items}
              pagination={false}
              scroll={{ x: 'max-content' }}
              // An entry opens to its attendance and due-diligence outcome (read when opened).
              expandable={{ expandedRowRender: (row) => <MyEntryStages entryId={row.id} /> }}
              columns={[
                { title: t('myEntries.campaign'), dataIndex: 'campaignTitle' },
                { title: t('myEntries.group'), key: 'group', render: (_, row) => row.categoryName ?? '—' },
                { title: t('myEntries.project'), dataIndex: 'title' },
                {
                  title: t('myEntries.status'),
                  key: 'status',
                  render: (_, row) => {
                    const status = row.status as EntryStatus;
                    return (
                      <Tag color={STATUS_COLORS[status] ?? 'default'} data-status={status}>
                        {ENTRY_STATUS_LABELS[status] ? label(ENTRY_STATUS_LABELS[status]) : row.status}
                      </Tag>
                    );
                  },
                },
                { title: t('myEntries.registeredAt'), key: 'created', render: (_, row) => format.dateTime(row.createdAt) },
                // An awarded entry opens its award, follow-up and KPI reports; the others keep the place for their results.
                {
                  title: t('myEntries.results'),
                  key: 'results',
                  render: (_, row) =>
                    row.status === 'awarded' ? (
                      <Button size="small" onClick={() => setFollowing(row)} data-testid={`my-follow-up-${row.id}`}>{t('myFollowUp.open')}</Button>
                    ) : (
                      <span className="yz-muted">{t('myEntries.resultsPending')}</span>
                    ),
                },
              ]}
            />
          )}
        </QueryState>
      </Card>
      {following && <MyFollowUpDrawer entryId={following.id} project={following.title} onClose={() => setFollowing(null)} />}
    </div>
  );
}
