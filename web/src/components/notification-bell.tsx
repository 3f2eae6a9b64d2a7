import { BellOutlined } from '@ant-design/icons';
import { Badge, Button } from 'antd';
import { Link } from 'react-router';
import { useUnreadCount } from '../api/notifications';
import { useT } from '../i18n/use-t';

/** The header's bell: the unread count (asked every minute and on returning to the tab), leading to 我的通知. */
export function NotificationBell() {
  const { t } = useT();
  const unread = useUnreadCount().data ?? 0;
  const name = unread > 0 ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell');
  return (
    <Link to="/console/notifications" aria-label={name} title={name} data-testid="notification-bell">
      <Badge count={unread} overflowCount={99} size="small">
        <Button type="text" icon={<BellOutlined aria-hidden="true" />} tabIndex={-1} aria-hidden="true" />
      </Badge>
    </Link>
  );
}
