import { Card, Descriptions, Tag } from 'antd';
import { ROLE_LABELS } from '@shared/enums';
import { Link, Navigate } from 'react-router';
import { useScopeOverview } from '../../../api/stats';
import { useCurrentUser } from '../../../components/current-user';
import { QueryState } from '../../../components/page-state';
import type { DictKey } from '../../../i18n/dictionary';
import { useT } from '../../../i18n/use-t';
import { canAccess } from '../../../lib/access';
import { chinaClock } from '../../../lib/format';
import { useZoneNames } from '../../../lib/zone-names';
import { RoleHome } from './components/role-home';
import { ScopeFigures } from './components/scope-figures';
import { StageCards } from './components/stage-cards';
import { TodoCards, hasTodos } from './components/todo-cards';

/** By the hour in China, where the offices are; after midnight it is still evening, not morning. */
function greetingKey(hour: number): DictKey {
  if (hour < 5) return 'dashboard.greetingEvening';
  if (hour < 12) return 'dashboard.greetingMorning';
  if (hour < 18) return 'dashboard.greetingAfternoon';
  return 'dashboard.greetingEvening';
}

/**
 * 工作台: who I am, what waits for me, the figures of my own subtree (辖区概况), and where its
 * platforms stand. Judges and applicants go to their own work (我的评审, 我的报名); the other
 * roles without a zone (the auditor, the security administrator) get a home that says what they will find here.
 */
export function DashboardPage() {
  const me = useCurrentUser();
  // A judge's and an applicant's console home is their own work.
  if (canAccess(me, 'myReviews')) return <Navigate to="/console/my-reviews" replace />;
  if (canAccess(me, 'myEntries')) return <Navigate to="/console/my-entries" replace />;
  return <StaffDashboard />;
}

function StaffDashboard() {
  const { t, label } = useT();
  const me = useCurrentUser();
  const zoneNames = useZoneNames();
  const hasScope = !!me.scopeZone && canAccess(me, 'innovations');
  const overview = useScopeOverview(hasScope);
  const showPlatforms = canAccess(me, 'platforms');
  const showTodos = canAccess(me, 'innovations') && hasTodos(me);

  return (
    <div className="yz-section-stack">
      <Card>
        <h1 className="yz-page-title yz-page-title--flush">{t(greetingKey(chinaClock(new Date()).hour), { name: me.displayName })}</h1>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 3 }}
          items={[
            { key: 'role', label: t('dashboard.role'), children: <Tag color="blue">{label(ROLE_LABELS[me.role])}</Tag> },
            {
              key: 'scope',
              label: t('console.scope'),
              children: me.scopeZone ? <Link to={`/console/zones?zone=${me.scopeZone.id}`}>{zoneNames.full(me.scopeZone.id, me.scopeZone.name)}</Link> : t('console.scopeAll'),
            },
            ...(me.organisation ? [{ key: 'org', label: t('account.organisation'), children: me.organisation }] : []),
          ]}
        />
      </Card>
      {showTodos && (
        <section aria-labelledby="dashboard-todo">
          <h2 id="dashboard-todo" className="yz-section-title">
            {t('dashboard.todo')}
            <span className="yz-section-title__hint">{t('dashboard.todoHint')}</span>
          </h2>
          <TodoCards me={me} />
        </section>
      )}
      {!hasScope && <RoleHome me={me} />}
      {hasScope && (
      <QueryState query={overview}>
        {(data) => (
          <>
            <section aria-labelledby="dashboard-figures">
              <h2 id="dashboard-figures" className="yz-section-title">
                {t('dashboard.figures')}
                <span className="yz-section-title__hint">{zoneNames.full(data.scopeZone.id, data.scopeZone.name)}</span>
              </h2>
              <ScopeFigures data={data} />
            </section>
            {showPlatforms && (
              <section aria-labelledby="dashboard-waiting">
                <h2 id="dashboard-waiting" className="yz-section-title">
                  {t('dashboard.waiting')}
                  <span className="yz-section-title__hint">{t('dashboard.waitingHint')}</span>
                </h2>
                <StageCards counts={data.platformsByStatus} />
              </section>
            )}
          </>
        )}
      </QueryState>
      )}
    </div>
  );
}
