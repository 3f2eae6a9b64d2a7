import { Form, InputNumber, Select } from 'antd';
import { CAMPAIGN_KINDS, CAMPAIGN_KIND_LABELS, CAMPAIGN_STATUSES, CAMPAIGN_STATUS_LABELS, type CampaignKind, type CampaignStatus } from '@shared/evaluation.enums';
import type { Label } from '@shared/enums';
import { useCampaignSeries } from '../../../../api/campaigns';
import { useT } from '../../../../i18n/use-t';

export type CampaignFilterValues = { kind?: CampaignKind; status?: CampaignStatus; seriesId?: number; year?: number };

/** One filter over a shared enum, its options labelled in the reader's language. */
function LabelSelect<T extends string>(props: { id: string; title: string; width: number; value: T | undefined; values: readonly T[]; labels: Record<T, Label>; onChange: (next: T | undefined) => void }) {
  const { t, label } = useT();
  return (
    <Form.Item label={props.title} htmlFor={props.id}>
      <Select<T>
        id={props.id}
        allowClear
        placeholder={t('common.all')}
        style={{ width: props.width }}
        value={props.value}
        onChange={props.onChange}
        options={props.values.map((item) => ({ value: item, label: label(props.labels[item]) }))}
      />
    </Form.Item>
  );
}

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
      <LabelSelect id="campaign-filter-kind" title={t('campaign.kind')} width={160} value={value.kind} values={CAMPAIGN_KINDS} labels={CAMPAIGN_KIND_LABELS} onChange={(kind) => onChange({ ...value, kind })} />
      <LabelSelect id="campaign-filter-status" title={t('campaign.status')} width={130} value={value.status} values={CAMPAIGN_STATUSES} labels={CAMPAIGN_STATUS_LABELS} onChange={(status) => onChange({ ...value, status })} />
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
