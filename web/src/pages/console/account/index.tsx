import { Alert, App, Button, Card, Descriptions, Form, Input } from 'antd';
import { ROLE_LABELS } from '@shared/enums';
import { LIMITS } from '@shared/limits';
import { useChangePassword } from '../../../api/auth';
import { useCurrentUser } from '../../../components/current-user';
import { useT } from '../../../i18n/use-t';
import { applyFieldErrors, errorMessage } from '../../../lib/form-errors';

type Values = { currentPassword: string; newPassword: string; confirmPassword: string };

export function AccountPage() {
  const { t, label } = useT();
  const me = useCurrentUser();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const change = useChangePassword();

  const onFinish = ({ currentPassword, newPassword }: Values) =>
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          void message.success(t('account.passwordChanged'));
          form.resetFields();
        },
        onError: (error) => applyFieldErrors(form, error),
      },
    );

  return (
    <div className="yz-section-stack yz-narrow">
      <h1 className="yz-page-title">{t('account.title')}</h1>
      <Card title={<h2 className="yz-card-title">{t('account.profile')}</h2>}>
        <Descriptions
          size="small"
          column={1}
          items={[
            { key: 'username', label: t('account.username'), children: me.username },
            { key: 'name', label: t('account.displayName'), children: me.displayName },
            { key: 'role', label: t('dashboard.role'), children: label(ROLE_LABELS[me.role]) },
            ...(me.organisation ? [{ key: 'org', label: t('account.organisation'), children: me.organisation }] : []),
            { key: 'scope', label: t('console.scope'), children: me.scopeZone?.name ?? t('console.scopeAll') },
          ]}
        />
      </Card>
      <Card title={<h2 className="yz-card-title">{t('account.changePassword')}</h2>}>
        {change.isError && <Alert type="error" showIcon role="alert" className="yz-mb" title={errorMessage(change.error)} />}
        <Form<Values> form={form} layout="vertical" onFinish={onFinish} name="change-password" style={{ maxWidth: 420 }}>
          {/* Lets password managers tie the new password to this account. */}
          <input type="text" name="username" autoComplete="username" value={me.username} readOnly hidden />
          <Form.Item
            label={t('account.currentPassword')}
            name="currentPassword"
            rules={[{ required: true, message: t('common.fieldRequired', { field: t('account.currentPassword') }) }]}
          >
            <Input.Password autoComplete="current-password" maxLength={LIMITS.passwordMax} />
          </Form.Item>
          <Form.Item
            label={t('account.newPassword')}
            name="newPassword"
            rules={[
              { required: true, message: t('common.fieldRequired', { field: t('account.newPassword') }) },
              { min: LIMITS.passwordMin, message: t('account.passwordMin', { n: LIMITS.passwordMin }) },
            ]}
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
      </Card>
    </div>
  );
}
