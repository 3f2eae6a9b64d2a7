import { Tag } from 'antd';
import { CAMPAIGN_STATUS_LABELS, STAGE_STATUS_LABELS, type CampaignStatus, type StageStatus } from '@shared/evaluation.enums';
import { useT } from '../i18n/use-t';

const CAMPAIGN_COLORS: Record<CampaignStatus, string> = { draft: 'default', open: 'blue', closed: 'orange', published: 'green', archived: 'default' };
const STAGE_COLORS: Record<StageStatus, string> = { planned: 'default', open: 'blue', scoring: 'orange', closed: 'cyan', published: 'green' };

export function CampaignStatusTag({ status }: { status: CampaignStatus }) {
  const { label } = useT();
  return (
    <Tag color={CAMPAIGN_COLORS[status]} data-status={status}>
      {label(CAMPAIGN_STATUS_LABELS[status])}
    </Tag>
  );
}

export function StageStatusTag({ status }: { status: StageStatus }) {
  const { label } = useT();
  return (
    <Tag color={STAGE_COLORS[status]} data-status={status}>
      {label(STAGE_STATUS_LABELS[status])}
    </Tag>
  );
}
