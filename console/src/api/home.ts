import { answer, client } from './client';

/** The data behind the role home pages. */
export const homeApi = {
  travel: () => answer(client.GET('/api/v1/travel-requests/home')),
  setup: () => answer(client.GET('/api/v1/home/setup')).then((r) => r.items),
  enterprises: () => answer(client.GET('/api/v1/home/enterprises')).then((r) => r.items),
};
