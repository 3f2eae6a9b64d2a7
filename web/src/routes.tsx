import {
  AppstoreOutlined,
  BellOutlined,
  AuditOutlined,
  ClusterOutlined,
  BulbOutlined,
  DashboardOutlined,
  EditOutlined,
  FileDoneOutlined,
  FileTextOutlined,
  LineChartOutlined,
  TeamOutlined,
  TrophyOutlined,
  ShareAltOutlined,
  SafetyCertificateOutlined,
  ScheduleOutlined,
  ShopOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { type ComponentType, Suspense, lazy } from 'react';
import { type RouteObject, createBrowserRouter } from 'react-router';
import { AccessGate } from './components/access-gate';
import type { ConsoleNavItem } from './components/console-layout';
import { LoadingState } from './components/page-state';
import { PortalLayout } from './components/portal-layout';
import type { Access } from './lib/access';

function lazyPage<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}

// The console's frame (menu, sider, header) is fetched with the console: the portal never needs it.
const ConsoleLayout = lazy(() => import('./components/console-layout').then((module) => ({ default: module.ConsoleLayout })));
const HomePage = lazyPage(() => import('./pages/portal/home'), 'HomePage');
const ZoneIndexPage = lazyPage(() => import('./pages/portal/zone-index'), 'ZoneIndexPage');
const ZonePage = lazyPage(() => import('./pages/portal/zone'), 'ZonePage');
const LoginPage = lazyPage(() => import('./pages/portal/login'), 'LoginPage');
const NotFoundPage = lazyPage(() => import('./pages/portal/not-found'), 'NotFoundPage');
const DashboardPage = lazyPage(() => import('./pages/console/dashboard'), 'DashboardPage');
const ZonesPage = lazyPage(() => import('./pages/console/zones'), 'ZonesPage');
const PlatformsPage = lazyPage(() => import('./pages/console/platforms'), 'PlatformsPage');
const InnovationsPage = lazyPage(() => import('./pages/console/innovations'), 'InnovationsPage');
const InnovationFormPage = lazyPage(() => import('./pages/console/innovations/form'), 'InnovationFormPage');
const InnovationDetailPage = lazyPage(() => import('./pages/console/innovations/detail'), 'InnovationDetailPage');
const InnovationImportPage = lazyPage(() => import('./pages/console/imports/innovations'), 'InnovationImportPage');
const IndicatorImportPage = lazyPage(() => import('./pages/console/imports/indicators'), 'IndicatorImportPage');
const PowerCatalogueImportPage = lazyPage(() => import('./pages/console/imports/powers'), 'PowerCatalogueImportPage');
const PowerCasesImportPage = lazyPage(() => import('./pages/console/imports/powers'), 'PowerCasesImportPage');
const IndicatorsPage = lazyPage(() => import('./pages/console/indicators'), 'IndicatorsPage');
const PowersPage = lazyPage(() => import('./pages/console/powers'), 'PowersPage');
const PowerDetailPage = lazyPage(() => import('./pages/console/powers/detail'), 'PowerDetailPage');
const BulletinsPage = lazyPage(() => import('./pages/console/bulletins'), 'BulletinsPage');
const BulletinEditorPage = lazyPage(() => import('./pages/console/bulletins/editor'), 'BulletinEditorPage');
const PublicBulletinsPage = lazyPage(() => import('./pages/portal/bulletins'), 'PublicBulletinsPage');
const PublicBulletinPage = lazyPage(() => import('./pages/portal/bulletin'), 'PublicBulletinPage');
const DataPage = lazyPage(() => import('./pages/portal/data'), 'DataPage');
const PublicPowersPage = lazyPage(() => import('./pages/portal/powers'), 'PowersPage');
const PowerPage = lazyPage(() => import('./pages/portal/power'), 'PowerPage');
const ReplicationPage = lazyPage(() => import('./pages/console/replication'), 'ReplicationPage');
const CasesPage = lazyPage(() => import('./pages/portal/cases'), 'CasesPage');
const CasePage = lazyPage(() => import('./pages/portal/case'), 'CasePage');
const DrawVerifyPage = lazyPage(() => import('./pages/portal/draw-verify'), 'DrawVerifyPage');
const CampaignsPage = lazyPage(() => import('./pages/console/campaigns'), 'CampaignsPage');
const CampaignDetailPage = lazyPage(() => import('./pages/console/campaigns/detail'), 'CampaignDetailPage');
const StageWorkPage = lazyPage(() => import('./pages/console/campaigns/stage'), 'StageWorkPage');
const PublicCampaignsPage = lazyPage(() => import('./pages/portal/campaigns'), 'PublicCampaignsPage');
const MyReviewsPage = lazyPage(() => import('./pages/console/my-reviews'), 'MyReviewsPage');
const ScoreSheetPage = lazyPage(() => import('./pages/console/my-reviews/score-sheet'), 'ScoreSheetPage');
const MyEntriesPage = lazyPage(() => import('./pages/console/my-entries'), 'MyEntriesPage');
const RegisterPage = lazyPage(() => import('./pages/portal/register'), 'RegisterPage');
const PublicResultsPage = lazyPage(() => import('./pages/portal/campaign-results'), 'PublicResultsPage');
const ExpertsPage = lazyPage(() => import('./pages/console/experts'), 'ExpertsPage');
const AuditPage = lazyPage(() => import('./pages/console/audit'), 'AuditPage');
const AccountPage = lazyPage(() => import('./pages/console/account'), 'AccountPage');
const UsersPage = lazyPage(() => import('./pages/console/users'), 'UsersPage');
const JobsPage = lazyPage(() => import('./pages/console/jobs'), 'JobsPage');
const NotificationsPage = lazyPage(() => import('./pages/console/notifications'), 'NotificationsPage');
const ChangePasswordPage = lazyPage(() => import('./pages/portal/change-password'), 'ChangePasswordPage');

/** A menu page: what the console's menu shows of it, and the page itself. */
export type ConsoleRoute = ConsoleNavItem & { Page: ComponentType };

/** The console's pages; the left menu is built from this same table, filtered by `access`. */
export const CONSOLE_ROUTES: ConsoleRoute[] = [
  { path: '/console', labelKey: 'console.menu.dashboard', icon: <DashboardOutlined />, access: 'console', menuAccess: 'dashboard', Page: DashboardPage, testId: 'menu-dashboard' },
  { path: '/console/zones', labelKey: 'console.menu.zones', icon: <ClusterOutlined />, access: 'zones', Page: ZonesPage, testId: 'menu-zones' },
  { path: '/console/platforms', labelKey: 'console.menu.platforms', icon: <ShopOutlined />, access: 'platforms', Page: PlatformsPage, testId: 'menu-platforms' },
  { path: '/console/innovations', labelKey: 'console.menu.innovations', icon: <BulbOutlined />, access: 'innovations', Page: InnovationsPage, testId: 'menu-innovations' },
  { path: '/console/replication', labelKey: 'console.menu.replication', icon: <ShareAltOutlined />, access: 'replication', Page: ReplicationPage, testId: 'menu-replication' },
  { path: '/console/indicators', labelKey: 'console.menu.indicators', icon: <LineChartOutlined />, access: 'indicators', Page: IndicatorsPage, testId: 'menu-indicators' },
  { path: '/console/powers', labelKey: 'console.menu.powers', icon: <AppstoreOutlined />, access: 'powers', Page: PowersPage, testId: 'menu-powers' },
  { path: '/console/bulletins', labelKey: 'console.menu.bulletins', icon: <FileTextOutlined />, access: 'bulletins', Page: BulletinsPage, testId: 'menu-bulletins' },
  { path: '/console/campaigns', labelKey: 'console.menu.campaigns', icon: <TrophyOutlined />, access: 'campaigns', Page: CampaignsPage, testId: 'menu-campaigns' },
  { path: '/console/experts', labelKey: 'console.menu.experts', icon: <TeamOutlined />, access: 'campaigns', Page: ExpertsPage, testId: 'menu-experts' },
  { path: '/console/my-reviews', labelKey: 'console.menu.myReviews', icon: <EditOutlined />, access: 'myReviews', Page: MyReviewsPage, testId: 'menu-my-reviews' },
  { path: '/console/my-entries', labelKey: 'console.menu.myEntries', icon: <FileDoneOutlined />, access: 'myEntries', Page: MyEntriesPage, testId: 'menu-my-entries' },
  { path: '/console/audit', labelKey: 'console.menu.audit', icon: <AuditOutlined />, access: 'audit', Page: AuditPage, testId: 'menu-audit' },
  { path: '/console/users', labelKey: 'console.menu.users', icon: <SafetyCertificateOutlined />, access: 'users', Page: UsersPage, testId: 'menu-users' },
  { path: '/console/notifications', labelKey: 'console.menu.notifications', icon: <BellOutlined />, access: 'console', Page: NotificationsPage, testId: 'menu-notifications' },
  { path: '/console/jobs', labelKey: 'console.menu.jobs', icon: <ScheduleOutlined />, access: 'console', Page: JobsPage, testId: 'menu-jobs' },
  { path: '/console/account', labelKey: 'console.menu.account', icon: <UserOutlined />, access: 'console', Page: AccountPage, testId: 'menu-account' },
];

/** Console pages reached from other pages (not the menu); the menu highlights their parent by path prefix. */
export const CONSOLE_SUBPAGES: { path: string; access: Access; Page: ComponentType }[] = [
  { path: '/console/innovations/new', access: 'innovations', Page: InnovationFormPage },
  { path: '/console/innovations/import', access: 'innovations', Page: InnovationImportPage },
  { path: '/console/indicators/import', access: 'indicators', Page: IndicatorImportPage },
  // 放权事项 imports: the zone writers' access (as indicators'); the province-only catalogue is refused by the API to others.
  { path: '/console/powers/import', access: 'powers', Page: PowerCatalogueImportPage },
  { path: '/console/powers/import-cases', access: 'powers', Page: PowerCasesImportPage },
  { path: '/console/innovations/:id', access: 'innovations', Page: InnovationDetailPage },
  { path: '/console/innovations/:id/edit', access: 'innovations', Page: InnovationFormPage },
  { path: '/console/powers/:id', access: 'powers', Page: PowerDetailPage },
  { path: '/console/bulletins/:id', access: 'bulletins', Page: BulletinEditorPage },
  { path: '/console/campaigns/:id', access: 'campaigns', Page: CampaignDetailPage },
  { path: '/console/campaigns/:id/stages/:stageId', access: 'campaigns', Page: StageWorkPage },
  { path: '/console/my-reviews/stages/:stageId/entries/:entryId', access: 'myReviews', Page: ScoreSheetPage },
];

const routes: RouteObject[] = [
  {
    element: <PortalLayout />,
    children: [
      { path: '/', element: <HomePage /> },
      { path: '/zones', element: <ZoneIndexPage /> },
      { path: '/zones/:id', element: <ZonePage /> },
      { path: '/cases', element: <CasesPage /> },
      { path: '/cases/:id', element: <CasePage /> },
      { path: '/data', element: <DataPage /> },
      { path: '/powers', element: <PublicPowersPage /> },
      { path: '/powers/:id', element: <PowerPage /> },
      { path: '/bulletins', element: <PublicBulletinsPage /> },
      { path: '/bulletins/:id', element: <PublicBulletinPage /> },
      { path: '/campaigns', element: <PublicCampaignsPage /> },
      { path: '/campaigns/:id/register', element: <RegisterPage /> },
      { path: '/campaigns/:id/results', element: <PublicResultsPage /> },
      { path: '/draws/verify', element: <DrawVerifyPage /> },
      { path: '/login', element: <LoginPage /> },
      { path: '/change-password', element: <ChangePasswordPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
  {
    path: '/console',
    element: (
      <Suspense fallback={<LoadingState minHeight={400} />}>
        <ConsoleLayout nav={CONSOLE_ROUTES} />
      </Suspense>
    ),
    children: [
      ...[...CONSOLE_ROUTES, ...CONSOLE_SUBPAGES].map(({ path, access, Page }) => ({
        path,
        element: (
          <AccessGate access={access}>
            <Page />
          </AccessGate>
        ),
      })),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
