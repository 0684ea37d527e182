import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authentication, authRoutes } from '../../src/modules/auth/index.ts';
import { supplierRoutes } from '../../src/modules/suppliers/index.ts';
import { loadConfig } from '../../src/platform/config/config.ts';
import { buildApp } from '../../src/platform/http/app.ts';
import type { App } from '../../src/platform/http/types.ts';
import { signInAs, type SignedIn } from '../support/app.ts';
import { testDatabase, type TestDb } from '../support/db.ts';

/** The supplier routes in an app of their own (the composition root wires them into the real one). */
let app: App;
let db: TestDb;
let ops: SignedIn;
let traveller: SignedIn;
let agent: SignedIn;

beforeAll(async () => {
  db = await testDatabase();
  const config = loadConfig({ TRIPDESK_DATA_DIR: path.join(os.tmpdir(), 'tripdesk-test'), LOG_LEVEL: 'silent' });
  app = await buildApp(
    { config, database: db.database, cipher: db.cipher },
    { logger: false, authentication, routes: [authRoutes, supplierRoutes] },
  );
  await app.ready();
  ops = await signInAs(app, 'ops@tripdesk.example.com');
  agent = await signInAs(app, 'agent@tripdesk.example.com');
  traveller = await signInAs(app, 'traveller@huachen.example.com');
});
afterAll(async () => {
  await app?.close();
  await db?.close();
});

const body = {
  code: 'http-test',
  nameZh: '测试航司',
  nameEn: 'Test Air',
  categories: ['flight'],
  adapter: 'http',
  credentials: 'secret-credential-9876',
  contacts: [{ name: '李经理', email: 'li@example.com' }],
};

describe('supplier routes', () => {
  let id: string;

  it('operations add a supplier (201); the answer never holds the credentials', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/suppliers', headers: ops.headers, payload: body });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.body).not.toContain('secret-credential');
    id = res.json().id;
    expect(res.json()).toMatchObject({ code: 'http-test', credentials: { set: true, hint: '****9876' } });
  });

  it('a traveller may neither read nor write (403); an agent reads but may not write', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/v1/suppliers', headers: traveller.headers })).statusCode).toBe(403);
    expect((await app.inject({ method: 'POST', url: '/api/v1/suppliers', headers: traveller.headers, payload: body })).statusCode).toBe(
      403,
    );
    expect((await app.inject({ method: 'GET', url: '/api/v1/suppliers', headers: agent.headers })).statusCode).toBe(200);
    const write = await app.inject({
      method: 'POST',
      url: `/api/v1/suppliers/${id}/status`,
      headers: agent.headers,
      payload: { status: 'suspended', reason: 'x' },
    });
    expect(write.statusCode).toBe(403);
  });

  it('lists with filters and a 24 h call summary', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/suppliers?category=flight&status=active', headers: ops.headers });
    expect(res.statusCode).toBe(200);
    const item = res.json().items.find((s: { code: string }) => s.code === 'http-test');
    expect(item.calls24h).toMatchObject({ count: 0, errorRate: 0, p95Ms: null });
    expect((await app.inject({ method: 'GET', url: '/api/v1/suppliers?category=boat', headers: ops.headers })).statusCode).toBe(422);
  });

  it('refuses bad input with a 4xx naming the field', async () => {
    const bad = [
      { ...body, code: 'Bad Code' },
      { ...body, code: 'x' },
      { ...body, categories: [] },
      { ...body, categories: ['flight', 'flight'] },
      { ...body, rankingWeight: 101 },
      { ...body, adapter: 'ftp' },
      { ...body, extra: 1 },
      { ...body, contacts: [{ name: '  ' }] },
    ];
    for (const payload of bad) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/suppliers',
        headers: ops.headers,
        payload: { ...payload, code: payload.code },
      });
      expect(res.statusCode, JSON.stringify(payload)).toBe(422);
    }
    const dup = await app.inject({ method: 'POST', url: '/api/v1/suppliers', headers: ops.headers, payload: body });
    expect(dup.statusCode).toBe(409);
    const patch = await app.inject({ method: 'PATCH', url: `/api/v1/suppliers/${id}`, headers: ops.headers, payload: {} });
    expect(patch.statusCode).toBe(422);
    const status = await app.inject({
      method: 'POST',
      url: `/api/v1/suppliers/${id}/status`,
      headers: ops.headers,
      payload: { status: 'suspended', reason: '   ' },
    });
    expect(status.statusCode).toBe(422);
    const rotate = await app.inject({
      method: 'POST',
      url: `/api/v1/suppliers/${id}/keys/rotate`,
      headers: ops.headers,
      payload: { overlapHours: 999 },
    });
    expect(rotate.statusCode).toBe(422);
    const summary = await app.inject({
      method: 'GET',
      url: `/api/v1/suppliers/${id}/calls/summary?from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z`,
      headers: ops.headers,
    });
    expect(summary.statusCode).toBe(422);
    const missing = await app.inject({
      method: 'GET',
      url: '/api/v1/suppliers/00000000-0000-7000-8000-000000000000',
      headers: ops.headers,
    });
    expect(missing.statusCode).toBe(404);
  });

  it('edits weight, changes status, rotates and revokes keys; the secret appears in the rotation only', async () => {
    const patch = await app.inject({
      method: 'PATCH',
      url: `/api/v1/suppliers/${id}`,
      headers: ops.headers,
      payload: { rankingWeight: 70 },
    });
    expect(patch.json()).toMatchObject({ rankingWeight: 70 });
    const status = await app.inject({
      method: 'POST',
      url: `/api/v1/suppliers/${id}/status`,
      headers: ops.headers,
      payload: { status: 'probation', reason: '出票延迟偏多' },
    });
    expect(status.json()).toMatchObject({ status: 'probation', statusReason: '出票延迟偏多' });
    const rotated = await app.inject({ method: 'POST', url: `/api/v1/suppliers/${id}/keys/rotate`, headers: ops.headers, payload: {} });
    expect(rotated.statusCode).toBe(200);
    expect(rotated.headers['cache-control']).toBe('no-store');
    const { key, secret } = rotated.json();
    expect(secret).toMatch(/^tdsk_[A-Za-z0-9_-]{43}$/);
    const keys = await app.inject({ method: 'GET', url: `/api/v1/suppliers/${id}/keys`, headers: agent.headers });
    expect(keys.json().items).toEqual([expect.objectContaining({ keyId: 'k1', state: 'current' })]);
    expect(keys.body).not.toContain(secret);
    const revoked = await app.inject({ method: 'POST', url: `/api/v1/suppliers/${id}/keys/${key.id}/revoke`, headers: ops.headers });
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect(revoked.json().state).toBe('revoked');
    const summary = await app.inject({ method: 'GET', url: `/api/v1/suppliers/${id}/calls/summary`, headers: ops.headers });
    expect(summary.statusCode).toBe(200);
    expect(summary.json()).toMatchObject({ supplierId: id, total: { count: 0 }, byOperation: [] });
  });
});
