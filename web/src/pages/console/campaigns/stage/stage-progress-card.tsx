import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Progress, Space, Table, Tag } from 'antd';
import { isApiError } from '../../../../api/api';
import { scoreSheetsUrl, useStageDraw, useStageProgress } from '../../../../api/evaluation/stage-work';
import type { CampaignStage, StageProgress } from '../../../../api/types';
import { ErrorState } from '../../../../components/page-state';
import { useT } from '../../../../i18n/use-t';
import { testIdProps } from '../../../../lib/test-id';
import { RemindButton } from './remind-button';

type JudgeRow = StageProgress['judges'][number];
type EntryRow = StageProgress['entries'][number];

const percent = (row: { assigned: number; submitted: number }) => (row.assigned === 0 ? 0 : Math.round((row.submitted / row.assigned) * 100));

/** A bar with its figures beside it, so the number is read, not guessed from the bar. */
function Bar({ row }: { row: { assigned: number; submitted: number } }) {
  return <Progress percent={percent(row)} size="small" format={() => `${row.submitted}/${row.assigned}`} style={{ minWidth: 160 }} aria-label={`${row.submitted}/${row.assigned}`} />;
}

/**
 * 评审进度: submitted of assigned score sheets per judge and per entry, the organiser's alone (the
 * API answers 403 to anyone else, and the card then stays away). While the stage is scoring, 提醒评委
 * notifies the judges who have sheets left.
 */
export function StageProgressCard({ stage }: { stage: CampaignStage }) {
  const { t } = useT();
  const draw = useStageDraw(stage.id);
  const assignment = draw.data?.assignment;
  const progress = useStageProgress(stage.id, !!assignment);
  if (isApiError(progress.error, 403)) return null;
  const data = progress.data;
  const total = (data?.judges ?? []).reduce((sum, judge) => ({ assigned: sum.assigned + judge.assigned, submitted: sum.submitted + judge.submitted }), { assigned: 0, submitted: 0 });
  return (
    <Card
      title={<h2 className="yz-card-title">{t('progress.title')}</h2>}
      extra={
        data && (
          <Space wrap>
            <span className="yz-muted" data-testid="progress-summary">{t('progress.summary', total)}</span>
            <Button icon={<DownloadOutlined aria-hidden="true" />} href={scoreSheetsUrl(stage.id)} download title={t('progress.exportSheetsHint')} data-testid="export-sheets">
              {t('progress.exportSheets')}
            </Button>
            {stage.status === 'scoring' && <RemindButton stageId={stage.id} behind={data.judges.filter((judge) => judge.submitted < judge.assigned).length} />}
          </Space>
        )
      }
      data-testid="stage-progress"
    >
      {!assignment ? (
        <p className="yz-muted">{t('progress.empty')}</p>
      ) : progress.isError ? (
        <ErrorState error={progress.error} onRetry={() => void progress.refetch()} />
      ) : (
        <div className="yz-section-stack">
          <Table<JudgeRow>
            rowKey="expertId"
            size="small"
            loading={progress.isPending}
            pagination={false}
            caption={t('progress.byJudge')}
            scroll={{ x: 'max-content' }}
            dataSource={data?.judges ?? []}
            onRow={(row) => testIdProps(`progress-judge-${row.expertId}`)}
            columns={[
              { title: t('progress.judge'), dataIndex: 'name' },
              { title: t('progress.committed'), dataIndex: 'committed', render: (yes: boolean) => <Tag color={yes ? 'green' : 'default'}>{yes ? t('progress.committedYes') : t('progress.committedNo')}</Tag> },
              { title: t('progress.assigned'), dataIndex: 'assigned' },
              { title: t('progress.submitted'), dataIndex: 'submitted' },
              { title: t('progress.progress'), key: 'bar', render: (_, row) => <Bar row={row} /> },
            ]}
          />
          <Table<EntryRow>
            rowKey="entryId"
            size="small"
            loading={progress.isPending}
            pagination={(data?.entries.length ?? 0) > 20 ? { pageSize: 20, showSizeChanger: false } : false}
            caption={t('progress.byEntry')}
            scroll={{ x: 'max-content' }}
            dataSource={data?.entries ?? []}
            onRow={(row) => testIdProps(`progress-entry-${row.entryId}`)}
            columns={[
              { title: t('progress.entry'), dataIndex: 'title', render: (title: string, row) => (<>{title}{row.assigned < assignment.perEntry && <Tag color="orange" className="yz-tag-after">{t('progress.shortTag')}</Tag>}</>) },
              { title: t('progress.assigned'), dataIndex: 'assigned' },
              { title: t('progress.submitted'), dataIndex: 'submitted' },
              { title: t('progress.progress'), key: 'bar', render: (_, row) => <Bar row={row} /> },
            ]}
          />
        </div>
      )}
    </Card>
  );
}
