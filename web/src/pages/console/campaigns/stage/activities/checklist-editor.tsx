import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, List, Space, Switch, Tag } from 'antd';
import type { DiligenceItem } from '../../../../../api/types';
import { useSetChecklist } from '../../../../../api/evaluation/stage-activities';
import { useT } from '../../../../../i18n/use-t';
import { applyFieldErrors, errorMessage } from '../../../../../lib/form-errors';

type Row = { id?: number; name: string; description?: string | null; required: boolean };

/** The checklist as one list: items keep their id (and their checks) when edited; read-only once the stage's setup has closed. */
export function ChecklistEditor({ stageId, items, editable }: { stageId: number; items: DiligenceItem[]; editable: boolean }) {
  const { t } = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ items: Row[] }>();
  const save = useSetChecklist(stageId);
  if (!editable) {
    if (items.length === 0) return <p className="yz-muted">{t('diligence.noItems')}</p>;
    return (
      <List size="small" header={<strong>{t('diligence.checklist')}</strong>} dataSource={items}
        renderItem={(item) => <List.Item>{item.ordinal}. {item.name}<Tag className="yz-tag-after">{item.required ? t('diligence.required') : t('diligence.optional')}</Tag>{item.description && <span className="yz-muted"> {item.description}</span>}</List.Item>} />
    );
  }
  const submit = (values: { items: Row[] }) =>
    save.mutate(
      { items: values.items.map((row) => ({ ...(row.id ? { id: row.id } : {}), name: row.name, description: row.description?.trim() || null, required: row.required })) },
      { onSuccess: () => void message.success(t('diligence.checklistSaved')), onError: (error) => { applyFieldErrors(form, error); void message.error(errorMessage(error)); } },
    );
  return (
    <Form form={form} layout="vertical" onFinish={submit} initialValues={{ items: items.map((item) => ({ id: item.id, name: item.name, description: item.description, required: item.required })) }} data-testid="checklist-editor">
      <strong>{t('diligence.checklist')}</strong>
      <Form.List name="items">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <Space key={field.key} align="baseline" wrap>
                <Form.Item name={[field.name, 'id']} hidden><Input /></Form.Item>
                <Form.Item name={[field.name, 'name']} rules={[{ required: true, whitespace: true, message: t('diligence.itemName') }]}>
                  <Input placeholder={t('diligence.itemName')} aria-label={`${t('diligence.itemName')} ${index + 1}`} maxLength={100} data-testid={`checklist-name-${index}`} />
                </Form.Item>
                <Form.Item name={[field.name, 'description']}>
                  <Input placeholder={t('diligence.itemDescription')} aria-label={`${t('diligence.itemDescription')} ${index + 1}`} maxLength={500} style={{ minWidth: 280 }} />
                </Form.Item>
                <Form.Item name={[field.name, 'required']} valuePropName="checked">
                  <Switch checkedChildren={t('diligence.required')} unCheckedChildren={t('diligence.optional')} aria-label={t('diligence.required')} />
                </Form.Item>
                <Button icon={<DeleteOutlined aria-hidden="true" />} onClick={() => remove(field.name)} aria-label={t('diligence.removeItem')} />
              </Space>
            ))}
            <Space>
              <Button icon={<PlusOutlined aria-hidden="true" />} onClick={() => add({ name: '', required: true })} data-testid="checklist-add">{t('diligence.addItem')}</Button>
              <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="checklist-save">{t('diligence.saveChecklist')}</Button>
            </Space>
          </>
        )}
      </Form.List>
    </Form>
  );
}
