import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/modules/access/index.ts';
import { verifySignature } from '../../src/modules/suppliers/index.ts';
import { deliverDueWebhooks, enqueueWebhook, type DeliveryDeps, type Transport } from '../../src/modules/webhooks/index.ts';
import { RETRY_DELAYS_MS, MAX_ATTEMPTS } from '../../src/modules/webhooks/backoff.ts';
import { createEndpoint, rotateSecret, updateEndpoint } from '../../src/modules/webhooks/endpoints.ts';
import { webhookAttempts, webhookDeliveries, webhookEndpoints } from '../../src/modules/webhooks/schema.ts';
import { inSystemScope, inTenantScope } from '../../src/platform/db/scope.ts';
import { testDatabase, type TestDb } from '../support/db.ts';
import { rawRows } from '../platform/helpers.ts';
import { startReceiver, type Receiver } from './receiver.ts';

/** Delivery: signed, retried with backoff on the worker's clock, dead at the end, 410 disables, nothing for a rollback. */

let db: TestDb;
let receiver: Receiver;
let tenant: string;
let deps: DeliveryDeps;
const admin = systemActor('test');
const settings = { allowPrivate: false, allowedHosts: ['127.0.0.1'] };
const t0 = new Date('2026-03-02T01:00:00.000Z');
const at = (ms: number) => new Date(t0.getTime() + ms);

beforeAll(async () => {
  db = await testDatabase();
  receiver = await startReceiver();
  tenant = db.demo.tenants.huachen;
  deps = { db: db.database.db, cipher: db.cipher, settings, random: () => 0.5 };
});
afterAll(async () => {
  await receiver?.close();
  await db?.close();
});
beforeEach(async () => {
  receiver.received.length = 0;
  receiver.answer(200);
  await inSystemScope(db.database.db, (tx) => tx.delete(webhookEndpoints));
});

const newEndpoint = (eventTypes = ['order.created'], url = receiver.url) =>
  createEndpoint(deps, tenant, admin, { url, description: 'ERP', eventTypes, active: true }, t0);

const enqueue = (type = 'order.created', data: Record<string, unknown> = { orderId: 'O1' }) =>
  inTenantScope(db.database.db, [tenant], (tx) => enqueueWebhook(tx, { tenantId: tenant, type, data, occurredAt: t0 }));

async function deliveries() {
  return inSystemScope(db.database.db, (tx) => tx.select().from(webhookDeliveries).where(eq(webhookDeliveries.tenantId, tenant)));
}

async function onlyDelivery() {
  const [d, ...rest] = await deliveries();
  expect(rest).toEqual([]);
  if (!d) throw new Error('no delivery');
  return d;
}

describe('webhook delivery', () => {
  it('posts the event signed with the endpoint secret; the receiver verifies it', async () => {
    const { secret } = await newEndpoint();
    const { eventId, deliveries: n } = await enqueue('order.created', { orderId: 'O1', amountFen: 12_300 });
    expect(n).toBe(1);
    const outcomes = await deliverDueWebhooks(deps, t0);
    expect(outcomes).toMatchObject([{ status: 'succeeded', statusCode: 200 }]);
    const [got] = receiver.received;
    if (!got) throw new Error('nothing received');
    expect(JSON.parse(got.body)).toEqual({
      id: eventId,
      type: 'order.created',
      createdAt: t0.toISOString(),
      tenantId: tenant,
      data: { orderId: 'O1', amountFen: 12_300 },
    });
    expect(got.headers['tripdesk-webhook-id']).toBe(eventId);
    expect(got.headers['content-type']).toBe('application/json');
    const check = verifySignature({
      header: String(got.headers['tripdesk-signature']),
      timestamp: String(got.headers['tripdesk-timestamp']),
      rawBody: got.body,
      secrets: [secret],
      now: t0.getTime(),
    });
    expect(check).toEqual({ ok: true });
    expect(
      verifySignature({
        header: String(got.headers['tripdesk-signature']),
        timestamp: String(got.headers['tripdesk-timestamp']),
        rawBody: got.body,
        secrets: ['whsec_other'],
        now: t0.getTime(),
      }),
    ).toEqual({ ok: false, reason: 'MISMATCH' });
    const d = await onlyDelivery();
    expect(d).toMatchObject({ status: 'succeeded', attemptCount: 1, lastStatusCode: 200, lastError: null });
    // Delivered once: a second pass finds nothing due.
    expect(await deliverDueWebhooks(deps, at(3_600_000))).toEqual([]);
  });

  it('sends only to active endpoints subscribed to the type (or to *)', async () => {
    await newEndpoint(['order.ticketed']);
    await newEndpoint(['*']);
    const off = await newEndpoint(['order.created']);
    await updateEndpoint(deps, [tenant], admin, off.endpoint.id, { active: false }, t0);
    expect((await enqueue('order.created')).deliveries).toBe(1);
    expect((await enqueue('order.ticketed')).deliveries).toBe(2);
  });

  it('queues nothing for a change that rolls back', async () => {
    await newEndpoint();
    await expect(
      inTenantScope(db.database.db, [tenant], async (tx) => {
        await enqueueWebhook(tx, { tenantId: tenant, type: 'order.created', data: {}, occurredAt: t0 });
        throw new Error('the order failed');
      }),
    ).rejects.toThrow('the order failed');
    expect(await deliveries()).toEqual([]);
    expect(await deliverDueWebhooks(deps, at(60_000))).toEqual([]);
    expect(receiver.received).toEqual([]);
  });

  it('retries 500s with backoff on the schedule, then succeeds; every attempt logged', async () => {
    await newEndpoint();
    await enqueue();
    receiver.answer(500, 503, 200);
    expect(await deliverDueWebhooks(deps, t0)).toMatchObject([{ status: 'failed', statusCode: 500 }]);
    let d = await onlyDelivery();
    expect(d.nextAttemptAt.getTime()).toBe(t0.getTime() + RETRY_DELAYS_MS[0]!);
    // Not yet due: nothing happens.
    expect(await deliverDueWebhooks(deps, at(59_000))).toEqual([]);
    expect(await deliverDueWebhooks(deps, at(60_000))).toMatchObject([{ status: 'failed', statusCode: 503 }]);
    d = await onlyDelivery();
    expect(d.nextAttemptAt.getTime()).toBe(t0.getTime() + 60_000 + RETRY_DELAYS_MS[1]!);
    expect(await deliverDueWebhooks(deps, d.nextAttemptAt)).toMatchObject([{ status: 'succeeded', statusCode: 200 }]);
    d = await onlyDelivery();
    expect(d).toMatchObject({ status: 'succeeded', attemptCount: 3, lastStatusCode: 200 });
    const attempts = await inSystemScope(db.database.db, (tx) =>
      tx
        .select()
        .from(webhookAttempts)
        .where(and(eq(webhookAttempts.tenantId, tenant), eq(webhookAttempts.deliveryId, d.id))),
    );
    expect(attempts.map((a) => a.statusCode).sort()).toEqual([200, 500, 503]);
    expect(attempts.every((a) => a.address === '127.0.0.1' && typeof a.responseMs === 'number')).toBe(true);
    // The same event id every time: the receiver deduplicates by it.
    expect(new Set(receiver.received.map((r) => r.headers['tripdesk-webhook-id'])).size).toBe(1);
  });

  it('spreads retries with jitter within ±20 %', async () => {
    await newEndpoint();
    await enqueue();
    receiver.answer(500);
    await deliverDueWebhooks({ ...deps, random: () => 0 }, t0);
    expect((await onlyDelivery()).nextAttemptAt.getTime()).toBe(t0.getTime() + 48_000);
  });

  it('is dead after the last attempt', async () => {
    await newEndpoint();
    await enqueue();
    receiver.answer(500);
    let now = t0;
    for (let i = 1; i <= MAX_ATTEMPTS; i++) {
      const [outcome] = await deliverDueWebhooks(deps, now);
      expect(outcome?.status).toBe(i < MAX_ATTEMPTS ? 'failed' : 'dead');
      now = (await onlyDelivery()).nextAttemptAt;
    }
    expect(await onlyDelivery()).toMatchObject({ status: 'dead', attemptCount: MAX_ATTEMPTS, lastStatusCode: 500 });
    expect(await deliverDueWebhooks(deps, at(30 * 24 * 3_600_000))).toEqual([]);
    expect(receiver.received).toHaveLength(MAX_ATTEMPTS);
  });

  it('a 410 Gone disables the endpoint (audited) and ends the delivery', async () => {
    const { endpoint } = await newEndpoint();
    await enqueue();
    receiver.answer(410);
    expect(await deliverDueWebhooks(deps, t0)).toMatchObject([{ status: 'dead', statusCode: 410 }]);
    const [e] = await inSystemScope(db.database.db, (tx) => tx.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, endpoint.id)));
    expect(e).toMatchObject({ active: false, disabledReason: 'gone' });
    const audit = rawRows(
      await inSystemScope(db.database.db, (tx) =>
        tx.execute(sql`select action from audit_log where tenant_id = ${tenant} and entity_id = ${endpoint.id} order by seq`),
      ),
    );
    expect(audit.map((r) => r.action)).toEqual(['webhook_endpoint.created', 'webhook_endpoint.disabled']);
    expect((await enqueue()).deliveries).toBe(0);
  });

  it('signs with both secrets during a rotation', async () => {
    const { endpoint, secret: old } = await newEndpoint();
    const { secret: fresh } = await rotateSecret(deps, [tenant], admin, endpoint.id, t0);
    await enqueue();
    await deliverDueWebhooks(deps, t0);
    const [got] = receiver.received;
    if (!got) throw new Error('nothing received');
    const header = String(got.headers['tripdesk-signature']);
    expect(header.split(',')).toHaveLength(2);
    for (const secret of [old, fresh]) {
      expect(
        verifySignature({
          header,
          timestamp: String(got.headers['tripdesk-timestamp']),
          rawBody: got.body,
          secrets: [secret],
          now: t0.getTime(),
        }),
      ).toEqual({ ok: true });
    }
  });

  it('checks the address again at delivery and connects to the address checked', async () => {
    let answer = ['93.184.216.34'];
    const resolveAll = async () => answer.map((address) => ({ address, family: 4 as const }));
    const sent: string[] = [];
    const transport: Transport = async (req) => {
      sent.push(req.address.address);
      return { statusCode: 204, error: null, responseMs: 1, excerpt: null };
    };
    const dnsDeps = { ...deps, resolveAll, transport };
    await createEndpoint(
      dnsDeps,
      tenant,
      admin,
      { url: 'https://hooks.example.com/in', description: '', eventTypes: ['*'], active: true },
      t0,
    );
    await enqueue();
    expect(await deliverDueWebhooks(dnsDeps, t0)).toMatchObject([{ status: 'succeeded', statusCode: 204 }]);
    expect(sent).toEqual(['93.184.216.34']);
    // The name now points inside (DNS rebinding): refused without connecting, and retried later.
    answer = ['93.184.216.34', '169.254.169.254'];
    await enqueue();
    const [outcome] = await deliverDueWebhooks(dnsDeps, t0);
    expect(outcome).toMatchObject({ status: 'failed', statusCode: null });
    expect(outcome?.error).toMatch(/^refused: hooks\.example\.com resolves to a metadata address/);
    expect(sent).toHaveLength(1);
  });

  it('records a receiver that does not answer in time', async () => {
    await newEndpoint();
    await enqueue();
    const silent: Transport = async () => ({ statusCode: null, error: 'timed out after 10000 ms', responseMs: 10_000, excerpt: null });
    expect(await deliverDueWebhooks({ ...deps, transport: silent }, t0)).toMatchObject([
      { status: 'failed', error: 'timed out after 10000 ms' },
    ]);
  });
});
