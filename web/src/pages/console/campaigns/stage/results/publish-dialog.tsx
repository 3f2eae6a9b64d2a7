import { Alert, Checkbox, DatePicker, Form, Input, InputNumber } from 'antd';
import { PUBLICITY_WORKING_DAYS } from '@shared/evaluation.enums';
import type { Dayjs } from 'dayjs';
import { usePublishResults } from '../../../../../api/evaluation/results';
import { FormDialog, useSubmitHandlers } from '../../../../../components/form-dialog';
import { useT } from '../../../../../i18n/use-t';

type Values = { document: string; startsOn?: Dayjs | null; workingDays: number; irreversible: boolean };

/**
 * 发布结果: the 文号, the 公示's first day and its length in working days; the server computes the
 * last day (it knows the holidays) and the card shows it once published. Publishing cannot be
 * undone, so the form asks for an explicit confirmation.
 */
export function PublishDialog({ stageId, onClose }: { stageId: number; onClose: () => void }) {
  const { t } = useT();
  const [form] = Form.useForm<Values>();
  const publish = usePublishResults(stageId);
  const { unmatched, reset, callbacks } = useSubmitHandlers(form, onClose, t('results.published'));
  const onFinish = (values: Values) => {
    reset();
    publish.mutate({ document: values.document.trim(), workingDays: values.workingDays, ...(values.startsOn ? { startsOn: values.startsOn.format('YYYY-MM-DD') } : {}) }, callbacks);
  };
  return (
    <FormDialog title={t('results.publishTitle')} form={form} mutation={publish} unmatched={unmatched} onClose={onClose} okText={t('results.publish')}>
      <Alert type="warning" showIcon className="yz-mb" title={t('results.publishLead')} />
      <Form<Values> form={form} layout="vertical" initialValues={{ workingDays: PUBLICITY_WORKING_DAYS.default, irreversible: false }} onFinish={onFinish} data-testid="publish-form">
        <Form.Item name="document" label={t('results.document')} rules={[{ required: true, whitespace: true, message: t('common.fieldRequired', { field: t('results.document') }) }]}>
          <Input maxLength={200} data-testid="publish-document" />
        </Form.Item>
        <Form.Item name="startsOn" label={t('results.startsOn')} extra={t('results.startsOnHint')}>
          <DatePicker style={{ width: '100%' }} data-testid="publish-starts-on" />
        </Form.Item>
        <Form.Item name="workingDays" label={t('results.workingDays')} extra={t('results.workingDaysHint')} rules={[{ required: true, message: t('common.fieldRequired', { field: t('results.document') }) }]}>
          <InputNumber min={1} max={PUBLICITY_WORKING_DAYS.max} precision={0} style={{ width: '100%' }} data-testid="publish-working-days" />
        </Form.Item>
        <Form.Item
          name="irreversible"
          valuePropName="checked"
          rules={[{ validator: (_, value: boolean) => (value ? Promise.resolve() : Promise.reject(new Error(t('results.irreversibleRequired')))) }]}
        >
          <Checkbox data-testid="publish-irreversible">{t('results.irreversible')}</Checkbox>
        </Form.Item>
      </Form>
    </FormDialog>
  );
}
