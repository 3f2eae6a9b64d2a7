import { App, Button, Popconfirm, Space, type TableProps, Tag, Tooltip } from 'antd';
import { ROLE_LABELS } from '@shared/enums';
import { type Account, useAccountAction } from '../../../../api/users';
import { useFormat } from '../../../../lib/use-format';
import { useT } from '../../../../i18n/use-t';
import { errorMessage } from '../../../../lib/form-errors';
import { useZoneNames } from '../../../../lib/zone-names';
import { UserStatusTags } from './user-status';
import { ListTable } from '../../../../components/list-table';

export type UserDialog = { kind: 'edit' | 'reset' | 'sessions'; user: Account };

/** The account list; each row's buttons follow its `abilities`, so only what works is offered. */
export function UserTable({
  users,
  loading,
  pagination,
  onOpen,
}: {
  users: Account[];
  loading: boolean;
  pagination: TableProps<Account>['pagination'];
  onOpen: (dialog: UserDialog) => void;
}) {
  const { t, label } = useT();
  const format = useFormat();
  const zoneNames = useZoneNames();
  const { message } = App.useApp();
  const action = useAccountAction();

  const run = (user: Account, kind: 'disable' | 'enable' | 'unlock') =>
    action.mutate(
      { id: user.id, action: kind },
      {
        onSuccess: () => void message.success(t(kind === 'disable' ? 'users.disabled' : kind === 'enable' ? 'users.enabled' : 'users.unlocked', { name: user.displayName })),
        onError: (error) => void message.error(errorMessage(error)),
      },
    );

  return (
    <ListTable<Account>
      dataSource={users}
      loading={loading}
      pagination={pagination}
      scroll={{ x: 1200 }}
      rowTestId={(user) => `user-row-${user.username}`}
      columns={[
        {
          key: 'username',
          title: t('users.username'),
          width: 150,
          render: (_, u) => (
            <>
              <code>{u.username}</code>
              {u.isSelf && (
                <Tooltip title={t('users.selfHint')}>
                  <Tag className="yz-ml">{t('users.self')}</Tag>
                </Tooltip>
              )}
            </>
          ),
        },
        { key: 'name', title: t('users.displayName'), width: 180, dataIndex: 'displayName' },
        { key: 'role', title: t('users.role'), width: 170, render: (_, u) => <Tag color="blue">{label(ROLE_LABELS[u.role])}</Tag> },
        { key: 'zone', title: t('users.zone'), width: 220, render: (_, u) => (u.scopeZone ? zoneNames.full(u.scopeZone.id, u.scopeZone.name) : <span className="yz-muted">{t('users.noScope')}</span>) },
        { key: 'org', title: t('users.organisation'), ellipsis: true, render: (_, u) => u.organisation ?? '—' },
        { key: 'status', title: t('users.status'), width: 170, render: (_, u) => <UserStatusTags user={u} /> },
        { key: 'seen', title: t('users.lastSeen'), width: 150, render: (_, u) => (u.lastSeenAt ? format.dateTime(u.lastSeenAt) : <span className="yz-muted">—</span>) },
        {
          key: 'actions',
          title: t('common.actions'),
          width: 330,
          fixed: 'right',
          render: (_, u) => (
            <Space size={4} wrap>
              {u.abilities.update && (
                <Button size="small" onClick={() => onOpen({ kind: 'edit', user: u })}>
                  {t('common.edit')}
                </Button>
              )}
              {u.abilities.resetPassword && (
                <Button size="small" onClick={() => onOpen({ kind: 'reset', user: u })}>
                  {t('users.resetPassword')}
                </Button>
              )}
              {u.abilities.unlock && (
                <Button size="small" onClick={() => run(u, 'unlock')}>
                  {t('users.unlock')}
                </Button>
              )}
              <Button size="small" onClick={() => onOpen({ kind: 'sessions', user: u })}>
                {t('users.sessions')}
                {u.sessionCount > 0 ? ` (${u.sessionCount})` : ''}
              </Button>
              {u.abilities.disable && (
                <Popconfirm title={t('users.disableConfirm', { name: u.displayName })} okText={t('users.disable')} cancelText={t('common.cancel')} onConfirm={() => run(u, 'disable')}>
                  <Button size="small" danger>
                    {t('users.disable')}
                  </Button>
                </Popconfirm>
              )}
              {u.abilities.enable && (
                <Button size="small" onClick={() => run(u, 'enable')}>
                  {t('users.enable')}
                </Button>
              )}
            </Space>
          ),
        },
      ]}
    />
  );
}
