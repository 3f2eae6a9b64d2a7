import { Alert, Button, Form, Input } from 'antd';
import { LIMITS } from '@shared/limits';
import { useChangePassword } from '../api/auth';
import { useT } from '../i18n/use-t';
import { applyFieldErrors, errorMessage } from '../lib/form-errors';

type Values = { currentPassword: string; newPassword: string; confirmPassword: string };

/**
 * Current password, new password twice. The policy (length, character classes) is the security
 * admin's setting, so the server checks it and its message lands on the new-password field.
 */
export function ChangePasswordForm({ username, currentLabel, onChanged }: { username: string; currentLabel?: string; onChanged: () => void }) {
  const { t } = useT();
  const [form] = Form.useForm<Values>();
  const change = useChangePassword();
  const current = currentLabel ?? t('account.currentPassword');

  const onFinish = ({ currentPassword, newPassword }: Values) =>
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          form.resetFields();
          onChanged();
        },
        onError: (error) => applyFieldErrors(form, error),
      },
    );

  return (
    <>
      {change.isError && <Alert type="error" showIcon role="alert" className="yz-mb" title={errorMessage(change.error)} />}
      <Form<Values> form={form} layout="vertical" onFinish={onFinish} name="change-password" style={{ maxWidth: 420 }}>
        {/* Lets password managers tie the new password to this account. */}
        <input type="text" name="username" autoComplete="username" value={username} readOnly hidden />
        <Form.Item label={current} name="currentPassword" rules={[{ required: true, message: t('common.fieldRequired', { field: current }) }]}>
          <Input.Password autoComplete="current-password" maxLength={LIMITS.passwordMax} />
        </Form.Item>
        <Form.Item
          label={t('account.newPassword')}
          name="newPassword"
          rules={[{ required: true, message: t('common.fieldRequired', { field: t('account.newPassword') }) }]}
        >
          <Input.Password autoComplete="new-password" maxLength={LIMITS.passwordMax} />
        </Form.Item>
        <Form.Item
          label={t('account.confirmPassword')}
          name="confirmPassword"
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('common.fieldRequired', { field: t('account.confirmPassword') }) },
            ({ getFieldValue }) => ({
              validator: (_, value: string | undefined) =>
                !value || value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('account.passwordMismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" maxLength={LIMITS.passwordMax} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={change.isPending}>
          {t('account.changePassword')}
        </Button>
      </Form>
    </>
  );
}
