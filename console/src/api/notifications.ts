import { api } from './client';

export interface AppNotification {
  id: string;
  /** What happened, e.g. approval_requested; worded by the console in the viewer's language. */
  template: string;
  data: Record<string, unknown>;
  link: string | null;
  read: boolean;
  createdAt: string;
}

export interface NotificationPage {
  items: AppNotification[];
  nextCursor: string | null;
  unread: number;
}

export const notificationsApi = {
  list: (limit = 20) => api.get<NotificationPage>('/notifications', { query: { limit } }),
  markRead: (id: string) => api.post<void>(`/notifications/${encodeURIComponent(id)}/read`),
  markAllRead: () => api.post<{ marked: number }>('/notifications/read-all'),
};
