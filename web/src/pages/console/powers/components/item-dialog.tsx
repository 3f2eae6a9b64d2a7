import { Form, Input, InputNumber, Select } from 'antd';
import { POWER_ITEM_TYPES, POWER_ITEM_TYPE_LABELS, POWER_TIERS, POWER_TIER_LABELS } from '@shared/powers.enums';
import { useCreateItem } from '../../../../api/powers';
import type { PowerItemBody } from '../../../../api/types';
import { FormDialog, useSubmitHandlers } from '../../../../components/form-dialog';
import { useT } from '../../../../i18n/use-t';
import { ItemSelect } from './item-select';

type Values = Omit<PowerItemBody, 'parentId'> & { parentId?: number };

/** 新增事项 (the province office): a catalogue item with the six elements 政务服务事项 practice requires. */
export function ItemDialog({ onClose }: { onClose: () => void }) {
  const { t, label } = useT();
  const [form] = Form.useForm<Values>();
  const create = useCreateItem();
  const { unmatched, reset, callbacks } = useSubmitHandlers(form, onClose, t('powers.itemCreated'));
  const onFinish = (values: Values) => {
    reset();
    create.mutate({ ...values, parentId: values.parentId ?? null, legalLimitDays: values.legalLimitDays ?? null, source: values.source?.trim() || null, internalNote: values.internalNote?.trim() || null }, callbacks);
  };
  return (
    <FormDialog title={t('powers.newItem')} form={form} mutation={create} unmatched={unmatched} onClose={onClose} width={640}>
      <Form form={form} layout="vertical" name="power-item" onFinish={onFinish} initialValues={{ tier: 'main', itemType: 'licensing' }}>
        <Form.Item name="name" label={t('powers.itemName')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="code" label={t('powers.itemCode')} extra={t('powers.codeHint')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="tier" label={t('powers.tier')} rules={[{ required: true }]}>
          <Select options={POWER_TIERS.map((value) => ({ value, label: label(POWER_TIER_LABELS[value]) }))} />
        </Form.Item>
        <Form.Item name="parentId" label={t('powers.parentItem')}>
          <ItemSelect id="power-item_parentId" />
        </Form.Item>
        <Form.Item name="itemType" label={t('powers.itemType')} rules={[{ required: true }]}>
          <Select options={POWER_ITEM_TYPES.map((value) => ({ value, label: label(POWER_ITEM_TYPE_LABELS[value]) }))} />
        </Form.Item>
        <Form.Item name="department" label={t('powers.department')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="implementingBody" label={t('powers.implementingBody')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="legalBasis" label={t('powers.legalBasis')} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="legalLimitDays" label={`${t('powers.legalLimit')}（${t('powers.days')}）`}>
          <InputNumber min={1} max={3650} precision={0} />
        </Form.Item>
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
