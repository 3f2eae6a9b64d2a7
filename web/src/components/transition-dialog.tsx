import { Alert, App, Form, Modal } from 'antd';
import { fieldsOf } from '@shared/lifecycle';
import { useState } from 'react';
import { useT } from '../i18n/use-t';
import { applyFieldErrors, errorMessage } from '../lib/form-errors';
import { precisionName, toTransitionBody, TransitionField } from './transition-fields';
import type { TransitionPresentation, TransitionRecord } from './transition-presentation';

/**
 * One lifecycle step (提交申建, 认定, 退回修改 …) of any record: a confirmation of the change it
 * makes, and a form asking for exactly what its machine says the step records. The server
 * checks the same rules; its per-field refusals land on the fields.
 */
export function TransitionDialog<T extends string>({
  presentation: p,
  record,
  transition,
  onClose,
}: {
  presentation: TransitionPresentation<T>;
  record: TransitionRecord;
  transition: T;
  onClose: () => void;
}) {
  const { t, label } = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Record<string, unknown>>();
  const mutation = p.useTransition(record.id, transition);
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const edge = p.machine[transition];
  const fields = fieldsOf(edge).map((field) => ({ ...field, kind: p.fields[field.name]! }));
  const actionLabel = label(p.transitionLabels[transition]);
  const isDecision = p.isDecision?.(transition) ?? false;
  const initialValues = Object.fromEntries(fields.filter((f) => f.kind === 'partialDate').map((f) => [precisionName(f.name), 'day']));

  const onFinish = (values: Record<string, unknown>) => {
    setUnmatched([]);
    mutation.mutate(toTransitionBody(values, fields), {
      onSuccess: () => {
        void message.success(t('platforms.transitionDone', { action: actionLabel }));
        onClose();
      },
      onError: (error) => setUnmatched(applyFieldErrors(form, error)),
    });
  };

  return (
    <Modal
      open
      title={`${actionLabel} · ${record.name}`}
      okText={actionLabel}
      okButtonProps={{ danger: p.button(transition).danger, 'data-testid': 'transition-ok' }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
      mask={{ closable: false }}
      destroyOnHidden
      width={p.dialogWidth}
    >
      <Alert
        type={isDecision ? 'warning' : 'info'}
        showIcon
        className="yz-mb"
        data-testid="transition-confirm"
        title={t('platforms.transitionConfirm', {
          name: record.name,
          from: label(p.statusLabels[record.status]!),
          to: label(p.statusLabels[edge.to]!),
        })}
        description={
          <>
            {isDecision ? t('innovation.decisionIrreversible') : t('platforms.transitionIrreversible')}
            {p.notice?.(transition, t)}
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
      {/* A step is irreversible, so only its button takes it: Enter in a field (confirming a typed
          date, say) must not submit — a form with one field would otherwise submit itself. */}
      <Form form={form} layout="vertical" onFinish={onFinish} name={`${p.kind}-${transition}-${record.id}`} initialValues={initialValues}
        onKeyDown={(event) => { if (event.key === 'Enter' && event.target instanceof HTMLInputElement) event.preventDefault(); }}>
        {fields.map((field) => (
          <TransitionField
            key={field.name}
            name={field.name}
            kind={field.kind}
            need={field.need}
            label={p.fieldLabel(field.name, transition, t)}
            extra={p.fieldExtra?.(field.name, t)}
          />
        ))}
      </Form>
    </Modal>
  );
}
