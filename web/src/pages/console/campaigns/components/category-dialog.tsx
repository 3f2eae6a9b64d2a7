import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, InputNumber, Space } from 'antd';
import { FormDialog, useSubmitHandlers } from '../../../../components/form-dialog';
import { useSaveCategory } from '../../../../api/campaigns';
import type { CampaignCategory, CategoryBody } from '../../../../api/types';
import { useT } from '../../../../i18n/use-t';

type Values = { name?: string; slots?: number | null; prizes?: { name?: string; count?: number }[] };

function toBody(values: Values): CategoryBody {
  return {
    name: (values.name ?? '').trim(),
    slots: values.slots ?? null,
    prizes: (values.prizes ?? []).map((prize) => ({ name: (prize.name ?? '').trim(), count: prize.count ?? 0 })),
  };
}

/** 组别/类别 with its places and prize tiers (一等奖 4, 二等奖 8 …); the same dialog adds and edits. */
export function CategoryDialog({ campaignId, category, onClose }: { campaignId: number; category?: CampaignCategory; onClose: () => void }) {
  const { t } = useT();
  const [form] = Form.useForm<Values>();
  const mutation = useSaveCategory(campaignId, category?.id);
  const submit = useSubmitHandlers(form, onClose, t('evaluation.saved'));
  const required = (field: string) => [{ required: true, whitespace: true, message: t('common.fieldRequired', { field }) }];
  return (
    <FormDialog title={category ? t('category.edit') : t('category.add')} form={form} mutation={mutation} unmatched={submit.unmatched} onClose={onClose}>
      <Form<Values>
        form={form}
        layout="vertical"
        name="category"
        initialValues={{ name: category?.name, slots: category?.slots ?? null, prizes: category?.prizes ?? [] }}
        onFinish={(values) => {
          submit.reset();
          mutation.mutate(toBody(values), submit.callbacks);
        }}
      >
        <Form.Item label={t('category.name')} name="name" rules={required(t('category.name'))}>
          <Input maxLength={60} placeholder={t('category.nameHint')} />
        </Form.Item>
        <Form.Item label={t('category.slots')} name="slots" extra={t('category.slotsHint')}>
          <InputNumber<number> min={1} max={100000} precision={0} style={{ width: 160 }} />
        </Form.Item>
        <Form.List name="prizes">
          {(fields, { add, remove }) => (
            <fieldset className="yz-fieldset">
              <legend>{t('category.prizes')}</legend>
              {fields.map((field, index) => (
                <Space key={field.key} align="baseline" wrap>
                  <Form.Item name={[field.name, 'name']} rules={required(t('category.prizeName'))} label={t('category.prizeName')}>
                    <Input maxLength={40} placeholder={t('category.prizeNameHint')} aria-label={`${t('category.prizeName')} ${index + 1}`} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'count']} rules={[{ required: true, message: t('common.fieldRequired', { field: t('category.prizeCount') }) }]} label={t('category.prizeCount')}>
                    <InputNumber<number> min={1} max={1000} precision={0} aria-label={`${t('category.prizeCount')} ${index + 1}`} />
                  </Form.Item>
                  <Button type="text" danger icon={<DeleteOutlined aria-hidden="true" />} aria-label={t('evaluation.delete')} onClick={() => remove(field.name)} />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined aria-hidden="true" />} onClick={() => add({ count: 1 })} data-testid="category-prize-add">
                {t('category.prizeAdd')}
              </Button>
            </fieldset>
          )}
        </Form.List>
      </Form>
    </FormDialog>
  );
}
