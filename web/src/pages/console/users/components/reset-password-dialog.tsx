import { Alert, Form, Input, Modal, Radio } from 'antd';
import { LIMITS } from '@shared/limits';
import { type Account, useResetPassword } from '../../../../api/users';
import { useT } from '../../../../i18n/use-t';
import { applyFieldErrors, errorMessage } from '../../../../lib/form-errors';

type Values = { mode: 'generate' | 'typed'; password?: string };

/** Generate a temporary password or type one; either way it is handed to `onDone` to show once. */
export function ResetPasswordDialog({ user, onClose, onDone }: { user: Account; onClose: () => void; onDone: (password: string) => void }) {
  const { t } = useT();
  const [form] = Form.useForm<Values>();
  const reset = useResetPassword();
  const mode = Form.useWatch('mode', form) ?? 'generate';

  const onFinish = (values: Values) =>
    reset.mutate(
      { id: user.id, password: values.mode === 'typed' ? values.password : undefined },
      { onSuccess: ({ temporaryPassword }) => onDone(temporaryPassword), onError: (error) => applyFieldErrors(form, error) },
    );

  return (
    <Modal
      open
      title={t('users.resetTitle', { name: user.displayName })}
      okText={t('users.resetPassword')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={reset.isPending}
      mask={{ closable: false }}
    >
      <p>{t('users.resetIntro')}</p>
      {reset.isError && <Alert type="error" showIcon role="alert" className="yz-mb" title={errorMessage(reset.error)} />}
      <Form<Values> form={form} layout="vertical" name={`reset-password-${user.id}`} initialValues={{ mode: 'generate' }} onFinish={onFinish}>
        <Form.Item label={t('users.resetMode')} name="mode">
          <Radio.Group
            options={[
              { value: 'generate', label: t('users.resetGenerate') },
              { value: 'typed', label: t('users.resetTyped') },
            ]}
          />
        </Form.Item>
        {mode === 'typed' && (
          <Form.Item
            label={t('account.newPassword')}
            name="password"
            rules={[{ required: true, message: t('common.fieldRequired', { field: t('account.newPassword') }) }]}
          >
            <Input.Password maxLength={LIMITS.passwordMax} autoComplete="new-password" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
