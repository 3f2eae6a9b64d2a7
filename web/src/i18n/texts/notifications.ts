/**
 * Interface texts for notifications (通知). Chinese is the source language; English must have
 * exactly its keys, or the file fails to compile. What a notification says comes from the server.
 */
export const zh = {
  'console.menu.notifications': '通知',
  'notifications.title': '我的通知',
  'notifications.all': '全部通知',
  'notifications.unreadList': '未读通知',
  'notifications.bell': '通知',
  'notifications.bellUnread': '通知，{count} 条未读',
  'notifications.unreadOnly': '只看未读',
  'notifications.markAllRead': '全部标为已读',
  'notifications.markRead': '标为已读',
  'notifications.open': '查看',
  'notifications.empty': '暂无通知',
  'notifications.emptyUnread': '没有未读通知',
  'notifications.unread': '未读',
  'notifications.unreadCount': '{count} 条未读',
  'notifications.hint': '评审任务、评分提醒、报名和结果公布等消息会在这里通知您；如管理员登记了您的电子邮箱，也会同时发送邮件。',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'console.menu.notifications': 'Notifications',
  'notifications.title': 'My notifications',
  'notifications.all': 'All notifications',
  'notifications.unreadList': 'Unread notifications',
  'notifications.bell': 'Notifications',
  'notifications.bellUnread': 'Notifications, {count} unread',
  'notifications.unreadOnly': 'Unread only',
  'notifications.markAllRead': 'Mark all read',
  'notifications.markRead': 'Mark read',
  'notifications.open': 'Open',
  'notifications.empty': 'No notifications',
  'notifications.emptyUnread': 'No unread notifications',
  'notifications.unread': 'Unread',
  'notifications.unreadCount': '{count} unread',
  'notifications.hint': 'Judging assignments, scoring reminders, registrations and published results are notified here, and by e-mail too when the administrator has recorded your address.',
};
