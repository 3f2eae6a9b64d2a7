/**
 * 通知: a signed-in person's own notifications (anyone else's answers 404), the unread count the
 * header shows, and marking them read. Nobody creates one through the API: features notify as a
 * consequence of their own steps (notifications.service.ts).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FeatureDeps } from '../../kernel/deps.js';
import { notFound } from '../../kernel/errors.js';
import { langOf, requireActor } from '../../kernel/request.js';
import { countUnread, listOwnNotifications, markAllRead, markRead } from './notifications.repo.js';
import { presentNotification } from './notifications.present.js';
import { ListNotificationsSchema, MarkAllReadSchema, MarkReadSchema, UnreadCountSchema } from './notifications.schema.js';

export function notificationRoutes({ db }: FeatureDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['notifications'];
    app.get('/api/my/notifications', { schema: { tags, summary: '我的通知 My notifications', ...ListNotificationsSchema } }, async (request) => {
      const actor = requireActor(request);
      const { unread, page, pageSize } = request.query;
      const { rows, total, unread: unreadCount } = await listOwnNotifications(db, actor.id, { unreadOnly: unread === 'true', limit: pageSize, offset: (page - 1) * pageSize });
      const lang = langOf(request);
      return { items: rows.map((row) => presentNotification(row, lang)), total, unread: unreadCount };
    });

    app.get('/api/my/notifications/unread-count', { schema: { tags, summary: '未读通知数 Unread notifications', ...UnreadCountSchema } }, async (request) => {
      const actor = requireActor(request);
      return { unread: await countUnread(db, actor.id) };
    });

    app.post('/api/my/notifications/:id/read', { schema: { tags, summary: '标为已读 Mark a notification read', ...MarkReadSchema } }, async (request) => {
      const actor = requireActor(request);
      const row = await markRead(db, actor.id, request.params.id);
      if (!row) throw notFound();
      return { notification: presentNotification(row, langOf(request)), unread: await countUnread(db, actor.id) };
    });

    app.post('/api/my/notifications/read-all', { schema: { tags, summary: '全部标为已读 Mark all read', ...MarkAllReadSchema } }, async (request) => {
      const actor = requireActor(request);
      return { marked: await markAllRead(db, actor.id), unread: 0 };
    });
  };
}
