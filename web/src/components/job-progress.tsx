import { Alert, App, Button, Progress, Space } from 'antd';
import { type Job, useCancelJob, useJob } from '../api/jobs';
import { useFormat } from '../lib/use-format';
import { useT } from '../i18n/use-t';
import { COLORS } from '../theme';
import { errorMessage } from '../lib/form-errors';
import { JobStatusTag } from './job-status-tag';
import { QueryState } from './page-state';

const PROGRESS_STATUS = { queued: 'normal', running: 'active', succeeded: 'success', failed: 'exception', cancelled: 'normal' } as const;

/** Per cent done; a job that does not know its size yet shows 0, a finished one 100. */
export function jobPercent(job: Pick<Job, 'done' | 'total' | 'status'>): number {
  if (job.status === 'succeeded') return 100;
  if (!job.total) return 0;
  return Math.min(100, Math.floor((job.done / job.total) * 100));
}

/** The bar alone, for tables: the count beside it, the status in its colour. */
export function JobProgressBar({ job, size = 'default' }: { job: Job; size?: 'small' | 'default' }) {
  const { t } = useT();
  const format = useFormat();
  const counts = job.total === null ? t('jobs.sizeUnknown') : t('jobs.counts', { done: format.number(job.done), total: format.number(job.total) });
  return (
    <Progress
      percent={jobPercent(job)}
      status={PROGRESS_STATUS[job.status]}
      size={size === 'small' ? 'small' : undefined}
      // The status colours antd gives the figure (light green, light red) fail AA contrast: ink instead.
      format={(percent) => <span style={{ color: COLORS.ink }}>{percent}%</span>}
      aria-label={`${job.kindLabel}：${counts}`}
      data-testid={`job-progress-bar-${job.id}`}
    />
  );
}

export function JobCancelButton({ job }: { job: Job }) {
  const { t } = useT();
  const { message } = App.useApp();
  const cancel = useCancelJob();
  if (!job.abilities.cancel) return null;
  return (
    <Button
      size="small"
      danger
      loading={cancel.isPending}
      onClick={() => cancel.mutate(job.id, { onError: (error) => void message.error(errorMessage(error)) })}
      data-testid={`job-cancel-${job.id}`}
    >
      {t('jobs.cancel')}
    </Button>
  );
}

/** A job where it stands: status, bar, counts, its latest message or error, and cancel while it may. */
export function JobProgressView({ job }: { job: Job }) {
  const { t } = useT();
  const format = useFormat();
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid={`job-${job.id}`} data-status={job.status} aria-live="polite">
      <Space wrap>
        <strong>{job.kindLabel}</strong>
        <JobStatusTag status={job.status} />
        <span className="yz-muted yz-small">{t('jobs.startedAt', { at: format.dateTime(job.createdAt) })}</span>
        <JobCancelButton job={job} />
      </Space>
      <JobProgressBar job={job} />
      <span className="yz-muted">
        {job.total === null ? t('jobs.sizeUnknown') : t('jobs.counts', { done: format.number(job.done), total: format.number(job.total) })}
        {job.message && <> · <span data-testid={`job-message-${job.id}`}>{job.message}</span></>}
      </span>
      {job.error && (
        <Alert
          type={job.status === 'failed' ? 'error' : 'warning'}
          showIcon
          title={job.error.message}
          description={job.nextAttemptAt ? t('jobs.nextAttempt', { at: format.dateTime(job.nextAttemptAt), attempt: job.attempts + 1, max: job.maxAttempts }) : undefined}
        />
      )}
    </Space>
  );
}

/**
 * A job by id, kept up to date while it runs: what a page that started a job shows, with the id
 * kept in its URL so that leaving and coming back finds the same job.
 */
export function JobProgress({ id }: { id: number }) {
  const job = useJob(id);
  return <QueryState query={job}>{(data) => <JobProgressView job={data} />}</QueryState>;
}
