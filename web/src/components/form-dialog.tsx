import { Alert, App, type FormInstance, Modal } from 'antd';
import { type ReactNode, useState } from 'react';
import { useT } from '../i18n/use-t';
import { applyFieldErrors, errorMessage } from '../lib/form-errors';

/**
 * What a dialog's mutation does when it answers: on success a message and `onDone`; on a refusal
 * the server's per-field messages on the fields, and those matching no field kept for the alert.
 */
export function useSubmitHandlers<Values, Result = unknown>(form: FormInstance<Values>, onDone: (result: Result) => void, successText: string) {
  const { message } = App.useApp();
  const [unmatched, setUnmatched] = useState<string[]>([]);
  return {
    unmatched,
    reset: () => setUnmatched([]),
    callbacks: {
      onSuccess: (result: Result) => {
        void message.success(successText);
        onDone(result);
      },
      onError: (error: unknown) => setUnmatched(applyFieldErrors(form, error)),
    },
  };
}

/** The server's refusal above the form: its message, and the field messages no field took. */
export function FormErrorAlert({ error, unmatched }: { error: unknown; unmatched: string[] }) {
  if (!error) return null;
  return (
    <Alert type="error" showIcon className="yz-mb" role="alert" title={errorMessage(error)} description={unmatched.length ? unmatched.join('；') : undefined} />
  );
}

/** A form in a modal (保存 / 取消): the shape every add-and-edit dialog of the console shares. */
export function FormDialog({
  title,
  form,
  mutation,
  unmatched,
  onClose,
  okText,
  width,
  children,
}: {
  title: ReactNode;
  form: { submit: () => void };
  mutation: { error: unknown; isPending: boolean };
  unmatched: string[];
  onClose: () => void;
  okText?: string;
  width?: number;
  children: ReactNode;
}) {
  const { t } = useT();
  return (
    <Modal
      open
      title={title}
      okText={okText ?? t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
      mask={{ closable: false }}
      width={width}
    >
      <FormErrorAlert error={mutation.error} unmatched={unmatched} />
      {children}
    </Modal>
  );
}
