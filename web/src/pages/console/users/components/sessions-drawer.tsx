import { App, Button, Drawer, Popconfirm, Space, Table, Tag } from 'antd';
import { type Account, type AccountSession, useAccountSessions, useEndSessions } from '../../../../api/users';
import { EmptyState, QueryState } from '../../../../components/page-state';
import { useFormat } from '../../../../lib/use-format';
import { useT } from '../../../../i18n/use-t';
import { testIdProps } from '../../../../lib/test-id';
import { errorMessage } from '../../../../lib/form-errors';

/** An account's live sessions: when and where they started, last activity; end one or all. */
export function SessionsDrawer({ user, onClose }: { user: Account; onClose: () => void }) {
  const { t } = useT();
  const format = useFormat();
  const { message } = App.useApp();
  const sessions = useAccountSessions(user.id);
  const end = useEndSessions();

  const onEnd = (sessionId?: string) =>
    end.mutate(
      { id: user.id, sessionId },
      {
        onSuccess: (ended) => {
          void message.success(t('users.sessionsEnded', { n: ended }));
          void sessions.refetch();
        },
        onError: (error) => void message.error(errorMessage(error)),
      },
    );

  return (
    <Drawer
      open
      size={880}
      title={t('users.sessionsTitle', { name: user.displayName })}
      onClose={onClose}
      extra={
        <Popconfirm title={t('users.endAllConfirm', { name: user.displayName })} okText={t('users.endAll')} cancelText={t('common.cancel')} onConfirm={() => onEnd()}>
          <Button danger disabled={!sessions.data?.length} loading={end.isPending && !end.variables?.sessionId}>
            {t('users.endAll')}
          </Button>
        </Popconfirm>
      }
    >
      <QueryState query={sessions}>
        {(items) => (
          <Table<AccountSession>
            rowKey="id"
            size="small"
            dataSource={items}
            pagination={false}
            scroll={{ x: 800 }}
            locale={{ emptyText: <EmptyState description={t('users.noSessions')} /> }}
            onRow={(session) => testIdProps(`session-row-${session.id}`)}
            columns={[
              { key: 'created', title: t('users.sessionCreated'), width: 150, render: (_, s) => format.dateTime(s.createdAt) },
              { key: 'seen', title: t('users.lastSeen'), width: 150, render: (_, s) => format.dateTime(s.lastSeenAt) },
              { key: 'expires', title: t('users.sessionExpires'), width: 150, render: (_, s) => format.dateTime(s.expiresAt) },
              { key: 'ip', title: t('users.sessionIp'), width: 120, render: (_, s) => s.ip ?? '—' },
              { key: 'agent', title: t('users.sessionAgent'), ellipsis: true, render: (_, s) => <span title={s.userAgent ?? undefined}>{s.userAgent ?? '—'}</span> },
              {
                key: 'actions',
                title: t('common.actions'),
                width: 130,
                render: (_, s) => (
                  <Space>
                    {s.current && <Tag color="blue">{t('users.sessionCurrent')}</Tag>}
                    <Button size="small" onClick={() => onEnd(s.id)} loading={end.isPending && end.variables?.sessionId === s.id}>
                      {t('users.endSession')}
                    </Button>
                  </Space>
                ),
              },
            ]}
          />
        )}
      </QueryState>
    </Drawer>
  );
}
