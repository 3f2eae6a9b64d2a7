import type { TablePaginationConfig } from 'antd';
import { CAMPAIGN_KIND_LABELS } from '@shared/evaluation.enums';
import { Link } from 'react-router';
import type { Campaign } from '../../../../api/types';
import { CampaignStatusTag } from '../../../../components/campaign-status-tag';
import { ListTable } from '../../../../components/list-table';
import { useT } from '../../../../i18n/use-t';

export function CampaignTable({ items, loading, pagination }: { items: Campaign[]; loading: boolean; pagination: TablePaginationConfig }) {
  const { t, label } = useT();
  return (
    <ListTable<Campaign>
      rowTestId={(row) => `campaign-row-${row.id}`}
      empty={t('campaigns.empty')}
      dataSource={items}
      loading={loading}
      pagination={pagination}
      scroll={{ x: 'max-content' }}
      columns={[
        { title: t('campaign.title'), dataIndex: 'title', render: (_, row) => <Link to={`/console/campaigns/${row.id}`}>{row.title}</Link> },
        { title: t('campaign.series'), dataIndex: 'seriesName' },
        { title: t('campaign.edition'), dataIndex: 'edition', render: (edition: number) => t('campaign.editionN', { n: edition }) },
        { title: t('campaign.kind'), dataIndex: 'kind', render: (_, row) => label(CAMPAIGN_KIND_LABELS[row.kind]) },
        { title: t('campaign.year'), dataIndex: 'year' },
        { title: t('campaign.organiser'), dataIndex: 'organiserZoneName' },
        { title: t('campaign.status'), dataIndex: 'status', render: (_, row) => <CampaignStatusTag status={row.status} /> },
      ]}
    />
  );
}
