import { api } from './client';
import type { ApiKey, ApiKeyCreate, ApiKeyCreated, ItemList } from './types';

export const apiKeysApi = {
  list: () => api.get<ItemList<ApiKey>>('/api-keys').then((r) => r.items),
  create: (body: ApiKeyCreate) => api.post<ApiKeyCreated>('/api-keys', { json: body }),
  revoke: (id: string) => api.del(`/api-keys/${encodeURIComponent(id)}`),
};
