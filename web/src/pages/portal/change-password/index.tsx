import { LogoutOutlined } from '@ant-design/icons';
import { Alert, App, Button } from 'antd';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useLogout, useMe } from '../../../api/auth';
import { AuthCard } from '../../../components/auth-card';
import { ChangePasswordForm } from '../../../components/change-password-form';
import { ErrorState, LoadingState } from '../../../components/page-state';
import { useT } from '../../../i18n/use-t';
import { safeFrom } from '../login';

/**
 * Where a user whose password an administrator set or reset lands before anything else: the API
 * answers nothing else for them until it is changed. Also reachable by anyone signed in.
 */
export function ChangePasswordPage() {
  const { t } = useT();
  const me = useMe();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const logout = useLogout();
  const { message } = App.useApp();

  if (me.isPending) return <LoadingState minHeight={400} />;
  if (me.isError) return <ErrorState error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) return <Navigate to="/login?from=%2Fchange-password" replace />;
  const user = me.data;

  const onChanged = () => {
    void message.success(t('changePassword.done'));
    navigate(safeFrom(params.get('from')), { replace: true });
  };
  const onLogout = () => logout.mutate(undefined, { onSettled: () => navigate('/login', { replace: true }) });

  return (
    <AuthCard
      title={t('changePassword.title')}
      subtitle={
        <>
          {user.displayName}（{user.username}）
        </>
      }
    >
      {user.mustChangePassword && <Alert type="warning" showIcon className="yz-mb" title={t('changePassword.required')} data-testid="must-change-password" />}
      <ChangePasswordForm username={user.username} currentLabel={user.mustChangePassword ? t('changePassword.current') : undefined} onChanged={onChanged} />
      <p className="yz-login__back">
        <Button type="link" icon={<LogoutOutlined aria-hidden="true" />} onClick={onLogout} loading={logout.isPending}>
          {t('changePassword.logout')}
        </Button>
      </p>
    </AuthCard>
  );
}
