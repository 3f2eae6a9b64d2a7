import { DownloadOutlined, EyeInvisibleOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space, Table, Tag } from 'antd';
import { STAGE_STATUS_LABELS, type StageStatus } from '@shared/evaluation.enums';
import { useState } from 'react';
import { Link } from 'react-router';
import { scoreSheetsUrl } from '../../../../api/evaluation/stage-work';
import type { MyAssignment } from '../../../../api/types';
import { StageStatusTag } from '../../../../components/campaign-status-tag';
import { EmptyState } from '../../../../components/page-state';
import { useT } from '../../../../i18n/use-t';
import { testIdProps } from '../../../../lib/test-id';
import { useFormat } from '../../../../lib/use-format';
import type { StageGroup } from './stage-groups';
import { CommitmentPanel } from './commitment-panel';
import { ConflictDialog } from './conflict-dialog';
import { SheetStatusTag } from './sheet-status-tag';

export const scoreSheetPath = (item: MyAssignment) => `/console/my-reviews/stages/${item.stageId}/entries/${item.entry.id}`;

/** One stage: campaign, stage, deadline and progress; the commitment until it is confirmed; then its entries with their sheets. */
export function StageCard({ group }: { group: StageGroup }) {
  const { t, label } = useT();
  const format = useFormat();
  const [declaring, setDeclaring] = useState<MyAssignment | null>(null);
  const { head, items } = group;
  const submitted = items.filter((item) => item.sheet?.status === 'submitted').length;
  const scoring = head.stageStatus === 'scoring';
  const status = head.stageStatus as StageStatus;
  const titleId = `stage-${group.stageId}-title`;

  const action = (item: MyAssignment) => {
    const done = item.sheet?.status === 'submitted';
    // Scoring is offered only after the commitment and while the stage scores; a submitted sheet can always be read.
    if (!done && (!head.committed || !scoring)) return null;
    const text = done ? t('myReviews.view') : item.sheet ? t('myReviews.continue') : t('myReviews.score');
    return (
      <Link to={scoreSheetPath(item)} aria-label={`${text}：${item.entry.title}`} data-testid={`score-${item.entry.id}`}>
        {text}
      </Link>
    );
  };

  return (
    <Card {...testIdProps(`stage-${group.stageId}`)}>
      <section aria-labelledby={titleId}>
        <div className="yz-page-head">
          <h2 id={titleId} className="yz-card-title">
            {head.campaignTitle} · {head.stageName}
          </h2>
          <Space wrap>
            <StageStatusTag status={status} />
            {head.blind && (
              <Tag icon={<EyeInvisibleOutlined aria-hidden="true" />} color="purple">
                {t('myReviews.blind')}
              </Tag>
            )}
            <Button size="small" icon={<DownloadOutlined aria-hidden="true" />} href={scoreSheetsUrl(group.stageId)} download data-testid={`export-sheet-${group.stageId}`}>
              {t('myReviews.exportSheet')}
            </Button>
          </Space>
        </div>
        <p className="yz-muted">
          {head.endsOn ? t('myReviews.endsOn', { date: format.date(head.endsOn) }) : t('myReviews.noEnd')} · {t('myReviews.progress', { submitted, assigned: items.length })}
        </p>
        {!scoring && <Alert type="info" showIcon className="yz-mb" title={t('myReviews.notScoring', { status: label(STAGE_STATUS_LABELS[status]) })} />}
        <CommitmentPanel stageId={group.stageId} committed={head.committed} />
        <Table<MyAssignment>
          rowKey="id"
          size="middle"
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <EmptyState /> }}
          onRow={(row) => testIdProps(`assignment-${row.entry.id}`)}
          dataSource={items}
          columns={[
            { title: t('myReviews.entry'), key: 'title', render: (_, row) => row.entry.title },
            ...(head.blind
              ? []
              : [
                  { title: t('myReviews.company'), key: 'company', render: (_: unknown, row: MyAssignment) => row.entry.companyName ?? '—' },
                  { title: t('myReviews.zone'), key: 'zone', render: (_: unknown, row: MyAssignment) => row.entry.zoneName ?? '—' },
                ]),
            { title: t('myReviews.sheet'), key: 'sheet', render: (_, row) => <SheetStatusTag sheet={row.sheet} /> },
            {
              title: t('myReviews.actions'),
              key: 'actions',
              render: (_, row) => (
                <Space size="middle">
                  {action(row)}
                  {row.sheet?.status !== 'submitted' && scoring && (
                    <Button type="link" className="yz-link-button" onClick={() => setDeclaring(row)} data-testid={`conflict-${row.entry.id}`} aria-label={`${t('myReviews.conflict')}：${row.entry.title}`}>
                      {t('myReviews.conflict')}
                    </Button>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </section>
      {declaring && <ConflictDialog assignment={declaring} onClose={() => setDeclaring(null)} />}
    </Card>
  );
}
