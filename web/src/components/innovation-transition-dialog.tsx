import { Alert, App, DatePicker, Form, Input, Modal } from 'antd';
import {
  INNOVATION_MACHINE,
  INNOVATION_STATUS_LABELS,
  INNOVATION_TRANSITION_LABELS,
  type InnovationTransition,
} from '@shared/enums';
import { LIMITS } from '@shared/limits';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTransitionInnovation } from '../api/innovations';
import type { Innovation } from '../api/types';
import type { DictKey } from '../i18n/dict-zh';
import { useT } from '../i18n/use-t';
import { applyFieldErrors, errorMessage } from '../lib/form-errors';
import { isAfterToday } from '../lib/partial-date';

type Values = { comment?: string; document?: string; batch?: string; occurredOn?: Dayjs | null };
type Need = 'comment' | 'document' | 'occurredOn';

/** Decisions that publish or close a record: the dialog says plainly that they stand once taken. */
const DECISIONS: readonly InnovationTransition[] = ['recognize', 'replicate_province', 'replicate_national', 'reject'];
/** Decisions whose batch (第几批) the record keeps. */
const WITH_BATCH: readonly InnovationTransition[] = ['recognize', 'replicate_national'];

const COMMENT_LABEL: Partial<Record<InnovationTransition, DictKey>> = {
  withdraw: 'innovation.comment.withdraw',
  return: 'innovation.comment.return',
  reject: 'innovation.comment.reject',
  recognize: 'innovation.comment.recognize',
};

/** One lifecycle step (申报, 认定, 退回修改 …) asking for what INNOVATION_MACHINE says it must record. */
export function InnovationTransitionDialog({
  innovation,
  transition,
  onClose,
}: {
  innovation: Innovation;
  transition: InnovationTransition;
  onClose: () => void;
}) {
  const { t, label } = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const mutation = useTransitionInnovation(innovation.id, transition);
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const edge = INNOVATION_MACHINE[transition];
  const needs = edge.needs as readonly Need[];
  const actionLabel = label(INNOVATION_TRANSITION_LABELS[transition]);
  const isDecision = DECISIONS.includes(transition);
  const commentLabel = t(COMMENT_LABEL[transition] ?? 'innovation.comment.other');
  const dateLabel = t(transition === 'recognize' ? 'innovation.recognizedOn' : 'innovation.decidedOn');
  const required = (need: Need, field: string) =>
    needs.includes(need) ? [{ required: true, whitespace: true, message: t('common.fieldRequired', { field }) }] : [];

  const onFinish = (values: Values) => {
    setUnmatched([]);
    mutation.mutate(
      {
        comment: values.comment?.trim() || undefined,
        document: values.document?.trim() || undefined,
        batch: values.batch?.trim() || undefined,
        occurredOn: values.occurredOn ? values.occurredOn.format('YYYY-MM-DD') : undefined,
      },
      {
        onSuccess: () => {
          void message.success(t('platforms.transitionDone', { action: actionLabel }));
          onClose();
        },
        onError: (error) => setUnmatched(applyFieldErrors(form, error)),
      },
    );
  };

  return (
    <Modal
      open
      title={`${actionLabel} · ${innovation.name}`}
      okText={actionLabel}
      okButtonProps={{ danger: transition === 'reject', 'data-testid': 'transition-ok' }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
      mask={{ closable: false }}
      destroyOnHidden
      width={600}
    >
      <Alert
        type={isDecision ? 'warning' : 'info'}
        showIcon
        className="yz-mb"
        data-testid="transition-confirm"
        title={t('platforms.transitionConfirm', {
          name: innovation.name,
          from: label(INNOVATION_STATUS_LABELS[innovation.status]),
          to: label(INNOVATION_STATUS_LABELS[edge.to]),
        })}
        description={
          <>
            {isDecision ? t('innovation.decisionIrreversible') : t('platforms.transitionIrreversible')}
            {transition === 'recognize' && <> {t('innovation.recognizePublishes')}</>}
          </>
        }
      />
      {mutation.isError && (
        <Alert
          type="error"
          showIcon
          className="yz-mb"
          role="alert"
          title={errorMessage(mutation.error)}
          description={unmatched.length > 0 ? unmatched.join('；') : undefined}
        />
      )}
      <Form<Values> form={form} layout="vertical" onFinish={onFinish} name={`innovation-${transition}-${innovation.id}`}>
        {needs.includes('document') && (
          <Form.Item
            label={t('innovation.document')}
            name="document"
            extra={t('innovation.documentHint')}
            rules={[...required('document', t('innovation.document')), { max: LIMITS.documentMax, message: t('common.maxLength', { field: t('innovation.document'), max: LIMITS.documentMax }) }]}
          >
            <Input maxLength={LIMITS.documentMax} />
          </Form.Item>
        )}
        {needs.includes('occurredOn') && (
          <Form.Item
            label={dateLabel}
            name="occurredOn"
            rules={[
              { required: true, message: t('common.selectRequired', { field: dateLabel }) },
              {
                validator: (_, value: Dayjs | null | undefined) =>
                  value && isAfterToday(value) ? Promise.reject(new Error(t('platforms.futureDate'))) : Promise.resolve(),
              },
            ]}
          >
            <DatePicker style={{ width: '100%' }} disabledDate={(date) => isAfterToday(date)} />
          </Form.Item>
        )}
        {WITH_BATCH.includes(transition) && (
          <Form.Item
            label={t('innovation.batch')}
            name="batch"
            extra={t('innovation.batchHint')}
            rules={[{ max: LIMITS.batchMax, message: t('common.maxLength', { field: t('innovation.batch'), max: LIMITS.batchMax }) }]}
          >
            <Input maxLength={LIMITS.batchMax} />
          </Form.Item>
        )}
        <Form.Item
          label={commentLabel}
          name="comment"
          rules={[...required('comment', commentLabel), { max: LIMITS.commentMax, message: t('common.maxLength', { field: commentLabel, max: LIMITS.commentMax }) }]}
        >
          <Input.TextArea rows={4} maxLength={LIMITS.commentMax} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
