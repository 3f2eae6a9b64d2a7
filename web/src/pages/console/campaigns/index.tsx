import { PlusOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { CAMPAIGN_KINDS, CAMPAIGN_STATUSES } from '@shared/evaluation.enums';
import { useCampaigns, useCampaignSeries } from '../../../api/campaigns';
import { useZones } from '../../../api/zones';
import { ListQueryState } from '../../../components/page-state';
import { useT } from '../../../i18n/use-t';
import { usePageParams } from '../../../lib/use-page-params';
import { pickEnum, useQueryParams } from '../../../lib/use-query-params';
import { CampaignCreateDialog } from './components/campaign-create-dialog';
import { CampaignFilters, type CampaignFilterValues } from './components/campaign-filters';
import { CampaignTable } from './components/campaign-table';

/** 评审活动: the campaigns the user may see, filtered and paged by the server. */
export function CampaignsPage() {
  const { t } = useT();
  const { params, getNumber, update } = useQueryParams();
  const filters: CampaignFilterValues = {
    kind: pickEnum(params.get('kind'), CAMPAIGN_KINDS),
    status: pickEnum(params.get('status'), CAMPAIGN_STATUSES),
    seriesId: getNumber('seriesId'),
    year: getNumber('year'),
  };
  const { page, pageSize, pagination } = usePageParams();
  const list = useCampaigns({ ...filters, page, pageSize });
  const series = useCampaignSeries();
  const zones = useZones();
  // Organisers only: someone who may start a series in a zone, or add an edition to one.
  const canCreate = (zones.data ?? []).some((zone) => zone.abilities.createPlatform) || (series.data ?? []).some((item) => item.abilities.createCampaign);
  const creating = params.get('new') === '1';

  return (
    <div className="yz-section-stack">
      <div className="yz-page-head">
        <h1 className="yz-page-title">{t('console.menu.campaigns')}</h1>
        {canCreate && (
          <Button type="primary" icon={<PlusOutlined aria-hidden="true" />} onClick={() => update({ new: 1 })} data-testid="campaign-create">
            {t('campaigns.create')}
          </Button>
        )}
      </div>
      <Card>
        <CampaignFilters value={filters} onChange={(next) => update({ ...next, page: null })} />
      </Card>
      <Card>
        <ListQueryState query={list}>
          <CampaignTable items={list.data?.items ?? []} loading={list.isFetching} pagination={pagination(list.data?.total ?? 0)} />
        </ListQueryState>
      </Card>
      {creating && <CampaignCreateDialog onClose={() => update({ new: null })} />}
    </div>
  );
}
