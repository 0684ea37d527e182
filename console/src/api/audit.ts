import { answer, client } from './client';

export const auditApi = {
  list: (cursor: string | null, limit = 50) =>
    answer(client.GET('/api/v1/audit-log', { params: { query: { cursor: cursor ?? undefined, limit } } })),
  verify: () => answer(client.GET('/api/v1/audit-log/verify')),
};
