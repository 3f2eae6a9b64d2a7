import { DatePicker, Form, Input, InputNumber, Select, Switch } from 'antd';
import { STAGE_KINDS, STAGE_KIND_LABELS, type StageKind } from '@shared/evaluation.enums';
import dayjs, { type Dayjs } from 'dayjs';
import { FormDialog, useSubmitHandlers } from '../../../../components/form-dialog';
import { useCreateStage, useUpdateStage } from '../../../../api/campaigns';
import type { CampaignCategory, CampaignStage, StageUpdateBody } from '../../../../api/types';
import { useT } from '../../../../i18n/use-t';
import { AdvancementFields, toAdvancementRule, toAdvancementValues, type AdvancementValues } from './advancement-fields';

type Values = { kind?: StageKind; ordinal?: number; name?: string; startsOn?: Dayjs | null; endsOn?: Dayjs | null; blind?: boolean; advancement: AdvancementValues };

const day = (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : null);

function toUpdate(values: Values): StageUpdateBody & { name: string } {
  return {
    name: (values.name ?? '').trim(),
    startsOn: day(values.startsOn),
    endsOn: day(values.endsOn),
    blind: values.blind ?? false,
    advancement: toAdvancementRule(values.advancement),
  };
}

type Props = { campaignId: number; categories: CampaignCategory[]; stageCount: number; stage?: CampaignStage; onClose: () => void };

/** Adds a stage at a position (the later ones move down) or edits one; its kind is fixed once it exists. */
export function StageDialog({ campaignId, categories, stageCount, stage, onClose }: Props) {
  const { t, label } = useT();
  const [form] = Form.useForm<Values>();
  const create = useCreateStage(campaignId);
  const update = useUpdateStage(stage?.id ?? 0);
  const mutation = stage ? update : create;
  const submit = useSubmitHandlers(form, onClose, t('evaluation.saved'));
  const { callbacks } = submit;
  const onFinish = (values: Values) => {
    submit.reset();
    if (stage) update.mutate(toUpdate(values), callbacks);
    else create.mutate({ ...toUpdate(values), kind: values.kind as StageKind, ordinal: values.ordinal }, callbacks);
  };
  return (
    <FormDialog title={stage ? t('stage.edit') : t('stage.add')} form={form} mutation={mutation} unmatched={submit.unmatched} onClose={onClose} width={640}>
      <Form<Values>
        form={form}
        layout="vertical"
        name="stage"
        initialValues={{
          kind: stage?.kind ?? 'scored',
          ordinal: stageCount + 1,
          name: stage?.name,
          startsOn: stage?.startsOn ? dayjs(stage.startsOn) : null,
          endsOn: stage?.endsOn ? dayjs(stage.endsOn) : null,
          blind: stage?.blind ?? false,
          advancement: toAdvancementValues(stage?.advancement),
        }}
        onFinish={onFinish}
      >
        <div className="yz-form-row">
          <Form.Item label={t('stage.kind')} name="kind" extra={stage ? t('stage.kindFixed') : undefined}>
            <Select disabled={!!stage} style={{ width: 200 }} options={STAGE_KINDS.map((kind) => ({ value: kind, label: label(STAGE_KIND_LABELS[kind]) }))} />
          </Form.Item>
          {!stage && (
            <Form.Item label={t('stage.position')} name="ordinal" extra={t('stage.positionHint')}>
              <InputNumber<number> min={1} max={stageCount + 1} precision={0} />
            </Form.Item>
          )}
        </div>
        <Form.Item label={t('stage.name')} name="name" rules={[{ required: true, whitespace: true, message: t('common.fieldRequired', { field: t('stage.name') }) }]}>
          <Input maxLength={60} placeholder={t('stage.nameHint')} />
        </Form.Item>
        <div className="yz-form-row">
          <Form.Item label={t('campaign.startsOn')} name="startsOn">
            <DatePicker />
          </Form.Item>
          <Form.Item label={t('campaign.endsOn')} name="endsOn">
            <DatePicker />
          </Form.Item>
          <Form.Item label={t('stage.blind')} name="blind" valuePropName="checked" extra={t('stage.blindHint')}>
            <Switch />
          </Form.Item>
        </div>
        <AdvancementFields categories={categories} />
      </Form>
    </FormDialog>
  );
}
