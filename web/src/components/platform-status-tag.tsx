import { Tag } from 'antd';
import { PLATFORM_STATUS_LABELS, type PlatformStatus } from '@shared/platforms.enums';
import { useT } from '../i18n/use-t';

export const STATUS_COLORS: Record<PlatformStatus, string> = {
  planning: 'default',
  applying: 'blue',
  approved: 'cyan',
  building: 'orange',
  operating: 'green',
};

/** Chart colours matching the tags, so the legend and the table read alike. */
export const STATUS_CHART_COLORS: Record<PlatformStatus, string> = {
  planning: '#8f959e',
  applying: '#1d4f91',
  approved: '#13a8a8',
  building: '#d46b08',
  operating: '#389e0d',
};

export function PlatformStatusTag({ status }: { status: PlatformStatus }) {
  const { label } = useT();
  return (
    <Tag color={STATUS_COLORS[status]} data-status={status}>
      {label(PLATFORM_STATUS_LABELS[status])}
    </Tag>
  );
}
