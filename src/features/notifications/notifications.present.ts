import type { Lang } from '../../shared/enums.js';
import { fillMessage } from '../../shared/messages.js';
import { registeredNotificationKinds, renderNotification } from '../../shared/notifications.js';
import '../../shared/notification-catalog.js';
import type { NotificationRow } from './notifications.repo.js';
import type { NotificationDto } from './notifications.schema.js';

export function presentNotification(row: NotificationRow, lang: Lang): NotificationDto {
  const kind = registeredNotificationKinds().get(row.kind);
  return {
    id: row.id,
    kindLabel: kind ? fillMessage(kind.label, lang) : lang === 'zh' ? '通知' : 'Notice',
    ...renderNotification(row.kind, row.params, lang),
    link: row.link,
    createdAt: row.created_at.toISOString(),
    readAt: row.read_at ? row.read_at.toISOString() : null,
  };
}
