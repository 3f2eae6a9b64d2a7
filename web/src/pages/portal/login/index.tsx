import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { LIMITS } from '@shared/limits';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useLogin } from '../../../api/auth';
import { AuthCard } from '../../../components/auth-card';
import { useT } from '../../../i18n/use-t';
import { applyFieldErrors, errorMessage } from '../../../lib/form-errors';

type LoginForm = { username: string; password: string };

/** Only same-site paths: `?from=//evil.example` must not turn the login into an open redirect. */
export function safeFrom(from: string | null): string {
  if (!from || !from.startsWith('/') || from.startsWith('//') || from.startsWith('/\\')) return '/console';
  return from;
}

export function LoginPage() {
  const { t } = useT();
  const [form] = Form.useForm<LoginForm>();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const login = useLogin();

  const onFinish = (values: LoginForm) => {
    login.mutate(values, {
      onSuccess: ({ user }) => {
        const from = safeFrom(params.get('from'));
        // A password set or reset by an administrator is changed before anything else.
        navigate(user.mustChangePassword ? `/change-password?from=${encodeURIComponent(from)}` : from, { replace: true });
      },
      onError: (error) => applyFieldErrors(form, error),
    });
  };

  return (
    <AuthCard title={t('login.title')} subtitle={t('login.subtitle')}>
      {login.isError && (
        <Alert type="error" showIcon className="yz-mb" role="alert" title={errorMessage(login.error)} />
      )}
      <Form<LoginForm> form={form} layout="vertical" onFinish={onFinish} requiredMark={false} aria-label={t('login.title')}>
        <Form.Item label={t('login.username')} name="username" rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}>
          <Input prefix={<UserOutlined aria-hidden="true" />} autoComplete="username" maxLength={LIMITS.usernameMax} autoFocus size="large" />
        </Form.Item>
        <Form.Item label={t('login.password')} name="password" rules={[{ required: true, message: t('login.passwordRequired') }]}>
          <Input.Password prefix={<LockOutlined aria-hidden="true" />} autoComplete="current-password" maxLength={LIMITS.passwordMax} size="large" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" loading={login.isPending}>
          {t('login.submit')}
        </Button>
      </Form>
      <p className="yz-login__back">
        <Link to="/">{t('login.backPortal')}</Link>
      </p>
    </AuthCard>
  );
}
