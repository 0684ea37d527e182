import type { Tx } from '../platform/db/database.ts';
import type { OrderChange, OrderChangeHook } from '../modules/orders/index.ts';
import { enqueueWebhook, type WebhookEventType } from '../modules/webhooks/index.ts';

/** The webhook an order change is sent as; null for news that changes no state (a flight's delay is on the timeline, not a webhook). */
export function webhookTypeOf(change: Pick<OrderChange, 'from' | 'to'>): WebhookEventType | null {
  if (change.from === null) return 'order.created';
  if (change.from === change.to) return null;
  switch (change.to) {
    case 'ticketed':
    case 'confirmed':
      return 'order.ticketed';
    case 'changed':
      return 'order.changed';
    case 'refunded':
      return 'order.refunded';
    case 'cancelled':
      return 'order.cancelled';
    default:
      return 'order.status_changed';
  }
}

/** Tells the tenant's webhook endpoints of an order's change, in the change's own transaction (nothing is sent for a change that rolls back). */
export const orderWebhooks: OrderChangeHook = async (tx: Tx, change: OrderChange) => {
  const type = webhookTypeOf(change);
  if (type === null) return;
  await enqueueWebhook(tx, {
    tenantId: change.tenantId,
    type,
    occurredAt: change.at,
    data: {
      orderId: change.orderId,
      trackingCode: change.trackingCode,
      category: change.category,
      from: change.from,
      to: change.to,
      event: change.type,
    },
  });
};
