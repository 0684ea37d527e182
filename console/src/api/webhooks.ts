import { answer, client, done } from './client';
import type { WebhookDeliveryQuery, WebhookEndpointCreate, WebhookEndpointUpdate } from './types';

const path = (id: string) => ({ params: { path: { id } } });

export const webhooksApi = {
  eventTypes: () => answer(client.GET('/api/v1/webhooks/event-types')).then((r) => r.items),
  list: () => answer(client.GET('/api/v1/webhooks/endpoints')).then((r) => r.items),
  create: (body: WebhookEndpointCreate) => answer(client.POST('/api/v1/webhooks/endpoints', { body })),
  update: (id: string, body: WebhookEndpointUpdate) => answer(client.PATCH('/api/v1/webhooks/endpoints/{id}', { ...path(id), body })),
  remove: (id: string) => done(client.DELETE('/api/v1/webhooks/endpoints/{id}', path(id))),
  rotate: (id: string) => answer(client.POST('/api/v1/webhooks/endpoints/{id}/rotate-secret', path(id))),
  ping: (id: string) => answer(client.POST('/api/v1/webhooks/endpoints/{id}/ping', path(id))),
  deliveries: (query: WebhookDeliveryQuery) => answer(client.GET('/api/v1/webhooks/deliveries', { params: { query } })),
  redeliver: (id: string) => answer(client.POST('/api/v1/webhooks/deliveries/{id}/redeliver', path(id))),
};
