import { Badge, Button, Card, List, Pagination, Space, Switch, Tag, Typography } from 'antd';
import { LIMITS } from '@shared/limits';
import { useNavigate } from 'react-router';
import { type Notification, useMarkAllRead, useMarkRead, useNotifications } from '../../../api/notifications';
import { EmptyState, ErrorState } from '../../../components/page-state';
import { useT } from '../../../i18n/use-t';
import { useFormat } from '../../../lib/use-format';
import { useQueryParams } from '../../../lib/use-query-params';

/**
 * 我的通知: what the app has told me, newest first. Opening one marks it read and goes where it
 * leads; the list and the filter are in the URL, so the back button returns to the same page.
 */
export function NotificationsPage() {
  const { t } = useT();
  const format = useFormat();
  const navigate = useNavigate();
  const { params, getNumber, update } = useQueryParams();
  const unreadOnly = params.get('unread') === 'true';
  const page = Math.max(1, getNumber('page') ?? 1);
  const pageSize = Math.min(LIMITS.pageSizeMax, Math.max(1, getNumber('pageSize') ?? 20));
  const list = useNotifications({ unread: unreadOnly ? 'true' : undefined, page, pageSize });
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const unread = list.data?.unread ?? 0;

  const open = (item: Notification) => {
    const go = () => item.link && navigate(item.link);
    if (item.readAt) return void go();
    markRead.mutate(item.id, { onSettled: go });
  };

  return (
    <div className="yz-section-stack">
      <h1 className="yz-page-title">{t('notifications.title')}</h1>
      <Card
        title={
          <Space>
            {t(unreadOnly ? 'notifications.unreadList' : 'notifications.all')}
            {unread > 0 && <Badge count={t('notifications.unreadCount', { count: unread })} color="blue" />}
          </Space>
        }
        extra={
          <Space wrap>
            <Space>
              <Switch checked={unreadOnly} onChange={(checked) => update({ unread: checked ? 'true' : null, page: null })} aria-label={t('notifications.unreadOnly')} />
              <span aria-hidden="true">{t('notifications.unreadOnly')}</span>
            </Space>
            <Button onClick={() => markAll.mutate(undefined)} disabled={unread === 0} loading={markAll.isPending} data-testid="notifications-read-all">
              {t('notifications.markAllRead')}
            </Button>
          </Space>
        }
      >
        <Typography.Paragraph type="secondary">{t('notifications.hint')}</Typography.Paragraph>
        {list.isError && !list.data ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <List<Notification>
            loading={list.isFetching && !list.data}
            dataSource={list.data?.items ?? []}
            locale={{ emptyText: <EmptyState description={t(unreadOnly ? 'notifications.emptyUnread' : 'notifications.empty')} /> }}
            renderItem={(item) => (
              <List.Item
                data-testid={`notification-item-${item.id}`}
                className={item.readAt ? 'yz-notification' : 'yz-notification yz-notification--unread'}
                actions={[
                  ...(item.link ? [<Button key="open" type="link" onClick={() => open(item)}>{t('notifications.open')}</Button>] : []),
                  ...(item.readAt ? [] : [<Button key="read" type="link" onClick={() => markRead.mutate(item.id)}>{t('notifications.markRead')}</Button>]),
                ]}
              >
                <List.Item.Meta
                  title={
                    <Space wrap>
                      {!item.readAt && <Tag color="blue">{t('notifications.unread')}</Tag>}
                      <Typography.Text strong={!item.readAt}>{item.title}</Typography.Text>
                      <Typography.Text type="secondary">{item.kindLabel}</Typography.Text>
                    </Space>
                  }
                  description={
                    <>
                      <div>{item.body}</div>
                      <Typography.Text type="secondary">{format.dateTime(item.createdAt)}</Typography.Text>
                    </>
                  }
                />
              </List.Item>
            )}
          />
        )}
        {(list.data?.total ?? 0) > pageSize && (
          <Pagination
            className="yz-mt"
            current={page}
            pageSize={pageSize}
            total={list.data?.total ?? 0}
            showTotal={(total) => t('common.total', { total })}
            onChange={(nextPage, nextSize) => update({ page: nextSize !== pageSize ? null : nextPage, pageSize: nextSize === 20 ? null : nextSize })}
          />
        )}
      </Card>
    </div>
  );
}
