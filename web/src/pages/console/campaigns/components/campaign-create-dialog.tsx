import { DatePicker, Form, Input, InputNumber, Radio, Select } from 'antd';
import { CAMPAIGN_KINDS, CAMPAIGN_KIND_LABELS, type CampaignKind } from '@shared/evaluation.enums';
import { LIMITS } from '@shared/limits';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { useCampaignSeries, useCreateCampaign } from '../../../../api/campaigns';
import type { CampaignCreated } from '../../../../api/types';
import { FormDialog, useSubmitHandlers } from '../../../../components/form-dialog';
import { LoadingState } from '../../../../components/page-state';
import { ZoneTreeSelect } from '../../../../components/zone-tree-select';
import { useT } from '../../../../i18n/use-t';

type Values = {
  seriesMode: 'existing' | 'new';
  seriesId?: number;
  seriesName?: string;
  organiserZoneId?: number;
  kind?: CampaignKind;
  edition?: number;
  year?: number;
  title?: string;
  startsOn?: Dayjs | null;
  endsOn?: Dayjs | null;
  source?: string;
};

const day = (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : null);

/** 新建评审活动: in a series the organiser already runs, or in a new one (烟台片区创新创业大赛 → 第六届). */
export function CampaignCreateDialog({ onClose }: { onClose: () => void }) {
  const { t, label } = useT();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const series = useCampaignSeries();
  const mutation = useCreateCampaign();
  const submit = useSubmitHandlers(
    form,
    ({ campaign: created }: CampaignCreated) => {
      onClose();
      void navigate(`/console/campaigns/${created.id}`);
    },
    t('campaigns.created'),
  );
  const writable = (series.data ?? []).filter((item) => item.abilities.createCampaign);
  const mode = Form.useWatch('seriesMode', form) ?? (writable.length ? 'existing' : 'new');
  const required = (field: string) => [{ required: true, message: t('common.fieldRequired', { field }) }];
  const chosen = (field: string) => [{ required: true, message: t('common.selectRequired', { field }) }];

  const onFinish = (values: Values) => {
    submit.reset();
    const campaign = {
      seriesId: values.seriesMode === 'existing' ? values.seriesId : undefined,
      kind: values.kind as CampaignKind,
      edition: values.edition as number,
      year: values.year as number,
      title: (values.title ?? '').trim(),
      startsOn: day(values.startsOn),
      endsOn: day(values.endsOn),
      source: values.source?.trim() || undefined,
    };
    const newSeries = values.seriesMode === 'new' ? { name: (values.seriesName ?? '').trim(), organiserZoneId: values.organiserZoneId as number } : undefined;
    mutation.mutate({ series: newSeries, campaign }, submit.callbacks);
  };

  return (
    <FormDialog title={t('campaigns.create')} form={form} mutation={mutation} unmatched={submit.unmatched} onClose={onClose} okText={t('common.submit')} width={640}>
      {/* The series decide the form's first choice (an existing one, or a new one): wait for them. */}
      {series.isPending ? (
        <LoadingState />
      ) : (
        <Form<Values>
          form={form}
          layout="vertical"
          name="campaign-create"
          initialValues={{ seriesMode: writable.length ? 'existing' : 'new', kind: 'contest', year: new Date().getFullYear() }}
          onFinish={onFinish}
        >
          <Form.Item label={t('campaign.series')} name="seriesMode">
            <Radio.Group
              options={[
                { value: 'existing', label: t('campaigns.seriesExisting'), disabled: writable.length === 0 },
                { value: 'new', label: t('campaigns.seriesNew') },
              ]}
            />
          </Form.Item>
          {mode === 'existing' ? (
            <Form.Item label={t('campaigns.seriesPick')} name="seriesId" rules={chosen(t('campaign.series'))}>
              <Select loading={series.isLoading} options={writable.map((item) => ({ value: item.id, label: `${item.name}（${item.organiserZoneName}）` }))} />
            </Form.Item>
          ) : (
            <>
              <Form.Item label={t('campaigns.seriesName')} name="seriesName" rules={[...required(t('campaigns.seriesName')), { whitespace: true, message: t('common.fieldRequired', { field: t('campaigns.seriesName') }) }]}>
                <Input maxLength={200} placeholder={t('campaigns.seriesNameHint')} />
              </Form.Item>
              <Form.Item label={t('campaign.organiser')} name="organiserZoneId" htmlFor="campaign-create-organiser" rules={chosen(t('campaign.organiser'))}>
                <ZoneTreeSelect id="campaign-create-organiser" selectable={(zone) => zone.abilities.createPlatform} />
              </Form.Item>
            </>
          )}
          <Form.Item label={t('campaign.kind')} name="kind" rules={chosen(t('campaign.kind'))}>
            <Radio.Group options={CAMPAIGN_KINDS.map((kind) => ({ value: kind, label: label(CAMPAIGN_KIND_LABELS[kind]) }))} />
          </Form.Item>
          <Form.Item label={t('campaign.title')} name="title" rules={[...required(t('campaign.title')), { whitespace: true, message: t('common.fieldRequired', { field: t('campaign.title') }) }]}>
            <Input maxLength={200} />
          </Form.Item>
          <div className="yz-form-row">
            <Form.Item label={t('campaign.edition')} name="edition" rules={required(t('campaign.edition'))}>
              <InputNumber<number> min={1} max={1000} precision={0} style={{ width: 140 }} />
            </Form.Item>
            <Form.Item label={t('campaign.year')} name="year" rules={required(t('campaign.year'))}>
              <InputNumber<number> min={1990} max={2100} precision={0} style={{ width: 140 }} />
            </Form.Item>
          </div>
          <div className="yz-form-row">
            <Form.Item label={t('campaign.startsOn')} name="startsOn">
              <DatePicker />
            </Form.Item>
            <Form.Item label={t('campaign.endsOn')} name="endsOn">
              <DatePicker />
            </Form.Item>
          </div>
          <Form.Item label={t('campaign.source')} name="source">
            <Input.TextArea rows={2} maxLength={LIMITS.sourceMax} />
          </Form.Item>
        </Form>
      )}
    </FormDialog>
  );
}
