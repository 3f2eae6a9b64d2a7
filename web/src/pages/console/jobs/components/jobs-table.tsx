import { Button, Table, type TableProps, Typography } from 'antd';
import type { Job } from '../../../../api/jobs';
import { JobCancelButton, JobProgressBar } from '../../../../components/job-progress';
import { JobStatusTag } from '../../../../components/job-status-tag';
import { EmptyState } from '../../../../components/page-state';
import { useFormat } from '../../../../lib/use-format';
import { useT } from '../../../../i18n/use-t';
import { testIdProps } from '../../../../lib/test-id';

export function JobsTable({
  jobs,
  loading,
  pagination,
  onShow,
}: {
  jobs: Job[];
  loading: boolean;
  pagination: TableProps<Job>['pagination'];
  onShow: (id: number) => void;
}) {
  const { t } = useT();
  const format = useFormat();
  return (
    <Table<Job>
      rowKey="id"
      size="small"
      dataSource={jobs}
      loading={loading}
      pagination={pagination}
      scroll={{ x: 960 }}
      locale={{ emptyText: <EmptyState description={t('jobs.empty')} /> }}
      onRow={(job) => testIdProps(`job-row-${job.id}`)}
      columns={[
        { key: 'id', title: '#', dataIndex: 'id', width: 70 },
        {
          key: 'kind',
          title: t('jobs.kind'),
          width: 180,
          render: (_, job) => (
            <Button type="link" size="small" className="yz-link-button" onClick={() => onShow(job.id)}>
              {job.kindLabel}
            </Button>
          ),
        },
        { key: 'status', title: t('jobs.status'), width: 100, render: (_, job) => <JobStatusTag status={job.status} /> },
        { key: 'progress', title: t('jobs.progress'), width: 200, render: (_, job) => <JobProgressBar job={job} size="small" /> },
        {
          key: 'message',
          title: t('jobs.message'),
          render: (_, job) => (job.error ? <Typography.Text type={job.status === 'failed' ? 'danger' : 'warning'}>{job.error.message}</Typography.Text> : (job.message ?? '—')),
        },
        { key: 'createdAt', title: t('jobs.createdAt'), width: 170, render: (_, job) => format.dateTime(job.createdAt) },
        { key: 'finishedAt', title: t('jobs.finishedAt'), width: 170, render: (_, job) => (job.finishedAt ? format.dateTime(job.finishedAt) : '—') },
        { key: 'actions', title: t('common.actions'), width: 90, render: (_, job) => <JobCancelButton job={job} /> },
      ]}
    />
  );
}
