import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Card, Space, Tag } from 'antd';
import { CAMPAIGN_KIND_LABELS } from '@shared/evaluation.enums';
import { Link } from 'react-router';
import { usePublicCampaigns } from '../../../api/campaigns';
import type { PublicCampaignPage } from '../../../api/types';
import { CampaignStatusTag } from '../../../components/campaign-status-tag';
import { ListTable } from '../../../components/list-table';
import { ListQueryState } from '../../../components/page-state';
import { useT } from '../../../i18n/use-t';
import { useFormat } from '../../../lib/use-format';
import { usePageParams } from '../../../lib/use-page-params';

type PublicCampaign = PublicCampaignPage['items'][number];

/** 评审活动 on the portal: the published campaigns, the contests open for registration (报名), and where anyone can re-run a published judge draw. */
export function PublicCampaignsPage() {
  const { t, label } = useT();
  const format = useFormat();
  const { page, pageSize, pagination } = usePageParams();
  const list = usePublicCampaigns({ page, pageSize });
  return (
    <div className="yz-container yz-section-stack">
      <h1 className="yz-page-title">{t('nav.campaigns')}</h1>
      <p className="yz-muted">{t('publicCampaigns.lead')}</p>
      <Alert
        type="info"
        showIcon
        icon={<SafetyCertificateOutlined aria-hidden="true" />}
        title={
          <>
            {t('publicCampaigns.drawHint')} <Link to="/draws/verify" className="yz-inline-link" data-testid="link-draw-verify">{t('draw.title')}</Link>
          </>
        }
      />
      <Card>
        <ListQueryState query={list}>
          <ListTable<PublicCampaign>
            rowTestId={(row) => `public-campaign-${row.id}`}
            empty={t('publicCampaigns.empty')}
            dataSource={list.data?.items ?? []}
            loading={list.isFetching}
            pagination={pagination(list.data?.total ?? 0)}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: t('campaign.title'), dataIndex: 'title' },
              { title: t('campaign.series'), key: 'series', render: (_, row) => `${row.seriesName} · ${t('campaign.editionN', { n: row.edition })}` },
              { title: t('campaign.kind'), key: 'kind', render: (_, row) => label(CAMPAIGN_KIND_LABELS[row.kind]) },
              { title: t('campaign.year'), dataIndex: 'year' },
              { title: t('campaign.organiser'), dataIndex: 'organiserZoneName' },
              { title: t('campaign.dates'), key: 'dates', render: (_, row) => (row.startsOn || row.endsOn ? `${format.date(row.startsOn)} — ${format.date(row.endsOn)}` : '—') },
              {
                title: t('campaign.status'),
                key: 'status',
                render: (_, row) =>
                  row.registrationOpen ? (
                    <Space wrap>
                      <Tag color="green">{t('register.openTag')}</Tag>
                      <Link to={`/campaigns/${row.id}/register`} aria-label={`${t('register.action')}：${row.title}`} data-testid={`register-${row.id}`}>
                        {t('register.action')}
                      </Link>
                      <ResultsLink campaign={row} />
                    </Space>
                  ) : (
                    <Space wrap>
                      <CampaignStatusTag status={row.status} />
                      <ResultsLink campaign={row} />
                    </Space>
                  ),
              },
            ]}
          />
        </ListQueryState>
      </Card>
    </div>
  );
}

/** 查看结果, when some stage's results are public (a contest's preliminaries can be while it still takes registrations). */
function ResultsLink({ campaign }: { campaign: PublicCampaign }) {
  const { t } = useT();
  if (!campaign.resultsPublished) return null;
  return (
    <Link to={`/campaigns/${campaign.id}/results`} aria-label={`${t('publicResults.link')}：${campaign.title}`} data-testid={`results-${campaign.id}`}>
      {t('publicResults.link')}
    </Link>
  );
}
