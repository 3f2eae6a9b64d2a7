import { Form, Input, Typography } from 'antd';
import { LIMITS } from '@shared/limits';
import type { IndicatorValue } from '../../../../api/types';
import { useCorrectIndicatorValue } from '../../../../api/indicators';
import { FormDialog, useSubmitHandlers } from '../../../../components/form-dialog';
import { useT } from '../../../../i18n/use-t';
import { useFigureWords } from '../../../../lib/indicator-figures';
import { useZoneNames } from '../../../../lib/zone-names';
import { FigureFields, type FigureValues, figureBody } from './value-fields';

type Values = FigureValues & { reason?: string };

/** 更正: a new version of a current value, with the reason; the old version stays in the history. */
export function CorrectionDialog({ value, onClose }: { value: IndicatorValue; onClose: () => void }) {
  const { t } = useT();
  const words = useFigureWords();
  const zoneNames = useZoneNames();
  const [form] = Form.useForm<Values>();
  const mutation = useCorrectIndicatorValue(value.id);
  const { unmatched, reset, callbacks } = useSubmitHandlers(form, onClose, t('indicators.correctedOk'));

  const onFinish = (values: Values) => {
    reset();
    mutation.mutate({ ...figureBody(values, value.unit), source: values.source?.trim() || undefined, reason: (values.reason ?? '').trim() }, callbacks);
  };

  return (
    <FormDialog
      title={t('indicators.correctTitle', { zone: zoneNames.full(value.zoneId, value.zoneName), period: words.period(value.period) })}
      form={form}
      mutation={mutation}
      unmatched={unmatched}
      onClose={onClose}
      width={640}
    >
      <Typography.Paragraph>{t('indicators.correctCurrent', { figure: words.figure(value) })}</Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        name={`indicator-correct-${value.id}`}
        initialValues={{ value: value.value, unit: value.unit, qualifier: value.qualifier ?? '', source: value.source, sourceSentence: value.sourceSentence ?? '', internalNote: value.internalNote ?? '' }}
        onFinish={onFinish}
        scrollToFirstError={{ block: 'center' }}
      >
        <FigureFields unit={value.unit} sourceRequired={false} />
        <Form.Item
          label={t('indicators.correctReason')}
          name="reason"
          extra={t('indicators.correctReasonHint')}
          rules={[
            { required: true, whitespace: true, message: t('common.fieldRequired', { field: t('indicators.correctReason') }) },
            { max: LIMITS.commentMax, message: t('common.maxLength', { field: t('indicators.correctReason'), max: LIMITS.commentMax }) },
          ]}
        >
          <Input.TextArea rows={3} maxLength={LIMITS.commentMax} />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}
