import { AutoComplete, Button, DatePicker, Form, Input, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useT } from '../../../../i18n/use-t';

export type AuditFilterValues = { entityType?: string; action?: string; actor?: string; from?: string; to?: string };
type FormValues = { entityType?: string; action?: string; actor?: string; range?: [Dayjs | null, Dayjs | null] | null };

// Suggestions only: the server owns the event registry (src/features/audit/audit-events.ts), free text still works.
const ENTITY_TYPES = ['user', 'zone', 'platform', 'system'];
const ACTIONS = ['login', 'login_failed', 'lock', 'logout', 'change_password', 'create', 'update', 'apply', 'approve', 'build', 'operate', 'transition', 'load_demo'];
const toOptions = (values: string[]) => values.map((value) => ({ value }));

function toFormValues(value: AuditFilterValues): FormValues {
  return {
    entityType: value.entityType,
    action: value.action,
    actor: value.actor,
    range: value.from || value.to ? [value.from ? dayjs(value.from) : null, value.to ? dayjs(value.to) : null] : null,
  };
}

export function AuditFilters({ value, onSearch }: { value: AuditFilterValues; onSearch: (next: AuditFilterValues) => void }) {
  const { t } = useT();
  const [form] = Form.useForm<FormValues>();

  // Back/forward changes the URL: show what the list is really filtered by.
  const valueKey = JSON.stringify(value);
  useEffect(() => {
    form.setFieldsValue(toFormValues(JSON.parse(valueKey) as AuditFilterValues));
  }, [form, valueKey]);

  const onFinish = (values: FormValues) =>
    onSearch({
      entityType: values.entityType?.trim() || undefined,
      action: values.action?.trim() || undefined,
      actor: values.actor?.trim() || undefined,
      from: values.range?.[0]?.format('YYYY-MM-DD'),
      to: values.range?.[1]?.format('YYYY-MM-DD'),
    });

  const filter = (input: string, option?: { value: string }) => !!option?.value.toLowerCase().includes(input.toLowerCase());

  return (
    <Form<FormValues> form={form} layout="inline" className="yz-filters" onFinish={onFinish} initialValues={toFormValues(value)} name="audit-filters">
      <Form.Item label={t('audit.entityType')} name="entityType">
        <AutoComplete options={toOptions(ENTITY_TYPES)} filterOption={filter} style={{ width: 140 }} allowClear />
      </Form.Item>
      <Form.Item label={t('audit.action')} name="action">
        <AutoComplete options={toOptions(ACTIONS)} filterOption={filter} style={{ width: 160 }} allowClear />
      </Form.Item>
      <Form.Item label={t('audit.actor')} name="actor">
        <Input style={{ width: 160 }} maxLength={64} allowClear />
      </Form.Item>
      <Form.Item label={t('audit.dateRange')} name="range">
        <DatePicker.RangePicker allowEmpty={[true, true]} />
      </Form.Item>
      <Form.Item>
        <Space>
          <Button type="primary" htmlType="submit">
            {t('common.search')}
          </Button>
          <Button
            onClick={() => {
              form.resetFields();
              form.setFieldsValue({ entityType: undefined, action: undefined, actor: undefined, range: null });
              onSearch({});
            }}
          >
            {t('common.reset')}
          </Button>
        </Space>
      </Form.Item>
    </Form>
  );
}
