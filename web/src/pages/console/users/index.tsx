import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Tabs } from 'antd';
import { ROLES } from '@shared/enums';
import { USER_STATUSES } from '@shared/users.enums';
import { useState } from 'react';
import { type Account, useAccounts } from '../../../api/users';
import { ListQueryState } from '../../../components/page-state';
import { useT } from '../../../i18n/use-t';
import { usePageParams } from '../../../lib/use-page-params';
import { pickEnum, useQueryParams } from '../../../lib/use-query-params';
import { ResetPasswordDialog } from './components/reset-password-dialog';
import { SecuritySettingsForm } from './components/security-settings-form';
import { SessionsDrawer } from './components/sessions-drawer';
import { TemporaryPasswordModal } from './components/temporary-password-modal';
import { UserFilters, type UserFilterValues } from './components/user-filters';
import { UserFormDrawer } from './components/user-form-drawer';
import { type UserDialog, UserTable } from './components/user-table';

/** 用户与权限 (security admin only): accounts with filters in the URL, and the security settings tab. */
export function UsersPage() {
  const { t } = useT();
  const { params, getNumber, update } = useQueryParams();
  const filters: UserFilterValues = {
    q: params.get('q') ?? undefined,
    role: pickEnum(params.get('role'), ROLES),
    zoneId: getNumber('zoneId'),
    status: pickEnum(params.get('status'), USER_STATUSES),
  };
  const { page, pageSize, pagination } = usePageParams();
  const tab = params.get('tab') === 'settings' ? 'settings' : 'accounts';
  const list = useAccounts({ ...filters, page, pageSize });
  const [dialog, setDialog] = useState<UserDialog | { kind: 'create' } | null>(null);
  // Held only while its dialog is open: the one time the password is shown.
  const [shown, setShown] = useState<{ name: string; password: string } | null>(null);
  const close = () => setDialog(null);

  const accounts = (
    <div className="yz-section-stack">
      <Card>
        <div className="yz-toolbar">
          <UserFilters value={filters} onChange={(next) => update({ ...next, page: null })} />
          <Button type="primary" icon={<PlusOutlined aria-hidden="true" />} onClick={() => setDialog({ kind: 'create' })}>
            {t('users.create')}
          </Button>
        </div>
      </Card>
      <Card>
        <ListQueryState query={list}>
          <UserTable users={list.data?.items ?? []} loading={list.isFetching} onOpen={setDialog} pagination={pagination(list.data?.total ?? 0)} />
        </ListQueryState>
      </Card>
    </div>
  );

  const showPassword = (user: Account, password: string) => {
    close();
    setShown({ name: user.displayName, password });
  };

  return (
    <div className="yz-section-stack">
      <h1 className="yz-page-title">{t('users.title')}</h1>
      <Tabs
        activeKey={tab}
        onChange={(key) => update({ tab: key === 'settings' ? 'settings' : null })}
        items={[
          { key: 'accounts', label: t('users.tabAccounts'), children: accounts },
          { key: 'settings', label: t('users.tabSettings'), children: <SecuritySettingsForm /> },
        ]}
      />
      {dialog?.kind === 'create' && <UserFormDrawer onClose={close} onCreated={showPassword} />}
      {dialog?.kind === 'edit' && <UserFormDrawer user={dialog.user} onClose={close} onCreated={showPassword} />}
      {dialog?.kind === 'reset' && <ResetPasswordDialog user={dialog.user} onClose={close} onDone={(password) => showPassword(dialog.user, password)} />}
      {dialog?.kind === 'sessions' && <SessionsDrawer user={dialog.user} onClose={close} />}
      {shown && <TemporaryPasswordModal name={shown.name} password={shown.password} onClose={() => setShown(null)} />}
    </div>
  );
}
