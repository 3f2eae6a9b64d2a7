import { Alert, Form, Input } from 'antd';
import { LIMITS } from '@shared/limits';
import { useReopenResults } from '../../../../../api/evaluation/results';
import { FormDialog, useSubmitHandlers } from '../../../../../components/form-dialog';
import { useT } from '../../../../../i18n/use-t';

/** 重新开放 after an upheld objection: the reason is recorded; the results go back to 待发布 for a new computation and publication. */
export function ReopenDialog({ stageId, onClose }: { stageId: number; onClose: () => void }) {
  const { t } = useT();
  const [form] = Form.useForm<{ comment: string }>();
  const reopen = useReopenResults(stageId);
  const { unmatched, reset, callbacks } = useSubmitHandlers(form, onClose, t('results.reopened'));
  return (
    <FormDialog title={t('results.reopenTitle')} form={form} mutation={reopen} unmatched={unmatched} onClose={onClose} okText={t('results.reopen')}>
      <Alert type="info" showIcon className="yz-mb" title={t('results.reopenLead')} />
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) => {
          reset();
          reopen.mutate({ comment: values.comment.trim() }, callbacks);
        }}
        data-testid="reopen-form"
      >
        <Form.Item name="comment" label={t('results.reopenReason')} rules={[{ required: true, whitespace: true, message: t('common.fieldRequired', { field: t('results.reopenReason') }) }]}>
          <Input.TextArea rows={3} maxLength={LIMITS.commentMax} data-testid="reopen-comment" />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}
