import { DatePicker, Form, Input, InputNumber, Select } from 'antd';
import { DELEGATION_TYPES, DELEGATION_TYPE_LABELS, type DelegationType } from '@shared/powers.enums';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { useCreateDelegation, usePowerBatches } from '../../../../api/powers';
import type { Delegation } from '../../../../api/types';
import { FormDialog, useSubmitHandlers } from '../../../../components/form-dialog';
import { ZoneTreeSelect } from '../../../../components/zone-tree-select';
import { useT } from '../../../../i18n/use-t';
import { ItemSelect } from './item-select';

type Values = {
  itemId: number;
  batchId: number;
  zoneId: number;
  delegationType: DelegationType;
  receivingBody?: string;
  entrustmentRef?: string;
  promisedLimitDays?: number | null;
  effectiveOn?: Dayjs | null;
  supervisionMeasures?: string;
};

/** 下放事项 (the province office): an item of the catalogue to a zone by a batch; a 委托 needs its 委托书. */
export function DelegateDialog({ onClose }: { onClose: () => void }) {
  const { t, label } = useT();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const create = useCreateDelegation();
  const batches = usePowerBatches();
  const type = Form.useWatch('delegationType', form);
  const { unmatched, reset, callbacks } = useSubmitHandlers(form, (delegation: Delegation) => void navigate(`/console/powers/${delegation.id}`), t('powers.delegated'));
  const onFinish = (values: Values) => {
    reset();
    create.mutate(
      {
        itemId: values.itemId,
        batchId: values.batchId,
        zoneId: values.zoneId,
        delegationType: values.delegationType,
        receivingBody: values.receivingBody?.trim() || null,
        entrustmentRef: values.entrustmentRef?.trim() || null,
        promisedLimitDays: values.promisedLimitDays ?? null,
        effectiveOn: values.effectiveOn ? values.effectiveOn.format('YYYY-MM-DD') : undefined,
        supervisionMeasures: values.supervisionMeasures?.trim() || null,
      },
      callbacks,
    );
  };
  return (
    <FormDialog title={t('powers.delegate')} form={form} mutation={create} unmatched={unmatched} onClose={onClose} width={640}>
      <Form form={form} layout="vertical" name="power-delegate" onFinish={onFinish} initialValues={{ delegationType: 'devolve' }}>
        <Form.Item name="itemId" label={t('powers.item')} rules={[{ required: true }]}>
          <ItemSelect id="power-delegate_itemId" />
        </Form.Item>
        <Form.Item name="batchId" label={t('powers.batch')} rules={[{ required: true }]}>
          <Select
            id="power-delegate_batchId"
            placeholder={t('powers.pickBatch')}
            loading={batches.isPending}
            options={(batches.data ?? []).map((batch) => ({ value: batch.id, label: batch.document ? `${batch.title}（${batch.document}）` : batch.title }))}
          />
        </Form.Item>
        <Form.Item name="zoneId" label={t('powers.receivingZone')} rules={[{ required: true }]}>
          <ZoneTreeSelect id="power-delegate_zoneId" placeholder={t('powers.pickZone')} allowClear={false} style={{ width: '100%' }} ariaLabel={t('powers.receivingZone')} />
        </Form.Item>
        <Form.Item name="receivingBody" label={t('powers.receivingBody')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="delegationType" label={t('powers.delegationType')} rules={[{ required: true }]}>
          <Select options={DELEGATION_TYPES.map((value) => ({ value, label: label(DELEGATION_TYPE_LABELS[value]) }))} />
        </Form.Item>
        <Form.Item name="entrustmentRef" label={t('powers.entrustmentRef')} extra={t('powers.entrustmentHint')} rules={[{ required: type === 'entrust', whitespace: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="promisedLimitDays" label={`${t('powers.promisedLimit')}（${t('powers.days')}）`}>
          <InputNumber min={1} max={3650} precision={0} />
        </Form.Item>
        <Form.Item name="effectiveOn" label={t('powers.effectiveOn')} extra={t('powers.effectiveOnHint')}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="supervisionMeasures" label={t('powers.measures')}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}
