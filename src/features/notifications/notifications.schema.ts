import { z } from 'zod';
import { idParam, pageQuery } from '../../shared/schemas.js';

export const NotificationDto = z.object({
  id: z.number(),
  /** The kind's name in the reader's language (评审任务, 评分提醒, …). */
  kindLabel: z.string(),
  title: z.string(),
  body: z.string(),
  /** Where in the app it leads (/console/...), or null. */
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type NotificationDto = z.infer<typeof NotificationDto>;

export const ListNotificationsSchema = {
  querystring: z.strictObject({ unread: z.enum(['true', 'false']).optional(), ...pageQuery }),
  response: { 200: z.object({ items: z.array(NotificationDto), total: z.number(), unread: z.number() }) },
};
export const UnreadCountSchema = { response: { 200: z.object({ unread: z.number() }) } };
export const MarkReadSchema = { params: idParam, response: { 200: z.object({ notification: NotificationDto, unread: z.number() }) } };
export const MarkAllReadSchema = { response: { 200: z.object({ marked: z.number(), unread: z.number() }) } };
