import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { notify } from '../../platform/db/notify.ts';
import { newId } from '../../platform/ids.ts';
import { subscribes } from './event-types.ts';
import { webhookDeliveries, webhookEndpoints, type WebhookBody } from './schema.ts';

/** Told on commit of a transaction that queued deliveries, so an idle worker starts at once. */
export const WEBHOOK_CHANNEL = 'tripdesk_webhooks';

export interface WebhookEvent {
  tenantId: string;
  type: string;
  data: Record<string, unknown>;
  occurredAt: Date;
}

/**
 * Queues an event for every active endpoint of the tenant subscribed to its type, in the caller's
 * transaction: the deliveries commit with the change that caused them, or not at all, so nothing
 * is ever sent for a change that rolled back. The delivery worker sends them after commit.
 */
export async function enqueueWebhook(tx: Tx, event: WebhookEvent): Promise<{ eventId: string; deliveries: number }> {
  const eventId = newId();
  const endpoints = await tx
    .select({ id: webhookEndpoints.id, eventTypes: webhookEndpoints.eventTypes })
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.tenantId, event.tenantId), eq(webhookEndpoints.active, true)));
  const targets = endpoints.filter((e) => subscribes(e.eventTypes, event.type));
  if (targets.length === 0) return { eventId, deliveries: 0 };
  const body: WebhookBody = {
    id: eventId,
    type: event.type,
    createdAt: event.occurredAt.toISOString(),
    tenantId: event.tenantId,
    data: event.data,
  };
  await tx.insert(webhookDeliveries).values(
    targets.map((e) => ({
      tenantId: event.tenantId,
      id: newId(),
      endpointId: e.id,
      eventId,
      type: event.type,
      payload: body,
      nextAttemptAt: event.occurredAt,
    })),
  );
  await notify(tx, WEBHOOK_CHANNEL, '');
  return { eventId, deliveries: targets.length };
}
