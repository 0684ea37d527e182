/**
 * Webhooks (出站 Webhook): tenant-configured endpoints that receive Tripdesk's events, signed
 * (HMAC-SHA256 of "<timestamp>.<body>", the suppliers' scheme), queued in the transaction of the
 * change that causes them, delivered at least once with backoff, with a delivery log. Private
 * addresses are refused unless the operator allows them (address-guard.ts).
 */
export { enqueueWebhook, WEBHOOK_CHANNEL, type WebhookEvent } from './enqueue.ts';
export { ALL_EVENTS, PING_EVENT, WEBHOOK_EVENT_TYPES, isWebhookEventType, type WebhookEventType } from './event-types.ts';
export { webhookRoutes, webhookSettingsOf, type WebhookRouteSeams } from './routes.ts';
export { deliverDueWebhooks, startWebhookDelivery, type WebhookWorker, type WebhookWorkerOptions } from './delivery-worker.ts';
export type { DeliveryDeps } from './attempt.ts';
export { checkWebhookUrl, type ResolveAll, type WebhookAddressSettings } from './address-guard.ts';
export type { Transport } from './transport.ts';
export { webhookAuditLabellers } from './audit-labels.ts';
export type { WebhookBody } from './schema.ts';
export { seedSampleWebhooks, type SampleWebhooksInput } from './sample-webhooks.ts';
