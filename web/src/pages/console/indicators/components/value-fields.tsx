import { Form, Input, Select, Space } from 'antd';
import { LIMITS } from '@shared/limits';
import { QUALIFIERS, UNITS, type Unit } from '@shared/indicators.enums';
import { sameDimension } from '@shared/indicators/quantity';
import { ApiError } from '../../../../api/api';
import { useT } from '../../../../i18n/use-t';
import { useFigureWords } from '../../../../lib/indicator-figures';

/** The same pattern the API checks (indicators.schema.ts), so a typo is caught before sending. */
const VALUE_PATTERN = /^-?\d{1,15}(\.\d{1,8})?$/;

export type FigureValues = { value?: string; unit?: Unit; qualifier?: string; source?: string; sourceSentence?: string; internalNote?: string };

/** The API's answer to a one-value batch names fields `values.0.value`; the form's fields are `value`. */
export function withinBatch(error: unknown): unknown {
  if (!(error instanceof ApiError)) return error;
  return new ApiError(error.status, error.code, error.message, error.fields.map((field) => ({ ...field, path: field.path.replace(/^values\.\d+\./, '') })));
}

/**
 * A figure as it is entered and corrected: value, unit (any of the indicator's dimension, converted
 * exactly by the server), qualifier (约, 超, 余 …), source citation and sentence, internal note.
 */
export function FigureFields({ unit, sourceRequired }: { unit: Unit; sourceRequired: boolean }) {
  const { t } = useT();
  const words = useFigureWords();
  const max = (field: string, n: number) => ({ max: n, message: t('common.maxLength', { field, max: n }) });
  return (
    <>
      <Form.Item label={t('indicators.value')} required extra={t('indicators.unitHint')}>
        <Space.Compact style={{ width: '100%' }}>
          <Form.Item
            name="value"
            noStyle
            rules={[
              { required: true, message: t('common.fieldRequired', { field: t('indicators.value') }) },
              { pattern: VALUE_PATTERN, message: t('indicators.valueFormat') },
            ]}
          >
            <Input id="figure-value" aria-label={t('indicators.value')} placeholder={t('indicators.valuePlaceholder')} inputMode="decimal" style={{ width: '60%' }} />
          </Form.Item>
          <Form.Item name="unit" noStyle>
            <Select
              aria-label={t('indicators.unit')}
              style={{ width: '40%' }}
              options={UNITS.filter((u) => sameDimension(u, unit)).map((u) => ({ value: u, label: words.unit(u) }))}
            />
          </Form.Item>
        </Space.Compact>
      </Form.Item>
      <Form.Item label={t('indicators.qualifier')} name="qualifier" extra={t('indicators.qualifierHint')}>
        <Select
         
          options={[{ value: '', label: t('indicators.qualifierNone') }, ...QUALIFIERS.map((q) => ({ value: q, label: words.qualifier(q) }))]}
        />
      </Form.Item>
      <Form.Item
        label={t('indicators.source')}
        name="source"
        rules={[...(sourceRequired ? [{ required: true, whitespace: true, message: t('common.fieldRequired', { field: t('indicators.source') }) }] : []), max(t('indicators.source'), LIMITS.sourceMax)]}
      >
        <Input maxLength={LIMITS.sourceMax} />
      </Form.Item>
      <Form.Item label={t('indicators.sourceSentence')} name="sourceSentence" rules={[max(t('indicators.sourceSentence'), LIMITS.textMax)]}>
        <Input.TextArea rows={2} maxLength={LIMITS.textMax} />
      </Form.Item>
      <Form.Item label={t('indicators.internalNote')} name="internalNote" extra={t('indicators.internalNoteHint')} rules={[max(t('indicators.internalNote'), LIMITS.textMax)]}>
        <Input.TextArea rows={2} maxLength={LIMITS.textMax} />
      </Form.Item>
    </>
  );
}

/** The form's figure as the API takes it: blanks left out, no qualifier as null. */
export function figureBody(values: FigureValues, unit: Unit) {
  return {
    value: (values.value ?? '').trim(),
    unit: values.unit ?? unit,
    qualifier: (values.qualifier || null) as (typeof QUALIFIERS)[number] | null,
    sourceSentence: values.sourceSentence?.trim() || null,
    internalNote: values.internalNote?.trim() || null,
  };
}
