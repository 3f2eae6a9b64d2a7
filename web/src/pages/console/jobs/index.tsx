import { Card, Select, Space } from 'antd';
import { LIMITS } from '@shared/limits';
import { JOB_STATUSES, JOB_STATUS_LABELS } from '@shared/jobs.enums';
import { useJobKinds, useJobs } from '../../../api/jobs';
import { JobProgress } from '../../../components/job-progress';
import { ErrorState } from '../../../components/page-state';
import { useT } from '../../../i18n/use-t';
import { pickEnum, useQueryParams } from '../../../lib/use-query-params';
import { JobsTable } from './components/jobs-table';
import { StartJobs } from './components/start-jobs';

/**
 * 我的任务: the long work I started, where each stands, and the kinds I may start. The job in view
 * is in the URL (?job=), so leaving the page and coming back shows it again, still moving.
 */
export function JobsPage() {
  const { t, label } = useT();
  const { params, getNumber, update } = useQueryParams();
  const status = pickEnum(params.get('status'), JOB_STATUSES);
  const page = Math.max(1, getNumber('page') ?? 1);
  const pageSize = Math.min(LIMITS.pageSizeMax, Math.max(1, getNumber('pageSize') ?? 20));
  const shown = getNumber('job');
  const jobs = useJobs({ status, page, pageSize });
  const kinds = useJobKinds();
  const startable = kinds.data ?? [];

  return (
    <div className="yz-section-stack">
      <h1 className="yz-page-title">{t('jobs.title')}</h1>
      {startable.length > 0 && (
        <Card title={t('jobs.maintenance')}>
          <p className="yz-muted">{t('jobs.maintenanceHint')}</p>
          <StartJobs kinds={startable} onStarted={(id) => update({ job: id })} />
        </Card>
      )}
      {shown !== undefined && (
        <Card title={t('jobs.current')} data-testid="job-current">
          <JobProgress id={shown} />
        </Card>
      )}
      <Card title={t('jobs.mine')}>
        <Space className="yz-mb" wrap>
          <Select
            allowClear
            style={{ minWidth: 160 }}
            placeholder={t('jobs.status')}
            aria-label={t('jobs.status')}
            value={status}
            onChange={(value) => update({ status: value ?? null, page: null })}
            options={JOB_STATUSES.map((value) => ({ value, label: label(JOB_STATUS_LABELS[value]) }))}
          />
        </Space>
        {jobs.isError && !jobs.data ? (
          <ErrorState error={jobs.error} onRetry={() => void jobs.refetch()} />
        ) : (
          <JobsTable
            jobs={jobs.data?.items ?? []}
            loading={jobs.isFetching && !jobs.data}
            onShow={(id) => update({ job: id })}
            pagination={{
              current: page,
              pageSize,
              total: jobs.data?.total ?? 0,
              showSizeChanger: true,
              showTotal: (total) => t('common.total', { total }),
              onChange: (nextPage, nextSize) => update({ page: nextSize !== pageSize ? null : nextPage, pageSize: nextSize === 20 ? null : nextSize }),
            }}
          />
        )}
      </Card>
    </div>
  );
}
