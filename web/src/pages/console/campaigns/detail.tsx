import { Breadcrumb, Card, Descriptions, Result } from 'antd';
import { CAMPAIGN_KIND_LABELS } from '@shared/evaluation.enums';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../../api/api';
import { useCampaign } from '../../../api/campaigns';
import type { CampaignDetail } from '../../../api/types';
import { CampaignStatusTag } from '../../../components/campaign-status-tag';
import { ErrorState, LoadingState } from '../../../components/page-state';
import { SourceCitation } from '../../../components/source-citation';
import { useT } from '../../../i18n/use-t';
import { useFormat } from '../../../lib/use-format';
import { CampaignActions } from './components/campaign-actions';
import { CategoriesCard } from './components/categories-card';
import { EntriesCard } from './components/entries-card';
import { FollowUpCard } from './follow-up/follow-up-card';
import { StagesCard } from './components/stages-card';

/** 评审活动详情: the header and its steps, the categories with their prizes, the ordered stages and their criteria. */
export function CampaignDetailPage() {
  const { t } = useT();
  const params = useParams();
  const id = Number(params.id);
  const validId = Number.isInteger(id) && id > 0 ? id : undefined;
  const detail = useCampaign(validId);

  if (validId === undefined || isApiError(detail.error, 404)) {
    return <Result status="404" title={t('campaign.notFound')} extra={<Link to="/console/campaigns">{t('console.menu.campaigns')}</Link>} />;
  }
  if (detail.isError) return <ErrorState error={detail.error} onRetry={() => void detail.refetch()} />;
  if (!detail.data) return <LoadingState minHeight={320} />;
  return <DetailView data={detail.data} />;
}

function DetailView({ data: { campaign, categories, stages } }: { data: CampaignDetail }) {
  const { t, label } = useT();
  const format = useFormat();
  return (
    <div className="yz-section-stack" data-testid={`campaign-detail-${campaign.id}`}>
      <Breadcrumb
        items={[
          { key: 'list', title: <Link to="/console/campaigns">{t('console.menu.campaigns')}</Link> },
          { key: 'here', title: campaign.title },
        ]}
      />
      <div className="yz-page-head">
        <h1 className="yz-page-title">
          {campaign.title} <CampaignStatusTag status={campaign.status} />
        </h1>
        <CampaignActions campaign={campaign} />
      </div>
      <Card>
        <Descriptions
          column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            { key: 'series', label: t('campaign.series'), children: `${campaign.seriesName} · ${t('campaign.editionN', { n: campaign.edition })}` },
            { key: 'kind', label: t('campaign.kind'), children: label(CAMPAIGN_KIND_LABELS[campaign.kind]) },
            { key: 'year', label: t('campaign.year'), children: campaign.year },
            { key: 'organiser', label: t('campaign.organiser'), children: campaign.organiserZoneName },
            { key: 'dates', label: t('campaign.dates'), children: campaign.startsOn || campaign.endsOn ? `${format.date(campaign.startsOn)} — ${format.date(campaign.endsOn)}` : '—' },
            { key: 'public', label: t('campaign.public'), children: campaign.isPublic ? t('campaign.publicYes') : t('campaign.publicNo') },
          ]}
        />
        {campaign.note && <p className="yz-muted" data-testid="campaign-note">{campaign.note}</p>}
        {campaign.source && <SourceCitation source={campaign.source} note={campaign.sourceNote} />}
      </Card>
      <CategoriesCard campaign={campaign} categories={categories} />
      <StagesCard campaign={campaign} stages={stages} categories={categories} />
      <EntriesCard campaign={campaign} categories={categories} />
      <FollowUpCard campaign={campaign} />
    </div>
  );
}
