import { Tag } from 'antd';
import { JOB_STATUS_LABELS, type JobStatus } from '@shared/jobs.enums';
import { useT } from '../i18n/use-t';

/** Preset colours whose text styles.css darkens to pass WCAG AA contrast. */
const JOB_STATUS_COLORS: Record<JobStatus, string> = {
  queued: 'default',
  running: 'blue',
  succeeded: 'green',
  failed: 'red',
  cancelled: 'gold',
};

export function JobStatusTag({ status }: { status: JobStatus }) {
  const { label } = useT();
  return (
    <Tag color={JOB_STATUS_COLORS[status]} data-status={status}>
      {label(JOB_STATUS_LABELS[status])}
    </Tag>
  );
}
