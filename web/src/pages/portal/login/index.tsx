import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input } from 'antd';
import { LIMITS } from '@shared/limits';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useLogin } from '../../../api/auth';
import { GooseMark } from '../../../components/brand';
import { useT } from '../../../i18n/use-t';
import { applyFieldErrors, errorMessage } from '../../../lib/form-errors';

type LoginForm = { username: string; password: string };

/** Only same-site paths: `?from=//evil.example` must not turn the login into an open redirect. */
function safeFrom(from: string | null): string {
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
      onSuccess: () => navigate(safeFrom(params.get('from')), { replace: true }),
      onError: (error) => applyFieldErrors(form, error),
    });
  };

  return (
    <div className="yz-login">
      <Card className="yz-login__card">
        <div className="yz-login__head">
          <GooseMark size={40} />
          <div>
            <h1 className="yz-login__title">{t('login.title')}</h1>
            <p className="yz-muted">{t('login.subtitle')}</p>
          </div>
        </div>
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
      </Card>
    </div>
  );
}
