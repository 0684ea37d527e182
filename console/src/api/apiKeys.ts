import { answer, client, done } from './client';
import type { ApiKeyCreate } from './types';

export const apiKeysApi = {
  list: () => answer(client.GET('/api/v1/api-keys')).then((r) => r.items),
  create: (body: ApiKeyCreate) => answer(client.POST('/api/v1/api-keys', { body })),
  revoke: (id: string) => done(client.DELETE('/api/v1/api-keys/{id}', { params: { path: { id } } })),
};
