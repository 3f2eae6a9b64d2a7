import { Form, Select } from 'antd';
import type { Label } from '@shared/enums';
import { useT } from '../i18n/use-t';

/** One of a shared enum's values, by its label; cleared means "all". */
export function EnumFilter<T extends string>(props: {
  id: string;
  label: string;
  values: readonly T[];
  labels: Record<T, Label>;
  value: T | undefined;
  onChange: (value: T | undefined) => void;
  width: number;
}) {
  const { t, label } = useT();
  return (
    <Form.Item label={props.label} htmlFor={props.id}>
      <Select<T>
        id={props.id}
        allowClear
        placeholder={t('common.all')}
        style={{ width: props.width }}
        value={props.value}
        onChange={props.onChange}
        options={props.values.map((value) => ({ value, label: label(props.labels[value]) }))}
      />
    </Form.Item>
  );
}
