import { Checkbox, DatePicker, Form, Input, Radio, Select, Space } from 'antd';
import { ZONE_TYPE_LABELS, type ZoneType } from '@shared/zones.enums';
import { REFORM_TASKS, REFORM_TASK_LABELS, type ReformTask } from '@shared/innovations.enums';
import { LIMITS } from '@shared/limits';
import type { Dayjs } from 'dayjs';
import type { DatePrecision } from '../../../../api/types';
import { useT } from '../../../../i18n/use-t';
import { DATE_PICKER } from '../../../../lib/partial-date';

export { toPartialDate } from '../../../../lib/partial-date';

export type ZoneFormValues = {
  type?: ZoneType;
  code?: string;
  name?: string;
  nameEn?: string;
  shortName?: string;
  establishedPrecision: DatePrecision;
  establishedOn?: Dayjs | null;
  areaKm2?: string;
  positioning?: string;
  tasks?: ReformTask[];
  group?: string;
  description?: string;
  source?: string;
};

/** Form items shared by "edit zone" and "add sub-zone"; `childTypes` only when creating. */
export function ZoneFormFields({ childTypes }: { childTypes?: readonly ZoneType[] }) {
  const { t, label } = useT();
  const required = (field: string) => ({ required: true, whitespace: true, message: t('common.fieldRequired', { field }) });
  const max = (field: string, n: number) => ({ max: n, message: t('common.maxLength', { field, max: n }) });
  const precision = Form.useWatch('establishedPrecision') as DatePrecision | undefined;

  return (
    <>
      {childTypes && (
        <>
          <Form.Item label={t('zone.type')} name="type" rules={[{ required: true, message: t('common.selectRequired', { field: t('zone.type') }) }]}>
            <Select options={childTypes.map((type) => ({ value: type, label: label(ZONE_TYPE_LABELS[type]) }))} />
          </Form.Item>
          <Form.Item
            label={t('zone.code')}
            name="code"
            extra={t('zones.codeHint')}
            normalize={(value: string) => value.toUpperCase()}
            rules={[required(t('zone.code')), { pattern: /^[A-Z][A-Z0-9-]{1,31}$/, message: t('zones.codeHint') }]}
          >
            <Input maxLength={LIMITS.codeMax} autoComplete="off" />
          </Form.Item>
        </>
      )}
      <Form.Item label={t('zone.name')} name="name" rules={[required(t('zone.name')), max(t('zone.name'), LIMITS.nameMax)]}>
        <Input maxLength={LIMITS.nameMax} />
      </Form.Item>
      <Form.Item label={t('zone.shortName')} name="shortName" rules={[required(t('zone.shortName')), max(t('zone.shortName'), LIMITS.shortNameMax)]}>
        <Input maxLength={LIMITS.shortNameMax} />
      </Form.Item>
      <Form.Item label={t('zone.nameEn')} name="nameEn" rules={[max(t('zone.nameEn'), LIMITS.nameMax * 2)]}>
        <Input maxLength={LIMITS.nameMax * 2} lang="en" />
      </Form.Item>
      <Form.Item label={t('zone.established')} required={false}>
        <Space wrap>
          <Form.Item name="establishedPrecision" noStyle>
            <Radio.Group
              aria-label={t('zones.establishedPrecision')}
              optionType="button"
              options={(['day', 'month', 'year'] as const).map((p) => ({ value: p, label: t(`zones.precision.${p}`) }))}
            />
          </Form.Item>
          <Form.Item name="establishedOn" noStyle>
            <DatePicker picker={DATE_PICKER[precision ?? 'day']} aria-label={t('zone.established')} allowClear />
          </Form.Item>
        </Space>
      </Form.Item>
      <Form.Item
        label={`${t('zone.area')}（km²）`}
        name="areaKm2"
        rules={[{ pattern: /^\d{1,10}(\.\d{1,2})?$/, message: t('zones.areaInvalid') }]}
      >
        <Input inputMode="decimal" suffix="km²" />
      </Form.Item>
      <Form.Item label={t('zone.group')} name="group" rules={[max(t('zone.group'), LIMITS.nameMax)]}>
        <Input maxLength={LIMITS.nameMax} />
      </Form.Item>
      <Form.Item label={t('zone.tasks')} name="tasks">
        <Checkbox.Group options={REFORM_TASKS.map((task) => ({ value: task, label: label(REFORM_TASK_LABELS[task]) }))} />
      </Form.Item>
      <Form.Item label={t('zone.positioning')} name="positioning" rules={[max(t('zone.positioning'), LIMITS.textMax)]}>
        <Input.TextArea rows={3} maxLength={LIMITS.textMax} showCount />
      </Form.Item>
      <Form.Item label={t('zone.description')} name="description" rules={[max(t('zone.description'), LIMITS.textMax)]}>
        <Input.TextArea rows={5} maxLength={LIMITS.textMax} showCount />
      </Form.Item>
      <Form.Item label={t('zone.source')} name="source" rules={[required(t('zone.source')), max(t('zone.source'), LIMITS.sourceMax)]}>
        <Input.TextArea rows={3} maxLength={LIMITS.sourceMax} />
      </Form.Item>
    </>
  );
}
