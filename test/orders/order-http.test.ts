import os from 'node:os';
import path from 'node:path';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTripdeskApp } from '../../src/app.ts';
import { createOrder, orderRoutes, type OrderRow } from '../../src/modules/orders/index.ts';
import { loadConfig } from '../../src/platform/config/config.ts';
import type { App } from '../../src/platform/http/types.ts';
import { signInAs } from '../support/app.ts';
import { testDatabase, type TestDb } from '../support/db.ts';
import { approvalDeps } from '../../src/approval-subjects.ts';
import { recordingScheduler } from '../approval/approval-test-kit.ts';
import type { Kit } from '../approval/approval-test-kit.ts';
import { flightInput, inOrderWork } from './order-kit.ts';

/** The orders API: who sees what (a traveller only theirs, another tenant never), the public tracking page without personal data, bad input. */

let db: TestDb;
let app: App;
let mine: OrderRow;
let theirs: OrderRow;
let yunfans: OrderRow;
type Send = (o: InjectOptions) => Promise<LightMyRequestResponse>;
let traveller: Send;
let admin: Send;
let yunfanAdmin: Send;
let travellerName: string;

const employee = async (email: string) => {
  const [row] = await db.database.query<{ id: string; name: string }>(
    'select e.id, e.name from accounts a join employees e on e.tenant_id = a.tenant_id and e.id = a.employee_id where a.email = $1',
    [email],
  );
  if (!row) throw new Error(email);
  return row;
};

beforeAll(async () => {
  db = await testDatabase();
  const config = loadConfig({ TRIPDESK_DATA_DIR: path.join(os.tmpdir(), 'tripdesk-test'), LOG_LEVEL: 'silent' });
  const deps = { config, database: db.database, cipher: db.cipher };
  app = await buildTripdeskApp(deps, { logger: false });
  // Until the composition root registers them (src/routes.ts).
  if (!app.hasRoute({ method: 'GET', url: '/api/v1/orders' })) orderRoutes(app, deps);
  await app.ready();
  const kit = { deps: { ...approvalDeps(db.database.db, recordingScheduler()) }, huachen: db.demo.tenants.huachen } as unknown as Kit;
  const me = await employee('traveller@huachen.example.com');
  travellerName = me.name;
  const other = await employee('approver@huachen.example.com');
  const yunfanPerson = await employee('admin@yunfan.example.com');
  mine = await inOrderWork(kit, (w) => createOrder(w, flightInput(me.id)));
  theirs = await inOrderWork(kit, (w) => createOrder(w, flightInput(other.id, { category: 'hotel', originCityId: null })));
  yunfans = await inOrderWork(kit, (w) => createOrder(w, flightInput(yunfanPerson.id)), { tenantId: db.demo.tenants.yunfan });
  const as = async (email: string): Promise<Send> => {
    const { headers } = await signInAs(app, email);
    return (o) => app.inject({ ...o, headers: { ...headers, ...(o.headers as Record<string, string> | undefined) } });
  };
  traveller = await as('traveller@huachen.example.com');
  admin = await as('admin@huachen.example.com');
  yunfanAdmin = await as('admin@yunfan.example.com');
});
afterAll(async () => {
  await app?.close();
  await db?.close();
});

const json = <T = Record<string, unknown>>(body: string): T => JSON.parse(body) as T;
type Listed = { items: { id: string; trackingCode: string }[] };

describe('orders over HTTP', () => {
  it('a traveller sees only their own orders; the enterprise’s need order.read_all', async () => {
    const res = await traveller({ method: 'GET', url: '/api/v1/orders' });
    expect(res.statusCode).toBe(200);
    expect(json<Listed>(res.body).items.map((o) => o.id)).toEqual([mine.id]);
    expect((await traveller({ method: 'GET', url: '/api/v1/orders?scope=all' })).statusCode).toBe(403);
    expect((await traveller({ method: 'GET', url: `/api/v1/orders/${theirs.id}` })).statusCode).toBe(404);
    const all = json<Listed>((await admin({ method: 'GET', url: '/api/v1/orders?scope=all' })).body).items.map((o) => o.id);
    expect(all).toEqual(expect.arrayContaining([mine.id, theirs.id]));
    expect(all).not.toContain(yunfans.id);
    const hotels = json<Listed>((await admin({ method: 'GET', url: '/api/v1/orders?scope=all&category=hotel' })).body).items;
    expect(hotels.map((o) => o.id)).toEqual([theirs.id]);
    const byCode = json<Listed>(
      (await admin({ method: 'GET', url: `/api/v1/orders?scope=all&code=${mine.trackingCode.toLowerCase()}` })).body,
    );
    expect(byCode.items.map((o) => o.id)).toEqual([mine.id]);
  });

  it('another tenant never sees them, by id or by code', async () => {
    expect((await yunfanAdmin({ method: 'GET', url: `/api/v1/orders/${mine.id}` })).statusCode).toBe(404);
    expect((await yunfanAdmin({ method: 'GET', url: `/api/v1/orders/by-code/${mine.trackingCode}` })).statusCode).toBe(404);
    const listed = json<Listed>((await yunfanAdmin({ method: 'GET', url: '/api/v1/orders?scope=all' })).body).items.map((o) => o.id);
    expect(listed).toEqual([yunfans.id]);
  });

  it('shows the detail with a plain timeline to the traveller and the full one to support', async () => {
    const plain = json<{ timeline: Record<string, unknown>[]; trackingCode: string }>(
      (await traveller({ method: 'GET', url: `/api/v1/orders/by-code/${mine.trackingCode.replace(/-/g, '')}` })).body,
    );
    expect(plain.trackingCode).toBe(mine.trackingCode);
    expect(plain.timeline[0]).toMatchObject({ type: 'order.created', words: { 'zh-CN': expect.stringContaining('订单已提交') } });
    expect(plain.timeline[0]).not.toHaveProperty('data');
    const full = json<{ timeline: Record<string, unknown>[] }>((await admin({ method: 'GET', url: `/api/v1/orders/${mine.id}` })).body);
    expect(full.timeline[0]).toHaveProperty('data');
    expect(full.timeline[0]).toHaveProperty('actorName');
  });

  it('tracks by code without a session and without personal data', async () => {
    const res = await app.inject({ method: 'GET', url: `/api/v1/track/${mine.trackingCode}` });
    expect(res.statusCode).toBe(200);
    const body = json<{ travellers: string[]; status: string }>(res.body);
    expect(body.status).toBe('approved');
    expect(body.travellers).toEqual([`${[...travellerName][0]}${'*'.repeat([...travellerName].length - 1 || 1)}`]);
    expect(res.body).not.toContain(travellerName);
    for (const secret of ['amountFen', 'tenant', 'employeeId', mine.id, 'sim-mu', 'bookerEmployeeId'])
      expect(res.body).not.toContain(secret);
    expect((await app.inject({ method: 'GET', url: '/api/v1/track/F222-2222-2' })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/api/v1/track/nonsense!' })).statusCode).toBe(422);
  });

  it('exports CSV with headers in the Accept-Language, lists 我的行程, and answers bad input with a 4xx', async () => {
    const zh = await admin({ method: 'GET', url: '/api/v1/orders/export.csv?scope=all', headers: { 'accept-language': 'zh-CN' } });
    expect(zh.statusCode).toBe(200);
    expect(zh.body.split('\r\n')[0]).toContain('追踪码');
    expect(zh.body).toContain(mine.trackingCode);
    const en = await traveller({ method: 'GET', url: '/api/v1/orders/export.csv', headers: { 'accept-language': 'en' } });
    expect(en.body.split('\r\n')[0]).toContain('Tracking code');
    expect(en.body).not.toContain(theirs.trackingCode);
    expect((await traveller({ method: 'GET', url: '/api/v1/orders/export.csv?scope=all' })).statusCode).toBe(403);

    const trips = json<{ items: { orders: { id: string }[] }[] }>((await traveller({ method: 'GET', url: '/api/v1/trips' })).body);
    expect(trips.items.flatMap((t) => t.orders.map((o) => o.id))).toEqual([mine.id]);

    for (const url of [
      '/api/v1/orders?status=bogus',
      '/api/v1/orders?limit=0',
      '/api/v1/orders?from=2030-02-30',
      '/api/v1/orders/not-a-uuid',
      '/api/v1/orders?cursor=xyz',
    ])
      expect((await traveller({ method: 'GET', url })).statusCode).toBeGreaterThanOrEqual(400);
    expect((await app.inject({ method: 'GET', url: '/api/v1/orders' })).statusCode).toBe(401);
  });
});
