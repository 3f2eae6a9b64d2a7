import { DatePicker, Form, Radio, Space } from 'antd';
import type { FormRule as Rule } from 'antd';
import type { Dayjs } from 'dayjs';
import type { DatePrecision } from '../api/types';
import { useT } from '../i18n/use-t';
import { DATE_PICKER, isAfterToday } from '../lib/partial-date';

const PRECISIONS: DatePrecision[] = ['day', 'month', 'year'];

/**
 * A date known to the day, the month or only the year (2021年1月 / 2021年): a precision switch
 * beside the picker, as the zone form has. The field's value is a Dayjs; the caller turns it into
 * 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' with `toPartialDate`.
 */
export function PartialDateItem({
  label,
  name,
  precisionName,
  required = false,
  noFuture = false,
  extra,
}: {
  label: string;
  name: string;
  precisionName: string;
  required?: boolean;
  noFuture?: boolean;
  extra?: string;
}) {
  const { t } = useT();
  const precision = (Form.useWatch(precisionName) as DatePrecision | undefined) ?? 'day';
  const rules: Rule[] = [];
  if (required) rules.push({ required: true, message: t('common.selectRequired', { field: label }) });
  if (noFuture) {
    rules.push({
      validator: (_, value: Dayjs | null | undefined) =>
        value && isAfterToday(value, precision) ? Promise.reject(new Error(t('platforms.futureDate'))) : Promise.resolve(),
    });
  }
  return (
    <Form.Item label={label} required={required} extra={extra}>
      <Space wrap>
        <Form.Item name={precisionName} noStyle>
          <Radio.Group
            aria-label={t('zones.establishedPrecision')}
            optionType="button"
            options={PRECISIONS.map((p) => ({ value: p, label: t(`zones.precision.${p}`) }))}
          />
        </Form.Item>
        <Form.Item name={name} noStyle rules={rules}>
          <DatePicker
            picker={DATE_PICKER[precision]}
            aria-label={label}
            allowClear={!required}
            disabledDate={noFuture ? (date) => isAfterToday(date, precision) : undefined}
          />
        </Form.Item>
      </Space>
    </Form.Item>
  );
}
