import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { request } from './api';
import type { NotificationPage, NotificationQuery, NotificationReadAnswer, NotificationsReadAnswer, UnreadCount } from './types';

export type { Notification, NotificationQuery } from './types';

/** How often the header asks for the unread count (and on returning to the tab). */
export const UNREAD_POLL_MS = 60_000;

export const notificationKeys = {
  all: ['notifications'] as const,
  list: (query: NotificationQuery) => ['notifications', 'list', query] as const,
  unread: ['notifications', 'unread'] as const,
};

export function useUnreadCount() {
  return useQuery({
    queryKey: notificationKeys.unread,
    queryFn: ({ signal }) => request<UnreadCount>('/api/my/notifications/unread-count', { signal }).then((answer) => answer.unread),
    refetchInterval: UNREAD_POLL_MS,
    refetchOnWindowFocus: true,
  });
}

export function useNotifications(query: NotificationQuery) {
  return useQuery({
    queryKey: notificationKeys.list(query),
    queryFn: ({ signal }) => request<NotificationPage>('/api/my/notifications', { query, signal }),
    placeholderData: keepPreviousData,
  });
}

/** Marks read, then refreshes the lists and puts the count the server answered in the header. */
function useNotificationMutation<TVars, TAnswer extends { unread: number }>(mutationFn: (vars: TVars) => Promise<TAnswer>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: ({ unread }) => {
      queryClient.setQueryData(notificationKeys.unread, unread);
      void queryClient.invalidateQueries({ queryKey: ['notifications', 'list'] });
    },
  });
}

export function useMarkRead() {
  return useNotificationMutation((id: number) => request<NotificationReadAnswer>(`/api/my/notifications/${id}/read`, { method: 'POST' }));
}

export function useMarkAllRead() {
  return useNotificationMutation(() => request<NotificationsReadAnswer>('/api/my/notifications/read-all', { method: 'POST' }));
}
