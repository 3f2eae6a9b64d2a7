import { DatePicker, Form, Input } from 'antd';
import { DECISION_FIELD_KINDS, type DecisionFieldKind, type Need } from '@shared/lifecycle';
import type { Dayjs } from 'dayjs';
import type { DatePrecision } from '../api/types';
import { useT } from '../i18n/use-t';
import { isAfterToday, toPartialDate } from '../lib/partial-date';
import { PartialDateItem } from './partial-date-item';
import type { TransitionBody } from './transition-presentation';

/** A partial date's precision is kept beside it in the form, under this name. */
export const precisionName = (field: string) => `${field}Precision`;

/** One decision field, asked for the way its kind is (DECISION_FIELD_KINDS). */
export function TransitionField({ name, kind, need, label, extra }: { name: string; kind: DecisionFieldKind; need: Need; label: string; extra?: string }) {
  const { t } = useT();
  const required = need === 'required';
  const spec = DECISION_FIELD_KINDS[kind];
  if (spec.input === 'partialDate') return <PartialDateItem label={label} name={name} precisionName={precisionName(name)} required={required} noFuture extra={extra} />;
  if (spec.input === 'day') {
    return (
      <Form.Item
        label={label}
        name={name}
        extra={extra}
        rules={[
          ...(required ? [{ required: true, message: t('common.selectRequired', { field: label }) }] : []),
          {
            validator: (_: unknown, value: Dayjs | null | undefined) =>
              value && isAfterToday(value) ? Promise.reject(new Error(t('platforms.futureDate'))) : Promise.resolve(),
          },
        ]}
      >
        <DatePicker style={{ width: '100%' }} disabledDate={(date) => isAfterToday(date)} />
      </Form.Item>
    );
  }
  const max = spec.max;
  const rules = [
    ...(required ? [{ required: true, whitespace: true, message: t('common.fieldRequired', { field: label }) }] : []),
    { max, message: t('common.maxLength', { field: label, max }) },
  ];
  return (
    <Form.Item label={label} name={name} extra={extra} rules={rules}>
      {spec.input === 'line' ? (
        <Input maxLength={max} />
      ) : (
        <Input.TextArea rows={kind === 'comment' ? 4 : 3} maxLength={max} showCount={kind === 'comment'} />
      )}
    </Form.Item>
  );
}

/** The form's values as the API takes them: text trimmed, dates as 'YYYY-MM-DD' (or 'YYYY-MM', 'YYYY'), blanks left out. */
export function toTransitionBody(values: Record<string, unknown>, fields: { name: string; kind: DecisionFieldKind }[]): TransitionBody {
  return Object.fromEntries(
    fields.map(({ name, kind }) => {
      const value = values[name];
      if (DECISION_FIELD_KINDS[kind].input === 'partialDate') {
        return [name, toPartialDate(value as Dayjs | undefined, (values[precisionName(name)] as DatePrecision | undefined) ?? 'day') ?? undefined];
      }
      if (DECISION_FIELD_KINDS[kind].input === 'day') return [name, value ? (value as Dayjs).format('YYYY-MM-DD') : undefined];
      return [name, typeof value === 'string' ? value.trim() || undefined : undefined];
    }),
  );
}
