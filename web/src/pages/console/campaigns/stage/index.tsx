import { Breadcrumb, Card, Descriptions, Result, Tag } from 'antd';
import { STAGE_KIND_LABELS } from '@shared/evaluation.enums';
import { isChecklistStage } from '@shared/stage-activities.enums';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../../../api/api';
import { useCampaign } from '../../../../api/campaigns';
import type { CampaignDetail } from '../../../../api/types';
import { StageStatusTag } from '../../../../components/campaign-status-tag';
import { ErrorState, LoadingState } from '../../../../components/page-state';
import { useT } from '../../../../i18n/use-t';
import { positiveId } from './positive-id';
import { StageAssignCard } from './stage-assign-card';
import { StageDrawCard } from './stage-draw-card';
import { StageProgressCard } from './stage-progress-card';
import { PublicityCard } from './results/publicity-card';
import { StageResultsCard } from './results/stage-results-card';
import { AttendanceCard } from './activities/attendance-card';
import { DiligenceCard } from './activities/diligence-card';

/**
 * 评审组织 of a scored stage (`/console/campaigns/:id/stages/:stageId`): the three steps in the
 * order they happen — draw the panel, assign it to the entries, follow the scoring — then, once the stage has closed, its results and their 公示 — one page so
 * that each step's result stays in sight of the next. A 资格审查 or 尽职调查 stage shows its checklist and matrix, an activity stage its sessions and attendance.
 */
export function StageWorkPage() {
  const { t } = useT();
  const params = useParams();
  const campaignId = positiveId(params.id);
  const stageId = positiveId(params.stageId);
  const detail = useCampaign(campaignId);
  const stage = detail.data?.stages.find((candidate) => candidate.id === stageId);
  const notFound = <Result status="404" title={t('stageWork.notFound')} extra={<Link to="/console/campaigns">{t('console.menu.campaigns')}</Link>} />;

  if (campaignId === undefined || stageId === undefined || isApiError(detail.error, 404)) return notFound;
  if (detail.isError) return <ErrorState error={detail.error} onRetry={() => void detail.refetch()} />;
  if (!detail.data) return <LoadingState minHeight={320} />;
  if (!stage) return notFound;
  return <StageWork data={detail.data} stageId={stage.id} />;
}

function StageWork({ data, stageId }: { data: CampaignDetail; stageId: number }) {
  const { t, label } = useT();
  const { campaign } = data;
  const stage = data.stages.find((candidate) => candidate.id === stageId)!;
  return (
    <div className="yz-section-stack" data-testid={`stage-work-${stage.id}`}>
      <Breadcrumb
        items={[
          { key: 'list', title: <Link to="/console/campaigns">{t('console.menu.campaigns')}</Link> },
          { key: 'campaign', title: <Link to={`/console/campaigns/${campaign.id}`}>{campaign.title}</Link> },
          { key: 'here', title: stage.name },
        ]}
      />
      <div className="yz-page-head">
        <h1 className="yz-page-title">
          {stage.name} · {t('stageWork.open')} <StageStatusTag status={stage.status} />
        </h1>
      </div>
      <Card>
        <Descriptions
          column={{ xs: 1, md: 3 }}
          items={[
            { key: 'campaign', label: t('campaign.title'), children: campaign.title },
            { key: 'kind', label: t('stage.kind'), children: <>{label(STAGE_KIND_LABELS[stage.kind])}{stage.blind && <Tag className="yz-tag-after">{t('stage.blindTag')}</Tag>}</> },
            { key: 'dates', label: t('stage.dates'), children: stage.startsOn || stage.endsOn ? `${stage.startsOn ?? '…'} — ${stage.endsOn ?? '…'}` : '—' },
          ]}
        />
      </Card>
      {stage.kind === 'scored' ? (
        <>
          <StageDrawCard campaign={campaign} stage={stage} />
          <StageAssignCard campaign={campaign} stage={stage} />
          <StageProgressCard stage={stage} />
          <StageResultsCard stage={stage} />
          <PublicityCard stage={stage} />
        </>
      ) : isChecklistStage(stage.kind) ? (
        <DiligenceCard stage={stage} />
      ) : stage.kind === 'activity' ? (
        <AttendanceCard stage={stage} />
      ) : (
        <Result status="info" title={t('stageWork.notScored')} />
      )}
    </div>
  );
}
