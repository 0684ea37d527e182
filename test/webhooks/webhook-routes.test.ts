import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifySignature } from '../../src/modules/suppliers/index.ts';
import { signInAs, type SignedIn, type TestApp } from '../support/app.ts';
import { startReceiver, type Receiver } from './receiver.ts';
import { webhookTestApp } from './webhook-app.ts';

/** The webhook routes: travel admins of the tenant (and platform admins naming it), shown once, audited, isolated by tenant. */

let t: TestApp;
let receiver: Receiver;
let hcAdmin: SignedIn;
let yfAdmin: SignedIn;
let traveller: SignedIn;
let platformAdmin: SignedIn;
let huachen: string;

interface Endpoint {
  id: string;
  url: string;
  eventTypes: string[];
  active: boolean;
  disabledReason: string | null;
}
interface Delivery {
  id: string;
  endpointId: string;
  eventId: string;
  type: string;
  status: string;
  attemptCount: number;
  lastStatusCode: number | null;
  attempts: { statusCode: number | null; responseExcerpt: string | null }[];
}

beforeAll(async () => {
  t = await webhookTestApp();
  receiver = await startReceiver();
  huachen = t.db.demo.tenants.huachen;
  [hcAdmin, yfAdmin, traveller, platformAdmin] = await Promise.all([
    signInAs(t.app, 'admin@huachen.example.com'),
    signInAs(t.app, 'admin@yunfan.example.com'),
    signInAs(t.app, 'traveller@huachen.example.com'),
    signInAs(t.app, 'admin@tripdesk.example.com'),
  ]);
});
afterAll(async () => {
  await receiver?.close();
  await t?.close();
});

const call = (
  who: SignedIn | null,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  payload?: unknown,
  extra: Record<string, string> = {},
) =>
  t.app.inject({
    method,
    url,
    headers: { ...(who?.headers ?? {}), ...extra },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });

async function create(who: SignedIn, body: Record<string, unknown>, extra: Record<string, string> = {}) {
  const res = await call(who, 'POST', '/api/v1/webhooks/endpoints', body, extra);
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ endpoint: Endpoint; secret: string }>();
}

describe('webhook endpoints over HTTP', () => {
  it('needs webhook.manage', async () => {
    expect((await call(null, 'GET', '/api/v1/webhooks/endpoints')).statusCode).toBe(401);
    expect((await call(traveller, 'GET', '/api/v1/webhooks/endpoints')).statusCode).toBe(403);
    expect((await call(traveller, 'POST', '/api/v1/webhooks/endpoints', { url: receiver.url, eventTypes: ['*'] })).statusCode).toBe(403);
    expect((await call(hcAdmin, 'GET', '/api/v1/webhooks/event-types')).json()).toEqual({
      items: expect.arrayContaining(['order.created']),
    });
  });

  it('creates an endpoint, shows the secret once, pings it signed, and logs the delivery', async () => {
    const { endpoint, secret } = await create(hcAdmin, {
      url: receiver.url,
      description: 'ERP',
      eventTypes: ['order.created', 'order.refunded'],
    });
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(endpoint).toMatchObject({ url: receiver.url, eventTypes: ['order.created', 'order.refunded'], active: true });
    const list = await call(hcAdmin, 'GET', '/api/v1/webhooks/endpoints');
    expect(list.body).not.toContain(secret);
    expect(list.json<{ items: Endpoint[] }>().items.map((e) => e.id)).toContain(endpoint.id);

    const ping = await call(hcAdmin, 'POST', `/api/v1/webhooks/endpoints/${endpoint.id}/ping`);
    expect(ping.statusCode, ping.body).toBe(200);
    const delivery = ping.json<Delivery>();
    expect(delivery).toMatchObject({ type: 'ping', status: 'succeeded', attemptCount: 1, lastStatusCode: 200 });
    expect(delivery.attempts).toMatchObject([{ statusCode: 200, responseExcerpt: 'answered 200' }]);
    const got = receiver.received.at(-1);
    if (!got) throw new Error('nothing received');
    expect(JSON.parse(got.body)).toMatchObject({ id: delivery.eventId, type: 'ping', tenantId: huachen });
    const check = verifySignature({
      header: String(got.headers['tripdesk-signature']),
      timestamp: String(got.headers['tripdesk-timestamp']),
      rawBody: got.body,
      secrets: [secret],
      now: Date.now(),
    });
    expect(check).toEqual({ ok: true });

    // Redeliver: same event id, a fresh attempt, both attempts in the log.
    receiver.answer(500);
    const again = await call(hcAdmin, 'POST', `/api/v1/webhooks/deliveries/${delivery.id}/redeliver`);
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json<Delivery>()).toMatchObject({
      id: delivery.id,
      eventId: delivery.eventId,
      status: 'failed',
      attemptCount: 1,
      lastStatusCode: 500,
    });
    expect(again.json<Delivery>().attempts.map((a) => a.statusCode)).toEqual([500, 200]);
    receiver.answer(200);

    const log = await call(hcAdmin, 'GET', `/api/v1/webhooks/deliveries?endpointId=${endpoint.id}&status=failed&type=ping&limit=1`);
    expect(log.statusCode, log.body).toBe(200);
    expect(log.json<{ items: Delivery[] }>().items.map((d) => d.id)).toEqual([delivery.id]);
    const none = await call(hcAdmin, 'GET', `/api/v1/webhooks/deliveries?endpointId=${endpoint.id}&status=succeeded`);
    expect(none.json<{ items: Delivery[] }>().items).toEqual([]);
  });

  it('pages the delivery log', async () => {
    const { endpoint } = await create(hcAdmin, { url: receiver.url, eventTypes: ['*'] });
    for (let i = 0; i < 3; i++)
      expect((await call(hcAdmin, 'POST', `/api/v1/webhooks/endpoints/${endpoint.id}/ping`)).statusCode).toBe(200);
    const first = (await call(hcAdmin, 'GET', `/api/v1/webhooks/deliveries?endpointId=${endpoint.id}&limit=2`)).json<{
      items: Delivery[];
      nextCursor: string;
    }>();
    expect(first.items).toHaveLength(2);
    const second = (
      await call(hcAdmin, 'GET', `/api/v1/webhooks/deliveries?endpointId=${endpoint.id}&limit=2&cursor=${first.nextCursor}`)
    ).json<{ items: Delivery[]; nextCursor: string | null }>();
    expect(second.items).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    expect(new Set([...first.items, ...second.items].map((d) => d.id)).size).toBe(3);
    expect((await call(hcAdmin, 'GET', '/api/v1/webhooks/deliveries?cursor=bm9wZQ')).statusCode).toBe(422);
  });

  it('updates, disables, rotates and deletes (audited)', async () => {
    const { endpoint, secret } = await create(hcAdmin, { url: receiver.url, eventTypes: ['order.created'] });
    const patched = await call(hcAdmin, 'PATCH', `/api/v1/webhooks/endpoints/${endpoint.id}`, {
      eventTypes: ['*', 'order.created'],
      active: false,
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json<Endpoint>()).toMatchObject({ eventTypes: ['*'], active: false });
    expect((await call(hcAdmin, 'POST', `/api/v1/webhooks/endpoints/${endpoint.id}/ping`)).json()).toMatchObject({ code: 'INVALID_STATE' });
    const rotated = await call(hcAdmin, 'POST', `/api/v1/webhooks/endpoints/${endpoint.id}/rotate-secret`);
    expect(rotated.statusCode).toBe(200);
    const body = rotated.json<{ secret: string; endpoint: { previousSecretExpiresAt: string | null } }>();
    expect(body.secret).not.toBe(secret);
    expect(body.endpoint.previousSecretExpiresAt).not.toBeNull();
    expect((await call(hcAdmin, 'DELETE', `/api/v1/webhooks/endpoints/${endpoint.id}`)).statusCode).toBe(204);
    expect((await call(hcAdmin, 'DELETE', `/api/v1/webhooks/endpoints/${endpoint.id}`)).statusCode).toBe(404);
    const rows = await t.db.database.query<{ action: string }>(`select action from audit_log where entity_id = $1 order by seq`, [
      endpoint.id,
    ]);
    expect(rows.map((r) => r.action)).toEqual([
      'webhook_endpoint.created',
      'webhook_endpoint.disabled',
      'webhook_endpoint.secret_rotated',
      'webhook_endpoint.deleted',
    ]);
  });

  it('refuses private addresses, bad schemes and bad input with clear 4xx', async () => {
    const refused = async (body: Record<string, unknown>, status = 422) => {
      const res = await call(hcAdmin, 'POST', '/api/v1/webhooks/endpoints', body);
      expect(res.statusCode, res.body).toBe(status);
      return res.json<{ code: string; message: string }>();
    };
    expect(await refused({ url: 'https://10.0.0.1/hook', eventTypes: ['*'] })).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect((await refused({ url: 'https://169.254.169.254/latest', eventTypes: ['*'] })).message).toContain('metadata');
    expect(await refused({ url: 'https://[::ffff:127.0.0.1]/x', eventTypes: ['*'] })).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(await refused({ url: 'http://127.0.0.2/x', eventTypes: ['*'] })).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(await refused({ url: 'ftp://example.com/x', eventTypes: ['*'] })).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(await refused({ url: receiver.url, eventTypes: ['order.exploded'] })).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(await refused({ url: receiver.url, eventTypes: [] })).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(await refused({ url: receiver.url, eventTypes: ['*'], secret: 'mine' })).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(await refused({ url: receiver.url, eventTypes: ['*'], description: 'x'.repeat(201) })).toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    const { endpoint } = await create(hcAdmin, { url: receiver.url, eventTypes: ['*'] });
    expect((await call(hcAdmin, 'PATCH', `/api/v1/webhooks/endpoints/${endpoint.id}`, {})).statusCode).toBe(422);
    expect((await call(hcAdmin, 'PATCH', `/api/v1/webhooks/endpoints/${endpoint.id}`, { url: 'https://192.168.1.1/' })).statusCode).toBe(
      422,
    );
    expect((await call(hcAdmin, 'GET', '/api/v1/webhooks/deliveries?status=lost')).statusCode).toBe(422);
    expect((await call(hcAdmin, 'GET', '/api/v1/webhooks/deliveries/not-an-id')).statusCode).toBe(422);
  });

  it('hides another tenant’s endpoints and deliveries (404)', async () => {
    const { endpoint } = await create(hcAdmin, { url: receiver.url, eventTypes: ['*'] });
    const delivery = (await call(hcAdmin, 'POST', `/api/v1/webhooks/endpoints/${endpoint.id}/ping`)).json<Delivery>();
    const yfList = await call(yfAdmin, 'GET', '/api/v1/webhooks/endpoints');
    expect(yfList.json<{ items: Endpoint[] }>().items.map((e) => e.id)).not.toContain(endpoint.id);
    expect((await call(yfAdmin, 'GET', '/api/v1/webhooks/deliveries')).json<{ items: Delivery[] }>().items.map((d) => d.id)).not.toContain(
      delivery.id,
    );
    expect((await call(yfAdmin, 'GET', `/api/v1/webhooks/deliveries/${delivery.id}`)).statusCode).toBe(404);
    expect((await call(yfAdmin, 'POST', `/api/v1/webhooks/deliveries/${delivery.id}/redeliver`)).statusCode).toBe(404);
    expect((await call(yfAdmin, 'PATCH', `/api/v1/webhooks/endpoints/${endpoint.id}`, { active: false })).statusCode).toBe(404);
    expect((await call(yfAdmin, 'POST', `/api/v1/webhooks/endpoints/${endpoint.id}/ping`)).statusCode).toBe(404);
    expect((await call(yfAdmin, 'POST', `/api/v1/webhooks/endpoints/${endpoint.id}/rotate-secret`)).statusCode).toBe(404);
    expect((await call(yfAdmin, 'DELETE', `/api/v1/webhooks/endpoints/${endpoint.id}`)).statusCode).toBe(404);
    expect((await call(hcAdmin, 'GET', `/api/v1/webhooks/deliveries/${delivery.id}`)).statusCode).toBe(200);
  });

  it('lets a platform admin manage a tenant’s endpoints by naming it', async () => {
    const noTenant = await call(platformAdmin, 'POST', '/api/v1/webhooks/endpoints', { url: receiver.url, eventTypes: ['*'] });
    expect(noTenant.statusCode).toBeGreaterThanOrEqual(400);
    const { endpoint } = await create(platformAdmin, { url: receiver.url, eventTypes: ['*'] }, { 'x-tenant-id': huachen });
    const hcList = await call(hcAdmin, 'GET', '/api/v1/webhooks/endpoints');
    expect(hcList.json<{ items: Endpoint[] }>().items.map((e) => e.id)).toContain(endpoint.id);
  });
});
