import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/modules/access/index.ts';
import { enqueueWebhook, startWebhookDelivery } from '../../src/modules/webhooks/index.ts';
import { createEndpoint } from '../../src/modules/webhooks/endpoints.ts';
import { httpTransport } from '../../src/modules/webhooks/transport.ts';
import { inTenantScope } from '../../src/platform/db/scope.ts';
import { testDatabase, type TestDb } from '../support/db.ts';
import { startReceiver, type Receiver } from './receiver.ts';

/** The delivery loop as the server runs it: woken by the commit that queued a delivery; the HTTP client's timeout. */

let db: TestDb;
let receiver: Receiver;

beforeAll(async () => {
  db = await testDatabase();
  receiver = await startReceiver();
});
afterAll(async () => {
  await receiver?.close();
  await db?.close();
});

describe('the delivery worker', () => {
  it('delivers a committed event without waiting for its interval, and stops cleanly', async () => {
    const tenant = db.demo.tenants.yunfan;
    const settings = { allowPrivate: true, allowedHosts: [] };
    await createEndpoint(
      { db: db.database.db, cipher: db.cipher, settings },
      tenant,
      systemActor('test'),
      { url: receiver.url, description: '', eventTypes: ['*'], active: true },
      new Date(),
    );
    const worker = await startWebhookDelivery(db.database, { cipher: db.cipher, settings }, { intervalMs: 60_000 });
    try {
      await inTenantScope(db.database.db, [tenant], (tx) =>
        enqueueWebhook(tx, { tenantId: tenant, type: 'order.ticketed', data: { orderId: 'O9' }, occurredAt: new Date() }),
      );
      const deadline = Date.now() + 10_000;
      while (receiver.received.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(receiver.received.map((r) => JSON.parse(r.body).type)).toEqual(['order.ticketed']);
    } finally {
      await worker.stop();
    }
  });

  it('gives up on a receiver that does not answer within the timeout', async () => {
    const server = http.createServer(() => {
      // Never answers.
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const result = await httpTransport({
        url: new URL(`http://127.0.0.1:${port}/slow`),
        address: { address: '127.0.0.1', family: 4 },
        headers: { 'content-type': 'application/json' },
        body: '{}',
        timeoutMs: 200,
      });
      expect(result).toMatchObject({ statusCode: null, error: 'timed out after 200 ms' });
      expect(result.responseMs).toBeGreaterThanOrEqual(190);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('connects to the checked address whatever the URL’s host name says', async () => {
    const result = await httpTransport({
      url: new URL(`${receiver.url.replace('127.0.0.1', 'pinned.invalid')}`),
      address: { address: '127.0.0.1', family: 4 },
      headers: { 'content-type': 'application/json' },
      body: '{"pinned":true}',
      timeoutMs: 2_000,
    });
    expect(result).toMatchObject({ statusCode: 200, error: null });
    expect(receiver.received.at(-1)?.headers.host).toMatch(/^pinned\.invalid:/);
  });
});
