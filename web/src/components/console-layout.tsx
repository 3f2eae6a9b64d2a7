import { LogoutOutlined } from '@ant-design/icons';
import { Button, Layout, Menu, Result, Space, Tag, Typography } from 'antd';
import { ROLE_LABELS } from '@shared/enums';
import { type ReactNode, Suspense } from 'react';
import { Link, Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { useLogout, useMe } from '../api/auth';
import { useHealth } from '../api/health';
import { LanguageSwitch } from '../i18n/language-switch';
import { useT } from '../i18n/use-t';
import type { DictKey } from '../i18n/dictionary';
import { canAccess, type Access } from '../lib/access';
import { useZoneNames } from '../lib/zone-names';
import { DemoBanner } from './demo-banner';
import { Brand } from './brand';
import { CurrentUserContext } from './current-user';
import { NotificationBell } from './notification-bell';
import { ErrorState, LoadingState } from './page-state';

const { Header, Sider, Content, Footer } = Layout;

/** What the console's menu shows of a page (src/routes.tsx lists the pages). */
export type ConsoleNavItem = {
  path: string;
  labelKey: DictKey;
  icon: ReactNode;
  access: Access;
  /** Who sees it in the menu, when fewer than may open the page (the 工作台 that sends judges and applicants on to their own page). */
  menuAccess?: Access;
  testId: string;
};

/** Console frame. Also the auth guard: no user → /login, remembering where we were. */
export function ConsoleLayout({ nav }: { nav: ConsoleNavItem[] }) {
  const { t, label } = useT();
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const logout = useLogout();
  const health = useHealth();
  const zoneNames = useZoneNames();

  if (me.isPending) return <LoadingState minHeight={400} />;
  if (me.isError) return <ErrorState error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) {
    const from = `${location.pathname}${location.search}`;
    return <Navigate to={`/login?from=${encodeURIComponent(from)}`} replace />;
  }
  const user = me.data;
  if (user.mustChangePassword) {
    const from = `${location.pathname}${location.search}`;
    return <Navigate to={`/change-password?from=${encodeURIComponent(from)}`} replace />;
  }
  if (!user.abilities.console) {
    return <Result status="403" title={t('common.forbidden')} subTitle={t('common.forbiddenHint')} extra={<Link to="/">{t('common.backHome')}</Link>} />;
  }

  const items = nav
    .filter((route) => canAccess(user, route.menuAccess ?? route.access))
    .map((route) => ({
      key: route.path,
      icon: route.icon,
      label: (
        <Link to={route.path} data-testid={route.testId}>
          {t(route.labelKey)}
        </Link>
      ),
    }));
  // Longest matching prefix, so /console/zones does not also light up /console.
  const selected = nav
    .map((route) => route.path)
    .filter((path) => location.pathname === path || location.pathname.startsWith(`${path}/`))
    .sort((a, b) => b.length - a.length)[0];

  const onLogout = () => logout.mutate(undefined, { onSettled: () => navigate('/login', { replace: true }) });

  return (
    <CurrentUserContext.Provider value={user}>
      <a className="yz-skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <DemoBanner />
      <Layout className="yz-console">
        <Header className="yz-console-header">
          <Brand to="/console" />
          <span className="yz-console-header__title">{t('console.title')}</span>
          <Space size="middle" className="yz-console-header__user" wrap>
            <span data-testid="current-user">{user.displayName}</span>
            <Tag color="blue">{label(ROLE_LABELS[user.role])}</Tag>
            <span className="yz-muted">
              {t('common.labelled', { label: t('console.scope') })}
              {user.scopeZone ? zoneNames.full(user.scopeZone.id, user.scopeZone.name) : t('console.scopeAll')}
            </span>
            <NotificationBell />
            <LanguageSwitch />
            <Button icon={<LogoutOutlined aria-hidden="true" />} onClick={onLogout} loading={logout.isPending}>
              {t('console.logout')}
            </Button>
          </Space>
        </Header>
        <Layout>
          <Sider width={208} breakpoint="lg" collapsedWidth={0} theme="light" className="yz-console-sider">
            <nav aria-label={t('console.menu')}>
              <Menu mode="inline" selectedKeys={selected ? [selected] : []} items={items} />
            </nav>
          </Sider>
          <Layout>
            <Content id="main" tabIndex={-1} className="yz-console-content">
              <Suspense fallback={<LoadingState minHeight={320} />}>
                <Outlet />
              </Suspense>
            </Content>
            <Footer className="yz-console-footer">
              <Typography.Text type="secondary">
                {t('app.fullName')}
                {health.data ? ` v${health.data.version} · ${t(health.data.database === 'pglite' ? 'app.databaseEmbedded' : 'app.databaseServer')}` : ''} ·{' '}
                <a href="/api/docs" target="_blank" rel="noopener">
                  {t('console.apiDocs')}
                </a>
              </Typography.Text>
            </Footer>
          </Layout>
        </Layout>
      </Layout>
    </CurrentUserContext.Provider>
  );
}
