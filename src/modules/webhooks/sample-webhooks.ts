import type { PiiCipher } from '../../platform/crypto/pii.ts';
import type { Tx } from '../../platform/db/database.ts';
import { newId } from '../../platform/ids.ts';
import { newSecret } from './endpoints.ts';
import { webhookAttempts, webhookDeliveries, webhookEndpoints, type WebhookBody } from './schema.ts';

export interface SampleWebhooksInput {
  tenantId: string;
  /** The enterprise's web domain, for the sample endpoint's URL (e.g. huachen.example.com). */
  domain: string;
  cipher: PiiCipher;
  now: Date;
}

/**
 * The demo's webhook set-up: one ERP endpoint, switched off (the demo network has no ERP to call),
 * with a short history: a test ping that succeeded, and an order event given up after its retries.
 * Nothing in it is due, so a running server sends nothing.
 */
export async function seedSampleWebhooks(tx: Tx, input: SampleWebhooksInput): Promise<void> {
  const { tenantId, now } = input;
  const endpointId = newId();
  await tx.insert(webhookEndpoints).values({
    tenantId,
    id: endpointId,
    url: `https://erp.${input.domain}/tripdesk/webhooks`,
    description: 'ERP 订单同步（演示，已停用）',
    eventTypes: ['order.created', 'order.status_changed', 'order.refunded', 'order.cancelled'],
    secretEnc: input.cipher.encrypt(newSecret()),
    active: false,
    createdAt: new Date(now.getTime() - 3 * 86_400_000),
    updatedAt: now,
  });
  const at = (hoursAgo: number) => new Date(now.getTime() - hoursAgo * 3_600_000);
  const deliveries: { type: string; data: Record<string, unknown>; hoursAgo: number; codes: (number | null)[] }[] = [
    { type: 'ping', data: { endpointId, message: 'Tripdesk webhook test' }, hoursAgo: 70, codes: [200] },
    {
      type: 'order.created',
      data: { orderId: null, trackingCode: 'F-DEMO', sample: true },
      hoursAgo: 48,
      codes: [502, 502, 503, null, null, null, null],
    },
  ];
  for (const d of deliveries) {
    const id = newId();
    const eventId = newId();
    const created = at(d.hoursAgo);
    const payload: WebhookBody = { id: eventId, type: d.type, createdAt: created.toISOString(), tenantId, data: d.data };
    const last = d.codes[d.codes.length - 1] ?? null;
    const ok = last !== null && last < 300;
    await tx.insert(webhookDeliveries).values({
      tenantId,
      id,
      endpointId,
      eventId,
      type: d.type,
      payload,
      attemptCount: d.codes.length,
      status: ok ? 'succeeded' : 'dead',
      nextAttemptAt: created,
      lastStatusCode: last,
      lastError: ok ? null : last === null ? 'connect ECONNREFUSED' : `HTTP ${last}`,
      lastResponseMs: ok ? 184 : 10_000,
      createdAt: created,
      updatedAt: created,
    });
    await tx.insert(webhookAttempts).values(
      d.codes.map((code, i) => ({
        tenantId,
        id: newId(),
        deliveryId: id,
        attemptedAt: new Date(created.getTime() + i * 600_000),
        address: '203.0.113.10',
        statusCode: code,
        error: code === null ? 'connect ECONNREFUSED' : code < 300 ? null : `HTTP ${code}`,
        responseMs: code === null ? 3 : 180 + i,
        responseExcerpt: code === null ? null : code < 300 ? 'ok' : 'Bad Gateway',
      })),
    );
  }
}
