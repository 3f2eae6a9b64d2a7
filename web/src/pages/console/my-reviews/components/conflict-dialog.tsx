import { Form, Input } from 'antd';
import { useDeclareConflict } from '../../../../api/my-evaluation';
import type { MyAssignment } from '../../../../api/types';
import { FormDialog, useSubmitHandlers } from '../../../../components/form-dialog';
import { useT } from '../../../../i18n/use-t';

type Values = { reason: string };

/** 申报回避: the judge's reason; the server hands the entry to a replacement, so it leaves this list. */
export function ConflictDialog({ assignment, onClose }: { assignment: MyAssignment; onClose: () => void }) {
  const { t } = useT();
  const [form] = Form.useForm<Values>();
  const declare = useDeclareConflict();
  const { unmatched, callbacks } = useSubmitHandlers(form, onClose, t('myReviews.conflictDone'));
  const reasonLabel = t('myReviews.conflictReason');
  return (
    <FormDialog
      title={t('myReviews.conflictTitle', { title: assignment.entry.title })}
      form={form}
      mutation={declare}
      unmatched={unmatched}
      onClose={onClose}
      okText={t('myReviews.conflictOk')}
    >
      <p className="yz-muted">{t('myReviews.conflictLead')}</p>
      <Form<Values>
        form={form}
        layout="vertical"
        name="declare-conflict"
        onFinish={({ reason }) => declare.mutate({ assignmentId: assignment.id, reason: reason.trim() }, callbacks)}
      >
        <Form.Item label={reasonLabel} name="reason" rules={[{ required: true, whitespace: true, message: t('common.fieldRequired', { field: reasonLabel }) }]}>
          <Input.TextArea rows={3} maxLength={500} showCount data-testid="conflict-reason" />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}
