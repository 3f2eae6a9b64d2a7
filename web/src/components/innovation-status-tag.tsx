import { Tag } from 'antd';
import { INNOVATION_STATUS_LABELS, type InnovationStatus } from '@shared/innovations.enums';
import { useT } from '../i18n/use-t';

export const INNOVATION_STATUS_COLORS: Record<InnovationStatus, string> = {
  draft: 'default',
  submitted: 'blue',
  reviewing: 'geekblue',
  recognized: 'green',
  province_replicated: 'cyan',
  nation_replicated: 'red',
  returned: 'orange',
  rejected: 'volcano',
  withdrawn: 'default',
};

export function InnovationStatusTag({ status }: { status: InnovationStatus }) {
  const { label } = useT();
  return (
    <Tag color={INNOVATION_STATUS_COLORS[status]} data-status={status}>
      {label(INNOVATION_STATUS_LABELS[status])}
    </Tag>
  );
}

/** Records made up for demonstration carry a visible mark wherever they are shown. */
export function SampleTag({ isSample }: { isSample: boolean }) {
  const { t } = useT();
  if (!isSample) return null;
  return (
    <Tag color="purple" bordered={false} title={t('innovation.sampleHint')} data-testid="sample-tag">
      {t('innovation.sample')}
    </Tag>
  );
}
