import { App, Card, Descriptions } from 'antd';
import { ROLE_LABELS } from '@shared/enums';
import { ChangePasswordForm } from '../../../components/change-password-form';
import { useCurrentUser } from '../../../components/current-user';
import { useT } from '../../../i18n/use-t';
import { useZoneNames } from '../../../lib/zone-names';

export function AccountPage() {
  const { t, label } = useT();
  const me = useCurrentUser();
  const zoneNames = useZoneNames();
  const { message } = App.useApp();

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
            { key: 'scope', label: t('console.scope'), children: me.scopeZone ? zoneNames.full(me.scopeZone.id, me.scopeZone.name) : t('console.scopeAll') },
          ]}
        />
      </Card>
      <Card title={<h2 className="yz-card-title">{t('account.changePassword')}</h2>}>
        <ChangePasswordForm username={me.username} onChanged={() => void message.success(t('account.passwordChanged'))} />
      </Card>
    </div>
  );
}
