import { answer, client, done } from './client';

export const notificationsApi = {
  list: (limit = 20) => answer(client.GET('/api/v1/notifications', { params: { query: { limit } } })),
  markRead: (id: string) => done(client.POST('/api/v1/notifications/{id}/read', { params: { path: { id } } })),
  markAllRead: () => answer(client.POST('/api/v1/notifications/read-all')),
};
