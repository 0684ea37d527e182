/**
 * The event types a tenant can subscribe an endpoint to. A module that emits a new kind of event
 * adds it here (and calls enqueueWebhook with it); '*' subscribes to all, present and future.
 * 'ping' is not subscribable: it is only sent on request, to the endpoint asked.
 */
export const WEBHOOK_EVENT_TYPES = [
  'order.created',
  'order.status_changed',
  'order.ticketed',
  'order.changed',
  'order.refunded',
  'order.cancelled',
] as const;

export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export const ALL_EVENTS = '*';
export const PING_EVENT = 'ping';

export const isWebhookEventType = (t: string): t is WebhookEventType => (WEBHOOK_EVENT_TYPES as readonly string[]).includes(t);

/** Whether an endpoint subscribed to `types` receives an event of `type`. */
export const subscribes = (types: readonly string[], type: string): boolean => types.includes(ALL_EVENTS) || types.includes(type);
