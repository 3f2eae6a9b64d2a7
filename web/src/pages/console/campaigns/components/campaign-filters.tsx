import { Form, InputNumber, Select } from 'antd';
import { CAMPAIGN_KINDS, CAMPAIGN_KIND_LABELS, CAMPAIGN_STATUSES, CAMPAIGN_STATUS_LABELS, type CampaignKind, type CampaignStatus } from '@shared/evaluation.enums';
import { useCampaignSeries } from '../../../../api/campaigns';
import { EnumFilter } from '../../../../components/enum-filter';
import { useT } from '../../../../i18n/use-t';

export type CampaignFilterValues = { kind?: CampaignKind; status?: CampaignStatus; seriesId?: number; year?: number };

/** Filters apply as soon as they change; the page writes them into the URL. */
export function CampaignFilters({ value, onChange }: { value: CampaignFilterValues; onChange: (next: CampaignFilterValues) => void }) {
  const { t } = useT();
  const series = useCampaignSeries();
  return (
    <Form layout="inline" className="yz-filters" aria-label={t('campaigns.filters')}>
      <Form.Item label={t('campaign.series')} htmlFor="campaign-filter-series">
        <Select<number>
          id="campaign-filter-series"
          allowClear
          placeholder={t('common.all')}
          style={{ width: 240 }}
          loading={series.isLoading}
          value={value.seriesId}
          onChange={(seriesId) => onChange({ ...value, seriesId })}
          options={(series.data ?? []).map((item) => ({ value: item.id, label: item.name }))}
        />
      </Form.Item>
      <EnumFilter id="campaign-filter-kind" label={t('campaign.kind')} width={160} value={value.kind} values={CAMPAIGN_KINDS} labels={CAMPAIGN_KIND_LABELS} onChange={(kind) => onChange({ ...value, kind })} />
      <EnumFilter id="campaign-filter-status" label={t('campaign.status')} width={130} value={value.status} values={CAMPAIGN_STATUSES} labels={CAMPAIGN_STATUS_LABELS} onChange={(status) => onChange({ ...value, status })} />
      <Form.Item label={t('campaign.year')} htmlFor="campaign-filter-year">
        <InputNumber<number>
          id="campaign-filter-year"
          min={1990}
          max={2100}
          precision={0}
          style={{ width: 110 }}
          value={value.year ?? null}
          onChange={(year) => onChange({ ...value, year: year ?? undefined })}
        />
      </Form.Item>
    </Form>
  );
}
