import { Form, Input, Select } from 'antd';
import { POWER_LEVELS, POWER_LEVEL_LABELS } from '@shared/powers.enums';
import type { Dayjs } from 'dayjs';
import { useCreateBatch } from '../../../../api/powers';
import type { DatePrecision } from '../../../../api/types';
import { FormDialog, useSubmitHandlers } from '../../../../components/form-dialog';
import { PartialDateItem } from '../../../../components/partial-date-item';
import { useT } from '../../../../i18n/use-t';
import { toPartialDate } from '../../../../lib/partial-date';

type Values = {
  level: (typeof POWER_LEVELS)[number];
  title: string;
  document?: string;
  publishedOn?: Dayjs | null;
  publishedPrecision: DatePrecision;
  effectiveOn?: Dayjs | null;
  effectivePrecision: DatePrecision;
  source?: string;
  internalNote?: string;
};

/** 新建批次 (the province office): a batch and its document; the sources often date it only to the month. */
export function BatchDialog({ onClose }: { onClose: () => void }) {
  const { t, label } = useT();
  const [form] = Form.useForm<Values>();
  const create = useCreateBatch();
  const { unmatched, reset, callbacks } = useSubmitHandlers(form, onClose, t('powers.batchCreated'));
  const onFinish = (values: Values) => {
    reset();
    create.mutate(
      {
        level: values.level,
        title: values.title,
        document: values.document?.trim() || null,
        publishedOn: toPartialDate(values.publishedOn, values.publishedPrecision),
        effectiveOn: toPartialDate(values.effectiveOn, values.effectivePrecision) ?? '',
        source: values.source?.trim() || null,
        internalNote: values.internalNote?.trim() || null,
      },
      callbacks,
    );
  };
  return (
    <FormDialog title={t('powers.newBatch')} form={form} mutation={create} unmatched={unmatched} onClose={onClose} width={640}>
      <Form form={form} layout="vertical" name="power-batch" onFinish={onFinish} initialValues={{ level: 'province', publishedPrecision: 'day', effectivePrecision: 'day' }}>
        <Form.Item name="level" label={t('powers.batches.level')} rules={[{ required: true }]}>
          <Select options={POWER_LEVELS.map((value) => ({ value, label: label(POWER_LEVEL_LABELS[value]) }))} />
        </Form.Item>
        <Form.Item name="title" label={t('powers.batchTitle')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="document" label={t('powers.document')}>
          <Input maxLength={200} placeholder="四川省人民政府令第332号" />
        </Form.Item>
        <PartialDateItem label={t('powers.publishedOn')} name="publishedOn" precisionName="publishedPrecision" noFuture />
        <PartialDateItem label={t('powers.effectiveOn')} name="effectiveOn" precisionName="effectivePrecision" required />
        <Form.Item name="source" label={t('powers.source')}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="internalNote" label={t('powers.internalNote')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}
