import { Card, Typography } from 'antd';
import { Link } from 'react-router';
import type { Me } from '../../../../api/types';
import type { DictKey } from '../../../../i18n/dictionary';
import { useT } from '../../../../i18n/use-t';

/** What each role without a zone scope finds in the console, said plainly, with where to go. */
const HOMES: Partial<Record<string, { title: DictKey; body: DictKey; link?: { to: string; label: DictKey } }>> = {
  auditor: { title: 'dashboard.home.auditorTitle', body: 'dashboard.home.auditorBody', link: { to: '/console/audit', label: 'dashboard.home.toAudit' } },
  security_admin: { title: 'dashboard.home.securityTitle', body: 'dashboard.home.securityBody', link: { to: '/console/users', label: 'dashboard.home.toUsers' } },
};

export function RoleHome({ me }: { me: Me }) {
  const { t } = useT();
  const home = HOMES[me.role];
  if (!home) return null;
  return (
    <Card data-testid="role-home">
      <h2 className="yz-card-title">{t(home.title)}</h2>
      <Typography.Paragraph className="yz-prose">{t(home.body)}</Typography.Paragraph>
      {home.link && <Link to={home.link.to}>{t(home.link.label)}</Link>}
    </Card>
  );
}
