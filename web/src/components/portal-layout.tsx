import { LoginOutlined } from '@ant-design/icons';
import { Suspense } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { LanguageSwitch } from '../i18n/language-switch';
import { useT } from '../i18n/use-t';
import { Brand } from './brand';
import { DemoBanner } from './demo-banner';
import { LoadingState } from './page-state';

/** Public portal frame: top bar with brand, navigation, sign-in and language; a plain footer. */
export function PortalLayout() {
  const { t } = useT();
  const { pathname } = useLocation();
  return (
    <div className="yz-portal">
      <a className="yz-skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <DemoBanner />
      <header className="yz-portal-header">
        <div className="yz-container yz-portal-header__inner">
          <Brand />
          <nav aria-label={t('nav.main')} className="yz-portal-nav">
            <NavLink to="/" end>
              {t('nav.home')}
            </NavLink>
            <NavLink to="/zones">{t('nav.zones')}</NavLink>
            <NavLink to="/cases" data-testid="nav-cases">
              {t('nav.cases')}
            </NavLink>
            <NavLink to="/data" data-testid="nav-data">
              {t('nav.data')}
            </NavLink>
            <NavLink to="/powers" data-testid="nav-powers">
              {t('nav.powers')}
            </NavLink>
            <NavLink to="/bulletins" data-testid="nav-bulletins">
              {t('nav.bulletins')}
            </NavLink>
            <NavLink to="/campaigns" data-testid="nav-campaigns">
              {t('nav.campaigns')}
            </NavLink>
          </nav>
          <div className="yz-portal-header__tools">
            <LanguageSwitch />
            {/* A link, not a button: it navigates, and the login form's own "登录" button stays the only one. */}
            {pathname !== '/login' && (
              <Link to="/login" className="yz-login-link">
                <LoginOutlined aria-hidden="true" /> {t('nav.login')}
              </Link>
            )}
          </div>
        </div>
      </header>
      <main id="main" className="yz-portal-main" tabIndex={-1}>
        <Suspense fallback={<LoadingState minHeight={320} />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="yz-portal-footer">
        <div className="yz-container">
          <p>{t('app.fullName')} · {t('app.tagline')}</p>
          <p className="yz-muted">Apache-2.0</p>
        </div>
      </footer>
    </div>
  );
}
